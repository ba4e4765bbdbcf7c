import type { PasskeyResolvers } from '../generated/resolvers.js';

/** A passkey of the caller: named by its row id; its key and credential id stay on the server. */
export const Passkey: PasskeyResolvers = {
  id: (passkey) => String(passkey.id),
};

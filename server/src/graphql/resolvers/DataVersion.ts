import type { DataVersionResolvers } from '../generated/resolvers.js';

export const DataVersion: DataVersionResolvers = {
  id: (version) => String(version.id),
};

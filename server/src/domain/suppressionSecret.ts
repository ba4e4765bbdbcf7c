import { createHmac } from 'node:crypto';
import type { SecretChoices } from './suppression.js';

/** The purpose under which the store keeps the key of the protection's choices. */
export const SUPPRESSION_SECRET = 'small-count-protection';

/** Each domain is hidden as cover, whenever anything of the count date is hidden, with this chance. */
const COVER_PER_256 = 64;

/**
 * The protection's secret choices for one count date (see `SecretChoices`): per domain an HMAC of
 * the region, the count date and the domain under the deployment's key. The same on every server
 * and every request, so every answer shows the same pattern; unknowable without the key, so the
 * code alone does not tell which hidden count is the unsafe one.
 */
export function secretChoices(key: Buffer, regionCode: string, peildatum: string, domainCodes: readonly string[]): SecretChoices {
  const digests = domainCodes.map((code) => createHmac('sha256', key).update(`${regionCode}\u0000${peildatum}\u0000${code}`).digest());
  const order = domainCodes.map((_, i) => i).sort((a, b) => Buffer.compare(digests[a] as Buffer, digests[b] as Buffer));
  return { order, cover: digests.map((d) => (d[31] ?? 0) < COVER_PER_256) };
}

import { MAX_USERNAME_LENGTH, normaliseUsername } from '../policy.js';
import type { OidcProviderConfig, RoleMapping } from './config.js';

/** The claims of a validated id_token, as far as the dashboard reads them. */
export type Claims = Record<string, unknown>;

/** The values of the role claim: a list (groups, roles) or a single text. */
function claimValues(claims: Claims, name: string): string[] {
  const value = claims[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The first mapping, in the order written, whose value the user has; null when none applies. */
export function mapRole(claims: Claims, provider: Pick<OidcProviderConfig, 'roleClaim' | 'roleMap'>): RoleMapping | null {
  const values = new Set(claimValues(claims, provider.roleClaim));
  return provider.roleMap.find((mapping) => values.has(mapping.value)) ?? null;
}

/** The username from the first username claim that holds one, normalised like a login; null when none does. */
export function usernameFrom(claims: Claims, provider: Pick<OidcProviderConfig, 'usernameClaims'>): string | null {
  for (const name of provider.usernameClaims) {
    const value = claims[name];
    if (typeof value !== 'string') continue;
    const username = normaliseUsername(value);
    if (username.length > 0 && username.length <= MAX_USERNAME_LENGTH) return username;
  }
  return null;
}

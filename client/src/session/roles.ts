import type { Role } from '../generated/graphql';
import type { MessageKey } from '../i18n/messages';

export const ROLES: Role[] = ['BEHEERDER', 'BESTUURDER', 'ZVH', 'GEMEENTE'];

const ROLE_KEY: Record<Role, MessageKey> = {
  BEHEERDER: 'roleBEHEERDER',
  BESTUURDER: 'roleBESTUURDER',
  ZVH: 'roleZVH',
  GEMEENTE: 'roleGEMEENTE',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The role in words; a municipality user with the municipality ("Gemeente Zaanstad"). */
export function roleText(user: { role: Role; municipality?: { name: string } | null }, t: T): string {
  if (user.role === 'GEMEENTE' && user.municipality) return t('roleGemeenteOf', { name: user.municipality.name });
  return t(ROLE_KEY[user.role]);
}

/** The role alone, e.g. for a select's options. */
export function roleName(role: Role, t: T): string {
  return t(ROLE_KEY[role]);
}

/** ZVH and the beheerder manage the data (import, versions, audit log). */
export function canManageData(role: Role): boolean {
  return role === 'ZVH' || role === 'BEHEERDER';
}

/** Only the beheerder manages users. */
export function canManageUsers(role: Role): boolean {
  return role === 'BEHEERDER';
}

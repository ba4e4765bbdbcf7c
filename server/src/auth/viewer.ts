import type { Role } from '../store/types.js';

/** Who is asking: the logged-in user of this request. */
export interface Viewer {
  userId: number;
  username: string;
  role: Role;
  /** GEMEENTE: the municipality the user is bound to. */
  municipalityCode: string | null;
  /** SHA-256 of the session token (to end this session at logout). */
  sessionHash: string;
}

export const ROLE_NAMES: Record<Role, string> = {
  BEHEERDER: 'beheerder',
  BESTUURDER: 'bestuurder',
  ZVH: 'ZVH-medewerker',
  GEMEENTE: 'gemeente',
};

/** The roles as the English messages name them (errors.ts: each message in both languages). */
export const ROLE_NAMES_EN: Record<Role, string> = {
  BEHEERDER: 'administrator',
  BESTUURDER: 'board member',
  ZVH: 'ZVH staff member',
  GEMEENTE: 'municipality',
};

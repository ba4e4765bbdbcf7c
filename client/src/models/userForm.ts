import type { CreateUserInput, Role } from '../generated/graphql';
import type { MessageKey } from '../i18n/messages';

/** The server checks passwords too (common passwords); this only spares an obvious round trip. */
export const MIN_PASSWORD_LENGTH = 8;

export interface NewUser {
  username: string;
  password: string;
  role: Role | '';
  municipalityCode: string;
}

export type NewUserErrors = Partial<Record<keyof NewUser, MessageKey>>;

export const EMPTY_USER: NewUser = { username: '', password: '', role: '', municipalityCode: '' };

/** What is wrong with the form, per field; empty when it may be sent. */
export function validateNewUser(user: NewUser): NewUserErrors {
  const errors: NewUserErrors = {};
  if (!user.username.trim()) errors.username = 'errUsernameRequired';
  if (user.password.length < MIN_PASSWORD_LENGTH) errors.password = 'errPasswordShort';
  if (!user.role) errors.role = 'errRoleRequired';
  if (user.role === 'GEMEENTE' && !user.municipalityCode) errors.municipalityCode = 'errMunicipalityRequired';
  return errors;
}

/** The mutation's input: a municipality only for a GEMEENTE user (the server refuses it otherwise). */
export function toCreateUserInput(user: NewUser & { role: Role }): CreateUserInput {
  return {
    username: user.username.trim(),
    password: user.password,
    role: user.role,
    municipalityCode: user.role === 'GEMEENTE' ? user.municipalityCode : null,
  };
}

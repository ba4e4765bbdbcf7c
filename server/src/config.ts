import { resolve } from 'node:path';
import { readSignInConfig, type SignInConfig } from './auth/oidc/config.js';
import { SECOND_FACTOR_KEY_FILE } from './auth/secondFactorKey.js';
import { ConfigError } from './configError.js';
import { suppressBelowFromEnv } from './domain/suppression.js';
import { MIN_RETENTION_DAYS, type AuditRetention } from './management/auditRetention.js';
import type { Role } from './store/types.js';

export { ConfigError };

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databasePath: string;
  /**
   * ZV_DATABASE_URL: a PostgreSQL database (postgres://…) that several servers share; null: the
   * SQLite file at databasePath, as for one server.
   */
  databaseUrl: string | null;
  /** ZV_DATABASE_POOL: connections each server keeps to PostgreSQL at most (default 10). */
  databasePool: number;
  production: boolean;
  /** Password for user `admin` on a database without users; generated when absent. */
  adminPassword: string | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Counts 1..suppressBelow-1 in fine breakdowns are suppressed for roles that may not see them. */
  suppressBelow: number;
  /**
   * Express's "trust proxy" for a TLS-terminating proxy in front ("loopback", a number of hops,
   * addresses): then X-Forwarded-Proto and -For count, for the Secure cookie and the client address.
   */
  trustProxy: string | number | false;
  /**
   * The code of the region this server serves, in a database that holds several (the national
   * network); unset: the database's only region.
   */
  region: string | undefined;
  /** Audit entries older than `days` are exported to `exportDir`, then removed; null: keep everything. */
  auditRetention: AuditRetention | null;
  /** First visits with a session arrive rendered (http/pageRender.ts); ZV_SERVER_RENDERING=off leaves every page to the browser. */
  serverRendering: boolean;
  /** Roles that must sign in with a second factor (ZV_MFA_REQUIRED; default BEHEERDER and ZVH). */
  mfaRequiredRoles: Role[];
  /**
   * The key that encrypts the TOTP secrets (ZV_SECOND_FACTOR_KEY_FILE, default
   * DATA_DIR/second-factor.key). Servers that share a database must share this file too.
   */
  secondFactorKeyFile: string;
  /** ZV_SECOND_FACTOR_KEY_LOST=yes: the key file is lost for good; make a new one and drop the apps it protected. */
  secondFactorKeyLost: boolean;
  /** ZV_PUBLIC_URL, single sign-on providers (ZV_OIDC_*), ZV_PASSWORD_LOGIN and ZV_BREAK_GLASS_USERS (auth/oidc/config.ts). */
  signIn: SignInConfig;
}

/** A whole number of at least `min` from the environment, or the default; a clear error otherwise. */
function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min) {
    throw new ConfigError(`${name}="${raw}" is ongeldig: gebruik een geheel getal van minstens ${min} (standaard ${fallback}).`);
  }
  return value;
}

export const DATABASE_FILE = 'zorg-veiligheid.sqlite';

/** Reads the configuration from environment variables (see README, "Configuratie"). */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const rawPort = env.PORT?.trim() || '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new ConfigError(
      `PORT="${rawPort}" is geen geldig poortnummer: gebruik een geheel getal van 0 (een vrije poort) tot en met 65535.`,
    );
  }
  const dataDir = resolve(cwd, env.DATA_DIR?.trim() || './data');
  return {
    port,
    host: env.HOST?.trim() || undefined,
    dataDir,
    databasePath: resolve(dataDir, DATABASE_FILE),
    databaseUrl: databaseUrlFrom(env.ZV_DATABASE_URL),
    databasePool: positiveInteger(env, 'ZV_DATABASE_POOL', 10, 2),
    production: env.NODE_ENV === 'production',
    adminPassword: env.ZV_ADMIN_PASSWORD || undefined,
    sessionIdleMs: positiveInteger(env, 'ZV_SESSION_IDLE_MINUTES', 30) * 60_000,
    sessionAbsoluteMs: positiveInteger(env, 'ZV_SESSION_MAX_HOURS', 8) * 3_600_000,
    suppressBelow: suppressBelowFromEnv(env),
    trustProxy: trustProxyFrom(env.ZV_TRUST_PROXY),
    region: env.ZV_REGION?.trim() || undefined,
    auditRetention: auditRetentionFrom(env, dataDir, cwd),
    serverRendering: onOff(env, 'ZV_SERVER_RENDERING', true),
    mfaRequiredRoles: mfaRequiredRolesFrom(env.ZV_MFA_REQUIRED),
    secondFactorKeyFile: resolve(cwd, env.ZV_SECOND_FACTOR_KEY_FILE?.trim() || resolve(dataDir, SECOND_FACTOR_KEY_FILE)),
    secondFactorKeyLost: env.ZV_SECOND_FACTOR_KEY_LOST?.trim().toLowerCase() === 'yes',
    signIn: readSignInConfig(env, port),
  };
}

/**
 * ZV_DATABASE_URL as node-postgres takes it (postgres://user:password@host:port/database?sslmode=…);
 * unset or empty: null (SQLite). The password never appears in the error.
 */
export function databaseUrlFrom(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || !url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(
      'ZV_DATABASE_URL is geen PostgreSQL-adres: gebruik postgres://gebruiker:wachtwoord@host:5432/database ' +
        '(met ?sslmode=verify-full voor een server elders), of laat de variabele weg voor SQLite.',
    );
  }
  return value;
}

const ROLES: readonly Role[] = ['BEHEERDER', 'BESTUURDER', 'ZVH', 'GEMEENTE'];

/** ZV_MFA_REQUIRED: roles separated by commas (default BEHEERDER,ZVH), or "none" for no role. */
export function mfaRequiredRolesFrom(raw: string | undefined): Role[] {
  const value = raw?.trim();
  if (!value) return ['BEHEERDER', 'ZVH'];
  if (value.toLowerCase() === 'none') return [];
  const names = value.split(',').map((name) => name.trim().toUpperCase());
  const unknown = names.filter((name) => !(ROLES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new ConfigError(
      `ZV_MFA_REQUIRED="${raw}" is ongeldig: ${unknown.map((name) => `"${name}"`).join(', ') || 'leeg'} is geen rol. ` +
        `Gebruik rollen gescheiden door komma's uit ${ROLES.join(', ')} (standaard BEHEERDER,ZVH), of none voor geen enkele rol.`,
    );
  }
  return [...new Set(names as Role[])];
}

/** "on" or "off" (also true/false, 1/0), or the default when unset; a clear error otherwise. */
function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new ConfigError(`${name}="${env[name]}" is ongeldig: gebruik on of off (standaard ${fallback ? 'on' : 'off'}).`);
}

/** ZV_AUDIT_RETENTION_DAYS (unset: keep everything) and ZV_AUDIT_EXPORT_DIR (default DATA_DIR/audit-export). */
function auditRetentionFrom(env: NodeJS.ProcessEnv, dataDir: string, cwd: string): AuditRetention | null {
  const raw = env.ZV_AUDIT_RETENTION_DAYS?.trim();
  if (!raw) return null;
  if (!/^\d+$/.test(raw) || Number(raw) < MIN_RETENTION_DAYS || Number(raw) > 36_500) {
    throw new ConfigError(
      `ZV_AUDIT_RETENTION_DAYS="${raw}" is ongeldig: gebruik een aantal dagen van ${MIN_RETENTION_DAYS} tot en met 36500, of laat het leeg om alles te bewaren.`,
    );
  }
  return { days: Number(raw), exportDir: resolve(cwd, env.ZV_AUDIT_EXPORT_DIR?.trim() || resolve(dataDir, 'audit-export')) };
}

/** ZV_TRUST_PROXY: unset or "false" trusts no proxy; a number is a count of hops; else addresses or "loopback". */
function trustProxyFrom(raw: string | undefined): string | number | false {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

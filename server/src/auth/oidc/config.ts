import { ConfigError } from '../../configError.js';
import type { Role } from '../../store/types.js';
import { normaliseUsername } from '../policy.js';

/** What a value of the role claim gives: a role, and for GEMEENTE the municipality. */
export interface RoleMapping {
  /** A group's object id, a group name or an app role, exactly as the provider sends it. */
  value: string;
  role: Role;
  municipalityCode: string | null;
}

/** One OpenID provider the dashboard trusts for single sign-on (ZV_OIDC_<ID>_*). */
export interface OidcProviderConfig {
  /** Lower-case, in URLs (/auth/oidc/<id>/…), the audit log and the session. */
  id: string;
  /** Button text, e.g. "Gemeente Zaanstad (Entra ID)". */
  label: string;
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** The claims that may carry the username, tried in this order. */
  usernameClaims: string[];
  /** The claim with the groups or app roles that the role map reads. */
  roleClaim: string;
  /** First match in this order wins. */
  roleMap: RoleMapping[];
  /** <ZV_PUBLIC_URL>/auth/oidc/<id>/callback */
  redirectUri: string;
}

/** How people sign in here: single sign-on providers, and whether local passwords are on. */
export interface SignInConfig {
  /** The origin users reach (ZV_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** ZV_PASSWORD_LOGIN: when false, only the break-glass accounts may use a password. */
  passwordLogin: boolean;
  /** Normalised names of the local BEHEERDER accounts that may still use a password when it is off. */
  breakGlassUsers: string[];
  providers: OidcProviderConfig[];
}

const ROLES: readonly Role[] = ['BEHEERDER', 'BESTUURDER', 'ZVH', 'GEMEENTE'];
const PROVIDER_ID = /^[a-z][a-z0-9-]{0,29}$/;
const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:/-]{0,99}$/;
const MUNICIPALITY_CODE = /^GM\d{4}$/;

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** An http(s) URL; https unless on this machine (development and tests). */
function webUrl(name: string, raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}="${raw}" is geen geldige URL: gebruik ${what}.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new ConfigError(`${name}="${raw}" moet met https:// beginnen (http alleen voor localhost): gebruik ${what}.`);
  }
  return url;
}

/** ZV_PUBLIC_URL, ZV_OIDC_*, ZV_PASSWORD_LOGIN and ZV_BREAK_GLASS_USERS (see README, "Configuratie"). */
export function readSignInConfig(env: NodeJS.ProcessEnv, port: number): SignInConfig {
  const publicUrl = readPublicUrl(env, port);
  const ids = (env.ZV_OIDC_PROVIDERS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const providers = ids.map((id) => {
    if (!PROVIDER_ID.test(id)) {
      throw new ConfigError(
        `ZV_OIDC_PROVIDERS: "${id}" is geen geldige naam van een provider: gebruik kleine letters, cijfers en -, beginnend met een letter (hoogstens 30 tekens), bijvoorbeeld "zaanstad".`,
      );
    }
    if (seen.has(id)) throw new ConfigError(`ZV_OIDC_PROVIDERS noemt "${id}" twee keer: noem elke provider één keer.`);
    seen.add(id);
    return readProvider(env, id, publicUrl);
  });
  const passwordLogin = readOnOff(env, 'ZV_PASSWORD_LOGIN', true);
  const breakGlassUsers = (env.ZV_BREAK_GLASS_USERS ?? '').split(',').map(normaliseUsername).filter(Boolean);
  if (!passwordLogin && providers.length === 0) {
    throw new ConfigError(
      'ZV_PASSWORD_LOGIN=off zonder single sign-on: configureer ten minste één provider met ZV_OIDC_PROVIDERS, of zet ZV_PASSWORD_LOGIN=on.',
    );
  }
  if (passwordLogin && breakGlassUsers.length > 0) {
    throw new ConfigError(
      'ZV_BREAK_GLASS_USERS heeft alleen betekenis met ZV_PASSWORD_LOGIN=off: zet wachtwoorden uit of laat ZV_BREAK_GLASS_USERS leeg.',
    );
  }
  return { publicUrl, passwordLogin, breakGlassUsers, providers };
}

function readPublicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.ZV_PUBLIC_URL?.trim();
  if (!raw) return `http://localhost:${port}`;
  const url = webUrl('ZV_PUBLIC_URL', raw, 'het adres waarop gebruikers het dashboard openen, bijvoorbeeld https://zv.zaanstreek.nl');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(
      `ZV_PUBLIC_URL="${raw}" mag alleen een adres zijn, zonder pad, vraagteken of #: bijvoorbeeld https://zv.zaanstreek.nl`,
    );
  }
  return url.origin;
}

function readOnOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name}="${env[name]}" is ongeldig: gebruik on of off (standaard ${fallback ? 'on' : 'off'}).`);
}

function readProvider(env: NodeJS.ProcessEnv, id: string, publicUrl: string): OidcProviderConfig {
  const prefix = `ZV_OIDC_${id.toUpperCase().replaceAll('-', '_')}_`;
  const required = (key: string, example: string): string => {
    const value = env[prefix + key]?.trim();
    if (!value) throw new ConfigError(`${prefix}${key} ontbreekt voor provider "${id}" (ZV_OIDC_PROVIDERS): ${example}.`);
    return value;
  };
  const issuer = webUrl(
    `${prefix}ISSUER`,
    required('ISSUER', 'geef de issuer-URL, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0'),
    'de issuer-URL van de provider, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0',
  );
  const claim = (key: string, fallback: string): string => {
    const value = env[prefix + key]?.trim() || fallback;
    if (!CLAIM_NAME.test(value)) {
      throw new ConfigError(`${prefix}${key}="${value}" is geen naam van een claim: gebruik bijvoorbeeld ${fallback}.`);
    }
    return value;
  };
  const usernameClaim = env[`${prefix}USERNAME_CLAIM`]?.trim();
  const scopes = env[`${prefix}SCOPES`]?.trim().split(/\s+/).join(' ') || 'openid profile email';
  if (!scopes.split(' ').includes('openid')) {
    throw new ConfigError(`${prefix}SCOPES="${scopes}" mist "openid": zonder die scope komt er geen id_token.`);
  }
  return {
    id,
    label: required('LABEL', 'geef de tekst van de knop, bijvoorbeeld "Gemeente Zaanstad (Entra ID)"'),
    issuer,
    clientId: required('CLIENT_ID', 'geef de client-id (Entra: "Application (client) ID") van de registratie bij de provider'),
    clientSecret: required('CLIENT_SECRET', 'geef het client secret van de registratie bij de provider'),
    scopes,
    usernameClaims: usernameClaim ? [claim('USERNAME_CLAIM', 'preferred_username')] : ['preferred_username', 'email'],
    roleClaim: claim('ROLE_CLAIM', 'groups'),
    roleMap: readRoleMap(
      `${prefix}ROLE_MAP`,
      required('ROLE_MAP', 'geef per groep de rol, bijvoorbeeld "<groep-id>=ZVH; <groep-id>=GEMEENTE:GM0479"'),
    ),
    redirectUri: `${publicUrl}/auth/oidc/${id}/callback`,
  };
}

/** "<value>=ROLE; <value>=GEMEENTE:GM0479; …": the order is kept, the first match wins. */
export function readRoleMap(name: string, raw: string): RoleMapping[] {
  const mappings = raw
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      // The last "=": a group name may hold one, a role never does.
      const at = part.lastIndexOf('=');
      const value = part.slice(0, Math.max(at, 0)).trim();
      const target = part.slice(at + 1).trim();
      const [role, code, ...rest] = target.split(':').map((piece) => piece.trim());
      const hint = `schrijf "<groep>=ROL" met ROL een van ${ROLES.join(', ')}, en voor een gemeente "<groep>=GEMEENTE:GM0479"`;
      if (at <= 0 || !value) throw new ConfigError(`${name}: "${part}" noemt geen groep vóór het "=": ${hint}.`);
      if (!ROLES.includes(role as Role) || rest.length > 0) {
        throw new ConfigError(`${name}: "${part}" noemt geen bekende rol: ${hint}.`);
      }
      if (role === 'GEMEENTE' && !(code && MUNICIPALITY_CODE.test(code))) {
        throw new ConfigError(`${name}: "${part}" mist de gemeentecode (GM en vier cijfers): ${hint}.`);
      }
      if (role !== 'GEMEENTE' && code !== undefined) {
        throw new ConfigError(`${name}: "${part}" geeft een gemeente bij de rol ${role}; alleen GEMEENTE hoort bij een gemeente.`);
      }
      return { value, role: role as Role, municipalityCode: role === 'GEMEENTE' ? code! : null };
    });
  if (mappings.length === 0) throw new ConfigError(`${name} is leeg: geef per groep de rol, bijvoorbeeld "<groep-id>=ZVH".`);
  return mappings;
}

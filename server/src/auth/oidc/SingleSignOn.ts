import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { Store } from '../../store/index.js';
import type { UserRow } from '../../store/types.js';
import { signInDetail, type AuthService } from '../AuthService.js';
import type { Viewer } from '../viewer.js';
import { mapRole, usernameFrom, type Claims } from './claims.js';
import type { OidcProviderConfig, SignInConfig } from './config.js';
import { ProviderDiscovery, type OidcFetch } from './discovery.js';

/** A sign-in at a provider must come back within this time, and its state is good for one return. */
export const OIDC_REQUEST_TTL_MS = 10 * 60_000;

/**
 * The password hash of a single sign-on user: not a scrypt hash, so no password ever matches it
 * (passwords.ts answers false for anything but "scrypt$…").
 */
export const SSO_PASSWORD_MARKER = '!sso';

/** Why a sign-in with a provider is refused; the page shown says it in words (routes.ts). */
export type RefusalReason = 'request' | 'provider' | 'username' | 'no-role' | 'name-clash' | 'deactivated';

export class OidcRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** For the audit log (Dutch, like its other lines); never a token or a claim beyond the name. */
    readonly detail: string,
    readonly username: string | null = null,
  ) {
    super(detail);
  }
}

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

/**
 * Single sign-on with OpenID Connect: the authorization code flow with PKCE, state and nonce
 * (openid-client validates the id_token: issuer, audience, expiry, signature by the provider's
 * JWKS), the user found by (provider, sub) and updated from the role map on every sign-in.
 * Holds nothing between the two steps: the request under way is in the database.
 */
export class SingleSignOn {
  private readonly discovery: ProviderDiscovery;

  constructor(
    readonly config: SignInConfig,
    private readonly store: Store,
    private readonly auth: AuthService,
    options: { fetch?: OidcFetch } = {},
  ) {
    this.discovery = new ProviderDiscovery(auth.now, options.fetch);
  }

  provider(id: string): OidcProviderConfig | undefined {
    return this.config.providers.find((provider) => provider.id === id);
  }

  /** The provider's authorization URL to send the browser to, and the state for its cookie. */
  async start(provider: OidcProviderConfig, returnTo: string): Promise<{ url: URL; state: string }> {
    const configuration = await this.discovery.configuration(provider);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const now = this.auth.now();
    await this.store.saveOidcRequest(
      { stateHash: hashState(state), provider: provider.id, nonce, codeVerifier, returnTo, createdMs: now },
      now - OIDC_REQUEST_TTL_MS,
    );
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: provider.redirectUri,
      scope: provider.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state };
  }

  /**
   * The provider's answer at the callback: validates it against the request under way (the state
   * from the browser's cookie), maps the claims and starts a session. Answers the session token
   * and where to go; throws OidcRefusal (audited) for every refusal.
   */
  async finish(
    provider: OidcProviderConfig,
    state: string | null,
    currentUrl: URL,
    origin: string,
    userAgent: string | null,
  ): Promise<{ token: string; returnTo: string }> {
    try {
      const claims = await this.validate(provider, state, currentUrl);
      const user = await this.userFor(provider, claims, origin);
      const token = await this.auth.startSession(user, { method: 'OIDC', provider: provider.id }, origin, userAgent);
      return { token, returnTo: claims.returnTo };
    } catch (error) {
      const refusal =
        error instanceof OidcRefusal ? error : new OidcRefusal('provider', `antwoord van de provider afgewezen: ${describeError(error)}`);
      await this.auth.audit(
        { username: refusal.username, origin },
        'login',
        refusal.username,
        'failed',
        `${signInDetail('OIDC', provider.id)}; ${refusal.detail}`,
      );
      throw refusal;
    }
  }

  /** The validated id_token's claims and where the user was going. */
  private async validate(provider: OidcProviderConfig, state: string | null, currentUrl: URL): Promise<Claims & { returnTo: string }> {
    if (!state) throw new OidcRefusal('request', 'geen inlogpoging in deze browser (cookie met state ontbreekt)');
    // Taken, so used once, whatever follows.
    const request = await this.store.takeOidcRequest(hashState(state));
    if (!request || request.provider !== provider.id) {
      throw new OidcRefusal('request', 'inlogpoging onbekend of al gebruikt');
    }
    if (this.auth.now() - request.createdMs > OIDC_REQUEST_TTL_MS) throw new OidcRefusal('request', 'inlogpoging verlopen');
    const configuration = await this.discovery.configuration(provider);
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: state,
      expectedNonce: request.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcRefusal('provider', 'geen id_token in het antwoord');
    return { ...claims, returnTo: request.returnTo };
  }

  /** The user these claims name: created on first sign-in, updated on every one; refused when nothing maps. */
  private async userFor(provider: OidcProviderConfig, claims: Claims, origin: string): Promise<UserRow> {
    const subject = claims.sub;
    if (typeof subject !== 'string' || subject.length === 0 || subject.length > 255) {
      throw new OidcRefusal('provider', 'id_token zonder bruikbare sub');
    }
    const known = await this.store.findOidcUser(provider.id, subject);
    const username = usernameFrom(claims, provider);
    const mapping = mapRole(claims, provider);
    const actor = { username: known?.username ?? username, origin };

    if (!mapping) {
      if (known?.active) {
        await this.store.updateOidcUser(known.id, { ...known, active: false });
        const ended = await this.store.deleteUserSessions(known.id);
        await this.auth.audit(
          actor,
          'user.deactivate',
          known.username,
          'ok',
          `single sign-on: geen rol meer bij ${provider.id}; ${ended} sessies beëindigd`,
        );
      }
      throw new OidcRefusal('no-role', `geen rol: geen waarde van claim ${provider.roleClaim} staat in de rollentabel`, actor.username);
    }
    if (!username) throw new OidcRefusal('username', `geen gebruikersnaam in ${provider.usernameClaims.join(' of ')}`);
    if (known && !known.active) throw new OidcRefusal('deactivated', 'account gedeactiveerd', known.username);

    // Matched by (provider, sub) only: a local account, or another identity, with the same name is never taken over.
    const sameName = await this.store.findUser(username);
    if (sameName && sameName.id !== known?.id) {
      const whose = sameName.oidcProvider ? `een gebruiker van single sign-on (${sameName.oidcProvider})` : 'een lokaal account';
      throw new OidcRefusal('name-clash', `naam al in gebruik door ${whose}`, username);
    }

    const { role, municipalityCode } = mapping;
    if (known) {
      await this.store.updateOidcUser(known.id, { username, role, municipalityCode, active: true });
      if (known.role !== role || known.municipalityCode !== municipalityCode || known.username !== username) {
        const was = `${known.username}: ${known.role}${known.municipalityCode ? ` ${known.municipalityCode}` : ''}`;
        await this.auth.audit(
          actor,
          'user.setRole',
          username,
          'ok',
          `single sign-on (${provider.id}); was ${was}, nu ${role}${municipalityCode ? ` ${municipalityCode}` : ''}`,
        );
      }
      return { ...known, username, role, municipalityCode };
    }
    const createdAt = new Date(this.auth.now()).toISOString();
    const id = await this.store.createOidcUser({
      username,
      passwordHash: SSO_PASSWORD_MARKER,
      role,
      municipalityCode,
      createdAt,
      oidcProvider: provider.id,
      oidcSubject: subject,
    });
    await this.auth.audit(
      actor,
      'user.create',
      username,
      'ok',
      `single sign-on (${provider.id}); ${role}${municipalityCode ? ` ${municipalityCode}` : ''}`,
    );
    const [user] = await this.store.getUsers([id]);
    if (!user) throw new Error(`user ${id} vanished after creation`);
    return user;
  }

  /**
   * The provider's own logout for this viewer's session, when it was a single sign-on and the
   * provider offers one (end_session_endpoint); null otherwise.
   */
  async providerLogout(viewer: Viewer): Promise<{ label: string; url: string } | null> {
    const session = await this.store.findSession(viewer.sessionHash);
    const provider = session?.provider ? this.provider(session.provider) : undefined;
    if (!provider) return null;
    const configuration = await this.discovery.configuration(provider);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const url = client.buildEndSessionUrl(configuration, {
      client_id: provider.clientId,
      post_logout_redirect_uri: this.config.publicUrl,
    });
    return { label: provider.label, url: url.href };
  }
}

/**
 * What went wrong, for the audit log: the error codes and messages down the chain of causes, and
 * the name of a claim that failed; never a value from the token (the causes may hold them).
 */
function describeError(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError) {
    return `${error.error}${error.error_description ? ` (${error.error_description})` : ''}`.slice(0, 300);
  }
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, message, claim, cause } = current as { code?: unknown; message?: unknown; claim?: unknown; cause?: unknown };
    if (current instanceof Error) parts.push(`${typeof code === 'string' ? `${code}: ` : ''}${String(message)}`);
    if (typeof claim === 'string') parts.push(`claim ${claim}`);
    current = cause;
  }
  return (parts.join('; ') || 'onbekende fout').slice(0, 400);
}

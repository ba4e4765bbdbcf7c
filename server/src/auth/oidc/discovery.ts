import * as client from 'openid-client';
import type { OidcProviderConfig } from './config.js';

/** A fetch for openid-client's requests; tests pass one that rewrites the provider's answers. */
export type OidcFetch = client.CustomFetch;

/** How long a provider's metadata is kept before it is fetched again (its keys rotate now and then). */
const METADATA_TTL_MS = 3_600_000;

/**
 * Each provider's metadata (authorization, token and end-session endpoints, JWKS) by OpenID
 * discovery, fetched on first use and kept for an hour; a failed discovery is not kept, so the
 * next sign-in tries again. openid-client fetches and caches the JWKS itself.
 */
export class ProviderDiscovery {
  private readonly cache = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly fetch?: OidcFetch,
  ) {}

  configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    const cached = this.cache.get(provider.id);
    if (cached && this.now() - cached.at < METADATA_TTL_MS) return cached.configuration;
    const configuration = this.discover(provider);
    this.cache.set(provider.id, { at: this.now(), configuration });
    configuration.catch(() => {
      if (this.cache.get(provider.id)?.configuration === configuration) this.cache.delete(provider.id);
    });
    return configuration;
  }

  private discover(provider: OidcProviderConfig): Promise<client.Configuration> {
    // The id_token's signature is checked against the provider's JWKS even though it comes straight
    // from the token endpoint over TLS (which OpenID Connect would allow to skip). http only for a
    // provider on this machine (config.ts allows no other), as in development and tests.
    const execute = [client.enableNonRepudiationChecks];
    if (provider.issuer.protocol === 'http:') execute.push(client.allowInsecureRequests);
    return client.discovery(provider.issuer, provider.clientId, undefined, client.ClientSecretPost(provider.clientSecret), {
      execute,
      ...(this.fetch ? { [client.customFetch]: this.fetch } : {}),
      timeout: 10,
    });
  }
}

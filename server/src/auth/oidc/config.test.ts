import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../configError.js';
import { readSignInConfig } from './config.js';

const zaanstad = {
  ZV_PUBLIC_URL: 'https://zv.zaanstreek.nl',
  ZV_OIDC_PROVIDERS: 'zaanstad',
  ZV_OIDC_ZAANSTAD_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
  ZV_OIDC_ZAANSTAD_CLIENT_ID: 'client-id',
  ZV_OIDC_ZAANSTAD_CLIENT_SECRET: 'secret',
  ZV_OIDC_ZAANSTAD_LABEL: 'Gemeente Zaanstad (Entra ID)',
  ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g-1=ZVH; g-2=GEMEENTE:GM0479; g-3 = BESTUURDER',
};

const problem = (env: NodeJS.ProcessEnv) => {
  try {
    readSignInConfig(env, 4000);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return null;
};

describe('the sign-in configuration from the environment', () => {
  it('has local passwords only and a localhost address by default', () => {
    expect(readSignInConfig({}, 4000)).toEqual({
      publicUrl: 'http://localhost:4000',
      passwordLogin: true,
      breakGlassUsers: [],
      providers: [],
    });
  });

  it('reads a provider with its defaults, the redirect URL from ZV_PUBLIC_URL and the role map in the order written', () => {
    const [provider] = readSignInConfig(zaanstad, 4000).providers;
    expect(provider).toMatchObject({
      id: 'zaanstad',
      label: 'Gemeente Zaanstad (Entra ID)',
      scopes: 'openid profile email',
      usernameClaims: ['preferred_username', 'email'],
      roleClaim: 'groups',
      redirectUri: 'https://zv.zaanstreek.nl/auth/oidc/zaanstad/callback',
      roleMap: [
        { value: 'g-1', role: 'ZVH', municipalityCode: null },
        { value: 'g-2', role: 'GEMEENTE', municipalityCode: 'GM0479' },
        { value: 'g-3', role: 'BESTUURDER', municipalityCode: null },
      ],
    });
    expect(provider!.issuer.href).toBe('https://login.microsoftonline.com/tenant-id/v2.0');
  });

  it('takes app roles and another username claim when told', () => {
    const [provider] = readSignInConfig(
      { ...zaanstad, ZV_OIDC_ZAANSTAD_ROLE_CLAIM: 'roles', ZV_OIDC_ZAANSTAD_USERNAME_CLAIM: 'upn' },
      4000,
    ).providers;
    expect(provider).toMatchObject({ roleClaim: 'roles', usernameClaims: ['upn'] });
  });

  it('switches passwords off for all but the break-glass accounts', () => {
    const config = readSignInConfig({ ...zaanstad, ZV_PASSWORD_LOGIN: 'off', ZV_BREAK_GLASS_USERS: 'Admin, noodbeheer' }, 4000);
    expect(config).toMatchObject({ passwordLogin: false, breakGlassUsers: ['admin', 'noodbeheer'] });
  });

  it.each([
    [{ ZV_PUBLIC_URL: 'http://zv.zaanstreek.nl' }, 'ZV_PUBLIC_URL="http://zv.zaanstreek.nl" moet met https:// beginnen'],
    [{ ZV_PUBLIC_URL: 'https://zv.zaanstreek.nl/dashboard' }, 'zonder pad'],
    [{ ZV_OIDC_PROVIDERS: 'Zaanstad' }, 'ZV_OIDC_PROVIDERS: "Zaanstad" is geen geldige naam'],
    [{ ZV_OIDC_PROVIDERS: 'zaanstad,zaanstad' }, 'twee keer'],
    [{ ZV_OIDC_ZAANSTAD_ISSUER: '' }, 'ZV_OIDC_ZAANSTAD_ISSUER ontbreekt'],
    [{ ZV_OIDC_ZAANSTAD_ISSUER: 'http://login.example.org' }, 'ZV_OIDC_ZAANSTAD_ISSUER="http://login.example.org" moet met https://'],
    [{ ZV_OIDC_ZAANSTAD_CLIENT_SECRET: ' ' }, 'ZV_OIDC_ZAANSTAD_CLIENT_SECRET ontbreekt'],
    [{ ZV_OIDC_ZAANSTAD_LABEL: '' }, 'ZV_OIDC_ZAANSTAD_LABEL ontbreekt'],
    [{ ZV_OIDC_ZAANSTAD_SCOPES: 'profile email' }, 'mist "openid"'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g-1=ADMIN' }, 'ZV_OIDC_ZAANSTAD_ROLE_MAP: "g-1=ADMIN" noemt geen bekende rol'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g-1=GEMEENTE' }, 'mist de gemeentecode'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g-1=ZVH:GM0479' }, 'alleen GEMEENTE hoort bij een gemeente'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_MAP: '=ZVH' }, 'noemt geen groep'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_MAP: ' ; ' }, 'ZV_OIDC_ZAANSTAD_ROLE_MAP is leeg'],
    [{ ZV_OIDC_ZAANSTAD_ROLE_CLAIM: 'groups claim' }, 'geen naam van een claim'],
    [{ ZV_PASSWORD_LOGIN: 'nee' }, 'ZV_PASSWORD_LOGIN="nee" is ongeldig'],
    [{ ZV_BREAK_GLASS_USERS: 'admin' }, 'ZV_BREAK_GLASS_USERS heeft alleen betekenis met ZV_PASSWORD_LOGIN=off'],
    [{ ZV_OIDC_PROVIDERS: '', ZV_PASSWORD_LOGIN: 'off' }, 'ZV_PASSWORD_LOGIN=off zonder single sign-on'],
  ])('names the variable and what to fix: %j', (change, message) => {
    expect(problem({ ...zaanstad, ...change })).toContain(message);
  });
});

import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Services } from '../../graphql/context.js';
import type { Store } from '../../store/index.js';
import { seededStore, testServices } from '../../testing/api.js';
import { PASSWORD_LOGIN_OFF } from '../AuthService.js';
import { readSignInConfig } from './config.js';
import { checkSignInConfig } from './checkConfig.js';

const PASSWORD = 'een lange zin als wachtwoord';
const env = {
  ZV_OIDC_PROVIDERS: 'zaanstad',
  ZV_OIDC_ZAANSTAD_ISSUER: 'https://login.example.org',
  ZV_OIDC_ZAANSTAD_CLIENT_ID: 'c',
  ZV_OIDC_ZAANSTAD_CLIENT_SECRET: 's',
  ZV_OIDC_ZAANSTAD_LABEL: 'Zaanstad',
  ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g=GEMEENTE:GM0479',
  ZV_PASSWORD_LOGIN: 'off',
  ZV_BREAK_GLASS_USERS: 'admin',
};

let store: Store;
let services: Services;

beforeAll(async () => {
  store = await seededStore();
  services = testServices(store, { signIn: readSignInConfig(env, 4000) });
  const actor = { username: 'test', origin: 'test' };
  await services.users.create(actor, { username: 'admin', password: PASSWORD, role: 'BEHEERDER' });
  await services.users.create(actor, { username: 'tester', password: PASSWORD, role: 'ZVH' });
});

describe('with ZV_PASSWORD_LOGIN=off', () => {
  it('refuses a password for everyone but the break-glass beheerder, with a clear message in the audit log', async () => {
    await expect(services.auth.login('tester', PASSWORD, '192.0.2.1')).rejects.toThrow(PASSWORD_LOGIN_OFF.nl);
    const [entry] = await store.recentAudit(1);
    expect(entry).toMatchObject({
      action: 'login',
      actor: 'tester',
      result: 'refused',
      detail: expect.stringContaining('ZV_PASSWORD_LOGIN=off'),
    });
    await expect(services.auth.login('Admin', PASSWORD, '192.0.2.1')).resolves.toMatchObject({ user: { username: 'admin' } });
  });

  it('checks at start that a GEMEENTE mapping names a known municipality and a break-glass account is a local beheerder', async () => {
    await expect(checkSignInConfig(readSignInConfig(env, 4000), store)).resolves.toBeUndefined();
    await expect(
      checkSignInConfig(readSignInConfig({ ...env, ZV_OIDC_ZAANSTAD_ROLE_MAP: 'g=GEMEENTE:GM9999' }, 4000), store),
    ).rejects.toThrow(/ZV_OIDC_ZAANSTAD_ROLE_MAP noemt GM9999: geen gemeente van deze regio/);
    await expect(checkSignInConfig(readSignInConfig({ ...env, ZV_BREAK_GLASS_USERS: 'tester' }, 4000), store)).rejects.toThrow(
      /ZV_BREAK_GLASS_USERS noemt "tester": dat is geen lokaal account met de rol beheerder/,
    );
  });
});

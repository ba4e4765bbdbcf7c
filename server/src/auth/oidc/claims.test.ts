import { describe, expect, it } from '@jest/globals';
import { mapRole, usernameFrom } from './claims.js';
import { readRoleMap } from './config.js';
import { safeReturnPath } from './routes.js';

const provider = {
  roleClaim: 'groups',
  roleMap: readRoleMap('ZV_OIDC_X_ROLE_MAP', 'g-admin=BEHEERDER; g-zaanstad=GEMEENTE:GM0479; g-zvh=ZVH'),
  usernameClaims: ['preferred_username', 'email'],
};

describe('the claims of a validated id_token', () => {
  it('map to the first role in the order written that the user has a value of', () => {
    expect(mapRole({ groups: ['g-zvh', 'g-zaanstad'] }, provider)).toEqual({
      value: 'g-zaanstad',
      role: 'GEMEENTE',
      municipalityCode: 'GM0479',
    });
    expect(mapRole({ groups: ['g-zvh'] }, provider)).toMatchObject({ role: 'ZVH' });
    expect(mapRole({ groups: ['g-other'] }, provider)).toBeNull();
    expect(mapRole({}, provider)).toBeNull();
    // Values are compared exactly: no case folding, no partial match.
    expect(mapRole({ groups: ['G-ZVH', 'g-zv'] }, provider)).toBeNull();
  });

  it('read a single app role as well as a list, and ignore values that are not text', () => {
    const roles = { ...provider, roleClaim: 'roles' };
    expect(mapRole({ roles: 'g-admin' }, roles)).toMatchObject({ role: 'BEHEERDER' });
    expect(mapRole({ roles: [42, null, 'g-zvh'] }, roles)).toMatchObject({ role: 'ZVH' });
  });

  it('name the user by the first username claim that holds one, normalised like a login', () => {
    expect(usernameFrom({ preferred_username: ' Anna@Zaanstad.NL ', email: 'x@y' }, provider)).toBe('anna@zaanstad.nl');
    expect(usernameFrom({ preferred_username: '', email: 'Bert@Zaanstad.nl' }, provider)).toBe('bert@zaanstad.nl');
    expect(usernameFrom({ preferred_username: 'a'.repeat(65) }, provider)).toBeNull();
    expect(usernameFrom({ sub: 'x' }, provider)).toBeNull();
  });
});

describe('the page to return to after signing in', () => {
  it.each([
    ['/casuistiek?maat=per10k', '/casuistiek?maat=per10k'],
    ['/gemeente/GM0479', '/gemeente/GM0479'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/auth/oidc/zaanstad/start', '/'],
    ['/a b', '/'],
    [undefined, '/'],
    [['/x', '/y'], '/'],
  ])('is only a path of this dashboard: %j → %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { ConfigError, mfaRequiredRolesFrom, readConfig } from './config.js';

describe('ZV_MFA_REQUIRED', () => {
  it('requires a second factor of beheerders and ZVH users unless told otherwise', () => {
    expect(readConfig({}).mfaRequiredRoles).toEqual(['BEHEERDER', 'ZVH']);
    expect(mfaRequiredRolesFrom('  ')).toEqual(['BEHEERDER', 'ZVH']);
  });

  it('takes roles separated by commas, in any case and with spaces, or none', () => {
    expect(mfaRequiredRolesFrom('beheerder, Gemeente ,ZVH')).toEqual(['BEHEERDER', 'GEMEENTE', 'ZVH']);
    expect(mfaRequiredRolesFrom('BESTUURDER,bestuurder')).toEqual(['BESTUURDER']);
    expect(mfaRequiredRolesFrom('none')).toEqual([]);
    expect(mfaRequiredRolesFrom('NONE')).toEqual([]);
  });

  it('refuses an unknown role, naming it and the valid roles', () => {
    expect(() => mfaRequiredRolesFrom('BEHEERDER,admin')).toThrow(ConfigError);
    expect(() => mfaRequiredRolesFrom('BEHEERDER,admin')).toThrow(
      /ZV_MFA_REQUIRED="BEHEERDER,admin" is ongeldig: "ADMIN" is geen rol\. Gebruik rollen .* uit BEHEERDER, BESTUURDER, ZVH, GEMEENTE .* of none/,
    );
    expect(() => mfaRequiredRolesFrom('BEHEERDER,,ZVH')).toThrow(/"" is geen rol/);
    expect(() => readConfig({ ZV_MFA_REQUIRED: 'iedereen' })).toThrow(ConfigError);
  });
});

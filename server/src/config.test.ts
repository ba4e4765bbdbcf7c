import { describe, expect, it } from '@jest/globals';
import { ConfigError, databaseUrlFrom, mfaRequiredRolesFrom, readConfig } from './config.js';

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

describe('ZV_DATABASE_URL', () => {
  it('is SQLite (null) when unset or empty, and a PostgreSQL address as given otherwise', () => {
    expect(readConfig({}).databaseUrl).toBeNull();
    expect(databaseUrlFrom('  ')).toBeNull();
    expect(databaseUrlFrom(' postgres://zv:geheim@db.example.nl:5432/zv?sslmode=require ')).toBe(
      'postgres://zv:geheim@db.example.nl:5432/zv?sslmode=require',
    );
    expect(readConfig({ ZV_DATABASE_URL: 'postgresql://localhost/zv' }).databaseUrl).toBe('postgresql://localhost/zv');
    expect(readConfig({}).databasePool).toBe(10);
    expect(readConfig({ ZV_DATABASE_POOL: '25' }).databasePool).toBe(25);
    expect(() => readConfig({ ZV_DATABASE_POOL: '1' })).toThrow(
      /ZV_DATABASE_POOL="1" is ongeldig: gebruik een geheel getal van minstens 2/,
    );
  });

  it('refuses what is not a PostgreSQL address, without repeating the password', () => {
    for (const raw of ['mysql://zv:geheim@db/zv', 'postgres://zv:geheim@db.example.nl', 'db.example.nl/zv', 'postgres://']) {
      expect(() => databaseUrlFrom(raw)).toThrow(ConfigError);
      expect(() => databaseUrlFrom(raw)).toThrow(/ZV_DATABASE_URL is geen PostgreSQL-adres: gebruik postgres:\/\/gebruiker/);
      expect(() => databaseUrlFrom(raw)).not.toThrow(/geheim/);
    }
  });
});

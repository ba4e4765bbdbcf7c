import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { isMissingNativeModule, nativeModuleAdvice } from './open.js';

describe('a missing or mismatched SQLite module', () => {
  it('is told apart from a damaged database, with the real messages of both failures', () => {
    // better-sqlite3 with its compiled part at a path that does not exist: what a skipped install script leaves.
    let missing: unknown;
    try {
      new Database(':memory:', { nativeBinding: '/bestaat/niet/better_sqlite3.node' }).close();
    } catch (error) {
      missing = error;
    }
    expect(String(missing)).toMatch(/better_sqlite3\.node/);
    expect(isMissingNativeModule(missing)).toBe(true);
    const mismatch = Object.assign(
      new Error(
        "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 137.",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    expect(isMissingNativeModule(mismatch)).toBe(true);
    expect(isMissingNativeModule(new Error('file is not a database'))).toBe(false);
  });

  it('says to reinstall with the Node that starts the server, not to restore a backup', () => {
    const advice = nativeModuleAdvice("The module '…/better_sqlite3.node'\nwas compiled against a different Node.js version");
    expect(advice).toMatch(/npm ci/);
    expect(advice).toMatch(/De database zelf is in orde/);
    expect(advice).toContain(process.version);
    expect(advice).not.toMatch(/back-up/);
  });
});

/**
 * Browser tests: `npm run test:browser` (builds the client first). Each test file starts the built
 * server (`server/dist/main.js`) on a free port with a fresh database and drives Debian's
 * Chromium (`/usr/bin/chromium`) through playwright-core. Jest runs as native ESM, like the unit
 * tests; ts-jest only transpiles (`npm run typecheck` checks the types of `client/e2e/` too).
 */

/** @type {import('jest').Config} */
export default {
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/client/e2e/**/*.e2e.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/client/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // A server and a browser per test file: one file at a time on a small machine.
  maxWorkers: 1,
  testTimeout: 60_000,
  verbose: true,
};

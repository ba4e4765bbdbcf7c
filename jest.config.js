/**
 * Unit and API tests: `npm run test:unit`. Jest runs as native ESM (the d3 modules and much of
 * the front end are ESM-only); ts-jest only transpiles, `npm run typecheck` checks the types.
 */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' }],
};
const moduleNameMapper = {
  '^@zv/shared$': '<rootDir>/shared/src/index.ts',
  '^@zv/seed$': '<rootDir>/seed/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

/**
 * The API and service tests that reach the database only through the Store (testing/api.ts
 * `seededStore`, `testApi`): the project "server-postgres" runs them once more on a real
 * PostgreSQL (ZV_TEST_STORE=postgres; testing/postgres.ts starts it). Tests that look into
 * SQLite's own tables stay SQLite-only (they use `seededSqliteStore`); the store's own cases run
 * on both through the contract suites in server/src/store/contract.
 */
const onPostgresToo = [
  'auth/AuthService',
  'auth/bootstrap',
  'auth/hashGate',
  'auth/oidc/passwordLogin',
  'auth/oidc/singleSignOn',
  'auth/SecondFactorService',
  'graphql/access',
  'graphql/api',
  'graphql/comparison',
  'graphql/cost',
  'graphql/explanations',
  'graphql/flows',
  'graphql/inputLimits',
  'graphql/mySessions',
  'graphql/passkeySignIn',
  'graphql/resolvers/IndicatorDefinition',
  'graphql/resolvers/Source',
  'graphql/secondFactor',
  'graphql/signals',
  'graphql/suppressionApi',
  'hardening',
  'http/concurrency',
  'http/importUpload',
  'http/loginRateLimit',
  'http/pageRender',
  'http/sources',
  'http/staticFiles',
  'management/exportCsv',
  'management/ImportPreview',
  'management/ImportService',
  'management/Steering',
  'testing/api',
].map((name) => `<rootDir>/server/src/${name}.test.ts`);

/** @type {import('jest').Config} */
export default {
  // Tests start processes and hash passwords at OWASP cost: on a busy 2-core machine that takes
  // more than Jest's 5 s default. Timings are measured by `npm run bench`, not asserted here.
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{server,seed,shared}/src/**/*.test.ts'],
      extensionsToTreatAsEsm: ['.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'server-postgres',
      testEnvironment: 'node',
      testMatch: onPostgresToo,
      setupFiles: ['<rootDir>/server/test/postgresProject.js'],
      extensionsToTreatAsEsm: ['.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/client/{src,build}/**/*.test.{ts,tsx}'],
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/client/tsconfig.json' }],
      },
      moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/client/test/styleStub.js' },
      setupFilesAfterEnv: ['<rootDir>/client/test/setup.ts'],
    },
  ],
};

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

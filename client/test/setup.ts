import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait up to 1 s by default: too short on a busy 2-core machine. A test that
// waits for something that never comes still fails, only later.
configure({ asyncUtilTimeout: 15_000 });

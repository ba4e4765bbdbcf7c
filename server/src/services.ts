import { AuthService, type AuthOptions } from './auth/AuthService.js';
import { SecondFactorService } from './auth/SecondFactorService.js';
import { UserAdmin } from './auth/UserAdmin.js';
import { randomBytes } from 'node:crypto';
import { DEFAULT_SUPPRESS_BELOW } from './domain/suppression.js';
import type { Services } from './graphql/context.js';
import { ImportService } from './management/ImportService.js';
import { Steering } from './management/Steering.js';
import type { Store } from './store/index.js';

/** Everything the server builds once at start, around one store. */
export function createServices(
  store: Store,
  options: {
    auth?: AuthOptions;
    suppressBelow?: number;
    /** Encrypts the TOTP secrets (DATA_DIR/second-factor.key); absent: a new key, for in-memory databases and tests. */
    secondFactorKey?: Buffer;
  } = {},
): Services {
  const auth = new AuthService(store, options.auth);
  return {
    store,
    auth,
    secondFactors: new SecondFactorService(store, auth, options.secondFactorKey ?? randomBytes(32)),
    users: new UserAdmin(store, auth),
    imports: new ImportService(store, auth),
    steering: new Steering(store, auth),
    suppressBelow: options.suppressBelow ?? DEFAULT_SUPPRESS_BELOW,
  };
}

import { AuthService, type AuthOptions } from './auth/AuthService.js';
import { SecondFactorService } from './auth/SecondFactorService.js';
import { PasskeyService, relyingPartyOf } from './auth/PasskeyService.js';
import type { SignInConfig } from './auth/oidc/config.js';
import type { OidcFetch } from './auth/oidc/discovery.js';
import { SingleSignOn } from './auth/oidc/SingleSignOn.js';
import { UserAdmin } from './auth/UserAdmin.js';
import { randomBytes } from 'node:crypto';
import type { Demonstration } from './demo/demonstration.js';
import { DEFAULT_SUPPRESS_BELOW } from './domain/suppression.js';
import type { Services } from './graphql/context.js';
import { ImportService } from './management/ImportService.js';
import { Steering } from './management/Steering.js';
import { Explanations } from './management/Explanations.js';
import type { Store } from './store/index.js';

/** Everything the server builds once at start, around one store. */
export function createServices(
  store: Store,
  options: {
    auth?: AuthOptions;
    suppressBelow?: number;
    /** Encrypts the TOTP secrets (DATA_DIR/second-factor.key); absent: a new key, for in-memory databases and tests. */
    secondFactorKey?: Buffer;
    /** ZV_PUBLIC_URL (passkeys are bound to its host name), single sign-on and password login. */
    signIn?: SignInConfig;
    oidcFetch?: OidcFetch;
    /** The demonstration this server shows (npm run demo); absent or null: a real deployment. */
    demonstration?: Demonstration | null;
  } = {},
): Services {
  const signIn = options.signIn ?? LOCAL_SIGN_IN;
  const auth = new AuthService(store, {
    ...options.auth,
    passwordLogin: { on: signIn.passwordLogin, breakGlassUsers: signIn.breakGlassUsers },
  });
  return {
    store,
    auth,
    secondFactors: new SecondFactorService(store, auth, options.secondFactorKey ?? randomBytes(32)),
    passkeys: new PasskeyService(store, auth, relyingPartyOf(signIn.publicUrl)),
    users: new UserAdmin(store, auth),
    imports: new ImportService(store, auth),
    steering: new Steering(store, auth),
    explanations: new Explanations(store, auth),
    sso: new SingleSignOn(signIn, store, auth, { fetch: options.oidcFetch }),
    suppressBelow: options.suppressBelow ?? DEFAULT_SUPPRESS_BELOW,
    demonstration: options.demonstration ?? null,
  };
}

/** Local passwords only, no single sign-on: the default without ZV_OIDC_PROVIDERS. */
export const LOCAL_SIGN_IN: SignInConfig = { publicUrl: 'http://localhost', passwordLogin: true, breakGlassUsers: [], providers: [] };

import type { AuthService, PendingSignIn } from '../auth/AuthService.js';
import type { SecondFactorService } from '../auth/SecondFactorService.js';
import type { PasskeyService } from '../auth/PasskeyService.js';
import type { SingleSignOn } from '../auth/oidc/SingleSignOn.js';
import type { UserAdmin } from '../auth/UserAdmin.js';
import type { Viewer } from '../auth/viewer.js';
import type { Demonstration } from '../demo/demonstration.js';
import type { ImportService } from '../management/ImportService.js';
import type { Steering } from '../management/Steering.js';
import type { Explanations } from '../management/Explanations.js';
import type { Store } from '../store/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Sets or clears the session cookie of this request (absent outside HTTP, e.g. in tests). */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/** The services the server builds once, at start. */
export interface Services {
  store: Store;
  auth: AuthService;
  secondFactors: SecondFactorService;
  passkeys: PasskeyService;
  users: UserAdmin;
  imports: ImportService;
  steering: Steering;
  explanations: Explanations;
  /** Single sign-on with OpenID Connect, and whether local passwords may be used. */
  sso: SingleSignOn;
  /** Counts 1..suppressBelow-1 in fine breakdowns are suppressed for roles that may not see them. */
  suppressBelow: number;
  /** The demonstration this server shows (npm run demo, decision 0023); null on a real deployment. */
  demonstration: Demonstration | null;
}

/** What every resolver gets: the services, who is asking, and this request's loaders. */
export interface Context extends Services {
  viewer: Viewer | null;
  /** A sign-in whose password was right and whose second step is still to come; null otherwise. */
  pending: PendingSignIn | null;
  /** The client's address, for the audit log and the brute-force counters. */
  origin: string;
  session: SessionCookie | null;
  /** The client's User-Agent header, for the description of a new session; null outside HTTP. */
  userAgent: string | null;
  loaders: Loaders;
  /** Set when the response cache may keep this answer (http/responseCache.ts marks it). */
  cacheEntry?: { storable: boolean } | undefined;
}

export function createContext(
  services: Services,
  request: {
    viewer: Viewer | null;
    pending?: PendingSignIn | null;
    origin: string;
    session?: SessionCookie | null;
    userAgent?: string | null;
    cacheEntry?: { storable: boolean } | undefined;
  },
): Context {
  return {
    ...services,
    viewer: request.viewer,
    pending: request.viewer ? null : (request.pending ?? null),
    origin: request.origin,
    session: request.session ?? null,
    userAgent: request.userAgent ?? null,
    loaders: createLoaders(services, request.viewer),
    cacheEntry: request.cacheEntry,
  };
}

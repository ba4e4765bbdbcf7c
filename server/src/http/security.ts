import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response. The built dashboard loads only its own
 * scripts, styles, fonts and images (vite inlines nothing and no component sets a style
 * attribute), so nothing needs 'unsafe-inline' or 'unsafe-eval'.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
} as const;

/** One year, the usual HSTS lifetime. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers for every response: API, static files, the index.html fallback and errors;
 * on the dashboard's hashed scripts, styles and fonts only those that apply to them.
 * upgrade-insecure-requests and HSTS are left to https: on http://localhost the first would
 * send the browser to an https port that does not exist.
 */
export function securityHeaders(): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]])),
    },
    // Old browsers that do not know frame-ancestors.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  });
  // The dashboard's hashed files (scripts, styles, fonts) are never a document: the headers that
  // govern a document (its CSP, framing, opener, the legacy ones for old browsers) do nothing on
  // them but weigh about 0,5 kB per file on a first visit (decision 0024). What still applies to a
  // script, style or font stays: no sniffing, same-origin only, no referrer for what a stylesheet loads.
  const assetHeaders = helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  const byPath: RequestHandler = (req, res, next) => (isHashedAsset(req.path) ? assetHeaders : headers)(req, res, next);
  // req.secure is only true for a TLS connection to this process ('trust proxy' is off):
  // behind a TLS-terminating proxy, the proxy sets HSTS.
  const hsts: RequestHandler = (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [byPath, hsts];
}

/** A file of the built dashboard with its content's hash in its name (client/dist/assets/), never an SVG that could be opened as a page. */
export function isHashedAsset(path: string): boolean {
  return path.startsWith('/assets/') && /\.(js|css|woff2)$/.test(path);
}

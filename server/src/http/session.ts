import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookie } from '../graphql/context.js';

/** Over https the cookie gets the __Host- prefix: Secure, no Domain, Path=/ (so no sub-domain can set it). */
const COOKIE = 'zv_session';
const SECURE_COOKIE = '__Host-zv_session';

const cookieName = (req: Request) => (req.secure ? SECURE_COOKIE : COOKIE);

/** The session token the browser sent, or null (a malformed cookie header is no session). */
export function readSessionToken(req: Request): string | null {
  return readCookie(req, cookieName(req));
}

/** One cookie the browser sent, or null (a malformed or oversized Cookie header counts as none). */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return null;
  try {
    return parseCookies(header)[name] ?? null;
  } catch {
    return null;
  }
}

/** Sets and clears the session cookie: HttpOnly, SameSite=Strict, Secure over https. */
export function sessionCookie(req: Request, res: Response, maxAgeMs: number): SessionCookie {
  const options = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
  return {
    set: (token) => res.cookie(cookieName(req), token, { ...options, maxAge: maxAgeMs }),
    clear: () => res.clearCookie(cookieName(req), options),
  };
}

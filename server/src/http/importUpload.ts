import type { Request, RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { IMPORT_KINDS, type ImportKind } from '../import/index.js';
import type { Services } from '../graphql/context.js';
import { check, ruleFor } from '../graphql/authorization.js';
import { errorBody } from './errors.js';
import { readSessionToken } from './session.js';

/** Files up to this size are streamed into an import; larger ones are refused before reading. */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

const ACCEPTED = ['text/csv', 'application/json', 'application/octet-stream', 'application/vnd.ms-excel'];

/**
 * POST /api/import?kind=CASELOAD&dryRun=true&fileName=… with the file as the body: the door of
 * the Beheer page for files of any encoding and size. The same rule as the importData mutation
 * (one place: graphql/authorization.ts) and the same code path (ImportService). The body is
 * streamed, never held whole. A cross-site form cannot send these content types without a
 * preflight, and the session cookie is SameSite=Strict.
 */
export function importUpload(services: Services): RequestHandler {
  return async (req, res) => {
    const token = readSessionToken(req);
    const viewer = token ? await services.auth.authenticate(token) : null;
    try {
      check(ruleFor('Mutation', 'importData'), { ...services, viewer } as Parameters<typeof check>[1], 'importeren van gegevens');
    } catch (error) {
      const code = String((error as GraphQLError).extensions?.code);
      res.status(code === 'UNAUTHENTICATED' ? 401 : 403).json(errorBody((error as Error).message, code));
      return;
    }
    const kind = String(req.query.kind ?? '').toUpperCase() as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) {
      res.status(400).json(errorBody(`Onbekende soort import "${String(req.query.kind ?? '')}": kies ${IMPORT_KINDS.join(', ')}.`, 'BAD_USER_INPUT'));
      return;
    }
    if (!ACCEPTED.some((type) => req.is(type))) {
      res.status(415).json(errorBody(`Stuur het bestand als ${ACCEPTED.join(' of ')}.`, 'BAD_REQUEST'));
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      res.status(413).json(errorBody(`Het bestand is te groot: de grens is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, 'PAYLOAD_TOO_LARGE'));
      return;
    }
    const result = await services.imports.run(kind, limited(req), {
      dryRun: req.query.dryRun === 'true',
      actor: { username: viewer?.username ?? null, origin: req.ip ?? 'onbekend' },
      fileName: typeof req.query.fileName === 'string' ? req.query.fileName.slice(0, 200) : null,
    });
    res.json(result);
  };
}

/** The request body, stopped past the size limit even when no Content-Length was sent. */
async function* limited(req: Request): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > MAX_UPLOAD_BYTES) throw Object.assign(new Error('upload too large'), { status: 413, type: 'entity.too.large' });
    yield chunk;
  }
}

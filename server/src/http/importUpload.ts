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
export function importUpload(services: Services, maxBytes = MAX_UPLOAD_BYTES): RequestHandler {
  return async (req, res) => {
    const token = readSessionToken(req);
    const viewer = token ? await services.auth.authenticate(token) : null;
    try {
      check(ruleFor('Mutation', 'importData'), { ...services, viewer } as Parameters<typeof check>[1], {
        nl: 'importeren van gegevens',
        en: 'import data',
      });
    } catch (error) {
      const { code, messageEn } = (error as GraphQLError).extensions;
      const english = typeof messageEn === 'string' ? messageEn : undefined;
      res.status(code === 'UNAUTHENTICATED' ? 401 : 403).json(errorBody((error as Error).message, String(code), english));
      return;
    }
    const kind = String(req.query.kind ?? '').toUpperCase() as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) {
      const kinds = IMPORT_KINDS.join(', ');
      res
        .status(400)
        .json(errorBody(`Onbekende soort import: kies kind=${kinds}.`, 'BAD_USER_INPUT', `Unknown kind of import: choose kind=${kinds}.`));
      return;
    }
    if (!ACCEPTED.some((type) => req.is(type))) {
      res
        .status(415)
        .json(errorBody(`Stuur het bestand als ${ACCEPTED.join(' of ')}.`, 'BAD_REQUEST', `Send the file as ${ACCEPTED.join(' or ')}.`));
      return;
    }
    const tooLarge = () =>
      res
        .status(413)
        .json(
          errorBody(
            `Het bestand is te groot: de grens is ${size(maxBytes)}.`,
            'PAYLOAD_TOO_LARGE',
            `The file is too large: the limit is ${size(maxBytes)}.`,
          ),
        );
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      tooLarge();
      return;
    }
    const body = limited(req, maxBytes);
    let result: Awaited<ReturnType<Services['imports']['run']>>;
    try {
      result = await services.imports.run(kind, body.chunks, {
        dryRun: req.query.dryRun === 'true',
        actor: { username: viewer?.username ?? null, origin: req.ip ?? 'onbekend' },
        fileName: typeof req.query.fileName === 'string' ? req.query.fileName.slice(0, 200) : null,
      });
    } catch (error) {
      // Past the limit before the import's reader had begun (the first chunk read was already
      // too large: the file arrived while the store was still busy): the same answer as below.
      if (!body.exceeded()) throw error;
    }
    // Sent without a Content-Length (chunked) and past the limit: the import stopped reading and
    // kept nothing; the answer says why, as for a declared size.
    if (body.exceeded()) {
      tooLarge();
      return;
    }
    res.json(result!);
  };
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** The request body, stopped past the size limit even when no Content-Length was sent. */
function limited(req: Request, maxBytes: number): { chunks: AsyncGenerator<Buffer>; exceeded: () => boolean } {
  let exceeded = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    let bytes = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        exceeded = true;
        throw Object.assign(new Error('upload too large'), { status: 413, type: 'entity.too.large' });
      }
      yield chunk;
    }
  }
  return { chunks: chunks(), exceeded: () => exceeded };
}

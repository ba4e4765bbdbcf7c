import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { PendingSignIn } from '../auth/AuthService.js';
import type { Viewer } from '../auth/viewer.js';
import type { Store } from '../store/index.js';
import { persistedHashOf, rootFieldsOf, type PersistedDocument, type PersistedDocuments } from './persistedQueries.js';

/**
 * The response cache of the dashboard's own queries. A persisted query's answer depends only
 * on the document, its variables, what the viewer's role may see (and, for a GEMEENTE user,
 * which municipality), the data in the database and today's date (a goal's status ages). The
 * key holds exactly those; the change stamp moves with every write that can change an answer,
 * also by another process (store.changeStamp), so an entry is never served after a change.
 * Only answers without errors are kept; nothing that names the person (me, users, audit log)
 * is ever cached. A hit is sent as stored bytes, before Apollo runs at all.
 *
 * Query text that other tools send is kept the same way, under the sha256 of the exact text.
 * Whether a text may be kept is decided from the operation Apollo parsed, validated and selected
 * (after the answer, by the plugin), so the cache parses nothing itself and a text that does not
 * parse or validate is never kept. What was decided is remembered per text and operation name in
 * a bounded LRU, and answers to texts have a budget of their own: a stream of distinct texts
 * neither grows memory nor pushes the dashboard's own answers out. A hit for a text was checked
 * for cost and input lengths when it was first answered: the same text, variables and data.
 */

/** Query fields whose answer depends on role and municipality only, never on the person. */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'region',
  'municipalities',
  'municipality',
  'caseloadSnapshots',
  'caseload',
  'caseloadBreakdown',
  'contributionYears',
  'contributions',
  'contributionHistory',
  'knowledgeDomains',
  'themes',
  'fundingSources',
  'capacity',
  'sources',
  'suppressBelow',
  'goals',
  'notes',
  'explanations',
  'signals',
  'flows',
]);

export function isCacheable(document: Pick<PersistedDocument, 'operation' | 'rootFields'>): boolean {
  return document.operation === 'query' && document.rootFields.every((field) => CACHEABLE_FIELDS.has(field));
}

/** Whether the answer to `operation` (of `document`, for its fragments) may be kept. */
export function isCacheableOperation(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  return isCacheable({ operation: operation.operation, rootFields: rootFieldsOf(operation, document) });
}

export interface ResponseCacheOptions {
  store: Pick<Store, 'changeStamp'>;
  documents: PersistedDocuments;
  /** ISO date of today, as the goal statuses see it. */
  today: () => string;
  /** Bytes of answers to persisted queries kept at most (least recently used go first). */
  maxBytes?: number;
  /** Bytes of answers to query texts kept at most, apart from the persisted ones. */
  maxTextBytes?: number;
  /** Query texts (with operation name) whose cacheability is remembered. */
  maxTexts?: number;
}

/** The viewer GraphQL's context uses, set once per request by the authentication middleware. */
export interface RequestLocals {
  viewer?: Viewer | null;
  /** A sign-in waiting for its second step (never cached: it has no viewer). */
  pending?: PendingSignIn | null;
  /** Set by the cache on a miss; Apollo's plugin marks the answer as fit to keep. */
  responseCache?: CacheEntry;
}

/** A miss on its way through Apollo. */
export interface CacheEntry {
  storable: boolean;
  /** For query text: the hash of text and operation name under which its cacheability is remembered. */
  text?: string;
}

export interface ResponseCache {
  /** Express middleware for /graphql, after the viewer is known and the body parsed. */
  middleware: RequestHandler;
  /** Apollo plugin: marks an answer without errors (to a text: of a cacheable operation) as storable. */
  plugin: ApolloServerPlugin<{ cacheEntry?: CacheEntry | undefined }>;
  /** Entries and bytes of both kinds together, and of answers to texts alone (`known`: texts whose cacheability is remembered). */
  stats(): { hits: number; misses: number; entries: number; bytes: number; texts: { entries: number; bytes: number; known: number } };
}

type Asked = { kind: 'persisted'; hash: string } | { kind: 'text'; hash: string; text: string };

/** What a POST body asks for: a persisted query by hash, or query text (without extensions: no hash to check, nothing to register). */
function askedFor(body: unknown): Asked | null {
  const hash = persistedHashOf(body);
  if (hash) return { kind: 'persisted', hash };
  if (typeof body !== 'object' || body === null) return null;
  const { query, operationName, extensions } = body as { query?: unknown; operationName?: unknown; extensions?: unknown };
  if (typeof query !== 'string' || extensions !== undefined) return null;
  const textHash = createHash('sha256').update(query).digest('hex');
  // Hashed again with the operation name, so that a remembered text takes the same few bytes however long the name.
  const text = createHash('sha256')
    .update(JSON.stringify([textHash, operationName ?? null]))
    .digest('hex');
  return { kind: 'text', hash: textHash, text };
}

export function createResponseCache({
  store,
  documents,
  today,
  maxBytes = 64 * 1024 * 1024,
  maxTextBytes = 16 * 1024 * 1024,
  maxTexts = 1000,
}: ResponseCacheOptions): ResponseCache {
  // A bound of 0 keeps nothing (lru-cache wants at least 1: no answer is that small).
  const answers = (max: number) =>
    new LRUCache<string, Kept>({
      maxSize: Math.max(1, max),
      // The compressed forms made later take about a tenth of the body each.
      sizeCalculation: ({ body }, key) => Math.ceil(body.length * 1.25) + key.length,
    });
  const entries = { persisted: answers(maxBytes), text: answers(maxTextBytes) };
  const cacheable = new Set([...documents.values()].filter(isCacheable).map((d) => d.hash));
  // Per text and operation name: whether its answers may be kept (only texts that parsed and validated).
  const texts = new LRUCache<string, boolean>({ max: maxTexts });
  let hits = 0;
  let misses = 0;

  const middleware: RequestHandler = async (req, res, next) => {
    const viewer = (res.locals as RequestLocals).viewer;
    const asked = req.method === 'POST' && viewer ? askedFor(req.body) : null;
    if (!asked || !viewer || (asked.kind === 'persisted' ? !cacheable.has(asked.hash) : texts.get(asked.text) === false)) {
      next();
      return;
    }
    const { variables, operationName } = req.body as { variables?: unknown; operationName?: unknown };
    const key = JSON.stringify([
      asked.hash,
      // Apollo treats null and absent alike for both.
      operationName ?? null,
      variables ?? null,
      // Apollo answers application/json or application/graphql-response+json by what is accepted.
      req.get('accept') ?? '',
      viewer.role,
      viewer.role === 'GEMEENTE' ? viewer.municipalityCode : null,
      await store.changeStamp(),
      today(),
    ]);
    const kept = entries[asked.kind];
    const hit = kept.get(key);
    if (hit !== undefined) {
      hits += 1;
      sendKept(req, res, hit);
      return;
    }
    misses += 1;
    const entry: CacheEntry = asked.kind === 'text' ? { storable: false, text: asked.text } : { storable: false };
    (res.locals as RequestLocals).responseCache = entry;
    keepWhenSent(res, (sent) => {
      const type = res.get('content-type');
      if (entry.storable && res.statusCode === 200 && type) kept.set(key, { body: sent, type, encoded: {} });
    });
    next();
  };

  const plugin: ResponseCache['plugin'] = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, document }) {
          const entry = contextValue.cacheEntry;
          if (!entry) return;
          if (entry.text !== undefined) {
            // Reached only by a text that parsed and validated, with the operation Apollo selected.
            if (!operation || !document) return;
            let fit = texts.get(entry.text);
            if (fit === undefined) texts.set(entry.text, (fit = isCacheableOperation(operation, document)));
            if (!fit) return;
          }
          if (response.body.kind === 'single' && !response.body.singleResult.errors) entry.storable = true;
        },
      };
    },
  };

  return {
    middleware,
    plugin,
    stats: () => ({
      hits,
      misses,
      entries: entries.persisted.size + entries.text.size,
      bytes: entries.persisted.calculatedSize + entries.text.calculatedSize,
      texts: { entries: entries.text.size, bytes: entries.text.calculatedSize, known: texts.size },
    }),
  };
}

/** An answer kept: the body as Apollo sent it, and its compressed forms once a browser asked for them. */
interface Kept {
  body: string;
  type: string;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

/** Smaller answers travel uncompressed, as the compression middleware does (http/staticFiles.ts). */
const COMPRESS_FROM = 1024;

/**
 * Sends a kept answer, compressed as the browser accepts: each form is made once, at the first hit
 * that asks for it, and kept with the answer, so a hit costs no compression (the compression
 * middleware leaves an answer that already has its Content-Encoding alone).
 */
function sendKept(req: Request, res: Response, kept: Kept): void {
  res.status(200).type(kept.type);
  const encoding = kept.body.length >= COMPRESS_FROM ? req.acceptsEncodings('br', 'gzip') : false;
  if (encoding !== 'br' && encoding !== 'gzip') {
    res.send(kept.body);
    return;
  }
  const bytes = (kept.encoded[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(kept.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: kept.body.length } })
      : gzipSync(kept.body, { level: 6 }));
  res.vary('Accept-Encoding').set('Content-Encoding', encoding).send(bytes);
}

/** Calls `keep` with the body Apollo's Express integration sends (one string, `res.send`). */
function keepWhenSent(res: Response, keep: (body: string) => void): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (typeof body === 'string') keep(body);
    return send(body);
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../auth/viewer.js';
import type { Store } from '../store/index.js';
import { persistedHashOf, type PersistedDocument, type PersistedDocuments } from './persistedQueries.js';

/**
 * The response cache of the dashboard's own queries. A persisted query's answer depends only
 * on the document, its variables, what the viewer's role may see (and, for a GEMEENTE user,
 * which municipality), the data in the database and today's date (a goal's status ages). The
 * key holds exactly those; the change stamp moves with every write that can change an answer,
 * also by another process (store.changeStamp), so an entry is never served after a change.
 * Only answers without errors are kept; nothing that names the person (me, users, audit log)
 * is ever cached. A hit is sent as stored bytes, before Apollo runs at all.
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
]);

export function isCacheable(document: PersistedDocument): boolean {
  return document.operation === 'query' && document.rootFields.every((field) => CACHEABLE_FIELDS.has(field));
}

export interface ResponseCacheOptions {
  store: Pick<Store, 'changeStamp'>;
  documents: PersistedDocuments;
  /** ISO date of today, as the goal statuses see it. */
  today: () => string;
  /** Bytes of answers kept at most (least recently used go first). */
  maxBytes?: number;
}

/** The viewer GraphQL's context uses, set once per request by the authentication middleware. */
export interface RequestLocals {
  viewer?: Viewer | null;
  /** Set by the cache on a miss; Apollo's plugin marks the answer as fit to keep. */
  responseCache?: { key: string; storable: boolean };
}

export interface ResponseCache {
  /** Express middleware for /graphql, after the viewer is known and the body parsed. */
  middleware: RequestHandler;
  /** Apollo plugin: marks an answer without errors as storable. */
  plugin: ApolloServerPlugin<{ cacheEntry?: { storable: boolean } | undefined }>;
  stats(): { hits: number; misses: number; entries: number; bytes: number };
}

export function createResponseCache({ store, documents, today, maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, { body: string; type: string }>({
    maxSize: maxBytes,
    sizeCalculation: ({ body }, key) => body.length + key.length,
  });
  const cacheable = new Set([...documents.values()].filter(isCacheable).map((d) => d.hash));
  let hits = 0;
  let misses = 0;

  const middleware: RequestHandler = async (req, res, next) => {
    const hash = req.method === 'POST' ? persistedHashOf(req.body) : null;
    const viewer = (res.locals as RequestLocals).viewer;
    if (!hash || !cacheable.has(hash) || !viewer) {
      next();
      return;
    }
    const { variables, operationName } = req.body as { variables?: unknown; operationName?: unknown };
    const key = JSON.stringify([
      hash,
      operationName ?? null,
      variables ?? null,
      // Apollo answers application/json or application/graphql-response+json by what is accepted.
      req.get('accept') ?? '',
      viewer.role,
      viewer.role === 'GEMEENTE' ? viewer.municipalityCode : null,
      await store.changeStamp(),
      today(),
    ]);
    const hit = entries.get(key);
    if (hit !== undefined) {
      hits += 1;
      res.status(200).type(hit.type).send(hit.body);
      return;
    }
    misses += 1;
    const entry = { key, storable: false };
    (res.locals as RequestLocals).responseCache = entry;
    keepWhenSent(res, (sent) => {
      const type = res.get('content-type');
      if (entry.storable && res.statusCode === 200 && type) entries.set(key, { body: sent, type });
    });
    next();
  };

  const plugin: ResponseCache['plugin'] = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const entry = contextValue.cacheEntry;
          if (entry && response.body.kind === 'single' && !response.body.singleResult.errors) entry.storable = true;
        },
      };
    },
  };

  return { middleware, plugin, stats: () => ({ hits, misses, entries: entries.size, bytes: entries.calculatedSize }) };
}

/** Calls `keep` with the body Apollo's Express integration sends (one string, `res.send`). */
function keepWhenSent(res: Response, keep: (body: string) => void): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (typeof body === 'string') keep(body);
    return send(body);
  };
}

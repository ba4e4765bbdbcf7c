/**
 * Costly queries and many requests at once (issue [2/8], item 4): a user's requests in flight are
 * limited, GraphQL answers are worked out a few at a time, /healthz keeps answering meanwhile, and
 * no answer grows past the size cap.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express, { type RequestHandler } from 'express';
import { Gate } from '../gate.js';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import { seededStore, testApi, testServices, viewerAs } from '../testing/api.js';
import { loginOver, postGraphql, serveOnLoopback } from '../testing/http.js';
import { executionGate, perUserConcurrency } from './concurrency.js';
import type { RequestLocals } from './responseCache.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Gate', () => {
  it('hands a slot straight to the next in line, turns away beyond the queue, and takes a slot back once', async () => {
    const gate = new Gate(1, 1);
    const first = await gate.enter();
    const second = gate.enter();
    expect(await gate.enter()).toBeNull(); // the queue of one is full
    first!();
    first!(); // a second release gives nothing back twice
    // The slot went to the waiting one: a newcomer has to wait.
    const third = gate.enter();
    await tick();
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    (await second)!();
    (await third)!();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});

/** A small app: the viewer comes from a header, and every request waits until the test lets it go. */
async function held(middleware: RequestHandler) {
  const waiting: (() => void)[] = [];
  const app = express();
  app.use((req, res, next) => {
    const user = req.get('x-user');
    (res.locals as RequestLocals).viewer = user ? { ...viewerAs('ZVH'), userId: Number(user) } : null;
    next();
  });
  app.use(middleware);
  app.get('/', async (_req, res) => {
    await new Promise<void>((resolve) => waiting.push(resolve));
    res.send('ok');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (user: number, signal?: AbortSignal) => fetch(base, { headers: { 'x-user': String(user) }, signal }),
    waiting,
    /** Resolves when `n` requests are held by the handler. */
    async held(n: number) {
      while (waiting.length < n) await tick();
    },
    releaseAll() {
      while (waiting.length > 0) waiting.shift()!();
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('requests in flight per user', () => {
  it('answers a user’s seventh request at once with 429 and Retry-After, while another user goes on', async () => {
    const app = await held(perUserConcurrency(6));
    try {
      const six = Array.from({ length: 6 }, () => app.get(1));
      await app.held(6);
      const seventh = await app.get(1);
      expect(seventh.status).toBe(429);
      expect(seventh.headers.get('retry-after')).toBe('1');
      expect(await seventh.json()).toEqual({
        errors: [
          {
            message: expect.stringMatching(/ten hoogste 6 per gebruiker/),
            extensions: {
              code: 'TOO_MANY_REQUESTS',
              messageEn: 'Too many requests at once: at most 6 per user. Wait for the answers, then try again.',
            },
          },
        ],
      });
      const other = app.get(2);
      await app.held(7);
      app.releaseAll();
      expect((await Promise.all([...six, other])).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
      // Answered requests give their place back.
      const again = app.get(1);
      await app.held(1);
      app.releaseAll();
      expect((await again).status).toBe(200);
    } finally {
      app.releaseAll();
      await app.close();
    }
  });

  it('gives the place of a request back when its asker goes away', async () => {
    const app = await held(perUserConcurrency(1));
    try {
      const controller = new AbortController();
      const gone = app.get(1, controller.signal).catch(() => 'aborted');
      await app.held(1);
      controller.abort();
      expect(await gone).toBe('aborted');
      // The server notices the closed connection on one of its next turns; until then 429.
      for (;;) {
        const outcome = await Promise.race([app.get(1).then((r) => r.status), app.held(2).then(() => 'held')]);
        if (outcome === 'held') break;
        expect(outcome).toBe(429);
        await tick();
      }
    } finally {
      app.releaseAll();
      await app.close();
    }
  });

  it('is what stops the flood: without it (a limit of 100) all eight are let in', async () => {
    const app = await held(perUserConcurrency(100));
    try {
      const eight = Array.from({ length: 8 }, () => app.get(1));
      await app.held(8);
      app.releaseAll();
      expect((await Promise.all(eight)).every((r) => r.status === 200)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('GraphQL answers worked out a few at a time', () => {
  it('lets `concurrency` through, keeps `queue` waiting in order, and answers the rest 503 with Retry-After', async () => {
    const app = await held(executionGate({ concurrency: 2, queue: 1 }));
    try {
      const first = [app.get(1), app.get(2)];
      await app.held(2);
      const third = app.get(3);
      await tick();
      const fourth = await app.get(4);
      expect(fourth.status).toBe(503);
      expect(fourth.headers.get('retry-after')).toBe('1');
      expect(((await fourth.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
      expect(app.waiting).toHaveLength(2); // the third waits at the gate, not in the handler
      app.waiting.shift()!();
      await app.held(2); // its turn came when the first was answered
      app.releaseAll();
      expect((await Promise.all([...first, third])).map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      app.releaseAll();
      await app.close();
    }
  });
});

describe('the real app under costly queries', () => {
  const PASSWORD = 'een lange zin als wachtwoord';
  let store: Store;
  let services: Services;
  let server: Awaited<ReturnType<typeof serveOnLoopback>>;
  const cookies: string[] = [];

  beforeAll(async () => {
    store = await seededStore();
    services = testServices(store);
    // Ten years of monthly counts per municipality: what makes a breakdown over every date costly.
    const municipalities = (await store.listMunicipalities()).map((m) => m.name);
    const rows: string[] = ['peildatum;gemeente;aantal'];
    for (let month = 0; month < 120; month++) {
      for (const [i, name] of municipalities.entries())
        rows.push(`1-${(month % 12) + 1}-${2000 + Math.floor(month / 12)};${name};${10 + i}`);
    }
    const imported = await services.imports.run('CASELOAD', [rows.join('\n')], {
      dryRun: false,
      actor: { username: 'test', origin: 'test' },
      fileName: 'maanden.csv',
    });
    expect(imported.errors).toEqual([]);
    for (const username of ['zvh1', 'zvh2']) {
      await services.users.create({ username: 'test', origin: 'test' }, { username, password: PASSWORD, role: 'ZVH' });
    }
    server = await serveOnLoopback({ services, maxResponseBytes: 200_000 });
    for (const username of ['zvh1', 'zvh2']) cookies.push(await loginOver(server.base, username, PASSWORD));
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  // Inside the cost limit: every count date by municipality and knowledge domain, counts only.
  const COSTLY = '{ caseloadSnapshots { byMunicipality { byDomain { count } } } }';

  it('hands the event loop back while a costly query runs, so that /healthz and files are served in between', async () => {
    // The resolvers are synchronous over SQLite; without the loaders' setImmediate the whole
    // query would run as one task and nothing else would be served until it is done.
    const api = await testApi({ store, services });
    const order: string[] = [];
    const query = api.run(COSTLY).then((answer) => {
      order.push('query answered');
      return answer;
    });
    setImmediate(() => order.push('other work'));
    const answer = await query;
    expect(answer.errors).toBeUndefined();
    expect(order).toEqual(['other work', 'query answered']);
    await api.apollo.stop();
  });

  it('answers /healthz while eight costly queries of two users run', async () => {
    const queries = Array.from({ length: 8 }, (_, i) => postGraphql(server.base, cookies[i % 2]!, { query: COSTLY }));
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
    expect((await Promise.all(queries)).map((a) => a.status)).toEqual(Array(8).fill(200));
  });

  it('refuses an answer over the size cap with 400 RESPONSE_TOO_LARGE, and keeps the smaller ones', async () => {
    const selection = 'caseloadSnapshots { peildatum total byMunicipality { count municipality { code name } } }';
    const big = await postGraphql(server.base, cookies[0]!, {
      query: `{ ${[1, 2, 3, 4, 5].map((i) => `a${i}: ${selection}`).join(' ')} }`,
    });
    expect(big.status).toBe(400);
    expect(big.json).toEqual({
      errors: [
        {
          message: expect.stringMatching(/groter dan 0,2 MB/),
          extensions: {
            code: 'RESPONSE_TOO_LARGE',
            messageEn: 'The answer would be larger than 0.2 MB: ask for fewer fields or fewer rows at once.',
          },
        },
      ],
    });
    expect(big.bytes).toBeLessThan(1000);
    const small = await postGraphql(server.base, cookies[0]!, { query: '{ caseloadSnapshots { peildatum total } }' });
    expect(small.status).toBe(200);
  });
});

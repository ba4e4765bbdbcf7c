import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Store } from '../store/index.js';
import { sqlOf } from '../testing/sql.js';
import { seededStore, testServices } from '../testing/api.js';
import { serveOnLoopback } from '../testing/http.js';
import { HashGate, RETRY_AFTER_SECONDS } from './hashGate.js';

describe('HashGate', () => {
  it('runs at most `concurrency` at a time, lets `queue` more wait, and turns the rest away at once', async () => {
    const gate = new HashGate(2, 1);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const outcomes = [work(), work(), work(), work(), work()].map((p) =>
      p.then(
        () => 'done',
        (e: Error) => e.message,
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // Two run, one waits, two were turned away.
    expect(releases).toHaveLength(2);
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === 'done')).toHaveLength(3);
    expect(results.filter((r) => /druk met inloggen/.test(r))).toHaveLength(2);
    expect(most).toBe(2);
  });
});

describe('a login flood over HTTP', () => {
  let store: Store;
  let served: Awaited<ReturnType<typeof serveOnLoopback>>;
  let base: string;

  beforeAll(async () => {
    store = await seededStore();
    // One hash at a time and none waiting, so that a handful of requests fill the gate.
    served = await serveOnLoopback({ services: testServices(store, { hashing: { concurrency: 1, queue: 0 } }) });
    base = served.base;
  });
  afterAll(async () => {
    await served.close();
    await store.close();
  });

  it('answers logins beyond the gate with 503 and Retry-After, counts them as no failed guess, and /healthz keeps answering', async () => {
    const login = (i: number) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { login(username: "gebruiker${i}", password: "fout wachtwoord ${i}") { next user { username } } }`,
        }),
      });
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => login(i)));
    const busy = responses.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const response of busy) {
      expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    // Only the attempts that got a password check (answered 200, "niet gelukt") count as failures;
    // the others were turned away at the gate (503) or, while six of this address's requests were
    // still running, before it (429) — how many of each depends on the machine's speed.
    const checked = responses.filter((r) => r.status === 200);
    expect(responses.every((r) => [200, 429, 503].includes(r.status))).toBe(true);
    const failures = (await sqlOf(store).value('SELECT count(*) FROM login_failure')) as number;
    expect(failures).toBe(checked.length);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

/**
 * What the dashboard's files and answers weigh on the wire (issue [4/8]): precompressed files by
 * the browser's Accept-Encoding, hashed assets cached for a year, index.html revalidated, GraphQL
 * answers compressed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Store } from '../store/index.js';
import { seededStore, testServices } from '../testing/api.js';
import { loginOver, serveOnLoopback } from '../testing/http.js';
import { HASHED_ASSETS, REVALIDATE } from './staticFiles.js';

const PASSWORD = 'een lange zin als wachtwoord';
const SCRIPT = `export const figures = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ gemeente: `Gemeente ${i}`, casussen: i })))};\n`;
let dir: string;
let store: Store;
let server: Awaited<ReturnType<typeof serveOnLoopback>>;
let cookie: string;

/** A raw GET/POST (fetch would decompress and hide the bytes): status, headers and the bytes as sent. */
function raw(path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
    const url = new URL(path, server.base);
    const req = request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zv-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Dashboard</title><script type="module" src="/assets/app-3f2a1b.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app-3f2a1b.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'app-3f2a1b.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets', 'app-3f2a1b.js.gz'), gzipSync(SCRIPT));
  store = await seededStore();
  const services = testServices(store);
  await services.users.create({ username: 'test', origin: 'test' }, { username: 'bestuur', password: PASSWORD, role: 'BESTUURDER' });
  server = await serveOnLoopback({ services, clientDir: dir });
  cookie = await loginOver(server.base, 'bestuur', PASSWORD);
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the dashboard’s files', () => {
  it('sends the brotli file to a browser that accepts it, gzip to one that accepts only that, and the file as it is otherwise', async () => {
    const plain = Buffer.byteLength(SCRIPT);
    const br = await raw('/assets/app-3f2a1b.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.bytes).toBeLessThan(plain / 4);
    const gzip = await raw('/assets/app-3f2a1b.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const none = await raw('/assets/app-3f2a1b.js', {});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.bytes).toBe(plain);
  });

  it('caches a hashed asset for a year and revalidates index.html and the routes that answer it', async () => {
    expect((await raw('/assets/app-3f2a1b.js', {})).headers['cache-control']).toBe(HASHED_ASSETS);
    expect(HASHED_ASSETS).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/casuistiek', '/gemeente/GM0479']) {
      const page = await raw(path, {});
      expect({ path, status: page.status, cache: page.headers['cache-control'] }).toEqual({ path, status: 200, cache: REVALIDATE });
    }
  });
});

describe('answers made per request', () => {
  it('compresses a GraphQL answer for a browser that accepts it', async () => {
    const body = JSON.stringify({
      query: '{ caseloadSnapshots { peildatum total byMunicipality { count municipality { name } } } themes { title summary } }',
    });
    const headers = { 'content-type': 'application/json', cookie };
    const plain = await raw('/graphql', headers, body);
    const br = await raw('/graphql', { ...headers, 'accept-encoding': 'br, gzip' }, body);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes).toBeLessThan(plain.bytes / 2);
  });
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp, type App } from '../app.js';
import type { Services } from '../graphql/context.js';
import { silentLogger } from '../log.js';
import type { Store } from '../store/index.js';
import { seededStore, testServices } from '../testing/api.js';
import { serveOnLoopback } from '../testing/http.js';

const PASSWORD = 'een lange zin als wachtwoord';
let store: Store;
let services: Services;
let app: App;
let server: Server;
let base: string;
const cookies: Record<string, string> = {};

async function login(username: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "${PASSWORD}") { next user { username } } }` }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

beforeAll(async () => {
  store = await seededStore();
  services = testServices(store);
  const admin = { username: 'test', origin: 'test' };
  await services.users.create(admin, { username: 'zvh', password: PASSWORD, role: 'ZVH' });
  await services.users.create(admin, { username: 'bestuur', password: PASSWORD, role: 'BESTUURDER' });
  app = await createApp({ services, logger: silentLogger });
  server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cookies.zvh = await login('zvh');
  cookies.bestuur = await login('bestuur');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await store.close();
});

/** "Edam-Volendam" and "Niet gespecificeerd" as Windows-1252 bytes with a ë in a name: what old Excel saves. */
const windows1252 = Buffer.from(
  ['peildatum;gemeente;kennisdomein;aantal', '1-6-2024;Edam-Volendam;;4', '1-6-2024;Zaanstad;;47', '1-6-2024;Niet gespecificeerd;;8'].join(
    '\r\n',
  ),
  'latin1',
);

const upload = (query: string, body: Buffer | string, headers: Record<string, string>) =>
  fetch(`${base}/api/import?${query}`, { method: 'POST', headers, body });

describe('POST /api/import', () => {
  it('answers 413 for a file sent in chunks, without a Content-Length, past the size limit, and imports nothing', async () => {
    const small = await serveOnLoopback({ services, maxUploadBytes: 2048 });
    try {
      const lines = ['peildatum;gemeente;kennisdomein;aantal', ...Array.from({ length: 200 }, (_, i) => `1-7-2024;Zaanstad;;${i}`)];
      const bytes = Buffer.from(lines.join('\r\n'));
      expect(bytes.length).toBeGreaterThan(2048);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.subarray(i, i + 512));
          controller.close();
        },
      });
      const response = await fetch(`${small.base}/api/import?kind=CASELOAD&dryRun=false`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: cookies.zvh! },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
        'Het bestand is te groot: de grens is 2 kB.',
      );
      expect((await store.listCaseloadSnapshots()).some((s) => s.peildatum === '2024-07-01')).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('checks an uploaded Windows-1252 file for a ZVH user and answers what would change', async () => {
    const response = await upload('kind=CASELOAD&dryRun=true&fileName=juni.csv', windows1252, {
      'content-type': 'text/csv',
      cookie: cookies.zvh!,
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      dryRun: boolean;
      rowsRead: number;
      errors: unknown[];
      changes: { key: string; effect: string; totalAfter: number }[];
    };
    expect(report).toMatchObject({
      dryRun: true,
      rowsRead: 3,
      errors: [],
      changes: [{ key: '2024-06-01', effect: 'ADDED', totalAfter: 59 }],
    });
  });

  it('imports for real without dryRun', async () => {
    const response = await upload('kind=CASELOAD&fileName=juni.csv', windows1252, { 'content-type': 'text/csv', cookie: cookies.zvh! });
    expect(((await response.json()) as { added: number }).added).toBe(3);
    expect((await store.listCaseloadSnapshots()).map((s) => s.peildatum)).toContain('2024-06-01');
  });

  it('refuses without a session (401), for a bestuurder (403), an unknown kind (400) and another content type (415)', async () => {
    expect((await upload('kind=CASELOAD', windows1252, { 'content-type': 'text/csv' })).status).toBe(401);
    const forbidden = await upload('kind=CASELOAD', windows1252, { 'content-type': 'text/csv', cookie: cookies.bestuur! });
    expect(forbidden.status).toBe(403);
    // With the English beside the Dutch (decision 0025), which the Beheer page shows in English.
    expect(((await forbidden.json()) as { errors: { extensions: Record<string, string> }[] }).errors[0]!.extensions).toEqual({
      code: 'FORBIDDEN',
      messageEn: 'Your role (board member) cannot import data: that requires the role of ZVH staff member or administrator.',
    });
    const unknownKind = await upload('kind=PERSONEN', windows1252, { 'content-type': 'text/csv', cookie: cookies.zvh! });
    expect(unknownKind.status).toBe(400);
    expect(((await unknownKind.json()) as { errors: { extensions: Record<string, string> }[] }).errors[0]!.extensions['messageEn']).toBe(
      'Unknown kind of import: choose kind=CASELOAD, CONTRIBUTIONS, POPULATION, FUNDING, FLOWS.',
    );
    expect(
      (await upload('kind=CASELOAD', 'a=b', { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.zvh! })).status,
    ).toBe(415);
  });
});

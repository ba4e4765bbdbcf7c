import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { seededStore, testServices } from '../testing/api.js';
import { bootstrapAdmin, INITIAL_PASSWORD_FILE } from './bootstrap.js';
import { verifyPassword } from './passwords.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the first user', () => {
  it('is made once when two servers on one database start at the same moment', async () => {
    const store = await seededStore();
    const { auth } = testServices(store);
    const [a, b] = [mkdtempSync(join(tmpdir(), 'zv-boot-')), mkdtempSync(join(tmpdir(), 'zv-boot-'))];
    dirs.push(a, b);
    const printed: string[] = [];
    const results = await Promise.all(
      [a, b].map((dataDir) => bootstrapAdmin(store, auth, { adminPassword: undefined, dataDir, print: (line) => printed.push(line) })),
    );
    expect([...results].sort()).toEqual(['exists', 'generated']);
    expect((await store.listUsers()).map((user) => user.username)).toEqual(['admin']);
    // Only the server that made it printed a password, and it is the one that signs in.
    expect(printed).toHaveLength(1);
    const made = results[0] === 'generated' ? a : b;
    const password = readFileSync(join(made, INITIAL_PASSWORD_FILE), 'utf8').trim();
    expect(printed[0]).toContain(password);
    const user = await store.findUser('admin');
    expect(await verifyPassword(password, user!.passwordHash)).toBe(true);
    await store.close();
  });
});

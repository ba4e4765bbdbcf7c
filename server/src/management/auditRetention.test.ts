import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigError, readConfig } from '../config.js';
import { SqliteStore } from '../store/index.js';
import type { AuditEntry } from '../store/types.js';
import { pruneAudit } from './auditRetention.js';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const entry = (at: string, action = 'login'): AuditEntry => ({
  at,
  actor: 'jan',
  action,
  object: null,
  result: 'ok',
  origin: '127.0.0.1',
  detail: null,
});

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zv-audit-'));
  store = SqliteStore.open(':memory:');
  for (const at of ['2024-01-01T00:00:00.000Z', '2024-06-30T23:59:59.000Z', '2025-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'])
    await store.appendAudit(entry(at));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const lines = () => store.db.prepare('SELECT at, action FROM audit_log ORDER BY id').all() as { at: string; action: string }[];

describe('the audit log retention', () => {
  it('is off unless configured: everything is kept', () => {
    expect(readConfig({}, dir).auditRetention).toBeNull();
    expect(readConfig({ ZV_AUDIT_RETENTION_DAYS: '365' }, dir).auditRetention).toEqual({
      days: 365,
      exportDir: join(dir, 'data', 'audit-export'),
    });
  });

  it.each(['7', 'een jaar', '-1', '99999'])('refuses ZV_AUDIT_RETENTION_DAYS=%s with what to use instead', (value) => {
    expect(() => readConfig({ ZV_AUDIT_RETENTION_DAYS: value }, dir)).toThrow(ConfigError);
    expect(() => readConfig({ ZV_AUDIT_RETENTION_DAYS: value }, dir)).toThrow(/van 30 tot en met 36500/);
  });

  it('exports the entries past the retention to a file only the server may read, then removes exactly those', async () => {
    const exportDir = join(dir, 'export');
    const report = await pruneAudit(store, { days: 400, exportDir }, NOW);
    expect(report.removed).toBe(2);
    const [file] = readdirSync(exportDir);
    expect(report.file).toBe(join(exportDir, file!));
    expect(statSync(report.file!).mode & 0o777).toBe(0o600);
    const text = readFileSync(report.file!, 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(report.sha256);
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as AuditEntry),
    ).toEqual([
      { id: 1, ...entry('2024-01-01T00:00:00.000Z') },
      { id: 2, ...entry('2024-06-30T23:59:59.000Z') },
    ]);
    // The newer entries stay; the removal itself is in the log, naming the file.
    expect(lines()).toEqual([
      { at: '2025-11-01T00:00:00.000Z', action: 'login' },
      { at: '2026-12-01T00:00:00.000Z', action: 'login' },
      { at: NOW.toISOString(), action: 'audit.prune' },
    ]);
    expect(store.db.prepare('SELECT file, up_to_id AS upToId, rows FROM audit_export').all()).toEqual([{ file, upToId: 2, rows: 2 }]);
    // Nothing more to do the second time.
    expect(await pruneAudit(store, { days: 400, exportDir }, NOW)).toEqual({ removed: 0, file: null, sha256: null });
  });

  it('removes nothing when the export cannot be written, and says so', async () => {
    const notAFolder = join(dir, 'bestand');
    writeFileSync(notAFolder, '');
    await expect(pruneAudit(store, { days: 400, exportDir: notAFolder }, NOW)).rejects.toThrow();
    expect(lines()).toHaveLength(4);
  });

  it('is append-only in the database itself: an entry no recorded export holds cannot be deleted or changed', async () => {
    expect(() => store.db.prepare('DELETE FROM audit_log').run()).toThrow(/only entries in a recorded export may be removed/);
    await pruneAudit(store, { days: 400, exportDir: join(dir, 'export') }, NOW);
    expect(() => store.db.prepare('DELETE FROM audit_log WHERE id = 3').run()).toThrow(/append-only/);
    expect(() => store.db.prepare("UPDATE audit_log SET actor = 'iemand anders'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM audit_export').run()).toThrow(/append-only/);
    expect(() => store.db.prepare('UPDATE audit_export SET rows = 0').run()).toThrow(/append-only/);
  });

  it('refuses to record an export that does not hold exactly what would leave the log', async () => {
    const note = entry(NOW.toISOString(), 'audit.prune');
    await expect(
      store.removeExportedAudit({ at: NOW.toISOString(), file: 'x.jsonl', upToId: 2, rows: 1, sha256: 'a'.repeat(64) }, note),
    ).rejects.toThrow(/1 entries written, 2 would be removed/);
    expect(lines()).toHaveLength(4);
    expect(store.db.prepare('SELECT count(*) FROM audit_export').pluck().get()).toBe(0);
  });
});

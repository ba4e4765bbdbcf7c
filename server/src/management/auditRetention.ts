import type { AuditAction } from '@zv/shared';
import { createHash } from 'node:crypto';
import { mkdirSync, openSync, closeSync, fsyncSync, writeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/index.js';

/**
 * The audit log's retention (ZV_AUDIT_RETENTION_DAYS; unset: keep everything). Entries older than
 * the retention are first written to a file in the export folder — JSON Lines, one entry per
 * line with its id, readable only by the server's user — which is synced to disk and read back;
 * only then are they removed, in one transaction that also records the export (file name, last
 * id, count, SHA-256) and appends an `audit.prune` entry. The database itself refuses to remove an
 * entry that no recorded export holds.
 */
export interface AuditRetention {
  /** Entries older than this many days leave the log. */
  days: number;
  /** Folder for the export files (created when missing). */
  exportDir: string;
}

/** Least retention accepted: a month of entries always stays in the log. */
export const MIN_RETENTION_DAYS = 30;

export interface PruneReport {
  removed: number;
  /** The export file's path; null when nothing was old enough. */
  file: string | null;
  sha256: string | null;
}

const PAGE = 1000;

export async function pruneAudit(store: Store, { days, exportDir }: AuditRetention, now: Date = new Date()): Promise<PruneReport> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const upToId = await store.lastAuditBefore(cutoff);
  if (upToId === null) return { removed: 0, file: null, sha256: null };

  mkdirSync(exportDir, { recursive: true, mode: 0o700 });
  const name = `audit-tot-${cutoff.slice(0, 10)}-${now.toISOString().replace(/[:.]/g, '-')}.jsonl`;
  const path = join(exportDir, name);
  const hash = createHash('sha256');
  let rows = 0;
  // 'wx': never overwrite an earlier export.
  const fd = openSync(path, 'wx', 0o600);
  try {
    for (let afterId = 0; ;) {
      const page = await store.auditPage(afterId, upToId, PAGE);
      if (page.length === 0) break;
      const text = page.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      writeSync(fd, text);
      hash.update(text);
      rows += page.length;
      afterId = page.at(-1)!.id;
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  const sha256 = hash.digest('hex');
  // Read back: what is on disk is what is about to leave the log.
  if (createHash('sha256').update(readFileSync(path)).digest('hex') !== sha256) {
    throw new Error(`Het exportbestand ${path} wijkt af van wat geschreven is: er is niets uit het auditlog verwijderd.`);
  }
  const at = now.toISOString();
  const removed = await store.removeExportedAudit(
    { at, file: name, upToId, rows, sha256 },
    {
      at,
      actor: null,
      action: 'audit.prune' satisfies AuditAction,
      object: name,
      result: 'ok',
      origin: 'server',
      detail: `${rows} regels van voor ${cutoff.slice(0, 10)} (bewaartermijn ${days} dagen) geëxporteerd en verwijderd; sha256 ${sha256}`,
    },
  );
  return { removed, file: path, sha256 };
}

import type pg from 'pg';
import type { Content, ImportSources } from '../importContent.js';

/**
 * Source ids of one import, found or added by (document, note) in the order they are first asked
 * for, as SQLite's synchronous find-or-insert does. `merged` is synchronous and shared with
 * SQLite, so `within` runs it with stand-in ids (negative), adds the sources it asked for in
 * that order, and puts their ids in its result.
 */
export class SourceIds {
  private readonly known = new Map<string, number>();

  constructor(private readonly client: pg.ClientBase) {}

  async resolve(document: string, note: string | null): Promise<number> {
    const id = JSON.stringify([document, note]);
    const known = this.known.get(id);
    if (known !== undefined) return known;
    const found = await this.client.query<{ id: number }>(
      'SELECT id FROM source WHERE document = $1 AND section IS NULL AND note IS NOT DISTINCT FROM $2 AND url IS NULL',
      [document, note],
    );
    const sourceId =
      found.rows[0]?.id ??
      (await this.client.query<{ id: number }>('INSERT INTO source (document, note) VALUES ($1, $2) RETURNING id', [document, note]))
        .rows[0]!.id;
    this.known.set(id, sourceId);
    return sourceId;
  }

  async within(build: (sources: ImportSources) => Content, importSource: { document: string; note: string | null }): Promise<Content> {
    const asked = new Map<string, { standIn: number; document: string; note: string | null }>();
    const standIn = (document: string, note: string | null): number => {
      const id = JSON.stringify([document, note]);
      const known = this.known.get(id) ?? asked.get(id)?.standIn;
      if (known !== undefined) return known;
      asked.set(id, { standIn: -(asked.size + 1), document, note });
      return -asked.size;
    };
    const content = build({ importSource: () => standIn(importSource.document, importSource.note), sourceId: standIn });
    if (asked.size === 0) return content;
    const ids: number[] = [];
    for (const { document, note } of asked.values()) ids.push(await this.resolve(document, note));
    const real = (id: number | null) => (id !== null && id < 0 ? ids[-id - 1]! : id);
    return {
      head: content.head ? { ...content.head, sourceId: real(content.head.sourceId)! } : null,
      rows: new Map([...content.rows].map(([k, row]) => [k, { ...row, sourceId: real(row.sourceId) }])),
    };
  }
}

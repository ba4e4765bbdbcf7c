import type { SeedData, SeedSource } from '@zv/seed';
import type pg from 'pg';
import type { SeedReport } from '../types.js';

/** A source's identity, as the unique index source_identity and sqlite/seed.ts's look-up know it. */
export const sourceIdentity = (s: Pick<SeedSource, 'document' | 'section' | 'note' | 'url'>) =>
  JSON.stringify([s.document, s.section, s.note, s.url]);

/** Every source the seed cites, in the order sqlite/seed.ts looks them up (which numbers new ones). */
export function seedSources(seed: SeedData): SeedSource[] {
  return [
    seed.region.source,
    ...seed.population.map((p) => p.source),
    ...seed.knowledgeDomains.map((d) => d.source),
    ...seed.caseloadSnapshots.map((s) => s.source),
    ...seed.contributionYears.map((y) => y.source),
    ...seed.fundingSources.map((f) => f.source),
    ...seed.capacity.map((c) => c.source),
    ...seed.themes.map((t) => t.source),
  ];
}

/**
 * Finds or adds every cited source, and sets a title that changed, counting each citation as
 * sqlite/seed.ts does (the first of a new source added, a changed title changed, the rest
 * unchanged). Answers the id of each source by its identity.
 */
export async function writeSources(client: pg.PoolClient, cited: readonly SeedSource[], report: SeedReport): Promise<Map<string, number>> {
  const distinct = [...new Map(cited.map((s) => [sourceIdentity(s), s])).values()];
  const { rows: found } = await client.query<{
    document: string;
    section: string | null;
    note: string | null;
    url: string | null;
    id: number;
    title: string | null;
  }>(
    `SELECT s.document, s.section, s.note, s.url, s.id, s.title
       FROM jsonb_to_recordset($1::jsonb) AS r (document text, section text, note text, url text)
       JOIN source s ON s.document = r.document AND s.section IS NOT DISTINCT FROM r.section
                    AND s.note IS NOT DISTINCT FROM r.note AND s.url IS NOT DISTINCT FROM r.url`,
    [JSON.stringify(distinct)],
  );
  const known = new Map(found.map((s) => [sourceIdentity(s), { id: s.id, title: s.title }]));
  // The titles as they will be, in the order of citation; which sources are new, in order of first citation.
  const titles = new Map<string, string | null>();
  const added: SeedSource[] = [];
  for (const source of cited) {
    const identity = sourceIdentity(source);
    const title = titles.has(identity) ? titles.get(identity) : known.get(identity)?.title;
    if (title === undefined) {
      report.added += 1;
      added.push(source);
    } else if (title !== source.title) {
      report.changed += 1;
    } else {
      report.unchanged += 1;
    }
    titles.set(identity, source.title);
  }

  const ids = new Map([...known].map(([identity, s]) => [identity, s.id]));
  if (added.length > 0) {
    const { rows } = await client.query<{ document: string; section: string | null; note: string | null; url: string | null; id: number }>(
      `INSERT INTO source (document, section, note, title, url)
       SELECT document, section, note, title, url
         FROM jsonb_to_recordset($1::jsonb) AS r (document text, section text, note text, title text, url text, position integer)
        ORDER BY r.position
       RETURNING document, section, note, url, id`,
      [JSON.stringify(added.map((s, position) => ({ ...s, title: titles.get(sourceIdentity(s)) ?? null, position })))],
    );
    for (const s of rows) ids.set(sourceIdentity(s), s.id);
  }
  const retitled = [...known]
    .filter(([identity, s]) => titles.get(identity) !== s.title)
    .map(([identity, s]) => ({ id: s.id, title: titles.get(identity) ?? null }));
  if (retitled.length > 0) {
    await client.query(
      `UPDATE source s SET title = r.title FROM jsonb_to_recordset($1::jsonb) AS r (id integer, title text) WHERE s.id = r.id`,
      [JSON.stringify(retitled)],
    );
  }
  return ids;
}

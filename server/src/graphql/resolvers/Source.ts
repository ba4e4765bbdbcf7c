import type { SourceResolvers } from '../generated/resolvers.js';

/** How ImportService names the source of imported figures: "Import <file name>" (or "Import <kind>"). */
const IMPORTED = /^Import (.+)$/;

/**
 * A source's title as a reader should see it. The council documents have theirs (seed/data/
 * sources.json); figures the ZVH delivered by import are titled as that delivery, naming the file
 * they came in, rather than by a bare file name.
 */
export function sourceTitle(source: { document: string; title: string | null }): string | null {
  if (source.title) return source.title;
  const imported = IMPORTED.exec(source.document);
  return imported ? `Aanlevering door het ZVH (importbestand ${imported[1]})` : null;
}

export const Source: SourceResolvers = {
  title: (source) => sourceTitle(source),
};

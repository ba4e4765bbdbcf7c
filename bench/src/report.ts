import { cpus, freemem, platform, release, totalmem } from 'node:os';

/** One line of the results table: a measurement, its value, and the target it is held to. */
export interface Line {
  part: string;
  measure: string;
  value: string;
  target: string;
  /** null: no target (context, such as the baseline). */
  met: boolean | null;
}

export function machine(sqliteVersion: string): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'onbekend'}`,
    `- Memory: ${gb(totalmem())} GB (${gb(freemem())} GB free at the start)`,
    `- OS: ${platform()} ${release()}`,
    `- Node ${process.versions.node}, V8 ${process.versions.v8}, SQLite ${sqliteVersion}`,
  ];
}

const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
/** autocannon measures latency in whole milliseconds. */
export const wholeMs = (value: number) => (value < 1 ? '< 1 ms' : `${Math.round(value)} ms`);
export const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')} req/s`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** The table as aligned plain text, for the terminal. */
export function textTable(lines: readonly Line[]): string {
  const rows = [['Part', 'Measure', 'Value', 'Target', ''], ...lines.map((l) => [l.part, l.measure, l.value, l.target, mark(l.met)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The table as Markdown, for docs/BENCHMARKS.md. */
export function markdownTable(lines: readonly Line[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Part | Measure | Value | Target | |',
    '|---|---|---:|---|---|',
    ...lines.map((l) => `| ${escape(l.part)} | ${escape(l.measure)} | ${escape(l.value)} | ${escape(l.target)} | ${mark(l.met)} |`),
  ].join('\n');
}

const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export { platform };

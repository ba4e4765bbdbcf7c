import type { ImportKind, ImportReportFieldsFragment } from '../../generated/graphql';

/** What the upload answers, and what a restore answers: the same fields. */
export type ImportReport = Omit<ImportReportFieldsFragment, '__typename'>;

export const IMPORT_KINDS: ImportKind[] = ['CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING', 'FLOWS'];

/** The server refuses larger files; checked here too, so nobody waits for a 60 MB upload to fail. */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

/** The example file of each kind, served by the server. */
export function exampleFileUrl(kind: ImportKind): string {
  return `/voorbeelden/${kind.toLowerCase()}.csv`;
}

/** The body's Content-Type, by the file's extension (the server detects the encoding itself). */
export function uploadContentType(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}

/** Why an upload got no report: the server's message (and code, and English), or no answer at all (status 0). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; messageEn?: string } }[];
}

/**
 * POST /api/import with the file as the body: the browser streams it, whatever its size or
 * encoding. The session cookie goes along (same origin). A report comes back for a good file and
 * for a file with errors alike (`errors` then says why nothing was written); an UploadError for
 * everything else (no session, no right, too large, no answer).
 */
export async function uploadImport(kind: ImportKind, file: File, dryRun: boolean, fetchImpl: typeof fetch = fetch): Promise<ImportReport> {
  const params = new URLSearchParams({ kind, dryRun: String(dryRun), fileName: file.name });
  let response: Response;
  try {
    response = await fetchImpl(`/api/import?${params.toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': uploadContentType(file.name) },
      credentials: 'same-origin',
    });
  } catch {
    throw new UploadError('', 0, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const first = (body as ErrorBody | null)?.errors?.[0];
    throw new UploadError(first?.message ?? '', response.status, first?.extensions?.code ?? null, first?.extensions ?? {});
  }
  if (!isReport(body)) throw new UploadError('', response.status, null);
  return body;
}

function isReport(body: unknown): body is ImportReport {
  if (typeof body !== 'object' || body === null) return false;
  const report = body as Partial<ImportReport>;
  return typeof report.rowsRead === 'number' && Array.isArray(report.errors) && Array.isArray(report.changes);
}

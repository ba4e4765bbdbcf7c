import type { AuditFilter } from '../../generated/graphql';
import type { MessageKey } from '../../i18n/messages';

/** The audit filters as they stand in the URL and the form: plain strings, '' for "alles". */
export interface AuditFilterValues {
  actor: string;
  /** Prefix of the action: "login", "import", "user", or anything typed. */
  action: string;
  result: string;
  /** yyyy-mm-dd, as a date input gives it. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = { actor: '', action: '', result: '', from: '', to: '' };

/** The action prefixes offered in the select; anything else is typed in. */
export const ACTION_PRESETS: { value: string; label: MessageKey }[] = [
  { value: '', label: 'actionAll' },
  { value: 'login', label: 'actionLogin' },
  { value: 'import', label: 'actionImport' },
  { value: 'user', label: 'actionUser' },
];

export const AUDIT_RESULTS: { value: string; label: MessageKey }[] = [
  { value: '', label: 'resultAll' },
  { value: 'ok', label: 'result_ok' },
  { value: 'refused', label: 'result_refused' },
  { value: 'failed', label: 'result_failed' },
];

export const RESULT_LABEL: Record<string, MessageKey> = { ok: 'result_ok', refused: 'result_refused', failed: 'result_failed' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd as a local date, or null for anything else. */
function localDate(value: string): Date | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) || date.getDate() !== Number(match[3]) ? null : date;
}

/** The start of `from`'s day, local time, as an ISO date-time (the log's timestamps are UTC). */
export function startOfDayIso(value: string): string | null {
  return localDate(value)?.toISOString() ?? null;
}

/** The last millisecond of `to`'s day, local time: "tot en met" includes the whole day. */
export function endOfDayIso(value: string): string | null {
  const date = localDate(value);
  if (!date) return null;
  date.setHours(23, 59, 59, 999);
  return date.toISOString();
}

/** What is wrong with the filters, or null. */
export function auditFilterProblem(values: AuditFilterValues): MessageKey | null {
  if ((values.from && !localDate(values.from)) || (values.to && !localDate(values.to))) return 'errDateInvalid';
  if (values.from && values.to && values.from > values.to) return 'errDateOrder';
  return null;
}

/** The query's filter: only what is set; dates as ISO date-times over whole local days. */
export function toAuditFilter(values: AuditFilterValues): AuditFilter {
  const filter: AuditFilter = {};
  const actor = values.actor.trim();
  const action = values.action.trim();
  if (actor) filter.actor = actor;
  if (action) filter.action = action;
  if (values.result) filter.result = values.result;
  const from = startOfDayIso(values.from);
  const to = endOfDayIso(values.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

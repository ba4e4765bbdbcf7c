import type { AuditAction } from '@zv/shared';
import type { ImportKind } from '../../generated/graphql';
import type { MessageKey } from '../../i18n/messages';
import { formatDate } from '../../format';
import { keyText, kindName } from './ImportReportView';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Every action the server writes, in words. A Record over the server's own list: a new action
 * does not compile without a name here (and auditText.test.ts checks both catalogues).
 */
export const ACTION_NAME: Readonly<Record<AuditAction, MessageKey>> = {
  login: 'auditActionLogin',
  'login.lockout': 'auditActionLoginLockout',
  logout: 'auditActionLogout',
  'user.bootstrap': 'auditActionUserBootstrap',
  'user.create': 'auditActionUserCreate',
  'user.setRole': 'auditActionUserSetRole',
  'user.deactivate': 'auditActionUserDeactivate',
  'user.reactivate': 'auditActionUserReactivate',
  'user.endSessions': 'auditActionUserEndSessions',
  'user.unlockLogins': 'auditActionUserUnlockLogins',
  'user.changePassword': 'auditActionUserChangePassword',
  'session.end': 'auditActionSessionEnd',
  'session.endOthers': 'auditActionSessionEndOthers',
  'login.password': 'auditActionLoginPassword',
  'mfa.enrol.start': 'auditActionMfaEnrolStart',
  'mfa.enrol': 'auditActionMfaEnrol',
  'mfa.verify': 'auditActionMfaVerify',
  'mfa.recoveryCode': 'auditActionMfaRecoveryCode',
  'mfa.recoveryCodes.regenerate': 'auditActionMfaRecoveryCodesRegenerate',
  'mfa.remove': 'auditActionMfaRemove',
  'mfa.reset': 'auditActionMfaReset',
  'passkey.add': 'auditActionPasskeyAdd',
  'passkey.remove': 'auditActionPasskeyRemove',
  import: 'auditActionImport',
  'import.check': 'auditActionImportCheck',
  'import.restore': 'auditActionImportRestore',
  'goal.create': 'auditActionGoalCreate',
  'goal.update': 'auditActionGoalUpdate',
  'goal.delete': 'auditActionGoalDelete',
  'goal.reportValue': 'auditActionGoalReportValue',
  'theme.setStatus': 'auditActionThemeSetStatus',
  'theme.update': 'auditActionThemeUpdate',
  'note.add': 'auditActionNoteAdd',
  'note.delete': 'auditActionNoteDelete',
  'explanation.add': 'auditActionExplanationAdd',
  'explanation.update': 'auditActionExplanationUpdate',
  'explanation.remove': 'auditActionExplanationRemove',
  'audit.prune': 'auditActionAuditPrune',
};

/** The fields of a priority that theme.update and theme.setStatus name in their object. */
const THEME_FIELD: Readonly<Record<string, MessageKey>> = {
  status: 'auditFieldStatus',
  owner: 'auditFieldOwner',
  progressNote: 'auditFieldProgressNote',
  nextMilestone: 'auditFieldNextMilestone',
  nextMilestoneDate: 'auditFieldNextMilestoneDate',
  domains: 'auditFieldDomains',
};

const STATUS: Readonly<Record<string, MessageKey>> = {
  NOT_ASSESSED: 'statusNOT_ASSESSED',
  ON_TRACK: 'statusON_TRACK',
  AT_RISK: 'statusAT_RISK',
  OFF_TRACK: 'statusOFF_TRACK',
  DONE: 'statusDONE',
};

const KINDS = new Set<string>(['CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING']);

export interface AuditNames {
  /** Priority (theme) code → title. */
  themes: ReadonlyMap<string, string>;
  /** Knowledge domain code → name. */
  domains: ReadonlyMap<string, string>;
}

/** A text in words, and whether it is still the stored (Dutch) text as it was written. */
export interface Readable {
  text: string;
  raw: boolean;
}

const asIs = (text: string): Readable => ({ text, raw: true });
const said = (text: string): Readable => ({ text, raw: false });

/** "theme.setStatus" → "Status gewijzigd"; an action the page does not know stays as written. */
export function actionText(action: string, t: T): Readable {
  const key = (ACTION_NAME as Record<string, MessageKey | undefined>)[action];
  return key ? said(t(key)) : asIs(action);
}

/**
 * The object of an entry in words: kinds, count dates, priorities and their fields by name
 * ("Prioriteit Huiselijk geweld: status"). Anything not recognised stays as stored.
 */
export function objectText(action: string, object: string, t: T, lang: 'nl' | 'en', names: AuditNames): Readable {
  if (action === 'import' || action === 'import.check') {
    const match = /^(\S+)(?: (.+))?$/.exec(object);
    if (match && KINDS.has(match[1]!)) {
      const kind = kindName(match[1] as ImportKind, t);
      return said(match[2] ? t('auditObjectImport', { kind, file: match[2] }) : kind);
    }
  }
  if (action === 'import.restore') {
    const match = /^(\S+) (\S+) \(versie (\d+)\)$/.exec(object);
    if (match && KINDS.has(match[1]!)) {
      const kind = match[1] as ImportKind;
      return said(t('auditObjectRestore', { kind: kindName(kind, t), key: keyText(kind, match[2]!, lang), id: match[3]! }));
    }
  }
  if (action.startsWith('theme.')) {
    const match = /^thema (\S+): (\S+)$/.exec(object);
    if (match) {
      const field = THEME_FIELD[match[2]!];
      return said(t('auditObjectTheme', { theme: names.themes.get(match[1]!) ?? match[1]!, field: field ? t(field) : match[2]! }));
    }
  }
  if (action.startsWith('goal.')) {
    const match = /^doel (\d+): (.*)$/s.exec(object);
    if (match) return said(t('auditObjectGoal', { id: match[1]!, title: match[2]! }));
  }
  if (action.startsWith('note.')) {
    const match = /^notitie (\d+)(?: bij (.+))?$/.exec(object);
    if (match)
      return said(match[2] ? t('auditObjectNoteAt', { id: match[1]!, target: match[2] }) : t('auditObjectNote', { id: match[1]! }));
  }
  return asIs(object);
}

/**
 * The detail in words where it holds codes: statuses ("Niet beoordeeld → Risico"), domains by
 * name, and what an import did per count date or year, in the reader's language.
 */
export function detailText(
  action: string,
  object: string | null,
  detail: string,
  t: T,
  names: AuditNames,
  lang: 'nl' | 'en' = 'nl',
): Readable {
  if (action === 'import' || action === 'import.check' || action === 'import.restore') return importDetail(detail, t, lang);
  const change = /^(.*) → (.*)$/s.exec(detail);
  if (!change) return asIs(detail);
  const [, before, after] = change as unknown as [string, string, string];
  const field = /^thema \S+: (\S+)$/.exec(object ?? '')?.[1];
  if (action === 'theme.setStatus' || (action === 'theme.update' && field === 'status')) {
    const status = (code: string) => (STATUS[code] ? t(STATUS[code]) : code);
    return said(`${status(before)} → ${status(after)}`);
  }
  if (action === 'theme.update' && field === 'domains') {
    const domains = (list: string) =>
      list === '–'
        ? '–'
        : list
            .split(', ')
            .map((code) => names.domains.get(code) ?? code)
            .join(', ');
    return said(`${domains(before)} → ${domains(after)}`);
  }
  return asIs(detail);
}

/** A count date (ISO) in words; a year as it is. */
function keyWords(key: string, lang: 'nl' | 'en'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? formatDate(key, lang) : key;
}

/**
 * What ImportService writes: "2024-06-01: 0 toegevoegd, 1 gewijzigd, 0 verwijderd (totaal 101 → 104); …",
 * "2025: nieuw", "niets gewijzigd", or for a refused file "3 fouten; geweigerd door de
 * anonimiseringscontrole". Anything else stays as stored.
 */
function importDetail(detail: string, t: T, lang: 'nl' | 'en'): Readable {
  if (detail === 'niets gewijzigd') return said(t('auditDetailNothing'));
  const refused = /^(\d+) fouten?(; geweigerd door de anonimiseringscontrole)?$/.exec(detail);
  if (refused) {
    const errors = t('auditDetailErrors', { count: Number(refused[1]) });
    return said(refused[2] ? `${errors}; ${t('auditDetailGuard')}` : errors);
  }
  const parts: string[] = [];
  for (const segment of detail.split('; ')) {
    const match = /^(\S+): (?:(nieuw)|(\d+) toegevoegd, (\d+) gewijzigd, (\d+) verwijderd)(?: \(totaal (\S+) → (\S+)\))?$/.exec(segment);
    if (!match) return asIs(detail);
    const key = keyWords(match[1]!, lang);
    const what = match[2]
      ? t('auditDetailNew', { key })
      : t('auditDetailCounts', { key, added: match[3]!, changed: match[4]!, removed: match[5]! });
    parts.push(match[6] ? `${what} ${t('auditDetailTotal', { before: match[6], after: match[7]! })}` : what);
  }
  return said(parts.join('; '));
}

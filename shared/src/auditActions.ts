/**
 * Every action the server writes to the audit log. The server's `audit()` takes only these, so a
 * new action cannot be written without being added here; the audit page names each one in both
 * languages (a client test fails when one lacks a name).
 */
export const AUDIT_ACTIONS = [
  'login',
  'login.lockout',
  'logout',
  'user.bootstrap',
  'user.create',
  'user.setRole',
  'user.deactivate',
  'user.reactivate',
  'user.endSessions',
  'user.unlockLogins',
  'user.changePassword',
  'session.end',
  'session.endOthers',
  'login.password',
  'mfa.enrol.start',
  'mfa.enrol',
  'mfa.verify',
  'mfa.recoveryCode',
  'mfa.recoveryCodes.regenerate',
  'mfa.remove',
  'mfa.reset',
  'passkey.add',
  'passkey.remove',
  'import',
  'import.check',
  'import.restore',
  'goal.create',
  'goal.update',
  'goal.delete',
  'goal.reportValue',
  'theme.setStatus',
  'theme.update',
  'note.add',
  'note.delete',
  'explanation.add',
  'explanation.update',
  'explanation.remove',
  'audit.prune',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Rows as the store hands them to the rest of the server: plain data, camelCase, no SQL. */

export interface SourceRow {
  id: number;
  document: string;
  section: string | null;
  note: string | null;
  title: string | null;
  url: string | null;
}

export interface RegionRow {
  code: string;
  name: string;
  sourceId: number;
}

/**
 * One region's totals for a comparison across regions (Store.regionTotals): never a municipality's
 * figure or a count per knowledge domain, only what the region as a whole counts.
 */
export interface RegionTotalsRow {
  code: string;
  name: string;
  /** The region's latest count date at or before the date asked; null when it has none that early. */
  peildatum: string | null;
  /** Its running cases on that date; null with no count. */
  total: number | null;
  /** The sum of its municipalities' inhabitants, each the latest known at or before the date; null when none is known. */
  inhabitants: number | null;
  /** The newest inhabitants' year in that sum. */
  populationYear: number | null;
  municipalities: number;
  /** Of those, how many have inhabitants in the sum (all of them: the sum is the region's). */
  municipalitiesWithInhabitants: number;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  regionCode: string;
}

export interface PopulationRow {
  municipalityCode: string;
  year: number;
  inhabitants: number;
  referenceDate: string | null;
  sourceId: number;
}

export interface KnowledgeDomainRow {
  code: string;
  name: string;
  description: string | null;
  position: number;
  sourceId: number;
}

export type DatePrecision = 'DAY' | 'MONTH';

export interface CaseloadSnapshotRow {
  peildatum: string;
  precision: DatePrecision;
  total: number;
  sourceId: number;
}

export type CaseCountScope = 'municipality' | 'unspecified' | 'region';

export interface CaseCountRow {
  peildatum: string;
  scope: CaseCountScope;
  municipalityCode: string | null;
  /** null: the total of the scope; otherwise the count for one knowledge domain. */
  domainCode: string | null;
  count: number;
}

/** One month of flows (kind FLOWS): the region's inflow and the norm the month was counted against. */
export interface FlowMonthRow {
  /** 'YYYY-MM'. */
  month: string;
  inflow: number;
  normDays: number | null;
  sourceId: number;
}

/** One row of a month of flows, as imported (see FlowRecord). */
export interface FlowCountRow {
  month: string;
  scope: CaseCountScope;
  municipalityCode: string | null;
  /** null: the total of the scope over every domain. */
  domainCode: string | null;
  inflow: number;
  outflow: number;
  closedWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
}

export interface ContributionYearRow {
  year: number;
  totalEur: number;
  sourceId: number;
}

export interface ContributionRow {
  year: number;
  municipalityCode: string;
  amountEur: number;
}

export interface FundingSourceRow {
  code: string;
  name: string;
  amountEurPerYear: number | null;
  structural: boolean | null;
  fromYear: number | null;
  description: string | null;
  sourceId: number;
}

export interface CapacityFigureRow {
  label: string;
  stage: 'before' | 'after' | 'current';
  fte: number;
  temporaryFte: number | null;
  description: string | null;
  sourceId: number;
}

/** The columns of a theme that people edit (see ThemeDetails). */
export interface ThemeDetailsColumns {
  owner: string | null;
  progressNote: string | null;
  nextMilestone: string | null;
  nextMilestoneDate: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type ThemeStatus = 'NOT_ASSESSED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';

export interface ThemeRow extends ThemeDetailsColumns {
  code: string;
  number: number;
  title: string;
  parentCode: string | null;
  summary: string | null;
  keyFacts: string[];
  status: ThemeStatus;
  sourceId: number;
}

/** What loading the seed did: rows added or changed per table (0 everywhere on a second load). */
export interface SeedReport {
  added: number;
  changed: number;
  unchanged: number;
}

export type Role = 'BEHEERDER' | 'BESTUURDER' | 'ZVH' | 'GEMEENTE';

export interface UserRow {
  id: number;
  username: string;
  role: Role;
  /** The municipality a GEMEENTE user is bound to; null for the other roles. */
  municipalityCode: string | null;
  active: boolean;
  passwordHash: string;
  createdAt: string;
  lastLoginAt: string | null;
  /** The OpenID provider (its configured id) of a single sign-on user; null for local accounts. */
  oidcProvider: string | null;
  /** The user's `sub` at that provider; null for local accounts. */
  oidcSubject: string | null;
}

/** A sign-in with an OpenID provider between the redirect there and the return here (auth/oidc). */
export interface OidcRequestRow {
  stateHash: string;
  provider: string;
  nonce: string;
  codeVerifier: string;
  /** The dashboard path to open after signing in. */
  returnTo: string;
  createdMs: number;
}

/** How a user signed in: a password alone or with a second factor, a passkey, or single sign-on. */
export type SignInMethod = 'PASSWORD' | 'PASSWORD_TOTP' | 'PASSWORD_PASSKEY' | 'PASSWORD_RECOVERY_CODE' | 'PASSKEY' | 'OIDC';

/**
 * FULL: signed in. SECOND_FACTOR: the password was right, the second factor is still to be proven.
 * ENROL: the password was right, and the role requires a second factor the user has yet to set up.
 */
export type SessionStage = 'FULL' | 'SECOND_FACTOR' | 'ENROL';

/** A server-side session; the cookie holds the token, the database only its SHA-256. */
export interface SessionRow {
  tokenHash: string;
  /** Names the session in the user's list: random, never the token or its hash. */
  publicId: string;
  userId: number;
  createdMs: number;
  lastSeenMs: number;
  method: SignInMethod;
  /** The identity provider of an OIDC sign-in; null for local sign-ins. */
  provider: string | null;
  /** "Browser · system" from the User-Agent; null when it says nothing we recognise. */
  client: string | null;
  /** The client address with its last part masked ("192.0.2.x"); null when unknown. */
  address: string | null;
  /** Only a FULL session is signed in; the others wait for the second step (at most 10 minutes). */
  stage: SessionStage;
  /** Wrong second-factor codes entered in this (pending) session. */
  factorFailures: number;
}

export type SecondFactorKind = 'TOTP' | 'PASSKEY' | 'RECOVERY_CODE';

/** A user's TOTP secret as stored: encrypted; unconfirmed while its enrolment waits for a first code. */
export interface TotpRow {
  userId: number;
  /** AES-256-GCM: nonce, tag and ciphertext (auth/secondFactorKey.ts). */
  secret: Buffer;
  confirmed: boolean;
  /** The newest time step accepted; only a later one passes. Null before any. */
  lastStep: number | null;
  createdAt: string;
}

/** A passkey (WebAuthn credential) of a user, as a second factor. */
export interface PasskeyRow {
  id: number;
  userId: number;
  /** As the browser names it, base64url. */
  credentialId: string;
  /** The COSE-encoded public key. */
  publicKey: Uint8Array;
  /** The authenticator's signature counter at its last use; 0 when it keeps none. */
  counter: number;
  transports: string[];
  /** Chosen by the user, e.g. "Laptop werk". */
  name: string;
  /** Whether the authenticator said the key is backed up (synced passkey). */
  backedUp: boolean;
  createdAt: string;
  lastUsedAt: string | null;
}

export type WebAuthnPurpose = 'REGISTER' | 'AUTHENTICATE';

/** One line of the append-only audit log. */
export interface AuditEntry {
  at: string;
  actor: string | null;
  action: string;
  object: string | null;
  result: 'ok' | 'refused' | 'failed';
  origin: string | null;
  detail: string | null;
}

/** One export of old audit entries to a file, made before they leave the log. */
export interface AuditExportRecord {
  at: string;
  /** The file's name in the export folder. */
  file: string;
  /** Every entry with an id up to this one is in the file. */
  upToId: number;
  rows: number;
  /** Of the file's bytes, hex. */
  sha256: string;
}

export type Indicator = 'RUNNING_CASES' | 'CASES_PER_10K' | 'UNSPECIFIED_SHARE' | 'CONTRIBUTIONS_TOTAL' | 'MANUAL';

export interface GoalRow {
  id: number;
  title: string;
  themeCode: string | null;
  municipalityCode: string | null;
  indicator: Indicator;
  direction: 'AT_MOST' | 'AT_LEAST' | 'BETWEEN';
  target: number;
  targetUpper: number | null;
  margin: number;
  deadline: string | null;
  staleAfterDays: number;
  /** MANUAL goals: the unit as entered ("casussen", "%"); null for indicators from the figures. */
  unit: string | null;
}

export type GoalFields = Omit<GoalRow, 'id'>;

export interface GoalValueRow {
  goalId: number;
  date: string;
  value: number;
}

export interface ThemeDetails {
  owner: string | null;
  progressNote: string | null;
  nextMilestone: string | null;
  nextMilestoneDate: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ThemeEditRow {
  at: string;
  by: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** The note that came with a status change. */
  note: string | null;
}

export interface NoteRow {
  id: number;
  target: string;
  peildatum: string | null;
  text: string;
  author: string | null;
  createdAt: string;
}

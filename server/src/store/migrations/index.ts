/**
 * Versioned schema migrations, applied in order at start. A migration is never edited once
 * released: a change to the schema is a new entry at the end. Each runs in its own transaction
 * together with the bump of `PRAGMA user_version`, so a database is always at a whole version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema: reference data, caseload, money, themes, sources',
    sql: `
      -- Where a figure comes from: a document (file name or publication), section and note.
      CREATE TABLE source (
        id        INTEGER PRIMARY KEY,
        document  TEXT NOT NULL CHECK (length(document) > 0),
        section   TEXT,
        note      TEXT,
        title     TEXT,
        url       TEXT
      ) STRICT;
      CREATE UNIQUE INDEX source_identity ON source (document, ifnull(section, ''), ifnull(note, ''), ifnull(url, ''));

      CREATE TABLE region (
        code       TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        source_id  INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;

      CREATE TABLE municipality (
        code         TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
        name         TEXT NOT NULL UNIQUE,
        region_code  TEXT NOT NULL REFERENCES region (code)
      ) STRICT;

      CREATE TABLE population (
        municipality_code  TEXT NOT NULL REFERENCES municipality (code),
        year               INTEGER NOT NULL,
        inhabitants        INTEGER NOT NULL CHECK (inhabitants > 0),
        reference_date     TEXT,
        source_id          INTEGER NOT NULL REFERENCES source (id),
        PRIMARY KEY (municipality_code, year)
      ) STRICT;

      CREATE TABLE knowledge_domain (
        code         TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        description  TEXT,
        position     INTEGER NOT NULL UNIQUE,
        source_id    INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;

      -- One count of running cases on a count date ("peildatum"), with its stated total.
      CREATE TABLE caseload_snapshot (
        peildatum  TEXT PRIMARY KEY CHECK (peildatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        precision  TEXT NOT NULL DEFAULT 'DAY' CHECK (precision IN ('DAY', 'MONTH')),
        total      INTEGER NOT NULL CHECK (total >= 0),
        source_id  INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;

      -- The breakdown of a count. scope 'municipality' has a municipality_code; 'unspecified'
      -- is "Niet gespecificeerd"; 'region' is the region as a whole (only per knowledge domain).
      -- domain_code NULL is the total of that scope.
      CREATE TABLE caseload_count (
        peildatum          TEXT NOT NULL REFERENCES caseload_snapshot (peildatum) ON DELETE CASCADE,
        scope              TEXT NOT NULL CHECK (scope IN ('municipality', 'unspecified', 'region')),
        municipality_code  TEXT REFERENCES municipality (code),
        domain_code        TEXT REFERENCES knowledge_domain (code),
        count              INTEGER NOT NULL CHECK (count >= 0),
        CHECK ((scope = 'municipality') = (municipality_code IS NOT NULL)),
        CHECK (scope <> 'region' OR domain_code IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX caseload_count_identity
        ON caseload_count (peildatum, scope, ifnull(municipality_code, ''), ifnull(domain_code, ''));

      -- Municipal contributions to the ZVH budget: the stated total per year and the parts.
      CREATE TABLE contribution_year (
        year       INTEGER PRIMARY KEY,
        total_eur  INTEGER NOT NULL CHECK (total_eur >= 0),
        source_id  INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;

      CREATE TABLE contribution (
        year               INTEGER NOT NULL REFERENCES contribution_year (year) ON DELETE CASCADE,
        municipality_code  TEXT NOT NULL REFERENCES municipality (code),
        amount_eur         INTEGER NOT NULL CHECK (amount_eur >= 0),
        PRIMARY KEY (year, municipality_code)
      ) STRICT;

      CREATE TABLE funding_source (
        code                 TEXT PRIMARY KEY,
        name                 TEXT NOT NULL,
        amount_eur_per_year  INTEGER CHECK (amount_eur_per_year >= 0),
        structural           INTEGER CHECK (structural IN (0, 1)),
        from_year            INTEGER,
        description          TEXT,
        position             INTEGER NOT NULL,
        source_id            INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;

      CREATE TABLE capacity_figure (
        id             INTEGER PRIMARY KEY,
        label          TEXT NOT NULL,
        stage          TEXT NOT NULL CHECK (stage IN ('before', 'after', 'current')),
        fte            REAL NOT NULL CHECK (fte > 0),
        temporary_fte  REAL CHECK (temporary_fte >= 0),
        description    TEXT,
        source_id      INTEGER NOT NULL REFERENCES source (id),
        UNIQUE (label, stage)
      ) STRICT;

      CREATE TABLE theme (
        code         TEXT PRIMARY KEY,
        number       INTEGER NOT NULL UNIQUE CHECK (number > 0),
        title        TEXT NOT NULL,
        parent_code  TEXT REFERENCES theme (code),
        summary      TEXT,
        key_facts    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_facts)),
        status       TEXT NOT NULL DEFAULT 'NOT_ASSESSED'
                     CHECK (status IN ('NOT_ASSESSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE')),
        source_id    INTEGER NOT NULL REFERENCES source (id)
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'access: users, sessions, login failures, append-only audit log',
    sql: `
      -- No foreign key to municipality: reloading the figures (npm run seed -- --reset) empties
      -- that table, users must survive it. The code checks the municipality instead.
      CREATE TABLE app_user (
        id                 INTEGER PRIMARY KEY,
        username           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 64),
        password_hash      TEXT NOT NULL,
        role               TEXT NOT NULL CHECK (role IN ('BEHEERDER', 'BESTUURDER', 'ZVH', 'GEMEENTE')),
        municipality_code  TEXT,
        active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at         TEXT NOT NULL,
        last_login_at      TEXT,
        CHECK ((role = 'GEMEENTE') = (municipality_code IS NOT NULL))
      ) STRICT;

      CREATE TABLE session (
        token_hash    TEXT PRIMARY KEY,
        user_id       INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_ms    INTEGER NOT NULL,
        last_seen_ms  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX session_user ON session (user_id);

      CREATE TABLE login_failure (
        id        INTEGER PRIMARY KEY,
        username  TEXT NOT NULL COLLATE NOCASE,
        ip        TEXT NOT NULL,
        at_ms     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX login_failure_username ON login_failure (username, at_ms);
      CREATE INDEX login_failure_ip ON login_failure (ip, at_ms);

      CREATE TABLE audit_log (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL,
        actor   TEXT,
        action  TEXT NOT NULL,
        object  TEXT,
        result  TEXT NOT NULL CHECK (result IN ('ok', 'refused', 'failed')),
        origin  TEXT,
        detail  TEXT
      ) STRICT;
      -- Nothing in the app may alter or delete the audit log.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    version: 3,
    name: 'data management: funding amounts per year, versions kept by imports',
    sql: `
      -- Amounts per year of a funding source, as imported (kind FUNDING).
      CREATE TABLE funding_amount (
        year          INTEGER NOT NULL,
        funding_code  TEXT NOT NULL REFERENCES funding_source (code),
        amount_eur    INTEGER NOT NULL CHECK (amount_eur >= 0),
        source_id     INTEGER NOT NULL REFERENCES source (id),
        PRIMARY KEY (year, funding_code)
      ) STRICT;

      -- What an import replaced: the previous content of one count date or year, as JSON, so
      -- that it can be put back. Never updated; kept like the audit log.
      CREATE TABLE data_version (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING')),
        key          TEXT NOT NULL,
        replaced_at  TEXT NOT NULL,
        replaced_by  TEXT,
        rows         INTEGER NOT NULL,
        total        INTEGER,
        payload      TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX data_version_key ON data_version (kind, key, id);
      CREATE TRIGGER data_version_no_update BEFORE UPDATE ON data_version
        BEGIN SELECT RAISE(ABORT, 'data_version is append-only'); END;
    `,
  },
  {
    version: 4,
    name: 'board steering: goals and their values, theme edits and history, notes',
    sql: `
      CREATE TABLE goal (
        id                 INTEGER PRIMARY KEY,
        title              TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        theme_code         TEXT REFERENCES theme (code),
        municipality_code  TEXT,
        indicator          TEXT NOT NULL CHECK (indicator IN ('RUNNING_CASES', 'CASES_PER_10K', 'UNSPECIFIED_SHARE', 'CONTRIBUTIONS_TOTAL', 'MANUAL')),
        direction          TEXT NOT NULL CHECK (direction IN ('AT_MOST', 'AT_LEAST', 'BETWEEN')),
        target             REAL NOT NULL,
        target_upper       REAL,
        margin             REAL NOT NULL CHECK (margin >= 0),
        deadline           TEXT,
        stale_after_days   INTEGER NOT NULL CHECK (stale_after_days > 0),
        created_at         TEXT NOT NULL,
        created_by         TEXT,
        CHECK ((direction = 'BETWEEN') = (target_upper IS NOT NULL))
      ) STRICT;

      -- Reported values of MANUAL goals; the history of data indicators is computed.
      CREATE TABLE goal_value (
        goal_id      INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
        date         TEXT NOT NULL,
        value        REAL NOT NULL,
        reported_at  TEXT NOT NULL,
        reported_by  TEXT,
        PRIMARY KEY (goal_id, date)
      ) STRICT;

      ALTER TABLE theme ADD COLUMN owner TEXT;
      ALTER TABLE theme ADD COLUMN progress_note TEXT;
      ALTER TABLE theme ADD COLUMN next_milestone TEXT;
      ALTER TABLE theme ADD COLUMN next_milestone_date TEXT;
      ALTER TABLE theme ADD COLUMN updated_at TEXT;
      ALTER TABLE theme ADD COLUMN updated_by TEXT;

      CREATE TABLE theme_domain (
        theme_code   TEXT NOT NULL REFERENCES theme (code) ON DELETE CASCADE,
        domain_code  TEXT NOT NULL REFERENCES knowledge_domain (code) ON DELETE CASCADE,
        PRIMARY KEY (theme_code, domain_code)
      ) STRICT;

      -- Every edit of a theme, kept.
      CREATE TABLE theme_edit (
        id          INTEGER PRIMARY KEY,
        theme_code  TEXT NOT NULL,
        at          TEXT NOT NULL,
        by          TEXT,
        field       TEXT NOT NULL,
        old_value   TEXT,
        new_value   TEXT
      ) STRICT;
      CREATE INDEX theme_edit_theme ON theme_edit (theme_code, id);

      CREATE TABLE note (
        id          INTEGER PRIMARY KEY,
        target      TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 100),
        peildatum   TEXT,
        text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        author      TEXT,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_target ON note (target, id);
    `,
  },
  {
    version: 5,
    name: 'regions: count dates, contribution years and versions belong to a region',
    // Primary keys change, so the tables are rebuilt: new table, copy, drop the old one, rename.
    // Foreign keys are on (they cannot be switched off inside the migration's transaction), so
    // the order matters: children are dropped before their parents (a DROP TABLE deletes its
    // rows first, which would cascade), and the new children refer to the new parents by their
    // temporary name, which RENAME rewrites. Checks wait for the commit (defer_foreign_keys).
    // Existing rows get the code of the database's single region. A database with rows and not
    // exactly one region stops here (NOT NULL fails) and keeps version 4: the app never made one.
    sql: `
      PRAGMA defer_foreign_keys = ON;

      -- (region, code) is unique because code is: lets figures name a municipality of their own region.
      CREATE UNIQUE INDEX municipality_region ON municipality (region_code, code);

      CREATE TABLE caseload_snapshot_v5 (
        region_code  TEXT NOT NULL REFERENCES region (code),
        peildatum    TEXT NOT NULL CHECK (peildatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        precision    TEXT NOT NULL DEFAULT 'DAY' CHECK (precision IN ('DAY', 'MONTH')),
        total        INTEGER NOT NULL CHECK (total >= 0),
        source_id    INTEGER NOT NULL REFERENCES source (id),
        PRIMARY KEY (region_code, peildatum)
      ) STRICT;
      INSERT INTO caseload_snapshot_v5 (region_code, peildatum, precision, total, source_id)
        SELECT (SELECT code FROM region WHERE (SELECT count(*) FROM region) = 1), peildatum, precision, total, source_id
          FROM caseload_snapshot;

      CREATE TABLE caseload_count_v5 (
        region_code        TEXT NOT NULL,
        peildatum          TEXT NOT NULL,
        scope              TEXT NOT NULL CHECK (scope IN ('municipality', 'unspecified', 'region')),
        municipality_code  TEXT,
        domain_code        TEXT REFERENCES knowledge_domain (code),
        count              INTEGER NOT NULL CHECK (count >= 0),
        CHECK ((scope = 'municipality') = (municipality_code IS NOT NULL)),
        CHECK (scope <> 'region' OR domain_code IS NOT NULL),
        FOREIGN KEY (region_code, peildatum) REFERENCES caseload_snapshot_v5 (region_code, peildatum) ON DELETE CASCADE,
        FOREIGN KEY (region_code, municipality_code) REFERENCES municipality (region_code, code)
      ) STRICT;
      INSERT INTO caseload_count_v5 (region_code, peildatum, scope, municipality_code, domain_code, count)
        SELECT (SELECT code FROM region WHERE (SELECT count(*) FROM region) = 1), peildatum, scope, municipality_code, domain_code, count
          FROM caseload_count;

      DROP TABLE caseload_count;
      DROP TABLE caseload_snapshot;
      ALTER TABLE caseload_snapshot_v5 RENAME TO caseload_snapshot;
      ALTER TABLE caseload_count_v5 RENAME TO caseload_count;
      -- Also the index of one region's counts on any set of count dates, and of the cascade.
      CREATE UNIQUE INDEX caseload_count_identity
        ON caseload_count (region_code, peildatum, scope, ifnull(municipality_code, ''), ifnull(domain_code, ''));

      CREATE TABLE contribution_year_v5 (
        region_code  TEXT NOT NULL REFERENCES region (code),
        year         INTEGER NOT NULL,
        total_eur    INTEGER NOT NULL CHECK (total_eur >= 0),
        source_id    INTEGER NOT NULL REFERENCES source (id),
        PRIMARY KEY (region_code, year)
      ) STRICT;
      INSERT INTO contribution_year_v5 (region_code, year, total_eur, source_id)
        SELECT (SELECT code FROM region WHERE (SELECT count(*) FROM region) = 1), year, total_eur, source_id
          FROM contribution_year;

      CREATE TABLE contribution_v5 (
        region_code        TEXT NOT NULL,
        year               INTEGER NOT NULL,
        municipality_code  TEXT NOT NULL,
        amount_eur         INTEGER NOT NULL CHECK (amount_eur >= 0),
        PRIMARY KEY (region_code, year, municipality_code),
        FOREIGN KEY (region_code, year) REFERENCES contribution_year_v5 (region_code, year) ON DELETE CASCADE,
        FOREIGN KEY (region_code, municipality_code) REFERENCES municipality (region_code, code)
      ) STRICT;
      INSERT INTO contribution_v5 (region_code, year, municipality_code, amount_eur)
        SELECT (SELECT code FROM region WHERE (SELECT count(*) FROM region) = 1), year, municipality_code, amount_eur
          FROM contribution;

      DROP TABLE contribution;
      DROP TABLE contribution_year;
      ALTER TABLE contribution_year_v5 RENAME TO contribution_year;
      ALTER TABLE contribution_v5 RENAME TO contribution;

      -- A version belongs to the region whose figures it held: count dates and contribution years,
      -- and inhabitants (of the region's municipalities). Funding is per database: no region.
      CREATE TABLE data_version_v5 (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING')),
        region_code  TEXT REFERENCES region (code),
        key          TEXT NOT NULL,
        replaced_at  TEXT NOT NULL,
        replaced_by  TEXT,
        rows         INTEGER NOT NULL,
        total        INTEGER,
        payload      TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((kind = 'FUNDING') = (region_code IS NULL))
      ) STRICT;
      INSERT INTO data_version_v5 (id, kind, region_code, key, replaced_at, replaced_by, rows, total, payload)
        SELECT id, kind,
               CASE WHEN kind = 'FUNDING' THEN NULL ELSE (SELECT code FROM region WHERE (SELECT count(*) FROM region) = 1) END,
               key, replaced_at, replaced_by, rows, total, payload
          FROM data_version;
      DROP TABLE data_version;
      ALTER TABLE data_version_v5 RENAME TO data_version;
      CREATE INDEX data_version_key ON data_version (region_code, kind, key, id);
      CREATE TRIGGER data_version_no_update BEFORE UPDATE ON data_version
        BEGIN SELECT RAISE(ABORT, 'data_version is append-only'); END;
    `,
  },
  {
    version: 6,
    name: "deployment secrets: the key of the small-count protection's choices",
    // One random key per purpose, made by the database itself on first use, so that every server
    // on the database shares it and a backup carries it along (the protection's pattern must stay
    // the same after a restore). Never sent to a client.
    sql: `
      CREATE TABLE deployment_secret (
        purpose  TEXT PRIMARY KEY,
        value    BLOB NOT NULL CHECK (length(value) = 32)
      ) STRICT;
    `,
  },
  {
    version: 7,
    name: 'audit retention: entries leave the log only after a recorded export',
    // The log stays append-only; a DELETE is refused for any entry that no recorded export
    // holds (management/auditRetention.ts writes the export file first, then records it and
    // removes the entries in one transaction). The exports' own list is append-only too.
    sql: `
      CREATE TABLE audit_export (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        file      TEXT NOT NULL,
        up_to_id  INTEGER NOT NULL,
        rows      INTEGER NOT NULL CHECK (rows >= 0),
        sha256    TEXT NOT NULL CHECK (length(sha256) = 64)
      ) STRICT;
      CREATE TRIGGER audit_export_no_update BEFORE UPDATE ON audit_export
        BEGIN SELECT RAISE(ABORT, 'audit_export is append-only'); END;
      CREATE TRIGGER audit_export_no_delete BEFORE DELETE ON audit_export
        BEGIN SELECT RAISE(ABORT, 'audit_export is append-only'); END;
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN OLD.id > coalesce((SELECT max(up_to_id) FROM audit_export), 0)
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: only entries in a recorded export may be removed'); END;
    `,
  },
  {
    version: 8,
    name: 'steering: the unit of a goal entered by hand; the note that came with a status change',
    // A MANUAL goal's unit ("casussen", "%", "dagen") as the person typed it; goals that follow the
    // figures take their unit from the indicator and keep NULL. A status change's note is kept
    // with that edit in the theme's history, no longer as a "rode draad" unless asked for.
    sql: `
      ALTER TABLE goal ADD COLUMN unit TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 40);
      ALTER TABLE theme_edit ADD COLUMN note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000);
    `,
  },
  {
    version: 9,
    name: 'sessions: an opaque id, how the user signed in, and a short description of the client',
    // The session list a user sees names each session by `public_id` (random, never the token or
    // its hash). `method` is how the user signed in; `provider` names the identity provider of an
    // OIDC sign-in and is NULL for local ones. `client` is "browser · system" from the User-Agent,
    // `address` the client address with its last part masked; both only describe, never identify.
    // Sessions from before this version were all signed in with a password.
    sql: `
      CREATE TABLE session_new (
        token_hash    TEXT PRIMARY KEY,
        public_id     TEXT NOT NULL UNIQUE CHECK (length(public_id) = 32),
        user_id       INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_ms    INTEGER NOT NULL,
        last_seen_ms  INTEGER NOT NULL,
        method        TEXT NOT NULL DEFAULT 'PASSWORD' CHECK (method IN ('PASSWORD', 'PASSWORD_TOTP', 'PASSKEY', 'OIDC')),
        provider      TEXT CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 60),
        client        TEXT CHECK (client IS NULL OR length(client) BETWEEN 1 AND 120),
        address       TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 60),
        CHECK ((method = 'OIDC') = (provider IS NOT NULL))
      ) STRICT;
      INSERT INTO session_new (token_hash, public_id, user_id, created_ms, last_seen_ms, method)
        SELECT token_hash, lower(hex(randomblob(16))), user_id, created_ms, last_seen_ms, 'PASSWORD' FROM session;
      DROP TABLE session;
      ALTER TABLE session_new RENAME TO session;
      CREATE INDEX session_user ON session (user_id);
    `,
  },
  {
    version: 10,
    name: 'second factor: TOTP secrets, recovery codes, and sessions that wait for the second step',
    // A session starts pending after a correct password when the user has, or must set up, a
    // second factor: `stage` SECOND_FACTOR (prove it) or ENROL (set one up first); only FULL
    // sessions count as signed in. `factor_failures` counts wrong codes of a pending session (at 5
    // it is ended). The TOTP secret is stored encrypted (AES-256-GCM under a key file outside the
    // database, see auth/secondFactorKey.ts); `confirmed` is 0 while an enrolment waits for its
    // first code; `last_step` is the newest time step accepted, and only a later one passes, so a
    // code is used once. Recovery codes are kept as SHA-256 hashes, each used once.
    sql: `
      CREATE TABLE session_new (
        token_hash       TEXT PRIMARY KEY,
        public_id        TEXT NOT NULL UNIQUE CHECK (length(public_id) = 32),
        user_id          INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_ms       INTEGER NOT NULL,
        last_seen_ms     INTEGER NOT NULL,
        method           TEXT NOT NULL DEFAULT 'PASSWORD' CHECK (method IN
                           ('PASSWORD', 'PASSWORD_TOTP', 'PASSWORD_PASSKEY', 'PASSWORD_RECOVERY_CODE', 'PASSKEY', 'OIDC')),
        provider         TEXT CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 60),
        client           TEXT CHECK (client IS NULL OR length(client) BETWEEN 1 AND 120),
        address          TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 60),
        stage            TEXT NOT NULL DEFAULT 'FULL' CHECK (stage IN ('FULL', 'SECOND_FACTOR', 'ENROL')),
        factor_failures  INTEGER NOT NULL DEFAULT 0 CHECK (factor_failures >= 0),
        CHECK ((method = 'OIDC') = (provider IS NOT NULL))
      ) STRICT;
      INSERT INTO session_new (token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider, client, address)
        SELECT token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider, client, address FROM session;
      DROP TABLE session;
      ALTER TABLE session_new RENAME TO session;
      CREATE INDEX session_user ON session (user_id);

      CREATE TABLE user_totp (
        user_id     INTEGER PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        secret      BLOB NOT NULL CHECK (length(secret) BETWEEN 29 AND 200),
        confirmed   INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
        last_step   INTEGER,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recovery_code (
        user_id    INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash  TEXT NOT NULL CHECK (length(code_hash) = 64),
        used_at    TEXT,
        PRIMARY KEY (user_id, code_hash)
      ) STRICT;
    `,
  },
  {
    version: 11,
    name: 'passkeys: WebAuthn credentials as a second factor, and the challenges they answer',
    // A passkey is a public key the user's authenticator made for this site: `credential_id` as
    // the browser names it (base64url), the COSE public key, the signature counter (0 for
    // authenticators that keep none), the transports the browser reported (JSON array) and a name
    // the user chose. A challenge is the random value one registration or sign-in must sign: one
    // per session and purpose, taken (deleted) by the answer that uses it, pruned when old.
    sql: `
      CREATE TABLE passkey (
        id             INTEGER PRIMARY KEY,
        user_id        INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        credential_id  TEXT NOT NULL UNIQUE CHECK (length(credential_id) BETWEEN 16 AND 1400),
        public_key     BLOB NOT NULL CHECK (length(public_key) BETWEEN 16 AND 2048),
        counter        INTEGER NOT NULL CHECK (counter >= 0),
        transports     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(transports)),
        name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        backed_up      INTEGER NOT NULL CHECK (backed_up IN (0, 1)),
        created_at     TEXT NOT NULL,
        last_used_at   TEXT
      ) STRICT;
      CREATE INDEX passkey_user ON passkey (user_id);
      CREATE TABLE webauthn_challenge (
        session_hash  TEXT NOT NULL,
        purpose       TEXT NOT NULL CHECK (purpose IN ('REGISTER', 'AUTHENTICATE')),
        challenge     TEXT NOT NULL CHECK (length(challenge) BETWEEN 16 AND 200),
        created_ms    INTEGER NOT NULL,
        PRIMARY KEY (session_hash, purpose)
      ) STRICT;
    `,
  },
  {
    version: 12,
    name: 'single sign-on: the identity of a user at their OpenID provider; sign-ins under way',
    // A user of single sign-on is found by (provider, sub), never by name: names can change or be
    // reused at the provider, `sub` is stable per provider. Both or neither; local accounts keep NULL.
    // `oidc_request` holds a sign-in between the redirect to the provider and its return, keyed by
    // the SHA-256 of its state (the browser's cookie holds the state), used once and only for 10
    // minutes: several servers can share it, and nothing of it lives in a server's memory.
    sql: `
      ALTER TABLE app_user ADD COLUMN oidc_provider TEXT CHECK (oidc_provider IS NULL OR length(oidc_provider) BETWEEN 1 AND 60);
      ALTER TABLE app_user ADD COLUMN oidc_subject TEXT
        CHECK ((oidc_provider IS NULL) = (oidc_subject IS NULL) AND (oidc_subject IS NULL OR length(oidc_subject) BETWEEN 1 AND 255));
      CREATE UNIQUE INDEX app_user_oidc ON app_user (oidc_provider, oidc_subject) WHERE oidc_provider IS NOT NULL;
      CREATE TABLE oidc_request (
        state_hash     TEXT PRIMARY KEY CHECK (length(state_hash) = 64),
        provider       TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 60),
        nonce          TEXT NOT NULL CHECK (length(nonce) BETWEEN 16 AND 200),
        code_verifier  TEXT NOT NULL CHECK (length(code_verifier) BETWEEN 43 AND 128),
        return_to      TEXT NOT NULL CHECK (length(return_to) BETWEEN 1 AND 500),
        created_ms     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX oidc_request_created ON oidc_request (created_ms);
    `,
  },
  {
    version: 13,
    name: 'rate limits: the counts of requests per address and window, shared by every server on the database',
    // One row per limiter and client address (`key`, e.g. "login:192.0.2.7"): how many requests
    // came in the current window and when it ends. Kept in the database, not in a server's memory,
    // so that several servers behind one address count together. Rows past their window are pruned.
    sql: `
      CREATE TABLE rate_limit (
        key       TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
        hits      INTEGER NOT NULL CHECK (hits >= 0),
        reset_ms  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rate_limit_reset ON rate_limit (reset_ms);
    `,
  },
  {
    version: 14,
    name: 'explanations: a short text on one figure at one count date, by the ZVH or a municipality',
    // One explanation per figure (an indicator code), count date, municipality (NULL: the region's
    // figure) and knowledge domain (only CASES_PER_DOMAIN has one). No foreign key to the count:
    // a count that an import replaces keeps its explanations; reads show only those whose count
    // date exists. `version` counts edits: an edit or removal names the version it read, so two
    // people editing at once cannot overwrite each other unseen.
    sql: `
      CREATE TABLE explanation (
        id                 INTEGER PRIMARY KEY,
        region_code        TEXT NOT NULL REFERENCES region (code),
        peildatum          TEXT NOT NULL CHECK (peildatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        figure             TEXT NOT NULL CHECK (length(figure) BETWEEN 1 AND 40 AND figure NOT GLOB '*[^A-Z0-9_]*'),
        municipality_code  TEXT,
        domain_code        TEXT REFERENCES knowledge_domain (code),
        text               TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        author             TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        updated_by         TEXT,
        version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        FOREIGN KEY (region_code, municipality_code) REFERENCES municipality (region_code, code)
      ) STRICT;
      CREATE UNIQUE INDEX explanation_identity
        ON explanation (region_code, peildatum, figure, ifnull(municipality_code, ''), ifnull(domain_code, ''));
    `,
  },
  {
    version: 15,
    name: 'flows: new and closed cases per month, municipality and knowledge domain, with throughput times and the norm',
    // One month of flows is one unit that an import replaces whole and a version keeps, as a
    // count date is. The norm in days (the ZVH's own, e.g. 56 days to close a case) is the
    // month's, next to its figures: "closed within the norm" means nothing without the norm it
    // was counted against, and a norm that changes must not rewrite earlier months. NULL when the
    // file reported no closed-within-norm figures. Rows as caseload_count: a municipality's (or
    // the unspecified cases') total has no domain; rows with a domain break it down; 'region' rows
    // are the region's stated figures (its median and 80th percentile cannot be computed from
    // the municipalities'). Median and 80th percentile in days, NULL when not reported.
    // data_version is rebuilt to let its kind be FLOWS (a CHECK cannot be altered in SQLite).
    sql: `
      CREATE TABLE flow_month (
        region_code  TEXT NOT NULL REFERENCES region (code),
        month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        inflow       INTEGER NOT NULL CHECK (inflow >= 0),
        norm_days    INTEGER CHECK (norm_days IS NULL OR norm_days BETWEEN 1 AND 3650),
        source_id    INTEGER NOT NULL REFERENCES source (id),
        PRIMARY KEY (region_code, month)
      ) STRICT;

      CREATE TABLE flow_count (
        region_code         TEXT NOT NULL,
        month               TEXT NOT NULL,
        scope               TEXT NOT NULL CHECK (scope IN ('municipality', 'unspecified', 'region')),
        municipality_code   TEXT,
        domain_code         TEXT REFERENCES knowledge_domain (code),
        inflow              INTEGER NOT NULL CHECK (inflow >= 0),
        outflow             INTEGER NOT NULL CHECK (outflow >= 0),
        closed_within_norm  INTEGER CHECK (closed_within_norm IS NULL OR closed_within_norm BETWEEN 0 AND outflow),
        median_days         REAL CHECK (median_days IS NULL OR median_days >= 0),
        p80_days            REAL CHECK (p80_days IS NULL OR p80_days >= 0),
        CHECK ((scope = 'municipality') = (municipality_code IS NOT NULL)),
        CHECK (median_days IS NULL OR p80_days IS NULL OR p80_days >= median_days),
        FOREIGN KEY (region_code, month) REFERENCES flow_month (region_code, month) ON DELETE CASCADE,
        FOREIGN KEY (region_code, municipality_code) REFERENCES municipality (region_code, code)
      ) STRICT;
      CREATE UNIQUE INDEX flow_count_identity
        ON flow_count (region_code, month, scope, ifnull(municipality_code, ''), ifnull(domain_code, ''));

      CREATE TABLE data_version_v15 (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING', 'FLOWS')),
        region_code  TEXT REFERENCES region (code),
        key          TEXT NOT NULL,
        replaced_at  TEXT NOT NULL,
        replaced_by  TEXT,
        rows         INTEGER NOT NULL,
        total        INTEGER,
        payload      TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((kind = 'FUNDING') = (region_code IS NULL))
      ) STRICT;
      INSERT INTO data_version_v15 (id, kind, region_code, key, replaced_at, replaced_by, rows, total, payload)
        SELECT id, kind, region_code, key, replaced_at, replaced_by, rows, total, payload FROM data_version;
      DROP TABLE data_version;
      ALTER TABLE data_version_v15 RENAME TO data_version;
      CREATE INDEX data_version_key ON data_version (region_code, kind, key, id);
      CREATE TRIGGER data_version_no_update BEFORE UPDATE ON data_version
        BEGIN SELECT RAISE(ABORT, 'data_version is append-only'); END;
    `,
  },
];

-- RoleCall IAM store, schema 1. Every lookup the service does per request is a primary-key or unique-index
-- probe (access key -> key row, entity by account+kind+name or by id, policy by ARN, MFA serial, session key),
-- so its cost is O(log n) however many entities exist. Entity rows keep the full record as JSON in `data`;
-- the other columns exist to be indexed.
CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY,
    data       TEXT NOT NULL
) WITHOUT ROWID;

-- Users, groups and roles (kind 0, 1, 2). Names are unique per account and kind, case-insensitively as in IAM.
CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    kind       INTEGER NOT NULL,
    name       TEXT NOT NULL COLLATE NOCASE,
    path       TEXT NOT NULL,
    data       TEXT NOT NULL
);
CREATE UNIQUE INDEX entities_by_name ON entities (account_id, kind, name);

-- Reverse indexes kept in step with the entity JSON in the same transaction.
CREATE TABLE group_members (
    group_id TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_user ON group_members (user_id);

CREATE TABLE attachments (
    policy_arn TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    account_id TEXT NOT NULL,
    PRIMARY KEY (policy_arn, account_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX attachments_by_entity ON attachments (entity_id);

CREATE TABLE boundaries (
    policy_arn TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    account_id TEXT NOT NULL,
    PRIMARY KEY (policy_arn, account_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX boundaries_by_entity ON boundaries (entity_id);

-- Customer managed policies, versions inside `data` (at most 5). Names unique per account.
CREATE TABLE policies (
    arn        TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name       TEXT NOT NULL COLLATE NOCASE,
    path       TEXT NOT NULL,
    data       TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX policies_by_name ON policies (account_id, name);

-- Long-term keys; user_id NULL = the account's root.
CREATE TABLE access_keys (
    access_key_id TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL,
    user_id       TEXT,
    data          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX access_keys_by_owner ON access_keys (account_id, user_id);

-- Virtual MFA devices; last_step is the newest accepted TOTP step (replay protection), updated atomically.
CREATE TABLE mfa_devices (
    serial     TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    last_step  INTEGER,
    data       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX mfa_devices_by_account ON mfa_devices (account_id);

-- STS temporary credentials (ASIA keys); expiration in Unix seconds for the purge.
CREATE TABLE sessions (
    access_key_id TEXT PRIMARY KEY,
    expiration    INTEGER NOT NULL,
    data          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_expiration ON sessions (expiration);

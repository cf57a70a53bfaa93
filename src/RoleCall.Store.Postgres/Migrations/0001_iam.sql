-- RoleCall IAM store over PostgreSQL, schema 1: the same tables as the SQLite store (records as JSON in
-- `data`, the other columns exist to be indexed). Every per-request lookup is a primary-key or unique-index
-- probe. Names are unique per account and kind case-insensitively, as in IAM: `name_key` is the ASCII-lowered
-- name (IAM names are ASCII), unique and the sort key of listings, in byte order whatever the database's
-- collation (COLLATE "C"), the order the SQLite store's NOCASE column gives.
CREATE TABLE iam_accounts (
    account_id text PRIMARY KEY,
    data       text NOT NULL
);

-- Users, groups and roles (kind 0, 1, 2); version is bumped on every update.
CREATE TABLE iam_entities (
    id         text PRIMARY KEY,
    account_id text NOT NULL,
    kind       integer NOT NULL,
    name       text NOT NULL,
    name_key   text COLLATE "C" NOT NULL,
    path       text COLLATE "C" NOT NULL,
    version    bigint NOT NULL DEFAULT 0,
    data       text NOT NULL
);
CREATE UNIQUE INDEX iam_entities_by_name ON iam_entities (account_id, kind, name_key);

-- Reverse indexes kept in step with the entity JSON in the same transaction.
CREATE TABLE iam_group_members (
    group_id text NOT NULL,
    user_id  text NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX iam_group_members_by_user ON iam_group_members (user_id);

CREATE TABLE iam_attachments (
    policy_arn text NOT NULL,
    entity_id  text NOT NULL,
    account_id text NOT NULL,
    PRIMARY KEY (policy_arn, account_id, entity_id)
);
CREATE INDEX iam_attachments_by_entity ON iam_attachments (entity_id);

CREATE TABLE iam_boundaries (
    policy_arn text NOT NULL,
    entity_id  text NOT NULL,
    account_id text NOT NULL,
    PRIMARY KEY (policy_arn, account_id, entity_id)
);
CREATE INDEX iam_boundaries_by_entity ON iam_boundaries (entity_id);

-- Customer managed policies, versions inside `data`. Names unique per account, case-insensitively.
CREATE TABLE iam_policies (
    arn        text PRIMARY KEY,
    account_id text NOT NULL,
    name       text NOT NULL,
    name_key   text COLLATE "C" NOT NULL,
    path       text COLLATE "C" NOT NULL,
    data       text NOT NULL
);
CREATE UNIQUE INDEX iam_policies_by_name ON iam_policies (account_id, name_key);

-- Long-term keys; user_id NULL = the account's root. Secrets in `data` are sealed (PostgresSecretSealer).
CREATE TABLE iam_access_keys (
    access_key_id text PRIMARY KEY,
    account_id    text NOT NULL,
    user_id       text,
    data          text NOT NULL
);
CREATE INDEX iam_access_keys_by_owner ON iam_access_keys (account_id, user_id);

-- Virtual MFA devices; last_step is the newest accepted TOTP step (replay protection), updated atomically.
CREATE TABLE iam_mfa_devices (
    serial     text PRIMARY KEY,
    account_id text NOT NULL,
    last_step  bigint,
    data       text NOT NULL
);
CREATE INDEX iam_mfa_devices_by_account ON iam_mfa_devices (account_id);

-- STS temporary credentials (ASIA keys); expiration in Unix seconds for the background purge.
CREATE TABLE iam_sessions (
    access_key_id text PRIMARY KEY,
    expiration    bigint NOT NULL,
    data          text NOT NULL
);
CREATE INDEX iam_sessions_by_expiration ON iam_sessions (expiration);

-- One sealed probe value: a replica whose key does not open it refuses to start (a different key file).
CREATE TABLE rolecall_secret_check (
    id     integer PRIMARY KEY CHECK (id = 1),
    sealed text NOT NULL
);

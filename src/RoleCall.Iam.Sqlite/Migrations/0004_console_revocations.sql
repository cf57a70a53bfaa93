-- Console IDs (browser sessions, sign-in tokens, half-finished sign-ins) that ended before they lapsed: a
-- sign-out, or a one-time token already redeemed. A row lives until `expires`, when the ID is refused anyway.
CREATE TABLE console_revocations (
    id      TEXT NOT NULL PRIMARY KEY,
    expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX console_revocations_by_expiry ON console_revocations (expires);

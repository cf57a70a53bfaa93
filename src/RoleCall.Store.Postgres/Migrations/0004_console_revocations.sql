-- Console IDs (browser sessions, sign-in tokens, half-finished sign-ins) that ended before they lapsed: a
-- sign-out on one replica, or a one-time token already redeemed, is refused on every replica. A row lives
-- until `expires`, when the ID is refused anyway.
CREATE TABLE iam_console_revocations (
    id      text PRIMARY KEY,
    expires bigint NOT NULL
);
CREATE INDEX iam_console_revocations_by_expiry ON iam_console_revocations (expires);

-- STS sessions move from a WITHOUT ROWID table to an ordinary rowid table with a unique index on the key ID.
-- A WITHOUT ROWID table keeps whole rows in its B-tree, interior pages included; a session row is most of
-- a kilobyte of JSON, so only a few fit a 4 KiB page: 100,000 sessions made a tree ~8 levels deep, every
-- insert split pages and every lookup after a write re-read each level. Here the key index holds ~130 keys
-- per page and the rows sit in rowid order (inserts append), so both stay about 3 levels deep.
CREATE TABLE sessions_by_rowid (
    access_key_id TEXT NOT NULL PRIMARY KEY,
    expiration    INTEGER NOT NULL,
    data          TEXT NOT NULL
);
INSERT INTO sessions_by_rowid (access_key_id, expiration, data) SELECT access_key_id, expiration, data FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_by_rowid RENAME TO sessions;
CREATE INDEX sessions_by_expiration ON sessions (expiration);

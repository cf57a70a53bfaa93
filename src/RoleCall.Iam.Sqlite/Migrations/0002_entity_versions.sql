-- A row version bumped on every update, so readers can reuse the record they deserialized before by
-- (id, version) without reading or hashing the JSON in `data` (listings read 100 rows per page).
ALTER TABLE entities ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

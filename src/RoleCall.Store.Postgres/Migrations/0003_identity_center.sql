-- Identity Center's items, the same table as the SQLite store's identitycenter.db: one row per item, its
-- kind, ID, scope and unique name as columns, the record itself as JSON. `name_key` is the ASCII-lowered
-- unique name (SQLite's NOCASE), so the partial unique index enforces "unique within kind and scope,
-- case-insensitively"; listings are ordered by ID in byte order (COLLATE "C"), as SQLite orders them.
CREATE TABLE ic_items (
    kind     text NOT NULL,
    id       text COLLATE "C" NOT NULL,
    scope    text NOT NULL,
    name_key text,
    data     text NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE UNIQUE INDEX ic_items_by_name ON ic_items (kind, scope, name_key) WHERE name_key IS NOT NULL;
CREATE INDEX ic_items_by_scope ON ic_items (kind, scope, id);

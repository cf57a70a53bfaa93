-- S3's metadata, shared by every replica: the same tables as the SQLite store's s3.db. The bodies are files in
-- the directory every replica mounts (S3/SharedBodyDirectory), named here by id. Keys and bucket names sort
-- as UTF-8 bytes (COLLATE "C"), S3's listing order. Times are Unix milliseconds; headers, tags and checksums
-- are JSON text, as in SQLite.
--
-- The database, not one replica's lock, decides races: bucket names are unique across accounts (the primary
-- key); an object or upload cannot name a bucket that is gone, nor a part an upload that is gone (foreign keys,
-- on top of the row locks the store takes), so DeleteBucket racing PutObject ends in BucketNotEmpty or in a
-- refused put, never in an object without its bucket.
CREATE TABLE s3_buckets (
    name    text COLLATE "C" PRIMARY KEY,
    owner   text NOT NULL,
    region  text NOT NULL,
    created bigint NOT NULL,
    policy  text,
    tags    text
);
CREATE INDEX s3_buckets_by_owner ON s3_buckets (owner, name);

-- An object's body: the ids of its body files in order and their sizes (one for PutObject, the parts' bodies
-- for a completed multipart upload).
CREATE TABLE s3_objects (
    bucket    text COLLATE "C" NOT NULL REFERENCES s3_buckets (name),
    key       text COLLATE "C" NOT NULL,
    bodies    text[] NOT NULL,
    sizes     bigint[] NOT NULL,
    size      bigint NOT NULL,
    etag      text NOT NULL,
    modified  bigint NOT NULL,
    headers   text NOT NULL,
    checksums text,
    tags      text,
    PRIMARY KEY (bucket, key)
);

CREATE TABLE s3_uploads (
    id        text PRIMARY KEY,
    bucket    text COLLATE "C" NOT NULL REFERENCES s3_buckets (name),
    key       text COLLATE "C" NOT NULL,
    initiated bigint NOT NULL,
    initiator text NOT NULL,
    headers   text NOT NULL
);
CREATE INDEX s3_uploads_by_bucket ON s3_uploads (bucket, key, initiated);

CREATE TABLE s3_parts (
    upload   text NOT NULL REFERENCES s3_uploads (id),
    number   integer NOT NULL,
    body     text NOT NULL,
    size     bigint NOT NULL,
    etag     text NOT NULL,
    modified bigint NOT NULL,
    PRIMARY KEY (upload, number)
);

-- The identity of the body directory the fleet uses: written into the directory by the first replica; a replica
-- whose directory does not carry it refuses to start (its objects' bodies would be missing elsewhere).
CREATE TABLE s3_body_directory (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    id       text NOT NULL
);

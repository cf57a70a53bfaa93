-- One change counter per cache channel (rolecall_iam, rolecall_ec2): every write to a cached table bumps its
-- channel's row in the write's own transaction and NOTIFYs the new value. A replica that lost a notification
-- (a half-open listening connection, a pooler that does not forward NOTIFY) still finds its cache outdated by
-- reading this row, which it does at most every few tens of milliseconds while serving from the cache
-- (ChangeListener, VersionCheck). A channel with no row yet counts as version 0; its first write inserts it.
CREATE TABLE rolecall_changes (
    channel text PRIMARY KEY,
    version bigint NOT NULL
);
INSERT INTO rolecall_changes (channel, version) VALUES ('rolecall_iam', 0), ('rolecall_ec2', 0);

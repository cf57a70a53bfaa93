-- EC2 state per account and region, the same tables as the SQLite store's ec2.db: the default network (VPC +
-- subnets) and the instances, as JSON records. Launch order comes from a sequence, so replicas launching at
-- once still number their instances uniquely and in order.
CREATE TABLE ec2_networks (
    account_id text NOT NULL,
    region     text NOT NULL,
    data       text NOT NULL,
    PRIMARY KEY (account_id, region)
);

CREATE TABLE ec2_instances (
    account_id  text NOT NULL,
    region      text NOT NULL,
    instance_id text NOT NULL,
    seq         bigint NOT NULL,
    data        text NOT NULL,
    PRIMARY KEY (account_id, region, instance_id)
);

CREATE INDEX ec2_instances_by_seq ON ec2_instances (account_id, region, seq);

CREATE SEQUENCE ec2_instance_seq;

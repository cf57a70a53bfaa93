-- EC2 state per account and region: the default network (VPC + subnets) and the instances, as JSON records.
CREATE TABLE ec2_networks (
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (account_id, region)
);

CREATE TABLE ec2_instances (
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (account_id, region, instance_id)
);

CREATE INDEX ec2_instances_by_seq ON ec2_instances (account_id, region, seq);

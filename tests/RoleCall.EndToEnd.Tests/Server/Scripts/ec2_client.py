"""boto3 as a judge of rolecall serve's EC2: prints one JSON object of facts for the C# test to check.

Modes:
  lifecycle  run instances with tags, describe them (paginator, filters), stop/start/terminate, tags, catalogs
  errors     the error code and HTTP status of each bad input
  authorization  an IAM user's EC2 policy enforced: DryRun, UnauthorizedOperation with its encoded message
                 (decoded by STS), ec2:InstanceType, ec2:ResourceTag/K, aws:RequestedRegion
"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

ec2 = boto3.client("ec2", region_name="us-east-1")


def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                "message": e.response["Error"]["Message"]}
    return {"code": None}


def lifecycle():
    image = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}])["Images"][0]["ImageId"]
    run = ec2.run_instances(ImageId=image, InstanceType="t3.micro", MinCount=3, MaxCount=3,
                            TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "team", "Value": "blue"}]}])
    ids = [i["InstanceId"] for i in run["Instances"]]
    pages = list(ec2.get_paginator("describe_instances").paginate(PaginationConfig={"PageSize": 5}))
    tagged = ec2.describe_instances(Filters=[{"Name": "tag:team", "Values": ["blue"]}])
    ec2.create_tags(Resources=[ids[0]], Tags=[{"Key": "env", "Value": "dev"}])
    tags = ec2.describe_tags(Filters=[{"Name": "resource-id", "Values": [ids[0]]}])["Tags"]
    terminated = ec2.terminate_instances(InstanceIds=[ids[2]])["TerminatingInstances"][0]
    vpcs = ec2.describe_vpcs()["Vpcs"]
    subnets = ec2.describe_subnets()["Subnets"]
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    regions = ec2.describe_regions()["Regions"]
    instance = tagged["Reservations"][0]["Instances"][0]
    print(json.dumps({
        "ids": ids,
        "reservationCount": len(tagged["Reservations"]),
        "taggedIds": [i["InstanceId"] for r in tagged["Reservations"] for i in r["Instances"]],
        "pagedIds": [i["InstanceId"] for p in pages for r in p["Reservations"] for i in r["Instances"]],
        "state": instance["State"],
        "launchTimeIsDatetime": type(instance["LaunchTime"]).__name__ == "datetime",
        "vpcMatches": instance["VpcId"] == vpcs[0]["VpcId"],
        "subnetInVpc": instance["SubnetId"] in [s["SubnetId"] for s in subnets],
        "tags": sorted(f"{t['Key']}={t['Value']}" for t in tags),
        "terminating": [terminated["PreviousState"]["Name"], terminated["CurrentState"]["Name"]],
        "zoneCount": len(zones),
        "subnetCount": len(subnets),
        "regionNames": sorted(r["RegionName"] for r in regions),
        "isDefault": vpcs[0]["IsDefault"],
    }))


def errors():
    print(json.dumps({
        "unknownInstance": error_of(ec2.describe_instances, InstanceIds=["i-0123456789abcdef0"]),
        "malformedInstance": error_of(ec2.describe_instances, InstanceIds=["web-1"]),
        "invalidFilter": error_of(ec2.describe_instances, Filters=[{"Name": "no-such-filter", "Values": ["x"]}]),
        "unknownImage": error_of(ec2.run_instances, ImageId="ami-0123456789abcdef0", MinCount=1, MaxCount=1),
        "badType": error_of(ec2.run_instances, ImageId=ec2.describe_images()["Images"][0]["ImageId"], InstanceType="t9.huge", MinCount=1, MaxCount=1),
        "dryRun": error_of(ec2.describe_instances, DryRun=True),
    }))


POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["ec2:Describe*", "sts:DecodeAuthorizationMessage"], "Resource": "*"},
        {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": ["arn:aws:ec2:*::image/*", "arn:aws:ec2:*:*:subnet/*"]},
        {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "arn:aws:ec2:*:*:instance/*",
         "Condition": {"StringEquals": {"ec2:InstanceType": "t3.micro"}}},
        {"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "arn:aws:ec2:*:*:instance/*",
         "Condition": {"StringEquals": {"ec2:ResourceTag/owner": "${aws:username}"}}},
        {"Effect": "Deny", "Action": "ec2:*", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:RequestedRegion": "us-east-1"}}},
    ],
}


def authorization():
    iam = boto3.client("iam", region_name="us-east-1")
    iam.create_user(UserName="demo-user")
    iam.put_user_policy(UserName="demo-user", PolicyName="ec2", PolicyDocument=json.dumps(POLICY))
    iam.create_user(UserName="nobody")
    keys = iam.create_access_key(UserName="demo-user")["AccessKey"]
    none = iam.create_access_key(UserName="nobody")["AccessKey"]
    image = ec2.describe_images()["Images"][0]["ImageId"]
    mine = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro",
                             TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "owner", "Value": "demo-user"}]}])["Instances"][0]["InstanceId"]
    theirs = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro",
                               TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "owner", "Value": "ann"}]}])["Instances"][0]["InstanceId"]

    def client(service, key, region="us-east-1"):
        return boto3.client(service, region_name=region, aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])

    demo = client("ec2", keys)
    denied = error_of(demo.run_instances, ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.small")
    encoded = denied["message"].split("Encoded authorization failure message: ")[-1]
    decoded = json.loads(client("sts", keys).decode_authorization_message(EncodedMessage=encoded)["DecodedMessage"])
    conditions = {c["key"]: [v["value"] for v in c["values"]["items"]] for c in decoded["context"]["conditions"]["items"]}
    print(json.dumps({
        "describe": len(demo.describe_instances()["Reservations"]),
        "allowedDryRun": error_of(demo.run_instances, ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", DryRun=True),
        "deniedDryRun": error_of(demo.run_instances, ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.small", DryRun=True),
        "denied": denied,
        "decodedAllowed": decoded["allowed"],
        "decodedAction": decoded["context"]["action"],
        "decodedResource": decoded["context"]["resource"],
        "decodedInstanceType": conditions.get("ec2:InstanceType"),
        "terminateTheirs": error_of(demo.terminate_instances, InstanceIds=[theirs]),
        "terminateMine": demo.terminate_instances(InstanceIds=[mine])["TerminatingInstances"][0]["CurrentState"]["Name"],
        "otherRegion": error_of(client("ec2", keys, "eu-west-1").describe_instances),
        "nobody": error_of(client("ec2", none).describe_instances),
        "nobodyDecode": error_of(client("sts", none).decode_authorization_message, EncodedMessage=encoded),
    }))


{"lifecycle": lifecycle, "errors": errors, "authorization": authorization}[sys.argv[1]]()

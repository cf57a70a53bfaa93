"""boto3 as a judge of rolecall serve's EC2: prints one JSON object of facts for the C# test to check.

Modes:
  lifecycle  run instances with tags, describe them (paginator, filters), stop/start/terminate, tags, catalogs
  errors     the error code and HTTP status of each bad input
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


{"lifecycle": lifecycle, "errors": errors}[sys.argv[1]]()

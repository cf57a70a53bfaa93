"""Helpers for bench/load/run.sh: seed a server with entities and presign one request per scenario.

A scenario is one AWS Query call replayed by wrk as a presigned GET (valid for 7 days, so wrk can repeat
it unchanged). To add one (e.g. sts GetCallerIdentity or AssumeRole), add an entry to SCENARIOS; its
optional setup runs once against the server before the request is presigned.

    python3 loadkit.py seed --roles 1000            # creates bench-user and N roles (idempotent)
    python3 loadkit.py url iam-GetUser              # prints the presigned URL

Endpoint and keys come from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
"""
import json
import os
import sys
from urllib.parse import urlencode

import boto3
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]})
IAM_VERSION = "2010-05-08"
STS_VERSION = "2011-06-15"


def client(service):
    return boto3.client(service, region_name="us-east-1", endpoint_url=os.environ["AWS_ENDPOINT_URL"])


def ensure_user():
    try:
        client("iam").create_user(UserName="bench-user")
    except ClientError as e:
        if e.response["Error"]["Code"] != "EntityAlreadyExists":
            raise


# name -> (signing service, query parameters, setup or None)
SCENARIOS = {
    "iam-GetUser": ("iam", {"Action": "GetUser", "Version": IAM_VERSION, "UserName": "bench-user"}, ensure_user),
    "iam-ListRoles": ("iam", {"Action": "ListRoles", "Version": IAM_VERSION}, None),
}


def seed(roles):
    """Creates bench-user and roles bench-role-00000.. up to `roles` in total (existing ones are kept)."""
    ensure_user()
    iam = client("iam")
    existing = sum(len(page["Roles"]) for page in iam.get_paginator("list_roles").paginate())
    for i in range(existing, roles):
        iam.create_role(RoleName=f"bench-role-{i:05d}", AssumeRolePolicyDocument=TRUST)
    print(f"seeded: bench-user and {max(roles, existing)} roles", file=sys.stderr)


def presigned_url(name):
    service, params, setup = SCENARIOS[name]
    if setup:
        setup()
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/")
    request = AWSRequest(method="GET", url=f"{endpoint}/?{urlencode(params)}")
    credentials = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"], os.environ.get("AWS_SESSION_TOKEN"))
    SigV4QueryAuth(credentials, service, "us-east-1", expires=604800).add_auth(request)
    return request.url


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        seed(int(sys.argv[sys.argv.index("--roles") + 1]))
    elif sys.argv[1] == "url":
        print(presigned_url(sys.argv[2]))
    elif sys.argv[1] == "list":
        print(" ".join(SCENARIOS))

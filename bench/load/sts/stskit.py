"""Helpers for bench/load/sts/run.sh: set up an STS scenario on a server and presign its request.

    python3 stskit.py setup            # creates sts-user (+ access key) and sts-role whose trust has a condition;
                                       # prints KEY SECRET of sts-user
    python3 stskit.py url sts-GetCallerIdentity KEY SECRET [TOKEN]
    python3 stskit.py url sts-AssumeRole KEY SECRET
    python3 stskit.py session KEY SECRET   # one AssumeRole; prints KEY SECRET TOKEN of the session

Endpoint and root keys come from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
"""
import json
import os
import sys
from urllib.parse import urlencode

import boto3
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

STS_VERSION = "2011-06-15"
ROLE_ARN = "arn:aws:iam::123456789012:role/sts-role"
USER_ARN = "arn:aws:iam::123456789012:user/sts-user"
# The trusted user, with a condition the engine must evaluate on every call.
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"AWS": USER_ARN}, "Action": "sts:AssumeRole",
    "Condition": {"StringLike": {"sts:RoleSessionName": "bench-*"}, "Bool": {"aws:SecureTransport": "false"}}}]})

SCENARIOS = {
    "sts-GetCallerIdentity": {"Action": "GetCallerIdentity", "Version": STS_VERSION},
    "sts-AssumeRole": {"Action": "AssumeRole", "Version": STS_VERSION, "RoleArn": ROLE_ARN, "RoleSessionName": "bench-session"},
}


def client(service, key=None, secret=None, token=None):
    return boto3.client(service, region_name="us-east-1", endpoint_url=os.environ["AWS_ENDPOINT_URL"],
                        aws_access_key_id=key, aws_secret_access_key=secret, aws_session_token=token)


def setup():
    iam = client("iam")
    iam.create_user(UserName="sts-user")
    key = iam.create_access_key(UserName="sts-user")["AccessKey"]
    iam.create_role(RoleName="sts-role", AssumeRolePolicyDocument=TRUST)
    print(key["AccessKeyId"], key["SecretAccessKey"])


def session(key, secret):
    c = client("sts", key, secret).assume_role(RoleArn=ROLE_ARN, RoleSessionName="bench-probe")["Credentials"]
    print(c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])


def presigned_url(name, key, secret, token=None):
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/")
    request = AWSRequest(method="GET", url=f"{endpoint}/?{urlencode(SCENARIOS[name])}")
    SigV4QueryAuth(Credentials(key, secret, token), "sts", "us-east-1", expires=604800).add_auth(request)
    return request.url


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup()
    elif sys.argv[1] == "session":
        session(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "url":
        print(presigned_url(*sys.argv[2:]))

"""boto3 against `rolecall serve`: the IAM tutorial, the bad-input list and a restart check.

Run by RoleCall.EndToEnd.Tests (Server/Boto3IamTests.cs) with AWS_ENDPOINT_URL, the keys and empty config
files in the environment. Each mode prints one JSON object on stdout; the C# test asserts on it.
"""
import datetime
import json
import os
import sys

import boto3
import botocore.auth
from botocore.exceptions import ClientError

ACCOUNT = "123456789012"
POLICY = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}
TRUST = {"Version": "2012-10-17",
         "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]}


def iam(**kwargs):
    return boto3.client("iam", region_name="us-east-1", **kwargs)


def error_of(call):
    """(code, HTTP status) of a call that must fail; ("no error", 200) when it succeeded."""
    try:
        call()
    except ClientError as e:
        return [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"], e.response["Error"].get("Message", "")]
    return ["no error", 200, ""]


def tutorial():
    client = iam()
    user = client.create_user(UserName="Alice", Path="/staff/", Tags=[{"Key": "team", "Value": "blue"}])["User"]
    policy = client.create_policy(PolicyName="s3-list", PolicyDocument=json.dumps(POLICY))["Policy"]
    client.attach_user_policy(UserName="Alice", PolicyArn=policy["Arn"])
    role = client.create_role(RoleName="user-role", AssumeRolePolicyDocument=json.dumps(TRUST), Description="tutorial")["Role"]
    client.attach_role_policy(RoleName="user-role", PolicyArn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
    client.put_role_policy(RoleName="user-role", PolicyName="inline", PolicyDocument=json.dumps(POLICY))
    key = client.create_access_key(UserName="Alice")["AccessKey"]
    got = client.get_user(UserName="Alice")["User"]
    inline = client.get_role_policy(RoleName="user-role", PolicyName="inline")
    fetched_role = client.get_role(RoleName="user-role")["Role"]
    client.create_role(RoleName="other-role", AssumeRolePolicyDocument=json.dumps(TRUST))
    paged = client.list_roles(MaxItems=1)
    print(json.dumps({
        "userArn": user["Arn"], "userId": user["UserId"], "userPath": user["Path"],
        "createDateIsDatetime": isinstance(user["CreateDate"], datetime.datetime),
        "gotUserTags": got.get("Tags", []),
        "policyArn": policy["Arn"], "policyId": policy["PolicyId"],
        "attached": client.list_attached_user_policies(UserName="Alice")["AttachedPolicies"],
        "roleArn": role["Arn"], "roleId": role["RoleId"], "roleTrust": fetched_role["AssumeRolePolicyDocument"],
        "maxSessionDuration": fetched_role["MaxSessionDuration"],
        "inlineDocument": inline["PolicyDocument"],
        "accessKeyId": key["AccessKeyId"], "secretLength": len(key["SecretAccessKey"]),
        "firstPageTruncated": paged["IsTruncated"], "firstPageHasMarker": "Marker" in paged,
    }))


def bad_input():
    client = iam()
    client.create_user(UserName="Carol")
    client.create_role(RoleName="busy-role", AssumeRolePolicyDocument=json.dumps(TRUST))
    client.attach_role_policy(RoleName="busy-role", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    client.create_access_key(UserName="Carol")
    client.create_access_key(UserName="Carol")
    big = {"Version": "2012-10-17",
           "Statement": [{"Effect": "Allow", "Action": f"s3:GetObject", "Resource": f"arn:aws:s3:::bucket-{i:05d}/*"} for i in range(200)]}
    wrong_secret = iam(aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="wrong" * 8)

    real_now = botocore.auth.get_current_datetime
    results = {
        "wrongSecret": error_of(lambda: wrong_secret.list_users()),
        "duplicateUser": error_of(lambda: client.create_user(UserName="Carol")),
        "duplicateUserOtherCase": error_of(lambda: client.create_user(UserName="CAROL")),
        "oversizePolicy": error_of(lambda: client.create_policy(PolicyName="big", PolicyDocument=json.dumps(big))),
        "thirdAccessKey": error_of(lambda: client.create_access_key(UserName="Carol")),
        "deleteRoleWithPolicies": error_of(lambda: client.delete_role(RoleName="busy-role")),
        "missingUser": error_of(lambda: client.get_user(UserName="Nobody")),
        "badName": error_of(lambda: client.create_user(UserName="bad name!")),
        "malformedPolicy": error_of(lambda: client.create_policy(PolicyName="bad", PolicyDocument="{not json")),
    }
    try:
        botocore.auth.get_current_datetime = lambda *a, **k: real_now(*a, **k) - datetime.timedelta(minutes=20)
        results["skewedClock"] = error_of(lambda: iam().list_users())
    finally:
        botocore.auth.get_current_datetime = real_now
    print(json.dumps(results))


def write_state():
    client = iam()
    client.create_user(UserName="Persisted")
    client.create_role(RoleName="persisted-role", AssumeRolePolicyDocument=json.dumps(TRUST))
    print(json.dumps({"ok": True}))


def read_state():
    client = iam()
    print(json.dumps({
        "user": client.get_user(UserName="Persisted")["User"]["Arn"],
        "role": client.get_role(RoleName="persisted-role")["Role"]["Arn"],
    }))


if __name__ == "__main__":
    {"tutorial": tutorial, "bad-input": bad_input, "write-state": write_state, "read-state": read_state}[sys.argv[1]]()

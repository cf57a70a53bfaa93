"""boto3 as an independent STS client of `rolecall serve` (issue 5): chaining, cross-account, session policies,
GetSessionToken and GetFederationToken. Endpoint and root keys come from the environment (AWS_ENDPOINT_URL,
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY); the second account's root keys from OTHER_ACCESS_KEY_ID/SECRET.
Prints one JSON object of observations; the C# test judges them."""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
ACCOUNT = "123456789012"
OTHER = "210987654321"


def client(service, keys=None):
    kwargs = {"endpoint_url": ENDPOINT, "region_name": "us-east-1"}
    if keys:
        kwargs.update(aws_access_key_id=keys[0], aws_secret_access_key=keys[1], aws_session_token=keys[2] if len(keys) > 2 else None)
    return boto3.client(service, **kwargs)


def error_code(call):
    try:
        call()
        return "OK"
    except ClientError as e:
        return e.response["Error"]["Code"]


def creds(response):
    c = response["Credentials"]
    return (c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])


def trust(principal):
    return json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": principal}, "Action": "sts:AssumeRole"}]})


def allow(actions):
    return json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]})


def main():
    out = {}
    iam = client("iam")
    other_keys = (os.environ["OTHER_ACCESS_KEY_ID"], os.environ["OTHER_SECRET_ACCESS_KEY"])
    other_iam = client("iam", other_keys)

    iam.create_user(UserName="dev")
    iam.put_user_policy(UserName="dev", PolicyName="p", PolicyDocument=allow(["sts:AssumeRole", "sts:GetFederationToken", "iam:List*"]))
    key = iam.create_access_key(UserName="dev")["AccessKey"]
    dev = (key["AccessKeyId"], key["SecretAccessKey"])
    dev_arn = f"arn:aws:iam::{ACCOUNT}:user/dev"

    iam.create_role(RoleName="first", AssumeRolePolicyDocument=trust(dev_arn))
    iam.put_role_policy(RoleName="first", PolicyName="p", PolicyDocument=allow(["sts:AssumeRole", "iam:ListRoles", "iam:ListUsers"]))
    iam.create_role(RoleName="second", AssumeRolePolicyDocument=trust(f"arn:aws:iam::{ACCOUNT}:role/first"), MaxSessionDuration=43200)

    first = client("sts", dev).assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/first", RoleSessionName="one")
    first_sts = client("sts", creds(first))
    out["chain_long"] = error_code(lambda: first_sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/second", RoleSessionName="two", DurationSeconds=7200))
    second = first_sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/second", RoleSessionName="two")
    out["chain_arn"] = client("sts", creds(second)).get_caller_identity()["Arn"]

    narrowed = client("sts", dev).assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/first", RoleSessionName="narrow", Policy=allow(["iam:ListRoles"]))
    out["packed"] = narrowed["PackedPolicySize"]
    out["narrow_list_roles"] = error_code(lambda: client("iam", creds(narrowed)).list_roles())
    out["narrow_list_users"] = error_code(lambda: client("iam", creds(narrowed)).list_users())
    out["wide_list_users"] = error_code(lambda: client("iam", creds(first)).list_users())

    # Cross-account: the other account's role trusts this account; then only the user's policy decides.
    other_iam.create_role(RoleName="cross", AssumeRolePolicyDocument=trust(ACCOUNT))
    other_iam.create_role(RoleName="closed", AssumeRolePolicyDocument=trust(OTHER))
    out["cross_ok"] = client("sts", dev).assume_role(RoleArn=f"arn:aws:iam::{OTHER}:role/cross", RoleSessionName="xa")["AssumedRoleUser"]["Arn"]
    out["cross_closed"] = error_code(lambda: client("sts", dev).assume_role(RoleArn=f"arn:aws:iam::{OTHER}:role/closed", RoleSessionName="xa"))
    iam.create_user(UserName="nobody")
    nk = iam.create_access_key(UserName="nobody")["AccessKey"]
    out["cross_no_identity"] = error_code(lambda: client("sts", (nk["AccessKeyId"], nk["SecretAccessKey"])).assume_role(RoleArn=f"arn:aws:iam::{OTHER}:role/cross", RoleSessionName="xa"))

    token = client("sts", dev).get_session_token(DurationSeconds=900)
    out["session_token_iam"] = error_code(lambda: client("iam", creds(token)).list_roles())
    out["session_token_twice"] = error_code(lambda: client("sts", creds(token)).get_session_token())

    fed = client("sts", dev).get_federation_token(Name="visitor")
    out["federated_arn"] = fed["FederatedUser"]["Arn"]
    out["federated_identity"] = client("sts", creds(fed)).get_caller_identity()["Arn"]
    out["federated_iam"] = error_code(lambda: client("iam", creds(fed)).list_roles())
    out["access_key_account"] = client("sts").get_access_key_info(AccessKeyId=other_keys[0])["Account"]
    out["bad_token"] = error_code(lambda: client("sts", (first["Credentials"]["AccessKeyId"], first["Credentials"]["SecretAccessKey"], "bogus")).get_caller_identity())
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

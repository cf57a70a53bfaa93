"""boto3 alternating between two `rolecall serve` replicas over one PostgreSQL database.

Run by RoleCall.EndToEnd.Tests (Replicas/TwoReplicaTests.cs): replica A's URL in AWS_ENDPOINT_URL, replica B's
as the second argument, the root keys in the environment. Each mode prints one JSON object on stdout.
"""
import base64
import hashlib
import hmac
import json
import os
import struct
import sys
import threading
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ACCOUNT = "123456789012"
B = sys.argv[2]


def client(service, endpoint=None, key=None):
    kwargs = {"region_name": "us-east-1"}
    if endpoint:
        kwargs["endpoint_url"] = endpoint
    if key:
        kwargs.update(aws_access_key_id=key[0], aws_secret_access_key=key[1])
        if len(key) > 2:
            kwargs["aws_session_token"] = key[2]
    return boto3.client(service, **kwargs)


def code(seed, step):
    """RFC 6238 (SHA-1, 6 digits, 30 s), as an authenticator app computes it."""
    digest = hmac.new(base64.b32decode(seed), struct.pack(">q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return "ok"


def tutorial():
    a, b = client("iam"), client("iam", B)
    out = {}
    created = a.create_user(UserName="Alice")["User"]
    out["userSeenOnB"] = b.get_user(UserName="alice")["User"]["UserId"] == created["UserId"]
    policy = b.create_policy(PolicyName="self-service", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["iam:GetUser", "sts:AssumeRole"], "Resource": "*"}]}))["Policy"]
    a.attach_user_policy(UserName="Alice", PolicyArn=policy["Arn"])
    key = b.create_access_key(UserName="Alice")["AccessKey"]
    alice_key = (key["AccessKeyId"], key["SecretAccessKey"])
    out["aliceOnA"] = client("iam", key=alice_key).get_user()["User"]["Arn"]

    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": created["Arn"]}, "Action": "sts:AssumeRole",
                                                     "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
    b.create_role(RoleName="app-role", AssumeRolePolicyDocument=json.dumps(trust))
    out["roleSeenOnA"] = a.get_role(RoleName="app-role")["Role"]["Arn"]

    device = a.create_virtual_mfa_device(VirtualMFADeviceName="alice")["VirtualMFADevice"]
    seed = device["Base32StringSeed"].decode() if isinstance(device["Base32StringSeed"], bytes) else device["Base32StringSeed"]
    step = int(time.time()) // 30
    b.enable_mfa_device(UserName="Alice", SerialNumber=device["SerialNumber"], AuthenticationCode1=code(seed, step - 1), AuthenticationCode2=code(seed, step))

    role_arn = f"arn:aws:iam::{ACCOUNT}:role/app-role"
    out["withoutMfaOnB"] = error_code(lambda: client("sts", B, alice_key).assume_role(RoleArn=role_arn, RoleSessionName="app"))
    creds = client("sts", key=alice_key).assume_role(RoleArn=role_arn, RoleSessionName="app", SerialNumber=device["SerialNumber"],
                                                     TokenCode=code(seed, step + 1))["Credentials"]
    # The same code again, on the other replica: a replay, refused.
    out["replayedCodeOnB"] = error_code(lambda: client("sts", B, alice_key).assume_role(
        RoleArn=role_arn, RoleSessionName="app2", SerialNumber=device["SerialNumber"], TokenCode=code(seed, step + 1)))
    session = (creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    out["sessionOnB"] = client("sts", B, session).get_caller_identity()["Arn"]

    # Deactivated on A: refused on B at once.
    a.update_access_key(UserName="Alice", AccessKeyId=alice_key[0], Status="Inactive")
    out["inactiveKeyOnB"] = error_code(lambda: client("iam", B, alice_key).get_user())
    out["usersOnB"] = [u["UserName"] for u in b.list_users()["Users"]]
    return out


def race(call_a, call_b):
    """Runs the two calls at the same moment; their outcomes (error code or "ok")."""
    barrier = threading.Barrier(2)
    results = [None, None]

    def run(i, call):
        barrier.wait()
        results[i] = error_code(call)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate((call_a, call_b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results)


def races():
    a, b = client("iam"), client("iam", B)
    out = {"createUser": [race(lambda n=n: a.create_user(UserName=n), lambda n=n: b.create_user(UserName=n.upper())) for n in
                          [f"racer{i}" for i in range(10)]]}
    a.create_user(UserName="keyholder")
    a.create_access_key(UserName="keyholder")
    out["thirdKey"] = race(lambda: a.create_access_key(UserName="keyholder"), lambda: b.create_access_key(UserName="keyholder"))
    out["keysAfter"] = len(b.list_access_keys(UserName="keyholder")["AccessKeyMetadata"])
    return out


def delete_races(rounds=40):
    """DeleteRole on A racing AttachRolePolicy on B, `rounds` times, each on a fresh role: the outcomes, and what
    both replicas then see of the role and of the policy's attachments (a dangling attachment would show there)."""
    a, b = client("iam"), client("iam", B)
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]})
    policy = a.create_policy(PolicyName="raced", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}))["Policy"]["Arn"]
    out = []
    for i in range(rounds):
        name = f"raced-{i}"
        b.create_role(RoleName=name, AssumeRolePolicyDocument=trust)
        barrier = threading.Barrier(2)
        results = {}

        def run(key, call):
            barrier.wait()
            results[key] = error_code(call)

        threads = [threading.Thread(target=run, args=("delete", lambda: a.delete_role(RoleName=name))),
                   threading.Thread(target=run, args=("attach", lambda: b.attach_role_policy(RoleName=name, PolicyArn=policy)))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seen = {}
        for replica, iam in (("A", a), ("B", b)):
            exists = error_code(lambda: iam.get_role(RoleName=name)) == "ok"
            attached = [p["PolicyArn"] for p in iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]] if exists else []
            roles = [r["RoleName"] for r in iam.list_entities_for_policy(PolicyArn=policy)["PolicyRoles"]]
            seen[replica] = {"exists": exists, "attached": attached, "policyRoles": roles,
                             "attachmentCount": iam.get_policy(PolicyArn=policy)["Policy"]["AttachmentCount"]}
        out.append({"delete": results["delete"], "attach": results["attach"], "seen": seen})
        if seen["A"]["exists"]:
            a.detach_role_policy(RoleName=name, PolicyArn=policy)
            a.delete_role(RoleName=name)
    return {"policy": policy, "rounds": out}


def write_load():
    """Creates users through both replicas until the file argv[3] exists (replica A is killed meanwhile); what was acknowledged."""
    stop_file = sys.argv[3]
    config = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=2, read_timeout=10)
    ends = time.monotonic() + 120  # a bound in case the test never asks to stop
    acked = {"A": [], "B": []}
    failures = {"A": [], "B": []}

    def load(name, iam):
        i = 0
        while time.monotonic() < ends and not os.path.exists(stop_file):
            user = f"{name.lower()}-{i}"
            i += 1
            try:
                iam.create_user(UserName=user)
                acked[name].append((time.monotonic(), user))
            except Exception:  # a killed replica fails every way there is: refused, reset, timed out
                failures[name].append(time.monotonic())
                time.sleep(0.01)

    threads = [threading.Thread(target=load, args=("A", boto3.client("iam", region_name="us-east-1", config=config))),
               threading.Thread(target=load, args=("B", boto3.client("iam", region_name="us-east-1", endpoint_url=B, config=config)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    listed = [u["UserName"] for page in client("iam", B).get_paginator("list_users").paginate() for u in page["Users"]]
    return {
        "ackedA": [u for _, u in acked["A"]], "ackedB": [u for _, u in acked["B"]], "listed": listed,
        "failuresA": len(failures["A"]), "failuresB": len(failures["B"]),
    }


if __name__ == "__main__":
    print(json.dumps({"tutorial": tutorial, "race": races, "delete-race": delete_races, "write-load": write_load}[sys.argv[1]]()))

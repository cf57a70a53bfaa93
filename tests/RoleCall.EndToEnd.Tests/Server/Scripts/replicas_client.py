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

    # Deactivated on A: refused on B within 100 ms (issue 15: LISTEN/NOTIFY carries the change to B's cache).
    a.update_access_key(UserName="Alice", AccessKeyId=alice_key[0], Status="Inactive")
    deactivated = time.monotonic()
    on_b = client("iam", B, alice_key)
    while True:
        out["inactiveKeyOnB"] = error_code(lambda: on_b.get_user())
        if out["inactiveKeyOnB"] != "ok" or time.monotonic() - deactivated > 0.1:
            break
    out["usersOnB"] = [u["UserName"] for u in b.list_users()["Users"]]
    return out


def within_100ms(read, expected):
    """Reads until the value is the expected one or 100 ms have passed since the first read; the last value read."""
    started = time.monotonic()
    while True:
        value = read()
        if value == expected or time.monotonic() - started > 0.1:
            return value


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


def s3_tutorial():
    """S3 alternating between the replicas: a bucket made on A and used on B, objects written on one and read on the
    other, a multipart upload whose parts go to both, the bucket policy, races on bucket names, and rb."""
    a, b = client("s3"), client("s3", B)
    bucket = "shared-bucket"
    out = {}
    a.create_bucket(Bucket=bucket)
    out["bucketsOnB"] = [x["Name"] for x in b.list_buckets()["Buckets"]]
    out["createAgainOnB"] = error_code(lambda: b.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}))
    b.put_object(Bucket=bucket, Key="hello.txt", Body=b"hello from B", ContentType="text/plain", Metadata={"from": "b"})
    got = a.get_object(Bucket=bucket, Key="hello.txt")
    out["getOnA"] = [got["Body"].read().decode(), got["ContentType"], got["Metadata"].get("from")]

    part1, part2 = os.urandom(5 * 1024 * 1024), os.urandom(1000)
    upload = a.create_multipart_upload(Bucket=bucket, Key="big.bin")["UploadId"]
    etag1 = a.upload_part(Bucket=bucket, Key="big.bin", UploadId=upload, PartNumber=1, Body=part1)["ETag"]
    etag2 = b.upload_part(Bucket=bucket, Key="big.bin", UploadId=upload, PartNumber=2, Body=part2)["ETag"]
    out["partsOnA"] = [p["PartNumber"] for p in a.list_parts(Bucket=bucket, Key="big.bin", UploadId=upload)["Parts"]]
    out["uploadsOnB"] = [u["UploadId"] for u in b.list_multipart_uploads(Bucket=bucket).get("Uploads", [])] == [upload]
    b.complete_multipart_upload(Bucket=bucket, Key="big.bin", UploadId=upload,
                                MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": etag1}, {"PartNumber": 2, "ETag": etag2}]})
    whole = part1 + part2
    out["multipartIntactOnA"] = a.get_object(Bucket=bucket, Key="big.bin")["Body"].read() == whole
    out["rangeAcrossPartsOnB"] = b.get_object(Bucket=bucket, Key="big.bin", Range="bytes=5242870-5242889")["Body"].read() == whole[5242870:5242890]
    aborted = b.create_multipart_upload(Bucket=bucket, Key="aborted.bin")["UploadId"]
    a.upload_part(Bucket=bucket, Key="aborted.bin", UploadId=aborted, PartNumber=1, Body=b"x")
    b.abort_multipart_upload(Bucket=bucket, Key="aborted.bin", UploadId=aborted)
    out["partAfterAbortOnA"] = error_code(lambda: a.upload_part(Bucket=bucket, Key="aborted.bin", UploadId=aborted, PartNumber=2, Body=b"y"))

    a.put_bucket_policy(Bucket=bucket, Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "set-on-a", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{bucket}/denied/*"}]}))
    # Bucket changes reach the other replica's bucket cache within 100 ms (NOTIFY rolecall_s3), as IAM's do.
    out["policyOnB"] = within_100ms(lambda: json.loads(b.get_bucket_policy(Bucket=bucket)["Policy"])["Statement"][0]["Sid"], "set-on-a")
    out["deniedPutOnB"] = error_code(lambda: b.put_object(Bucket=bucket, Key="denied/x", Body=b"x"))
    out["deleteNonEmptyOnB"] = error_code(lambda: b.delete_bucket(Bucket=bucket))
    for key in ("hello.txt", "big.bin"):
        a.delete_object(Bucket=bucket, Key=key)
    out["keysOnBAfterDelete"] = b.list_objects_v2(Bucket=bucket)["KeyCount"]
    b.delete_bucket(Bucket=bucket)
    out["headOnAAfterRb"] = within_100ms(lambda: error_code(lambda: a.head_bucket(Bucket=bucket)), "404")
    # Each name created through both replicas at once, outside us-east-1: one made it, the other was told it owns it already.
    out["createBucket"] = [race(lambda n=n: a.create_bucket(Bucket=n, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}),
                                lambda n=n: b.create_bucket(Bucket=n, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}))
                           for n in [f"raced-bucket-{i}" for i in range(10)]]
    return out


def write_load():
    """Creates users and puts objects through both replicas until the file argv[3] exists (replica A is killed
    meanwhile); what was acknowledged, and whether every acknowledged object reads back whole from B."""
    stop_file = sys.argv[3]
    config = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=2, read_timeout=10)
    ends = time.monotonic() + 120  # a bound in case the test never asks to stop
    acked = {"A": [], "B": [], "s3A": [], "s3B": []}
    failures = {"A": [], "B": [], "s3A": [], "s3B": []}
    client("s3", B).create_bucket(Bucket="crash-bucket")

    def load(name, write):
        i = 0
        while time.monotonic() < ends and not os.path.exists(stop_file):
            item = f"{name[-1].lower()}-{i}"
            i += 1
            try:
                write(item)
                acked[name].append(item)
            except Exception:  # a killed replica fails every way there is: refused, reset, timed out
                failures[name].append(time.monotonic())
                time.sleep(0.01)

    def put(s3):
        return lambda key: s3.put_object(Bucket="crash-bucket", Key=key, Body=body_of(key))

    iam_a, iam_b = (boto3.client("iam", region_name="us-east-1", endpoint_url=e, config=config) for e in (None, B))
    s3_a, s3_b = (boto3.client("s3", region_name="us-east-1", endpoint_url=e, config=config) for e in (None, B))
    threads = [threading.Thread(target=load, args=("A", lambda u: iam_a.create_user(UserName=u))),
               threading.Thread(target=load, args=("B", lambda u: iam_b.create_user(UserName=u))),
               threading.Thread(target=load, args=("s3A", put(s3_a))), threading.Thread(target=load, args=("s3B", put(s3_b)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    listed = [u["UserName"] for page in client("iam", B).get_paginator("list_users").paginate() for u in page["Users"]]
    s3 = client("s3", B)
    keys = [o["Key"] for page in s3.get_paginator("list_objects_v2").paginate(Bucket="crash-bucket") for o in page.get("Contents", [])]
    acked_keys = acked["s3A"] + acked["s3B"]
    return {
        "ackedA": acked["A"], "ackedB": acked["B"], "listed": listed,
        "failuresA": len(failures["A"]), "failuresB": len(failures["B"]),
        "objectsAckedA": len(acked["s3A"]), "objectsAckedB": len(acked["s3B"]), "objectsMissing": sorted(set(acked_keys) - set(keys)),
        "objectsUnreadable": [k for k in acked_keys if s3.get_object(Bucket="crash-bucket", Key=k)["Body"].read() != body_of(k)],
        "objectFailuresA": len(failures["s3A"]), "objectFailuresB": len(failures["s3B"]),
    }


def body_of(key):
    """An object's body, derived from its key, so a read-back proves the bytes and not only the listing."""
    return (key * 400).encode()[:4096 + len(key)]


if __name__ == "__main__":
    print(json.dumps({"tutorial": tutorial, "s3": s3_tutorial, "race": races, "delete-race": delete_races, "write-load": write_load}[sys.argv[1]]()))

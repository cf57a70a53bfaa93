"""boto3 as a judge of an S3 endpoint (rolecall serve or moto_server): prints one JSON object of facts.

Modes (the endpoint comes from AWS_ENDPOINT_URL, the keys from the environment):
  transfer   upload_file / download_file of a multi-MiB file (threaded multipart by TransferConfig) and of a
             small file with an odd key; digests compared in the script, ETags reported
  keepalive  one client, one kept-alive connection: puts of 0 and 1 bytes and a put to a missing bucket,
             each with botocore's `Expect: 100-continue`; reports each call's outcome and the slowest call
  semantics  CopyObject, DeleteObjects, object tagging, Range GET, conditional GET/HEAD, presigned PUT and
             virtual-hosted addressing; the outcome of each step, for comparison between two endpoints
  decisions  what only an endpoint that decides can show (serve, not moto): DeleteObjects with a per-key
             AccessDenied for an IAM user allowed to delete under one prefix, loud and quiet; an expired
             presigned PUT
"""
import hashlib
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
MIB = 1024 * 1024


def client(**config):
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", config=Config(**config))


def outcome(call, **kwargs):
    """A call's result reduced to what both endpoints should agree on, or its error code and HTTP status."""
    try:
        result = call(**kwargs)
        if isinstance(result, dict) and "ResponseMetadata" in result:
            return {"ok": result["ResponseMetadata"]["HTTPStatusCode"]}
        return {"ok": result}
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def transfer():
    s3 = client()
    s3.create_bucket(Bucket="transfer-bkt")
    work = tempfile.mkdtemp()
    config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB, max_concurrency=4, use_threads=True)
    facts = {}
    for name, key, size in [("large", "big/file.bin", 12 * MIB + 12345), ("small", "sp ace/é+ü/x..y.bin", MIB - 1)]:
        source, target = os.path.join(work, name), os.path.join(work, name + ".back")
        with open(source, "wb") as f:
            f.write(os.urandom(size))
        s3.upload_file(source, "transfer-bkt", key, Config=config)
        head = s3.head_object(Bucket="transfer-bkt", Key=key)
        s3.download_file("transfer-bkt", key, target, Config=config)
        facts[name] = {"etag": head["ETag"], "length": head["ContentLength"], "size": size,
                       "same": digest(source) == digest(target)}
    print(json.dumps(facts))


def keepalive():
    s3 = client(retries={"total_max_attempts": 1}, read_timeout=5, max_pool_connections=1)
    s3.create_bucket(Bucket="keepalive-bkt")
    steps, slowest = [], 0.0
    for bucket, key, size in [("keepalive-bkt", "empty", 0), ("keepalive-bkt", "one", 1), ("no-such-bkt", "k", 10),
                              ("keepalive-bkt", "two", 2), ("keepalive-bkt", "empty-again", 0), ("keepalive-bkt", "big", MIB - 1)]:
        started = time.monotonic()
        result = outcome(lambda **k: s3.put_object(**k)["ETag"], Bucket=bucket, Key=key, Body=b"x" * size)
        slowest = max(slowest, time.monotonic() - started)
        steps.append(result)
    print(json.dumps({"steps": steps, "slowestSeconds": slowest}))


def decisions():
    s3 = client()
    s3.create_bucket(Bucket="decide-bkt")
    for key in ["mine/a", "mine/b", "theirs/c", "theirs/d"]:
        s3.put_object(Bucket="decide-bkt", Key=key, Body=b"1")
    iam = boto3.client("iam", endpoint_url=ENDPOINT, region_name="us-east-1")
    iam.create_user(UserName="deleter")
    iam.put_user_policy(UserName="deleter", PolicyName="own-prefix", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::decide-bkt/mine/*"},
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::decide-bkt"}]}))
    key = iam.create_access_key(UserName="deleter")["AccessKey"]
    user = boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", aws_access_key_id=key["AccessKeyId"],
                        aws_secret_access_key=key["SecretAccessKey"])

    def delete(quiet, keys):
        answer = user.delete_objects(Bucket="decide-bkt", Delete={"Objects": [{"Key": k} for k in keys], "Quiet": quiet})
        return {"status": answer["ResponseMetadata"]["HTTPStatusCode"],
                "deleted": sorted(d["Key"] for d in answer.get("Deleted", [])),
                "errors": sorted(f"{e['Key']}:{e['Code']}" for e in answer.get("Errors", []))}

    facts = {"loud": delete(False, ["mine/a", "theirs/c"]), "quiet": delete(True, ["mine/b", "theirs/d"]),
             "left": sorted(o["Key"] for o in s3.list_objects_v2(Bucket="decide-bkt")["Contents"])}
    url = s3.generate_presigned_url("put_object", Params={"Bucket": "decide-bkt", "Key": "late"}, ExpiresIn=1)
    time.sleep(2)
    try:
        urllib.request.urlopen(urllib.request.Request(url, data=b"too late", method="PUT"))
        facts["expiredPut"] = "accepted"
    except urllib.error.HTTPError as e:
        facts["expiredPut"] = f"{e.code} {e.read().decode()}"
    facts["lateStored"] = outcome(s3.head_object, Bucket="decide-bkt", Key="late")
    print(json.dumps(facts))


def main():
    {"transfer": transfer, "keepalive": keepalive, "semantics": semantics, "decisions": decisions}[sys.argv[1]]()


def semantics():
    from s3_semantics import run  # the steps live beside this script
    print(json.dumps(run(client, outcome), indent=1, sort_keys=True))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()

"""Helpers for bench/load/s3ec2/run.sh: seed S3 and EC2 state on a server and presign one request per scenario.

    python3 s3ec2kit.py seed --keys 1000 --instances 1000   # bench-bucket with N keys (+ the 4 KiB object), N instances
    python3 s3ec2kit.py url s3-GetObject                     # prints the presigned URL (valid 7 days, so wrk replays it)
    python3 s3ec2kit.py put-paths 1000                       # presigned PUT paths of bench-put-0000.. for put.lua
    python3 s3ec2kit.py list                                 # the scenario names
    python3 s3ec2kit.py timed-posts FILE 3                   # the signed POST in FILE 3 times in a row: a RESULT line
    python3 s3ec2kit.py save-answer FILE OUT                 # the signed POST in FILE once, its answer body to OUT (floor.sh)

Scenarios: s3-ListObjectsV2 (one page over the seeded keys), s3-GetObject and s3-PutObject (4 KiB; PutObject is
replayed as presigned PUTs with a 4 KiB body cycling over 1,000 keys, see put.lua: moto_server fails with a 500 when
two PUTs of one key overlap), ec2-DescribeInstances (every seeded instance).
Endpoint and keys come from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; the region is us-east-1.
"""
import os
import sys
import urllib.request
from urllib.parse import urlencode

import boto3
from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

BUCKET = "bench-bucket"
OBJECT = "bench-4k"
BODY = b"x" * 4096
WEEK = 604800


def client(service):
    # Path-style, as the AWS CLI addresses a custom endpoint.
    return boto3.client(service, region_name="us-east-1", endpoint_url=os.environ["AWS_ENDPOINT_URL"],
                        config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))


def seed_s3(keys):
    s3 = client("s3")
    if BUCKET not in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
        s3.create_bucket(Bucket=BUCKET)
    s3.put_object(Bucket=BUCKET, Key=OBJECT, Body=BODY)
    existing = s3.list_objects_v2(Bucket=BUCKET, Prefix="key-").get("KeyCount", 0)
    # One page: the listing scenario asks for at most 1,000 keys under key-, so seed no more than that.
    for i in range(existing, keys):
        s3.put_object(Bucket=BUCKET, Key=f"key-{i:05d}", Body=b"k")
    print(f"seeded: s3://{BUCKET} with {max(keys, existing)} keys and {OBJECT}", file=sys.stderr)


def seed_ec2(instances):
    ec2 = client("ec2")
    existing = sum(len(r["Instances"]) for page in ec2.get_paginator("describe_instances").paginate() for r in page["Reservations"])
    image = ec2.describe_images()["Images"][0]["ImageId"]
    while existing < instances:
        count = min(100, instances - existing)
        ec2.run_instances(ImageId=image, InstanceType="t3.micro", MinCount=count, MaxCount=count)
        existing += count
    print(f"seeded: {existing} instances of {image}", file=sys.stderr)


def presign_query(service, params):
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/")
    request = AWSRequest(method="GET", url=f"{endpoint}/?{urlencode(params)}")
    credentials = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"], os.environ.get("AWS_SESSION_TOKEN"))
    SigV4QueryAuth(credentials, service, "us-east-1", expires=WEEK).add_auth(request)
    return request.url


def signed_post(service, params, out):
    """A header-signed form POST (what the AWS CLI sends) written for post.lua: the body on the first line, then
    one header per line. A presigned GET would do for rolecall, but moto routes GET / by its URL to S3, so the
    moto figure would be ListBuckets. The request is sent once first: the answer must be DescribeInstances'."""
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/")
    body = urlencode(params)
    request = AWSRequest(method="POST", url=endpoint + "/", data=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    credentials = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"], os.environ.get("AWS_SESSION_TOKEN"))
    SigV4Auth(credentials, service, "us-east-1").add_auth(request)
    headers = {k: v for k, v in request.headers.items()}
    answer = urllib.request.urlopen(urllib.request.Request(endpoint + "/", data=body.encode(), headers=headers, method="POST")).read()
    if params["Action"].encode() + b"Response" not in answer:
        sys.exit(f"{endpoint} did not answer {params['Action']}: {answer[:200]!r}")
    with open(out, "w") as f:
        f.write(body + "\n")
        for name, value in headers.items():
            f.write(f"{name}: {value}\n")


def timed_posts(path, count):
    """Replays the signed POST of signed_post's file `count` times, one at a time, and prints wrk's RESULT line
    (report.lua's fields). For a server too slow for wrk (moto over 1,000 instances: seconds per answer, so 8
    connections complete nothing within a 10 s run): one connection, every answer waited for in full."""
    import time
    lines = open(path).read().splitlines()
    headers = dict(line.split(": ", 1) for line in lines[1:] if line)
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/") + "/"
    took = []
    for _ in range(count):
        start = time.perf_counter()
        answer = urllib.request.urlopen(urllib.request.Request(endpoint, data=lines[0].encode(), headers=headers, method="POST"), timeout=600).read()
        took.append(time.perf_counter() - start)
        if b"DescribeInstancesResponse" not in answer:
            sys.exit(f"{endpoint} did not answer DescribeInstances: {answer[:200]!r}")
    took.sort()
    p = lambda q: took[min(len(took) - 1, int(q * len(took)))] * 1000
    print(f"RESULT rps={count / sum(took):.2f} p50_ms={p(0.5):.2f} p99_ms={p(0.99):.2f} requests={count} bad=0")


def save_answer(path, out):
    """Sends the signed POST of signed_post's file once and writes the answer's body to `out`."""
    lines = open(path).read().splitlines()
    headers = dict(line.split(": ", 1) for line in lines[1:] if line)
    endpoint = os.environ["AWS_ENDPOINT_URL"].rstrip("/") + "/"
    answer = urllib.request.urlopen(urllib.request.Request(endpoint, data=lines[0].encode(), headers=headers, method="POST"), timeout=600).read()
    with open(out, "wb") as f:
        f.write(answer)
    print(f"saved: {len(answer)} bytes", file=sys.stderr)


SCENARIOS = {
    "s3-ListObjectsV2": lambda: client("s3").generate_presigned_url(
        "list_objects_v2", {"Bucket": BUCKET, "Prefix": "key-", "MaxKeys": 1000}, ExpiresIn=WEEK),
    "s3-GetObject": lambda: client("s3").generate_presigned_url("get_object", {"Bucket": BUCKET, "Key": OBJECT}, ExpiresIn=WEEK),
    "s3-PutObject": lambda: client("s3").generate_presigned_url("put_object", {"Bucket": BUCKET, "Key": OBJECT}, ExpiresIn=WEEK),
    "ec2-DescribeInstances": lambda: presign_query("ec2", {"Action": "DescribeInstances", "Version": "2016-11-15"}),
}

def put_paths(count):
    """Presigned PUT paths (path and query, no scheme or host) of bench-put-NNNN, one per line."""
    s3 = client("s3")
    for i in range(count):
        url = s3.generate_presigned_url("put_object", {"Bucket": BUCKET, "Key": f"bench-put-{i:04d}"}, ExpiresIn=WEEK)
        print("/" + url.split("/", 3)[3])


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        seed_s3(int(sys.argv[sys.argv.index("--keys") + 1]))
        seed_ec2(int(sys.argv[sys.argv.index("--instances") + 1]))
    elif sys.argv[1] == "signed-post":
        signed_post("ec2", {"Action": "DescribeInstances", "Version": "2016-11-15"}, sys.argv[2])
    elif sys.argv[1] == "save-answer":
        save_answer(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "timed-posts":
        timed_posts(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "url":
        print(SCENARIOS[sys.argv[2]]())
    elif sys.argv[1] == "put-paths":
        put_paths(int(sys.argv[2]))
    elif sys.argv[1] == "list":
        print(" ".join(SCENARIOS))

"""The steps of s3_peer.py's `semantics` mode: each records what an S3 endpoint answered, for comparison.

Every value recorded is one AWS documents and that does not depend on the server (no request IDs, no dates).
"""
import datetime
import os
import socket
import urllib.error
import urllib.request

from botocore.config import Config

BUCKET = "sem-bkt"
SOURCE = "src key+é/a b"
BODY = b"hello world"


def run(client, outcome):
    s3 = client()
    s3.create_bucket(Bucket=BUCKET)
    put = s3.put_object(Bucket=BUCKET, Key=SOURCE, Body=BODY, ContentType="text/plain", Metadata={"color": "blue"},
                        Tagging="a=1&b=2")
    etag = put["ETag"]
    facts = {"putETag": etag}
    facts.update(copy_steps(s3, outcome))
    facts.update(tagging_steps(s3, outcome))
    facts.update(range_steps(s3, outcome))
    facts.update(conditional_steps(s3, outcome, etag))
    facts.update(delete_steps(s3, outcome))
    facts.update(presigned_steps(s3))
    facts.update(virtual_steps(outcome))
    return facts


def head_of(s3, key):
    head = s3.head_object(Bucket=BUCKET, Key=key)
    return {"type": head["ContentType"], "meta": head["Metadata"], "etag": head["ETag"], "length": head["ContentLength"]}


def tags_of(s3, key):
    return sorted(f"{t['Key']}={t['Value']}" for t in s3.get_object_tagging(Bucket=BUCKET, Key=key)["TagSet"])


def copy_steps(s3, outcome):
    facts = {}
    copied = s3.copy_object(Bucket=BUCKET, Key="dst/copy", CopySource={"Bucket": BUCKET, "Key": SOURCE})
    facts["copyETag"] = copied["CopyObjectResult"]["ETag"]
    facts["copyHead"] = head_of(s3, "dst/copy")
    facts["copyTags"] = tags_of(s3, "dst/copy")
    s3.copy_object(Bucket=BUCKET, Key="dst/replaced", CopySource={"Bucket": BUCKET, "Key": SOURCE},
                   MetadataDirective="REPLACE", Metadata={"color": "red"}, ContentType="application/json",
                   TaggingDirective="REPLACE", Tagging="c=3")
    facts["replacedHead"] = head_of(s3, "dst/replaced")
    facts["replacedTags"] = tags_of(s3, "dst/replaced")
    # A string CopySource with a leading slash; botocore percent-encodes it (space, '+', 'é').
    s3.copy_object(Bucket=BUCKET, Key="dst/from-string", CopySource="/" + BUCKET + "/" + SOURCE)
    facts["fromStringBody"] = s3.get_object(Bucket=BUCKET, Key="dst/from-string")["Body"].read().decode()
    facts["copyToItself"] = outcome(s3.copy_object, Bucket=BUCKET, Key=SOURCE, CopySource={"Bucket": BUCKET, "Key": SOURCE})
    facts["copyMissingKey"] = outcome(s3.copy_object, Bucket=BUCKET, Key="dst/x", CopySource={"Bucket": BUCKET, "Key": "nope"})
    facts["copyMissingBucket"] = outcome(s3.copy_object, Bucket=BUCKET, Key="dst/x", CopySource={"Bucket": "no-such-bkt", "Key": "k"})
    facts["copyBadDirective"] = outcome(s3.copy_object, Bucket=BUCKET, Key="dst/x", CopySource={"Bucket": BUCKET, "Key": SOURCE},
                                        MetadataDirective="MERGE")
    return facts


def tagging_steps(s3, outcome):
    facts = {"tagsOnPut": tags_of(s3, SOURCE)}
    s3.put_object_tagging(Bucket=BUCKET, Key="dst/copy", Tagging={"TagSet": [{"Key": "z", "Value": "26"}, {"Key": "k", "Value": ""}]})
    facts["tagsReplaced"] = tags_of(s3, "dst/copy")
    s3.delete_object_tagging(Bucket=BUCKET, Key="dst/copy")
    facts["tagsDeleted"] = tags_of(s3, "dst/copy")
    facts["tagsOfMissingKey"] = outcome(s3.get_object_tagging, Bucket=BUCKET, Key="nope")
    return facts


def range_steps(s3, outcome):
    def ranged(spec):
        def call(**kwargs):
            got = s3.get_object(**kwargs)
            return {"status": got["ResponseMetadata"]["HTTPStatusCode"], "body": got["Body"].read().decode(),
                    "range": got.get("ContentRange"), "length": got["ContentLength"]}
        return outcome(call, Bucket=BUCKET, Key=SOURCE, Range=spec)

    return {"range" + name: ranged(spec) for name, spec in
            [("First5", "bytes=0-4"), ("Suffix3", "bytes=-3"), ("From6", "bytes=6-"), ("PastEnd", "bytes=6-100"),
             ("Unsatisfiable", "bytes=20-30"), ("Reversed", "bytes=5-2")]}


def conditional_steps(s3, outcome, etag):
    modified = s3.head_object(Bucket=BUCKET, Key=SOURCE)["LastModified"]
    past, future = modified - datetime.timedelta(days=1), modified + datetime.timedelta(days=1)
    cases = {"IfMatch": {"IfMatch": etag}, "IfMatchWrong": {"IfMatch": '"0000"'}, "IfNoneMatch": {"IfNoneMatch": etag},
             "IfNoneMatchOther": {"IfNoneMatch": '"0000"'}, "IfModifiedSincePast": {"IfModifiedSince": past},
             "IfModifiedSinceFuture": {"IfModifiedSince": future}, "IfUnmodifiedSincePast": {"IfUnmodifiedSince": past},
             "IfUnmodifiedSinceFuture": {"IfUnmodifiedSince": future},
             "IfMatchAndUnmodifiedSincePast": {"IfMatch": etag, "IfUnmodifiedSince": past},
             "IfNoneMatchOtherAndModifiedSinceFuture": {"IfNoneMatch": '"0000"', "IfModifiedSince": future}}
    facts = {}
    for name, headers in cases.items():
        facts["get" + name] = outcome(lambda **k: s3.get_object(**k)["Body"].read().decode(), Bucket=BUCKET, Key=SOURCE, **headers)
        facts["head" + name] = outcome(lambda **k: s3.head_object(**k)["ContentLength"], Bucket=BUCKET, Key=SOURCE, **headers)
    return facts


def delete_steps(s3, outcome):
    for key in ["del/a", "del/b", "del/c d"]:
        s3.put_object(Bucket=BUCKET, Key=key, Body=b"1")

    def deleted(quiet, keys):
        answer = s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in keys], "Quiet": quiet})
        return {"deleted": sorted(d["Key"] for d in answer.get("Deleted", [])),
                "errors": sorted(f"{e['Key']}:{e['Code']}" for e in answer.get("Errors", []))}

    facts = {"deleteLoud": deleted(False, ["del/a", "del/missing"]), "deleteQuiet": deleted(True, ["del/b", "del/c d"])}
    facts["deleteLeft"] = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="del/").get("Contents", []))
    facts["deleteMissingBucket"] = outcome(s3.delete_objects, Bucket="no-such-bkt", Delete={"Objects": [{"Key": "k"}]})
    return facts


def presigned_steps(s3):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": "presigned/é x", "ContentType": "text/plain"},
                                    ExpiresIn=300)
    request = urllib.request.Request(url, data=b"via presigned url", method="PUT", headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(request) as response:
        status = response.status
    got = s3.get_object(Bucket=BUCKET, Key="presigned/é x")
    tampered = urllib.request.Request(url.replace("presigned/", "presigned/other"), data=b"x", method="PUT",
                                      headers={"Content-Type": "text/plain"})
    try:
        urllib.request.urlopen(tampered)
        refused = None
    except urllib.error.HTTPError as e:
        refused = e.code
    return {"presignedPut": {"status": status, "body": got["Body"].read().decode(), "type": got["ContentType"], "tampered": refused}}


def virtual_steps(outcome):
    """bucket.localhost:PORT, as a resolver that knows *.localhost (RFC 6761) would send it."""
    resolve = socket.getaddrinfo
    socket.getaddrinfo = lambda host, *a, **k: resolve("127.0.0.1" if host.endswith(".localhost") else host, *a, **k)
    endpoint = os.environ["AWS_ENDPOINT_URL"].replace("127.0.0.1", "localhost")
    import boto3
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", config=Config(s3={"addressing_style": "virtual"}))
    seen = []
    s3.meta.events.register("before-send.s3", lambda request, **_: seen.append(request.url.split("/")[2]))
    s3.put_object(Bucket=BUCKET, Key="virtual/k é", Body=b"virtual body")
    body = s3.get_object(Bucket=BUCKET, Key="virtual/k é")["Body"].read().decode()
    listed = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="virtual/")["Contents"]]
    missing = outcome(s3.get_object, Bucket=BUCKET, Key="virtual/none")
    socket.getaddrinfo = resolve
    return {"virtual": {"hosts": sorted({h.split(":")[0] for h in seen}), "body": body, "listed": listed, "missing": missing}}

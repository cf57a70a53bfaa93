"""boto3 against serve's UploadPartCopy (issue 11): a managed `copy` of a 12 MiB object in 5 MiB parts, one
low-level upload_part_copy of a range, and the errors S3 answers for bad ranges, failed copy-source conditions, a
missing source and a missing upload. Prints one JSON object of facts; the endpoint and keys come from the environment.
"""
import hashlib
import json
import os

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.exceptions import ClientError

MIB = 1024 * 1024
s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")


def outcome(call, **kwargs):
    try:
        call(**kwargs)
        return "ok"
    except ClientError as e:
        return f"{e.response['Error']['Code']} {e.response['ResponseMetadata']['HTTPStatusCode']}"


data = os.urandom(12 * MIB + 7)
s3.create_bucket(Bucket="boto-from")
s3.create_bucket(Bucket="boto-to")
source_etag = s3.put_object(Bucket="boto-from", Key="src", Body=data)["ETag"]

config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB)
s3.copy({"Bucket": "boto-from", "Key": "src"}, "boto-to", "copy", Config=config)
copied = s3.get_object(Bucket="boto-to", Key="copy")
digests = b"".join(hashlib.md5(data[i:i + 5 * MIB]).digest() for i in range(0, len(data), 5 * MIB))
facts = {
    "same_bytes": copied["Body"].read() == data,
    "etag": copied["ETag"],
    "expected_etag": f'"{hashlib.md5(digests).hexdigest()}-3"',
}

upload = s3.create_multipart_upload(Bucket="boto-to", Key="manual")["UploadId"]
part = {"Bucket": "boto-to", "Key": "manual", "UploadId": upload, "PartNumber": 1, "CopySource": {"Bucket": "boto-from", "Key": "src"}}
result = s3.upload_part_copy(**part, CopySourceRange="bytes=100-5242979")
facts["range_part_etag"] = result["CopyPartResult"]["ETag"]
facts["range_md5"] = f'"{hashlib.md5(data[100:5242980]).hexdigest()}"'
facts["malformed_range"] = outcome(s3.upload_part_copy, **part, CopySourceRange="bytes=100-")
facts["range_past_end"] = outcome(s3.upload_part_copy, **part, CopySourceRange=f"bytes=0-{len(data)}")
facts["if_match_other"] = outcome(s3.upload_part_copy, **part, CopySourceIfMatch='"0123456789abcdef0123456789abcdef"')
facts["if_none_match_same"] = outcome(s3.upload_part_copy, **part, CopySourceIfNoneMatch=source_etag)
facts["if_match_same"] = outcome(s3.upload_part_copy, **part, CopySourceIfMatch=source_etag, CopySourceRange="bytes=0-9")
facts["missing_source"] = outcome(s3.upload_part_copy, **{**part, "CopySource": {"Bucket": "boto-from", "Key": "nope"}})
facts["missing_upload"] = outcome(s3.upload_part_copy, **{**part, "UploadId": "0" * 64})
s3.abort_multipart_upload(Bucket="boto-to", Key="manual", UploadId=upload)
print(json.dumps(facts))

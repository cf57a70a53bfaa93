"""A long-running boto3 process under `rolecall exec PROFILE --server`: one STS client for its whole life,
credentials from the container endpoint. botocore's clock is moved with serve's dev clock, so the SDK sees
the expirations serve issues as a real process would hours later. Between calls it advances serve's clock;
it prints one JSON line per call: the access key it signed with and the caller ARN."""
import datetime
import json
import sys
import urllib.request

import boto3
import botocore.credentials
from dateutil.tz import tzutc

endpoint, advance = sys.argv[1], [int(a) for a in sys.argv[2:]]
offset = datetime.timedelta(0)


def move(seconds):
    global offset
    request = urllib.request.Request(endpoint + "/_rolecall/clock", data=json.dumps({"advanceSeconds": seconds}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})  # serve's dev clock takes JSON only
    body = json.load(urllib.request.urlopen(request))
    offset = datetime.timedelta(seconds=body["offsetSeconds"])


session = boto3.session.Session()
credentials = session._session.get_credentials()
assert isinstance(credentials, botocore.credentials.RefreshableCredentials) and credentials.method == "container-role", credentials.method
credentials._time_fetcher = lambda: datetime.datetime.now(tzutc()) + offset
sts = session.client("sts", endpoint_url=endpoint, region_name="us-east-1")
for step in [0] + advance:
    if step:
        move(step)
    arn = sts.get_caller_identity()["Arn"]
    key = sts._request_signer._credentials.get_frozen_credentials().access_key
    print(json.dumps({"key": key, "arn": arn}), flush=True)

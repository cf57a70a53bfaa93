"""Creates 1,000 roles with boto3, a viewer role and a user key for the profile, then signs in to the console as
root and prints the session cookie header value (rolecall-session=...; rolecall-csrf=...)."""
import json, re, sys, urllib.parse, urllib.request, http.cookiejar
import boto3

endpoint, password = sys.argv[1], sys.argv[2]
iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1")
trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]})
for i in range(1000):
    iam.create_role(RoleName=f"role-{i:04d}", AssumeRolePolicyDocument=trust)

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
html = opener.open(endpoint + "/signin").read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
form = urllib.parse.urlencode({"_csrf": csrf, "account": "123456789012", "kind": "root", "password": password}).encode()
opener.open(endpoint + "/signin", form).read()
print("; ".join(f"{c.name}={c.value}" for c in jar))

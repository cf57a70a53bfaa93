"""Writes a config and credentials file: a user key (profile base) and a role profile (viewer) over it."""
import json, os, sys
import boto3

endpoint, aws_dir = sys.argv[1], sys.argv[2]
iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1")
iam.create_user(UserName="bench")
iam.put_user_policy(UserName="bench", PolicyName="assume", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
key = iam.create_access_key(UserName="bench")["AccessKey"]
iam.create_role(RoleName="viewer", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}))
with open(os.path.join(aws_dir, "credentials"), "w") as f:
    f.write(f"[base]\naws_access_key_id = {key['AccessKeyId']}\naws_secret_access_key = {key['SecretAccessKey']}\n")
with open(os.path.join(aws_dir, "config"), "w") as f:
    f.write(f"[profile base]\nregion = us-east-1\nendpoint_url = {endpoint}\n\n"
            f"[profile viewer]\nrole_arn = arn:aws:iam::123456789012:role/viewer\nsource_profile = base\nregion = us-east-1\nendpoint_url = {endpoint}\n")

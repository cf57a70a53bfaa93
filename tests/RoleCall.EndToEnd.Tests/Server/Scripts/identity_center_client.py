"""boto3 as a judge of rolecall serve's IAM Identity Center: prints one JSON object of facts for the C# test.

Run with the management account's root keys in the environment (AWS_ENDPOINT_URL pointing at serve). It sets up
a user, a permission set assigned to a second account (argv[1]), approves the device login over the verification
page's HTML form as a browser would, then uses the portal token and the role credentials with boto3.
"""
import http.cookiejar
import json
import os
import re
import sys
import urllib.parse
import urllib.request

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
TARGET_ACCOUNT = sys.argv[1]
session = boto3.session.Session(region_name="us-east-1")
admin = session.client("sso-admin")
store = session.client("identitystore")
oidc = session.client("sso-oidc")
portal = session.client("sso")


def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
    return {"code": None}


def one_time_password(store_id, user_id):
    """RoleCall's own identitystore operation (not in botocore's model): a SigV4-signed JSON 1.1 call."""
    body = json.dumps({"IdentityStoreId": store_id, "UserId": user_id})
    request = AWSRequest("POST", ENDPOINT + "/", data=body, headers={
        "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AWSIdentityStore.CreateOneTimePassword"})
    SigV4Auth(session.get_credentials(), "identitystore", "us-east-1").add_auth(request)
    prepared = urllib.request.Request(ENDPOINT + "/", data=body.encode(), headers=dict(request.headers), method="POST")
    with urllib.request.urlopen(prepared) as answer:
        return json.load(answer)["OneTimePassword"]


def approve_on_device_page(url, user, password, new_password):
    """What a person does in the browser: open the page, fill the form, change the one-time password, allow."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(url).read().decode()
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    code = re.search(r'name="user_code" value="([A-Z-]+)"', page).group(1)
    form = {"csrf": csrf, "user_code": code, "username": user, "password": password, "new_password": new_password, "decision": "allow"}
    try:
        answer = opener.open(ENDPOINT + "/device", urllib.parse.urlencode(form).encode()).read().decode()
    except urllib.error.HTTPError as e:
        answer = e.read().decode()
    return "Request approved" in answer


def setup():
    """The administrator's part alone: alice in Developers, S3Reader (PT2H, S3 read-only) assigned to the group."""
    instance = admin.list_instances()["Instances"][0]
    instance_arn, store_id = instance["InstanceArn"], instance["IdentityStoreId"]
    user_id = store.create_user(IdentityStoreId=store_id, UserName="alice", DisplayName="Alice Doe")["UserId"]
    group_id = store.create_group(IdentityStoreId=store_id, DisplayName="Developers")["GroupId"]
    store.create_group_membership(IdentityStoreId=store_id, GroupId=group_id, MemberId={"UserId": user_id})
    ps = admin.create_permission_set(InstanceArn=instance_arn, Name="S3Reader", SessionDuration="PT2H")["PermissionSet"]
    admin.attach_managed_policy_to_permission_set(InstanceArn=instance_arn, PermissionSetArn=ps["PermissionSetArn"],
                                                  ManagedPolicyArn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
    admin.create_account_assignment(InstanceArn=instance_arn, TargetId=TARGET_ACCOUNT, TargetType="AWS_ACCOUNT",
                                    PermissionSetArn=ps["PermissionSetArn"], PrincipalType="GROUP", PrincipalId=group_id)
    print(json.dumps({"password": one_time_password(store_id, user_id)}))


def main():
    instance = admin.list_instances()["Instances"][0]
    instance_arn, store_id = instance["InstanceArn"], instance["IdentityStoreId"]
    user_id = store.create_user(IdentityStoreId=store_id, UserName="alice", DisplayName="Alice Doe",
                                Name={"GivenName": "Alice", "FamilyName": "Doe"})["UserId"]
    found = store.list_users(IdentityStoreId=store_id, Filters=[{"AttributePath": "UserName", "AttributeValue": "alice"}])["Users"]
    group_id = store.create_group(IdentityStoreId=store_id, DisplayName="Developers")["GroupId"]
    store.create_group_membership(IdentityStoreId=store_id, GroupId=group_id, MemberId={"UserId": user_id})
    ps = admin.create_permission_set(InstanceArn=instance_arn, Name="S3Reader", SessionDuration="PT2H")["PermissionSet"]
    admin.attach_managed_policy_to_permission_set(InstanceArn=instance_arn, PermissionSetArn=ps["PermissionSetArn"],
                                                  ManagedPolicyArn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
    assignment = admin.create_account_assignment(InstanceArn=instance_arn, TargetId=TARGET_ACCOUNT, TargetType="AWS_ACCOUNT",
                                                 PermissionSetArn=ps["PermissionSetArn"], PrincipalType="GROUP", PrincipalId=group_id)
    status = admin.describe_account_assignment_creation_status(
        InstanceArn=instance_arn, AccountAssignmentCreationRequestId=assignment["AccountAssignmentCreationStatus"]["RequestId"])
    password = one_time_password(store_id, user_id)

    client = oidc.register_client(clientName="judge", clientType="public")
    start = oidc.start_device_authorization(clientId=client["clientId"], clientSecret=client["clientSecret"], startUrl=ENDPOINT + "/start")
    token_args = dict(clientId=client["clientId"], clientSecret=client["clientSecret"],
                      grantType="urn:ietf:params:oauth:grant-type:device_code", deviceCode=start["deviceCode"])
    pending = error_of(oidc.create_token, **token_args)
    too_fast = error_of(oidc.create_token, **token_args)
    approved = approve_on_device_page(start["verificationUriComplete"], "alice", password, "Correct-Horse-42")
    import time
    time.sleep(1.1)
    token = oidc.create_token(**token_args)
    access = token["accessToken"]

    accounts = portal.list_accounts(accessToken=access)["accountList"]
    roles = portal.list_account_roles(accessToken=access, accountId=TARGET_ACCOUNT)["roleList"]
    creds = portal.get_role_credentials(accessToken=access, accountId=TARGET_ACCOUNT, roleName="S3Reader")["roleCredentials"]
    as_role = boto3.session.Session(aws_access_key_id=creds["accessKeyId"], aws_secret_access_key=creds["secretAccessKey"],
                                    aws_session_token=creds["sessionToken"], region_name="us-east-1")
    identity = as_role.client("sts").get_caller_identity()
    s3_listed = "Buckets" in as_role.client("s3").list_buckets()
    iam_denied = error_of(as_role.client("iam").list_users)
    role_name = identity["Arn"].split("/")[1]

    print(json.dumps({
        "foundUsers": [u["UserName"] for u in found],
        "statusAfter": status["AccountAssignmentCreationStatus"]["Status"],
        "pending": pending, "tooFast": too_fast, "approved": approved,
        "tokenType": token["tokenType"], "expiresIn": token["expiresIn"], "hasRefresh": "refreshToken" in token,
        "accounts": [a["accountId"] for a in accounts], "roles": [r["roleName"] for r in roles],
        "expirationMs": creds["expiration"], "arn": identity["Arn"], "account": identity["Account"], "roleName": role_name,
        "s3Listed": s3_listed, "iamDenied": iam_denied,
        "wrongAccount": error_of(portal.get_role_credentials, accessToken=access, accountId="999999999999", roleName="S3Reader"),
        "unknownClient": error_of(oidc.create_token, clientId="nope", clientSecret="nope", grantType="refresh_token", refreshToken="x"),
        "replayedDeviceCode": error_of(oidc.create_token, **token_args),
        "refreshed": "accessToken" in oidc.create_token(clientId=client["clientId"], clientSecret=client["clientSecret"],
                                                       grantType="refresh_token", refreshToken=token["refreshToken"]),
        "afterLogout": (portal.logout(accessToken=access), error_of(portal.list_accounts, accessToken=access))[1],
        "duplicateUser": error_of(store.create_user, IdentityStoreId=store_id, UserName="ALICE"),
        "unknownPermissionSet": error_of(admin.describe_permission_set, InstanceArn=instance_arn,
                                         PermissionSetArn=ps["PermissionSetArn"] + "0"),
    }))


setup() if sys.argv[2:] == ["setup"] else main()

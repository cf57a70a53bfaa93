# Part four of generate_scenarios.py: resource-based policies, cross-account access, trust policies,
# principal forms, root, and fail-closed evaluation errors.
# pylint: disable=undefined-variable
ALICE = f"arn:aws:iam::{ACCT}:user/alice"
SESSION_ARN = f"arn:aws:sts::{ACCT}:assumed-role/Dev/s1"
X_ALICE = user("alice", OTHER, "AIDAEXAMPLEXALICE0001")
X_BUCKET_ACCOUNT = {"resource_account": ACCT}


def bucket_policy(principal, effect="Allow", action="s3:GetObject", sid="Bucket", cond=None):
    return pol("resource", "bucket", doc(st(effect, action, "arn:aws:s3:::bucket/*", sid=sid, cond=cond, Principal=principal)))


def s3req(principal, action="s3:GetObject", context=None, account=ACCT):
    return req(principal, action, BUCKET, context, resource_account=account)


# ---- Same-account resource policies -----------------------------------------------------------------------
add("resource-names-user-alone", LOGIC, "Same account: a bucket policy naming the user allows without any identity policy",
    [bucket_policy({"AWS": ALICE})], s3req(user()), "Allow", "bucket/Bucket")
add("resource-names-user-ignores-boundary", LOGIC, "A resource policy naming the IAM user ARN is not limited by the user's boundary",
    [bucket_policy({"AWS": ALICE}), pol("boundary", "b", doc(st("Allow", "iam:*", sid="IamOnly")))], s3req(user()), "Allow", "bucket/Bucket")
add("resource-names-role-grants-session", LOGIC, "A bucket policy naming the role allows its sessions without an identity policy",
    [bucket_policy({"AWS": ROLE})], s3req(session()), "Allow", "bucket/Bucket")
add("resource-names-role-limited-by-boundary", LOGIC, "Naming the role ARN: the role's boundary still limits the session",
    [bucket_policy({"AWS": ROLE}), pol("boundary", "b", doc(st("Allow", "iam:*", sid="IamOnly")))], s3req(session()), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("resource-names-role-limited-by-session-policy", LOGIC, "Naming the role ARN: session policies still limit the session",
    [bucket_policy({"AWS": ROLE}), pol("session", "sess", doc(st("Allow", "iam:*", sid="IamOnly")))], s3req(session()), "ImplicitDeny", reason="NoSessionPolicyAllows")
add("resource-names-session-ignores-boundary", LOGIC, "Naming the session ARN: the boundary does not limit it",
    [bucket_policy({"AWS": SESSION_ARN}), pol("boundary", "b", doc(st("Allow", "iam:*", sid="IamOnly")))], s3req(session()), "Allow", "bucket/Bucket")
add("resource-names-session-ignores-session-policy", LOGIC, "Naming the session ARN: session policies do not limit it",
    [bucket_policy({"AWS": SESSION_ARN}), pol("session", "sess", doc(st("Allow", "iam:*", sid="IamOnly")))], s3req(session()), "Allow", "bucket/Bucket")
add("resource-names-account-needs-identity", LOGIC, "Naming the account delegates to identity policies: none allows",
    [bucket_policy({"AWS": f"arn:aws:iam::{ACCT}:root"})], s3req(user()), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("resource-names-account-with-identity", LOGIC, "Naming the account and an identity policy allows",
    [bucket_policy({"AWS": ACCT}), pol("identity", "p", S3ALL)], s3req(user()), "Allow", "p/AllowS3")
add("resource-deny-overrides-identity", LOGIC, "A deny in the bucket policy overrides the identity allow",
    [bucket_policy({"AWS": ALICE}, "Deny", sid="DenyAlice"), pol("identity", "p", S3ALL)], s3req(user()), "ExplicitDeny", "bucket/DenyAlice", "ExplicitDenyInResourcePolicy")
add("resource-star-principal", PRINCIPAL, "A public bucket policy (Principal *) allows anyone in the account",
    [bucket_policy("*")], s3req(user()), "Allow", "bucket/Bucket")
add("resource-star-principal-anonymous", PRINCIPAL, "Principal * includes anonymous callers",
    [bucket_policy("*")], s3req({"type": "Anonymous"}), "Allow", "bucket/Bucket")
add("resource-aws-star-not-anonymous", PRINCIPAL, "{\"AWS\": \"*\"} does not include anonymous callers",
    [bucket_policy({"AWS": "*"})], s3req({"type": "Anonymous"}), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("resource-aws-star-org-condition", PRINCIPAL, "{\"AWS\": \"*\"} with a condition on the caller's account",
    [bucket_policy({"AWS": "*"}, cond={"StringEquals": {"aws:PrincipalAccount": ACCT}})], s3req(user(), context={"aws:PrincipalAccount": ACCT}), "Allow", "bucket/Bucket")
add("resource-aws-star-org-condition-fails", PRINCIPAL, "{\"AWS\": \"*\"} with a condition the caller fails",
    [bucket_policy({"AWS": "*"}, cond={"StringEquals": {"aws:PrincipalAccount": OTHER}})], s3req(user(), context={"aws:PrincipalAccount": ACCT}), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("resource-other-action-identity-suffices", LOGIC, "Same account: the identity policy alone allows even if the bucket policy says nothing",
    [bucket_policy({"AWS": ALICE}, action="s3:PutObject"), pol("identity", "p", S3ALL)], s3req(user()), "Allow", "p/AllowS3")
add("resource-names-other-user", PRINCIPAL, "A bucket policy naming someone else does not apply",
    [bucket_policy({"AWS": f"arn:aws:iam::{ACCT}:user/bob"})], s3req(user()), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("resource-unique-id-principal", PRINCIPAL, "IAM keeps a unique ID in place of an ARN: it still names the user",
    [bucket_policy({"AWS": "AIDAEXAMPLEALICE00001"})], s3req(user()), "Allow", "bucket/Bucket")
add("resource-principal-list", PRINCIPAL, "Principal values are ORed",
    [bucket_policy({"AWS": [f"arn:aws:iam::{ACCT}:user/bob", ALICE]})], s3req(user()), "Allow", "bucket/Bucket")
add("resource-service-principal", PRINCIPAL, "A service principal",
    [bucket_policy({"Service": "cloudtrail.amazonaws.com"}, action="s3:PutObject")], s3req({"type": "Service", "arn": "cloudtrail.amazonaws.com"}, "s3:PutObject"), "Allow", "bucket/Bucket")
add("resource-service-principal-other", PRINCIPAL, "Another service is not named",
    [bucket_policy({"Service": "cloudtrail.amazonaws.com"}, action="s3:PutObject")], s3req({"type": "Service", "arn": "config.amazonaws.com"}, "s3:PutObject"), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("resource-service-principal-source-account", PRINCIPAL, "Service principal with aws:SourceAccount (confused deputy protection)",
    [bucket_policy({"Service": "cloudtrail.amazonaws.com"}, action="s3:PutObject", cond={"StringEquals": {"aws:SourceAccount": ACCT}})],
    s3req({"type": "Service", "arn": "cloudtrail.amazonaws.com"}, "s3:PutObject", {"aws:SourceAccount": OTHER}), "ImplicitDeny", reason="NoResourcePolicyAllows")

# ---- NotPrincipal -----------------------------------------------------------------------------------------
NP_DOC = doc(st("Deny", "s3:*", "arn:aws:s3:::bucket/*", sid="DenyAllButBob", NotPrincipal={"AWS": [f"arn:aws:iam::{ACCT}:user/bob", f"arn:aws:iam::{ACCT}:root"]}))
add("not-principal-denies-others", NOTPRINCIPAL, "Deny with NotPrincipal denies everyone not listed",
    [pol("resource", "bucket", NP_DOC), pol("identity", "p", S3ALL)], s3req(user()), "ExplicitDeny", "bucket/DenyAllButBob", "ExplicitDenyInResourcePolicy")
add("not-principal-spares-listed", NOTPRINCIPAL, "Deny with NotPrincipal does not deny the listed user",
    [pol("resource", "bucket", NP_DOC), pol("identity", "p", S3ALL)], s3req(user("bob", ACCT, "AIDAEXAMPLEBOB0000001")), "Allow", "p/AllowS3")
NP_ROLE = doc(st("Deny", "s3:*", "arn:aws:s3:::bucket/*", sid="DenyAllButDev", NotPrincipal={"AWS": [ROLE, SESSION_ARN, f"arn:aws:iam::{ACCT}:root"]}))
add("not-principal-role-session-spared", NOTPRINCIPAL, "The guide's advice: list the role and its session ARN; the session is spared",
    [pol("resource", "bucket", NP_ROLE), pol("identity", "p", S3ALL)], s3req(session()), "Allow", "p/AllowS3")
add("not-principal-other-session-denied", NOTPRINCIPAL, "A session of another role is denied",
    [pol("resource", "bucket", NP_ROLE), pol("identity", "p", S3ALL)], s3req(session("Ops", "s2")), "ExplicitDeny", "bucket/DenyAllButDev", "ExplicitDenyInResourcePolicy")
add("not-principal-allow", NOTPRINCIPAL, "Allow with NotPrincipal grants everyone not listed (discouraged, but valid)",
    [pol("resource", "bucket", doc(st("Allow", "s3:GetObject", "arn:aws:s3:::bucket/*", sid="AllButBob", NotPrincipal={"AWS": f"arn:aws:iam::{ACCT}:user/bob"})))],
    s3req(user()), "Allow", "bucket/AllButBob")

# ---- Cross-account ----------------------------------------------------------------------------------------
add("cross-account-both-allow", CROSS, "Cross-account: the bucket policy trusts the other account and the user's identity policy allows",
    [bucket_policy({"AWS": f"arn:aws:iam::{OTHER}:root"}), pol("identity", "p", S3ALL)], s3req(X_ALICE), "Allow", "p/AllowS3")
add("cross-account-no-identity", CROSS, "Cross-account: the resource side alone is not enough",
    [bucket_policy({"AWS": f"arn:aws:iam::{OTHER}:root"})], s3req(X_ALICE), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("cross-account-no-resource-policy", CROSS, "Cross-account: the identity side alone is not enough",
    [pol("identity", "p", S3ALL)], s3req(X_ALICE), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("cross-account-names-user-still-needs-identity", CROSS, "Cross-account: even naming the user ARN needs the user's own identity policy",
    [bucket_policy({"AWS": X_ALICE["arn"]})], s3req(X_ALICE), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("cross-account-names-user-with-identity", CROSS, "Cross-account: named user with an identity policy",
    [bucket_policy({"AWS": X_ALICE["arn"]}), pol("identity", "p", GET_ONLY)], s3req(X_ALICE), "Allow", "p/AllowGet")
add("cross-account-resource-deny", CROSS, "Cross-account: a deny in the bucket policy decides",
    [pol("resource", "bucket", doc(st("Allow", "s3:*", "arn:aws:s3:::bucket/*", sid="Trust", Principal={"AWS": OTHER}),
                                   st("Deny", "s3:GetObject", "arn:aws:s3:::bucket/*", sid="NoGet", Principal="*"))), pol("identity", "p", S3ALL)],
    s3req(X_ALICE), "ExplicitDeny", "bucket/NoGet", "ExplicitDenyInResourcePolicy")
add("cross-account-boundary", CROSS, "Cross-account: the caller's boundary still applies",
    [bucket_policy({"AWS": OTHER}), pol("identity", "p", S3ALL), pol("boundary", "b", doc(st("Allow", "ec2:*", sid="Ec2")))],
    s3req(X_ALICE), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("cross-account-wrong-account", CROSS, "Cross-account: the bucket policy trusts a third account",
    [bucket_policy({"AWS": "999999999999"}), pol("identity", "p", S3ALL)], s3req(X_ALICE), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("cross-account-role-session", CROSS, "Cross-account: a role session of the other account, named by role ARN",
    [bucket_policy({"AWS": f"arn:aws:iam::{OTHER}:role/Dev"}), pol("identity", "p", S3ALL)], s3req(session("Dev", "s1", OTHER)), "Allow", "p/AllowS3")
add("cross-account-resource-arn-account", CROSS, "The resource's account comes from its ARN when it has one",
    [pol("identity", "p", doc(st("Allow", "sns:Publish", sid="Pub")))], req(user(), "sns:Publish", f"arn:aws:sns:us-east-1:{OTHER}:topic"), "ImplicitDeny", reason="NoResourcePolicyAllows")

# ---- Trust policies (AssumeRole) --------------------------------------------------------------------------
def trust(principal, sid="Trust", cond=None, action="sts:AssumeRole", effect="Allow"):
    return pol("trust", "trust", doc(st(effect, action, None, sid=sid, cond=cond, Principal=principal)))


ASSUME = doc(st("Allow", "sts:AssumeRole", ROLE, sid="Assume"))


def assume(principal, context=None, action="sts:AssumeRole"):
    return req(principal, action, ROLE, context)


add("trust-account-root-with-identity", TRUST, "Trust names the account root: the caller's identity policy must allow sts:AssumeRole — it does",
    [trust({"AWS": f"arn:aws:iam::{ACCT}:root"}), pol("identity", "p", ASSUME)], assume(user()), "Allow", "p/Assume")
add("trust-account-root-without-identity", TRUST, "Trust names the account root: without an identity policy the caller cannot assume",
    [trust({"AWS": f"arn:aws:iam::{ACCT}:root"})], assume(user()), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("trust-account-id-with-identity", TRUST, "Trust names the account by ID: same as root",
    [trust({"AWS": ACCT}), pol("identity", "p", ASSUME)], assume(user()), "Allow", "p/Assume")
add("trust-named-user-no-identity", TRUST, "Trust names the user ARN: same account, no identity policy needed",
    [trust({"AWS": ALICE})], assume(user()), "Allow", "trust/Trust")
add("trust-named-user-identity-deny", TRUST, "Trust names the user, but the user's identity policy denies AssumeRole",
    [trust({"AWS": ALICE}), pol("identity", "p", doc(st("Deny", "sts:AssumeRole", "*", sid="NoAssume")))], assume(user()), "ExplicitDeny", "p/NoAssume", "ExplicitDenyInIdentityPolicy")
add("trust-not-naming-caller", TRUST, "The trust policy must allow explicitly: an identity allow is not enough",
    [trust({"AWS": f"arn:aws:iam::{ACCT}:user/bob"}), pol("identity", "p", ASSUME)], assume(user()), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-missing-entirely", TRUST, "No trust statement applies: the role cannot be assumed",
    [trust({"Service": "ec2.amazonaws.com"}), pol("identity", "p", doc(st("Allow", "*", sid="Admin")))], assume(user()), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-cross-account-root-with-identity", TRUST, "Cross-account trust of the account root plus the caller's identity allow",
    [trust({"AWS": f"arn:aws:iam::{OTHER}:root"}), pol("identity", "p", ASSUME)], assume(X_ALICE), "Allow", "p/Assume")
add("trust-cross-account-root-no-identity", TRUST, "Cross-account trust: the caller's account must also allow",
    [trust({"AWS": f"arn:aws:iam::{OTHER}:root"})], assume(X_ALICE), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("trust-cross-account-named-user-no-identity", TRUST, "Cross-account: even a named user needs its own identity policy",
    [trust({"AWS": X_ALICE["arn"]})], assume(X_ALICE), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("trust-cross-account-named-user-with-identity", TRUST, "Cross-account: named user with identity allow",
    [trust({"AWS": X_ALICE["arn"]}), pol("identity", "p", ASSUME)], assume(X_ALICE), "Allow", "p/Assume")
add("trust-role-chaining", TRUST, "Trust names a role: its sessions may assume (role chaining), same account",
    [trust({"AWS": f"arn:aws:iam::{ACCT}:role/Ops"})], assume(session("Ops", "s2")), "Allow", "trust/Trust")
add("trust-role-chaining-boundary", TRUST, "Trust names the role: the calling role's boundary still limits its session",
    [trust({"AWS": f"arn:aws:iam::{ACCT}:role/Ops"}), pol("boundary", "b", doc(st("Allow", "s3:*", sid="S3")))], assume(session("Ops", "s2")), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("trust-named-session", TRUST, "Trust names a specific role session ARN",
    [trust({"AWS": f"arn:aws:sts::{ACCT}:assumed-role/Ops/s2"})], assume(session("Ops", "s2")), "Allow", "trust/Trust")
add("trust-service", TRUST, "Trust for a service (ec2.amazonaws.com)",
    [trust({"Service": "ec2.amazonaws.com"})], assume({"type": "Service", "arn": "ec2.amazonaws.com"}), "Allow", "trust/Trust")
add("trust-service-list", TRUST, "Trust for several services",
    [trust({"Service": ["lambda.amazonaws.com", "ec2.amazonaws.com"]})], assume({"type": "Service", "arn": "ec2.amazonaws.com"}), "Allow", "trust/Trust")
add("trust-other-service", TRUST, "Another service is not trusted",
    [trust({"Service": "ec2.amazonaws.com"})], assume({"type": "Service", "arn": "lambda.amazonaws.com"}), "ImplicitDeny", reason="NoResourcePolicyAllows")
WEB = {"type": "Federated", "arn": "cognito-identity.amazonaws.com"}
AUD = "cognito-identity.amazonaws.com:aud"
add("trust-web-identity", GUIDE + "id_roles_create_for-idp_oidc.html", "Web identity trust with an audience condition",
    [trust({"Federated": "cognito-identity.amazonaws.com"}, cond={"StringEquals": {AUD: "us-east-1:12345678-abcd"}}, action="sts:AssumeRoleWithWebIdentity")],
    assume(WEB, {AUD: "us-east-1:12345678-abcd"}, "sts:AssumeRoleWithWebIdentity"), "Allow", "trust/Trust")
add("trust-web-identity-wrong-audience", GUIDE + "id_roles_create_for-idp_oidc.html", "Web identity trust: wrong audience",
    [trust({"Federated": "cognito-identity.amazonaws.com"}, cond={"StringEquals": {AUD: "us-east-1:12345678-abcd"}}, action="sts:AssumeRoleWithWebIdentity")],
    assume(WEB, {AUD: "us-east-1:other"}, "sts:AssumeRoleWithWebIdentity"), "ImplicitDeny", reason="NoResourcePolicyAllows")
EXT = {"StringEquals": {"sts:ExternalId": "Unique-ID-1234"}}
add("trust-external-id-match", GUIDE + "id_roles_create_for-user_externalid.html", "Third-party trust with sts:ExternalId: correct ID",
    [trust({"AWS": OTHER}, cond=EXT), pol("identity", "p", ASSUME)], assume(X_ALICE, {"sts:ExternalId": "Unique-ID-1234"}), "Allow", "p/Assume")
add("trust-external-id-missing", GUIDE + "id_roles_create_for-user_externalid.html", "sts:ExternalId missing: the condition is false",
    [trust({"AWS": OTHER}, cond=EXT), pol("identity", "p", ASSUME)], assume(X_ALICE), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-external-id-wrong", GUIDE + "id_roles_create_for-user_externalid.html", "sts:ExternalId wrong",
    [trust({"AWS": OTHER}, cond=EXT), pol("identity", "p", ASSUME)], assume(X_ALICE, {"sts:ExternalId": "guess"}), "ImplicitDeny", reason="NoResourcePolicyAllows")
MFA = {"Bool": {"aws:MultiFactorAuthPresent": "true"}}
add("trust-requires-mfa-present", GUIDE + "id_credentials_mfa_configure-api-require.html", "Trust requiring MFA: caller used MFA",
    [trust({"AWS": ALICE}, cond=MFA)], assume(user(), {"aws:MultiFactorAuthPresent": "true"}), "Allow", "trust/Trust")
add("trust-requires-mfa-absent", GUIDE + "id_credentials_mfa_configure-api-require.html", "Trust requiring MFA: long-term keys carry no MFA key",
    [trust({"AWS": ALICE}, cond=MFA)], assume(user()), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-deny-statement", TRUST, "A Deny in the trust policy is a real deny (moto treats it as an allow)",
    [pol("trust", "trust", doc(st("Allow", "sts:AssumeRole", None, sid="Account", Principal={"AWS": ACCT}),
                               st("Deny", "sts:AssumeRole", None, sid="NotAlice", Principal={"AWS": ALICE}))), pol("identity", "p", ASSUME)],
    assume(user()), "ExplicitDeny", "trust/NotAlice", "ExplicitDenyInResourcePolicy")
add("trust-tag-session-needs-its-own-allow", GUIDE + "id_session-tags.html", "Passing session tags needs sts:TagSession in the trust policy",
    [trust({"AWS": ALICE})], assume(user(), action="sts:TagSession"), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-tag-session-allowed", GUIDE + "id_session-tags.html", "sts:TagSession listed in the trust policy",
    [trust({"AWS": ALICE}, action=["sts:AssumeRole", "sts:TagSession"])], assume(user(), action="sts:TagSession"), "Allow", "trust/Trust")
add("trust-set-source-identity", GUIDE + "id_credentials_temp_control-access_monitor.html", "SourceIdentity needs sts:SetSourceIdentity in the trust policy",
    [trust({"AWS": ALICE})], assume(user(), action="sts:SetSourceIdentity"), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("trust-unique-id", PRINCIPAL, "A trust policy holding the user's unique ID",
    [trust({"AWS": "AIDAEXAMPLEALICE00001"})], assume(user()), "Allow", "trust/Trust")
add("trust-named-user-ignores-boundary", TRUST, "Trust naming the user directly: the user's boundary does not limit it",
    [trust({"AWS": ALICE}), pol("boundary", "b", doc(st("Allow", "s3:*", sid="S3")))], assume(user()), "Allow", "trust/Trust")
add("trust-account-delegation-boundary", TRUST, "Trust naming the account: the identity allow is limited by the caller's boundary",
    [trust({"AWS": ACCT}), pol("identity", "p", ASSUME), pol("boundary", "b", doc(st("Allow", "s3:*", sid="S3")))], assume(user()), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("trust-identity-resource-mismatch", TRUST, "The identity policy allows AssumeRole on another role only",
    [trust({"AWS": ACCT}), pol("identity", "p", doc(st("Allow", "sts:AssumeRole", f"arn:aws:iam::{ACCT}:role/Other", sid="Other")))], assume(user()), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("trust-principal-tag-condition", TRUST, "Trust with a condition on the caller's tag",
    [trust({"AWS": ACCT}, cond={"StringEquals": {"aws:PrincipalTag/team": "blue"}}), pol("identity", "p", ASSUME)],
    assume(user(), {"aws:PrincipalTag/team": "blue"}), "Allow", "p/Assume")
add("trust-principal-arn-condition", TRUST, "Trust with ArnLike on aws:PrincipalArn",
    [trust({"AWS": "*"}, cond={"ArnLike": {"aws:PrincipalArn": f"arn:aws:iam::{OTHER}:role/ci-*"}}), pol("identity", "p", ASSUME)],
    assume(session("ci-runner", "build", OTHER), {"aws:PrincipalArn": f"arn:aws:iam::{OTHER}:role/ci-runner"}), "Allow", "p/Assume")

# ---- Root --------------------------------------------------------------------------------------------------
add("root-same-account", LOGIC, "The root user is allowed everything in its account without policies", [], s3req(root()), "Allow")
add("root-resource-deny", LOGIC, "A bucket policy deny applies to the root user too",
    [bucket_policy("*", "Deny", sid="DenyAll")], s3req(root()), "ExplicitDeny", "bucket/DenyAll", "ExplicitDenyInResourcePolicy")
add("root-cross-account-needs-resource", CROSS, "Another account's root needs the resource policy to allow",
    [], s3req(root(OTHER)), "ImplicitDeny", reason="NoResourcePolicyAllows")
add("root-cross-account-allowed", CROSS, "Another account's root, trusted by the bucket policy",
    [bucket_policy({"AWS": OTHER})], s3req(root(OTHER)), "Allow", "bucket/Bucket")

# ---- Fail closed ------------------------------------------------------------------------------------------
add("error-numeric-request-value", LOGIC, "A request value the operator cannot read is an error: never an allow, even when another statement allows",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Allow", "s3:GetObject", sid="Keys", cond={"NumericLessThan": {"s3:max-keys": "10"}})))],
    s3req(user(), context={"s3:max-keys": "ten"}), "ImplicitDeny", reason="EvaluationError")
add("error-date-request-value", LOGIC, "An unreadable date fails closed",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3", cond={"DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}})))],
    s3req(user(), context={"aws:CurrentTime": "yesterday"}), "ImplicitDeny", reason="EvaluationError")
add("error-ip-request-value", LOGIC, "An unreadable IP address fails closed, even for a negated operator",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3", cond={"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}})))],
    s3req(user(), context={"aws:SourceIp": "not-an-ip"}), "ImplicitDeny", reason="EvaluationError")
add("error-does-not-hide-explicit-deny", LOGIC, "An explicit deny still decides when another statement errs",
    [pol("identity", "p", doc(st("Deny", "s3:*", sid="DenyS3"), st("Allow", "s3:*", sid="Keys", cond={"NumericLessThan": {"s3:max-keys": "10"}})))],
    s3req(user(), context={"s3:max-keys": "ten"}), "ExplicitDeny", "p/DenyS3", "ExplicitDenyInIdentityPolicy")
add("error-bool-request-value", LOGIC, "A Bool operator on a non-boolean value fails closed",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3", cond={"Bool": {"aws:SecureTransport": "true"}})))],
    s3req(user(), context={"aws:SecureTransport": "yes"}), "ImplicitDeny", reason="EvaluationError")
add("error-only-when-reached", LOGIC, "An unreadable value under an operator the statement never reaches is no error",
    [pol("identity", "p", doc(st("Allow", "s3:GetObject", sid="AllowGet"), st("Allow", "s3:PutObject", sid="Keys", cond={"NumericLessThan": {"s3:max-keys": "10"}})))],
    s3req(user(), context={"s3:max-keys": "ten"}), "Allow", "p/AllowGet")

# Part three of generate_scenarios.py: evaluation branches across policy layers and accounts.
# pylint: disable=undefined-variable
BUCKET = "arn:aws:s3:::bucket/key"
ROLE = f"arn:aws:iam::{ACCT}:role/Dev"
S3ALL = doc(st("Allow", "s3:*", sid="AllowS3"))
GET_ONLY = doc(st("Allow", "s3:GetObject", sid="AllowGet"))

# ---- Identity policies and explicit deny ------------------------------------------------------------------
add("identity-none", LOGIC, "No policy allows: implicit deny", [], req(user(), "s3:GetObject", BUCKET), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("identity-allow", LOGIC, "An identity policy allows", [pol("identity", "p", S3ALL)], req(user(), "s3:GetObject", BUCKET), "Allow", "p/AllowS3")
add("identity-deny-overrides-allow", LOGIC, "An explicit deny overrides any allow",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:GetObject", sid="DenyGet")))],
    req(user(), "s3:GetObject", BUCKET), "ExplicitDeny", "p/DenyGet", "ExplicitDenyInIdentityPolicy")
add("identity-deny-in-other-policy", LOGIC, "A deny in a second policy overrides the first policy's allow",
    [pol("identity", "allow", S3ALL), pol("identity", "deny", doc(st("Deny", "s3:*", sid="DenyS3")))],
    req(user(), "s3:GetObject", BUCKET), "ExplicitDeny", "deny/DenyS3", "ExplicitDenyInIdentityPolicy")
add("identity-deny-without-sid", LOGIC, "A statement without Sid is named by its index",
    [pol("identity", "p", doc(st("Allow", "s3:*"), st("Deny", "s3:GetObject")))],
    req(user(), "s3:GetObject", BUCKET), "ExplicitDeny", "p/Statement[1]", "ExplicitDenyInIdentityPolicy")
add("identity-deny-other-action", LOGIC, "A deny on another action does not apply",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:DeleteObject", sid="DenyDelete")))],
    req(user(), "s3:GetObject", BUCKET), "Allow", "p/AllowS3")
add("identity-allow-other-action", LOGIC, "An allow for another action does not help",
    [pol("identity", "p", GET_ONLY)], req(user(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("identity-deny-with-condition-not-met", LOGIC, "A deny whose condition is false does not apply",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", sid="DenyOutsideOffice", cond={"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}})))],
    req(user(), "s3:GetObject", BUCKET, {"aws:SourceIp": "203.0.113.10"}), "Allow", "p/AllowS3")
add("identity-deny-with-condition-met", LOGIC, "The guide's IP example: requests from elsewhere are denied",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", sid="DenyOutsideOffice", cond={"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}})))],
    req(user(), "s3:GetObject", BUCKET, {"aws:SourceIp": "198.51.100.10"}), "ExplicitDeny", "p/DenyOutsideOffice", "ExplicitDenyInIdentityPolicy")
add("identity-deny-not-ip-missing-source", LOGIC, "NotIpAddress with no aws:SourceIp (AWS service call) is true: denied",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", sid="DenyOutsideOffice", cond={"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}})))],
    req(user(), "s3:GetObject", BUCKET), "ExplicitDeny", "p/DenyOutsideOffice", "ExplicitDenyInIdentityPolicy")
add("identity-first-allow-decides", LOGIC, "The first allowing statement is reported",
    [pol("identity", "a", GET_ONLY), pol("identity", "b", S3ALL)], req(user(), "s3:GetObject", BUCKET), "Allow", "a/AllowGet")

# ---- Permissions boundaries -------------------------------------------------------------------------------
add("boundary-allows-both", BOUNDARY, "Identity and boundary both allow", [pol("identity", "p", S3ALL), pol("boundary", "b", GET_ONLY)],
    req(user(), "s3:GetObject", BUCKET), "Allow", "p/AllowS3")
add("boundary-limits-identity", BOUNDARY, "The boundary does not allow PutObject: the effective permissions are the intersection",
    [pol("identity", "p", S3ALL), pol("boundary", "b", GET_ONLY)], req(user(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("boundary-does-not-grant", BOUNDARY, "A boundary alone grants nothing",
    [pol("boundary", "b", doc(st("Allow", "*", sid="All")))], req(user(), "s3:GetObject", BUCKET), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("boundary-explicit-deny", BOUNDARY, "An explicit deny in the boundary decides",
    [pol("identity", "p", S3ALL), pol("boundary", "b", doc(st("Allow", "*", sid="All"), st("Deny", "s3:DeleteObject", sid="NoDelete")))],
    req(user(), "s3:DeleteObject", BUCKET), "ExplicitDeny", "b/NoDelete", "ExplicitDenyInPermissionsBoundary")
add("boundary-on-role-session", BOUNDARY, "A role's boundary limits its sessions",
    [pol("identity", "p", S3ALL), pol("boundary", "b", GET_ONLY)], req(session(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("boundary-iam-self-service", BOUNDARY, "The guide's boundary example: a boundary confining a delegated admin to users under a path",
    [pol("identity", "p", doc(st("Allow", "iam:*", sid="Iam"))), pol("boundary", "b", doc(st("Allow", "iam:*", f"arn:aws:iam::{ACCT}:user/team/*", sid="TeamUsers")))],
    req(user(), "iam:CreateUser", f"arn:aws:iam::{ACCT}:user/other/carol"), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
add("boundary-iam-self-service-in-path", BOUNDARY, "The delegated admin can manage users under its path",
    [pol("identity", "p", doc(st("Allow", "iam:*", sid="Iam"))), pol("boundary", "b", doc(st("Allow", "iam:*", f"arn:aws:iam::{ACCT}:user/team/*", sid="TeamUsers")))],
    req(user(), "iam:CreateUser", f"arn:aws:iam::{ACCT}:user/team/carol"), "Allow", "p/Iam")
add("boundary-condition", BOUNDARY, "Boundary conditions are evaluated too",
    [pol("identity", "p", S3ALL), pol("boundary", "b", doc(st("Allow", "s3:*", sid="Region", cond={"StringEquals": {"aws:RequestedRegion": "eu-west-1"}})))],
    req(user(), "s3:GetObject", BUCKET, {"aws:RequestedRegion": "us-east-1"}), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")

# ---- Session policies -------------------------------------------------------------------------------------
add("session-intersects", SESSION, "Session policies narrow a role session: Get allowed by both",
    [pol("identity", "role", S3ALL), pol("session", "sess", GET_ONLY)], req(session(), "s3:GetObject", BUCKET), "Allow", "role/AllowS3")
add("session-limits", SESSION, "The session policy does not allow PutObject",
    [pol("identity", "role", S3ALL), pol("session", "sess", GET_ONLY)], req(session(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoSessionPolicyAllows")
add("session-cannot-grant", SESSION, "A session policy cannot grant more than the role's identity policies",
    [pol("identity", "role", GET_ONLY), pol("session", "sess", doc(st("Allow", "*", sid="All")))], req(session(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoIdentityPolicyAllows")
add("session-explicit-deny", SESSION, "An explicit deny in a session policy decides",
    [pol("identity", "role", S3ALL), pol("session", "sess", doc(st("Allow", "*", sid="All"), st("Deny", "s3:GetObject", sid="NoGet")))],
    req(session(), "s3:GetObject", BUCKET), "ExplicitDeny", "sess/NoGet", "ExplicitDenyInSessionPolicy")
add("session-none-keeps-role-permissions", SESSION, "A role session without session policies keeps the role's permissions",
    [pol("identity", "role", S3ALL)], req(session(), "s3:PutObject", BUCKET), "Allow", "role/AllowS3")
add("session-several-policies-union", SESSION, "Inline and managed session policies: any of them may allow",
    [pol("identity", "role", S3ALL), pol("session", "inline", GET_ONLY), pol("session", "managed", doc(st("Allow", "s3:PutObject", sid="Put")))],
    req(session(), "s3:PutObject", BUCKET), "Allow", "role/AllowS3")
add("session-and-boundary", SESSION, "Identity, boundary and session must all allow: the boundary refuses",
    [pol("identity", "role", S3ALL), pol("session", "sess", S3ALL), pol("boundary", "b", GET_ONLY)],
    req(session(), "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoPermissionsBoundaryAllows")
FED = {"type": "FederatedUser", "arn": f"arn:aws:sts::{ACCT}:federated-user/bob"}
add("federated-no-policy-no-permissions", SESSION, "A federated user created without a session policy has no permissions",
    [pol("identity", "user", S3ALL)], req(FED, "s3:GetObject", BUCKET), "ImplicitDeny", reason="NoSessionPolicyAllows", emptySessionLayer=True)
add("federated-with-policy", SESSION, "A federated user gets the intersection of the user's policies and the session policy",
    [pol("identity", "user", S3ALL), pol("session", "fed", GET_ONLY)], req(FED, "s3:GetObject", BUCKET), "Allow", "user/AllowS3")
add("federated-with-policy-limits", SESSION, "The federation session policy limits",
    [pol("identity", "user", S3ALL), pol("session", "fed", GET_ONLY)], req(FED, "s3:PutObject", BUCKET), "ImplicitDeny", reason="NoSessionPolicyAllows")

exec(open(os.path.join(HERE, "generate_scenarios_accounts.py")).read())

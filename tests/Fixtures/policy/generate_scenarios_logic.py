# Part two of generate_scenarios.py (run by it, sharing its helpers): variables, Action/Resource matching,
# and the evaluation branches (explicit deny, boundary, session, resource policies, cross-account, trust).
# pylint: disable=undefined-variable
OBJ = "arn:aws:s3:::bucket/key"
HOME = "arn:aws:s3:::bucket/home/${aws:username}/*"

# ---- Policy variables -------------------------------------------------------------------------------------
def var_case(name, resource_pattern, resource, context, allowed, rule, version="2012-10-17", source=VARS):
    policies = [pol("identity", "p", doc(st("Allow", "s3:GetObject", resource_pattern, sid="Var"), version=version))]
    add(name, source, rule, policies, req(user(), "s3:GetObject", resource, context),
        "Allow" if allowed else "ImplicitDeny", "p/Var" if allowed else None, None if allowed else "NoIdentityPolicyAllows")


var_case("var-username-own-folder", HOME, "arn:aws:s3:::bucket/home/alice/notes.txt", {"aws:username": "alice"}, True, "${aws:username} is replaced by the caller's name")
var_case("var-username-other-folder", HOME, "arn:aws:s3:::bucket/home/bob/notes.txt", {"aws:username": "alice"}, False, "Another user's folder does not match")
var_case("var-username-missing", HOME, "arn:aws:s3:::bucket/home/alice/notes.txt", {}, False, "No aws:username (a role session): the statement does not match")
var_case("var-username-literal-text-no-match", HOME, "arn:aws:s3:::bucket/home/${aws:username}/x", {}, False, "A missing variable never matches, not even its own text")
var_case("var-default-used", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*", "arn:aws:s3:::bucket/shared/x", {}, True, "A missing key takes the variable's default")
var_case("var-default-ignored-when-present", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*", "arn:aws:s3:::bucket/shared/x", {"aws:PrincipalTag/team": "blue"}, False, "A present key wins over the default")
var_case("var-default-present-match", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*", "arn:aws:s3:::bucket/blue/x", {"aws:PrincipalTag/team": "blue"}, True, "A present key is substituted")
var_case("var-escape-star", "arn:aws:s3:::bucket/${*}literal", "arn:aws:s3:::bucket/*literal", {}, True, "${*} is a literal asterisk")
var_case("var-escape-star-not-wildcard", "arn:aws:s3:::bucket/${*}literal", "arn:aws:s3:::bucket/xliteral", {}, False, "${*} is not a wildcard")
var_case("var-escape-question", "arn:aws:s3:::bucket/what${?}", "arn:aws:s3:::bucket/what?", {}, True, "${?} is a literal question mark")
var_case("var-escape-question-not-wildcard", "arn:aws:s3:::bucket/what${?}", "arn:aws:s3:::bucket/whatx", {}, False, "${?} is not a wildcard")
var_case("var-escape-dollar", "arn:aws:s3:::bucket/price${$}", "arn:aws:s3:::bucket/price$", {}, True, "${$} is a literal dollar sign")
var_case("var-version-2008-literal", "arn:aws:s3:::bucket/${aws:username}", "arn:aws:s3:::bucket/${aws:username}", {"aws:username": "alice"}, True,
         "In Version 2008-10-17 ${...} is plain text", version="2008-10-17")
var_case("var-version-2008-not-substituted", "arn:aws:s3:::bucket/${aws:username}", "arn:aws:s3:::bucket/alice", {"aws:username": "alice"}, False,
         "In Version 2008-10-17 variables are not substituted", version="2008-10-17")
var_case("var-version-missing-literal", "arn:aws:s3:::bucket/${aws:username}", "arn:aws:s3:::bucket/alice", {"aws:username": "alice"}, False,
         "Without a Version element the 2008 language applies: no substitution", version=None)
var_case("var-key-case-insensitive", "arn:aws:s3:::bucket/${AWS:UserName}/*", "arn:aws:s3:::bucket/alice/x", {"aws:username": "alice"}, True, "Variable key names are case-insensitive")
var_case("var-userid", "arn:aws:s3:::bucket/${aws:userid}/*", "arn:aws:s3:::bucket/AIDAEXAMPLEALICE00001/x", {"aws:userid": "AIDAEXAMPLEALICE00001"}, True, "${aws:userid}")
var_case("var-multivalued-key-unresolved", "arn:aws:s3:::bucket/${aws:TagKeys}/*", "arn:aws:s3:::bucket/a/x", {"aws:TagKeys": ["a"]}, False, "Only single-valued keys can be variables")
var_case("var-value-with-star-is-literal", "arn:aws:s3:::bucket/${aws:PrincipalTag/dir}/x", "arn:aws:s3:::bucket/anything/x", {"aws:PrincipalTag/dir": "*"}, False,
         "A substituted value is matched literally, never as a wildcard")
var_case("var-two-variables", "arn:aws:s3:::${aws:PrincipalTag/team}/${aws:username}/*", "arn:aws:s3:::blue/alice/x", {"aws:username": "alice", "aws:PrincipalTag/team": "blue"}, True, "Several variables in one resource")
var_case("var-with-wildcard-after", "arn:aws:s3:::bucket/${aws:username}*", "arn:aws:s3:::bucket/alice-reports", {"aws:username": "alice"}, True, "A variable followed by a wildcard")


def var_cond_case(name, op, key, value, context, allowed, rule):
    policies = [pol("identity", "p", doc(st("Allow", "s3:ListBucket", "arn:aws:s3:::bucket", sid="Var", cond={op: {key: value}})))]
    add(name, VARS, rule, policies, req(user(), "s3:ListBucket", "arn:aws:s3:::bucket", context),
        "Allow" if allowed else "ImplicitDeny", "p/Var" if allowed else None, None if allowed else "NoIdentityPolicyAllows")


var_cond_case("var-in-condition-equals", "StringEquals", "s3:prefix", "home/${aws:username}/", {"s3:prefix": "home/alice/", "aws:username": "alice"}, True, "Variables in condition values")
var_cond_case("var-in-condition-equals-other", "StringEquals", "s3:prefix", "home/${aws:username}/", {"s3:prefix": "home/bob/", "aws:username": "alice"}, False, "Variables in condition values: another prefix")
var_cond_case("var-in-condition-like", "StringLike", "s3:prefix", "home/${aws:username}/*", {"s3:prefix": "home/alice/docs", "aws:username": "alice"}, True, "Variables in StringLike values")
var_cond_case("var-in-condition-missing", "StringLike", "s3:prefix", "home/${aws:username}/*", {"s3:prefix": "home/alice/docs"}, False, "A condition value whose variable is missing does not match")
var_cond_case("var-in-condition-arn", "ArnEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:user/${aws:username}",
              {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/alice", "aws:username": "alice"}, True, "Variables in ARN condition values")
var_cond_case("var-in-condition-principal-tag", "StringEquals", "aws:ResourceTag/owner", "${aws:PrincipalTag/team}",
              {"aws:ResourceTag/owner": "blue", "aws:PrincipalTag/team": "blue"}, True, "ABAC: resource tag equals the principal's tag")
var_cond_case("var-in-condition-principal-tag-differs", "StringEquals", "aws:ResourceTag/owner", "${aws:PrincipalTag/team}",
              {"aws:ResourceTag/owner": "red", "aws:PrincipalTag/team": "blue"}, False, "ABAC: tags differ")

# ---- Action / NotAction / Resource / NotResource ----------------------------------------------------------
def match_case(name, statement, action, resource, allowed, rule, source):
    policies = [pol("identity", "p", doc({"Sid": "S", **statement}))]
    add(name, source, rule, policies, req(user(), action, resource), "Allow" if allowed else "ImplicitDeny",
        "p/S" if allowed else None, None if allowed else "NoIdentityPolicyAllows")


match_case("action-prefix-wildcard", {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}, "s3:GetObject", OBJ, True, "Action wildcards", ACTION)
match_case("action-prefix-wildcard-miss", {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}, "s3:PutObject", OBJ, False, "Action wildcards: other verb", ACTION)
match_case("action-case-insensitive", {"Effect": "Allow", "Action": "S3:getobject", "Resource": "*"}, "s3:GetObject", OBJ, True, "Action names are case-insensitive", ACTION)
match_case("action-question-mark", {"Effect": "Allow", "Action": "s3:?etObject", "Resource": "*"}, "s3:GetObject", OBJ, True, "? in actions", ACTION)
match_case("action-star", {"Effect": "Allow", "Action": "*", "Resource": "*"}, "iam:CreateUser", "*", True, "Action * is every action", ACTION)
match_case("action-infix-wildcard", {"Effect": "Allow", "Action": "iam:*User*", "Resource": "*"}, "iam:ListUsers", "*", True, "Wildcards anywhere in the action", ACTION)
match_case("action-infix-wildcard-miss", {"Effect": "Allow", "Action": "iam:*User*", "Resource": "*"}, "iam:CreateRole", "*", False, "Wildcards anywhere: no match", ACTION)
match_case("action-other-service", {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, "ec2:RunInstances", "*", False, "The service prefix must match", ACTION)
match_case("action-list", {"Effect": "Allow", "Action": ["sqs:SendMessage", "s3:GetObject"], "Resource": "*"}, "s3:GetObject", OBJ, True, "Actions are ORed", ACTION)
match_case("resource-case-sensitive", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::Bucket/*"}, "s3:GetObject", OBJ, False, "Resource ARNs are case-sensitive", RESOURCE)
match_case("resource-path-wildcard", {"Effect": "Allow", "Action": "iam:GetUser", "Resource": f"arn:aws:iam::{ACCT}:user/*"}, "iam:GetUser", f"arn:aws:iam::{ACCT}:user/division/bob", True, "* spans path segments", RESOURCE)
match_case("resource-question-mark", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/ke?"}, "s3:GetObject", OBJ, True, "? in resources", RESOURCE)
match_case("resource-exact-miss", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/other"}, "s3:GetObject", OBJ, False, "Exact resource mismatch", RESOURCE)
match_case("resource-list", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::a/*", "arn:aws:s3:::bucket/*"]}, "s3:GetObject", OBJ, True, "Resources are ORed", RESOURCE)
match_case("resource-account-wildcard", {"Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::*:role/Admin"}, "iam:GetRole", f"arn:aws:iam::{ACCT}:role/Admin", True, "Wildcards in the account field", RESOURCE)
match_case("not-action-allows-others", {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}, "s3:GetObject", OBJ, True, "NotAction with Allow grants everything not listed", NOTACTION)
match_case("not-action-excludes-listed", {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}, "iam:CreateUser", "*", False, "NotAction with Allow does not grant the listed actions", NOTACTION)
match_case("not-resource-allows-others", {"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::secret/*"}, "s3:GetObject", OBJ, True, "NotResource: every other resource", NOTRESOURCE)
match_case("not-resource-excludes-listed", {"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::secret/*"}, "s3:GetObject", "arn:aws:s3:::secret/x", False, "NotResource: the listed resource is not granted", NOTRESOURCE)
match_case("not-action-and-not-resource", {"Effect": "Allow", "NotAction": "s3:DeleteObject", "NotResource": "arn:aws:s3:::secret/*"}, "s3:GetObject", OBJ, True, "NotAction and NotResource together", NOTRESOURCE)

add("not-action-deny-without-mfa", NOTACTION, "The guide's example: deny everything but IAM self-service unless MFA is present (BoolIfExists)",
    [pol("identity", "p", doc(st("Allow", "*", sid="AllowAll"),
                              st("Deny", None, sid="DenyAllExceptListedIfNoMFA", NotAction=["iam:ChangePassword", "iam:ListMFADevices"],
                                 cond={"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}})))],
    req(user(), "s3:GetObject", OBJ), "ExplicitDeny", "p/DenyAllExceptListedIfNoMFA", "ExplicitDenyInIdentityPolicy")
add("not-action-deny-spares-listed", NOTACTION, "The NotAction deny does not cover the listed actions",
    [pol("identity", "p", doc(st("Allow", "*", sid="AllowAll"),
                              st("Deny", None, sid="DenyAllExceptListedIfNoMFA", NotAction=["iam:ChangePassword", "iam:ListMFADevices"],
                                 cond={"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}})))],
    req(user(), "iam:ChangePassword", "*"), "Allow", "p/AllowAll")
add("not-action-deny-with-mfa", NOTACTION, "With MFA present the deny does not apply",
    [pol("identity", "p", doc(st("Allow", "*", sid="AllowAll"),
                              st("Deny", None, sid="DenyAllExceptListedIfNoMFA", NotAction=["iam:ChangePassword"],
                                 cond={"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}})))],
    req(user(), "s3:GetObject", OBJ, {"aws:MultiFactorAuthPresent": "true"}), "Allow", "p/AllowAll")
add("bool-mfa-false-does-not-match-long-term-keys", GUIDE + "reference_policies_condition-keys.html#condition-keys-multifactorauthpresent",
    "Bool aws:MultiFactorAuthPresent false does not match long-term keys, where the key is absent: the deny does not apply",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", sid="DenyNoMfa", cond={"Bool": {"aws:MultiFactorAuthPresent": "false"}})))],
    req(user(), "s3:GetObject", OBJ), "Allow", "p/AllowS3")
add("bool-mfa-false-matches-session-without-mfa", GUIDE + "reference_policies_condition-keys.html#condition-keys-multifactorauthpresent",
    "Temporary credentials without MFA carry aws:MultiFactorAuthPresent=false: the deny applies",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", sid="DenyNoMfa", cond={"Bool": {"aws:MultiFactorAuthPresent": "false"}})))],
    req(user(), "s3:GetObject", OBJ, {"aws:MultiFactorAuthPresent": "false"}), "ExplicitDeny", "p/DenyNoMfa", "ExplicitDenyInIdentityPolicy")
add("deny-not-resource", NOTRESOURCE, "Deny with NotResource denies everything but the listed resource",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", None, sid="DenyOthers", NotResource="arn:aws:s3:::allowed/*")))],
    req(user(), "s3:GetObject", OBJ), "ExplicitDeny", "p/DenyOthers", "ExplicitDenyInIdentityPolicy")
add("deny-not-resource-spares-listed", NOTRESOURCE, "Deny with NotResource leaves the listed resource to the allow",
    [pol("identity", "p", doc(st("Allow", "s3:*", sid="AllowS3"), st("Deny", "s3:*", None, sid="DenyOthers", NotResource="arn:aws:s3:::allowed/*")))],
    req(user(), "s3:GetObject", "arn:aws:s3:::allowed/x"), "Allow", "p/AllowS3")

exec(open(os.path.join(HERE, "generate_scenarios_branches.py")).read())

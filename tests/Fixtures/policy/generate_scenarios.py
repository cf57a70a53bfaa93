#!/usr/bin/env python3
"""Writes tests/Fixtures/policy/scenarios/*.json, one scenario per file.

Each scenario's expectation is written here by hand from the IAM User Guide (the URL in "source"), never
computed by RoleCall's engine. Rerun after editing: python3 tests/Fixtures/policy/generate_scenarios.py
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios")
ACCT, OTHER = "111122223333", "444455556666"
GUIDE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
OPS = GUIDE + "reference_policies_elements_condition_operators.html"
MULTI = GUIDE + "reference_policies_condition-single-vs-multi-valued-context-keys.html"
VARS = GUIDE + "reference_policies_variables.html"
LOGIC = GUIDE + "reference_policies_evaluation-logic.html"
CROSS = GUIDE + "reference_policies_evaluation-logic-cross-account.html"
BOUNDARY = GUIDE + "access_policies_boundaries.html"
SESSION = GUIDE + "access_policies.html#policies_session"
PRINCIPAL = GUIDE + "reference_policies_elements_principal.html"
NOTPRINCIPAL = GUIDE + "reference_policies_elements_notprincipal.html"
ACTION = GUIDE + "reference_policies_elements_action.html"
NOTACTION = GUIDE + "reference_policies_elements_notaction.html"
RESOURCE = GUIDE + "reference_policies_elements_resource.html"
NOTRESOURCE = GUIDE + "reference_policies_elements_notresource.html"
TRUST = GUIDE + "id_roles_create_for-user.html"
CONDITION = GUIDE + "reference_policies_elements_condition.html"

scenarios = []


def user(name="alice", acct=ACCT, uid="AIDAEXAMPLEALICE00001"):
    return {"type": "User", "arn": f"arn:aws:iam::{acct}:user/{name}", "uniqueId": uid}


def session(role="Dev", name="s1", acct=ACCT):
    return {"type": "AssumedRole", "arn": f"arn:aws:sts::{acct}:assumed-role/{role}/{name}",
            "roleArn": f"arn:aws:iam::{acct}:role/{role}", "uniqueId": f"AROAEXAMPLEROLE000001:{name}"}


def root(acct=ACCT):
    return {"type": "Root", "account": acct}


def doc(*statements, version="2012-10-17"):
    d = {"Statement": list(statements)}
    if version:
        d = {"Version": version, **d}
    return d


def st(effect, action, resource="*", sid=None, cond=None, **extra):
    s = {}
    if sid:
        s["Sid"] = sid
    s["Effect"] = effect
    if action is not None:
        s["Action"] = action
    if resource is not None:
        s["Resource"] = resource
    s.update(extra)
    if cond:
        s["Condition"] = cond
    return s


def pol(layer, pid, document):
    return {"layer": layer, "id": pid, "document": document}


def req(principal, action, resource="*", context=None, resource_account=None):
    r = {"principal": principal, "action": action, "resource": resource}
    if resource_account:
        r["resourceAccount"] = resource_account
    if context:
        r["context"] = context
    return r


def add(name, source, rule, policies, request, decision, statement=None, reason=None, **extra):
    expect = {"decision": decision}
    if statement:
        expect["statement"] = statement
    if reason:
        expect["reason"] = reason
    scenarios.append((name, {"description": rule, "source": source, **extra, "policies": policies,
                             "request": request, "expect": expect}))


def cond_case(name, op, key, values, context, matches, rule, source=OPS):
    """An identity policy allowing s3:GetObject under one condition; the request carries `context`."""
    policies = [pol("identity", "p", doc(st("Allow", "s3:GetObject", sid="Cond", cond={op: {key: values}})))]
    request = req(user(), "s3:GetObject", "arn:aws:s3:::bucket/key", context)
    if matches:
        add(name, source, rule, policies, request, "Allow", "p/Cond")
    else:
        add(name, source, rule, policies, request, "ImplicitDeny", reason="NoIdentityPolicyAllows")


# ---- String operators -------------------------------------------------------------------------------------
U = "aws:username"
cond_case("op-string-equals-match", "StringEquals", U, "alice", {U: "alice"}, True, "StringEquals: exact, case-sensitive match")
cond_case("op-string-equals-case-sensitive", "StringEquals", U, "alice", {U: "Alice"}, False, "StringEquals is case-sensitive: JohnDoe does not match johndoe")
cond_case("op-string-equals-any-value", "StringEquals", U, ["bob", "alice"], {U: "alice"}, True, "Values of one key are ORed")
cond_case("op-string-equals-missing-key", "StringEquals", U, "alice", {}, False, "Missing key: the condition is false")
cond_case("op-string-equals-star-is-literal", "StringEquals", U, "al*", {U: "alice"}, False, "StringEquals has no wildcards: * is a literal character")
cond_case("op-string-equals-star-literal-match", "StringEquals", U, "al*", {U: "al*"}, True, "StringEquals compares * literally")
cond_case("op-string-not-equals-match", "StringNotEquals", U, "bob", {U: "alice"}, True, "StringNotEquals: true when the value differs")
cond_case("op-string-not-equals-same", "StringNotEquals", U, "alice", {U: "alice"}, False, "StringNotEquals: false when the value is listed")
cond_case("op-string-not-equals-missing-key", "StringNotEquals", U, "alice", {}, True, "Negated operator with a missing key: the condition is true")
cond_case("op-string-not-equals-list-none", "StringNotEquals", U, ["alice", "bob"], {U: "carol"}, True, "StringNotEquals with several values: true when none is equal")
cond_case("op-string-not-equals-list-one", "StringNotEquals", U, ["alice", "bob"], {U: "bob"}, False, "StringNotEquals with several values: false when any is equal")
cond_case("op-string-equals-ignore-case-match", "StringEqualsIgnoreCase", U, "ALICE", {U: "alice"}, True, "StringEqualsIgnoreCase ignores case")
cond_case("op-string-equals-ignore-case-differs", "StringEqualsIgnoreCase", U, "bob", {U: "alice"}, False, "StringEqualsIgnoreCase still compares the text")
cond_case("op-string-not-equals-ignore-case-same", "StringNotEqualsIgnoreCase", U, "ALICE", {U: "alice"}, False, "StringNotEqualsIgnoreCase: equal ignoring case is false")
cond_case("op-string-not-equals-ignore-case-differs", "StringNotEqualsIgnoreCase", U, "bob", {U: "alice"}, True, "StringNotEqualsIgnoreCase: different text is true")
cond_case("op-string-not-equals-ignore-case-missing", "StringNotEqualsIgnoreCase", U, "bob", {}, True, "Negated operator with a missing key: true")
cond_case("op-string-like-star", "StringLike", U, "al*", {U: "alice"}, True, "StringLike: * matches any run of characters")
cond_case("op-string-like-question", "StringLike", U, "a?ice", {U: "alice"}, True, "StringLike: ? matches exactly one character")
cond_case("op-string-like-question-one-only", "StringLike", U, "a?ce", {U: "alice"}, False, "StringLike: ? matches one character, not two")
cond_case("op-string-like-no-match", "StringLike", U, "b*", {U: "alice"}, False, "StringLike: prefix differs")
cond_case("op-string-like-case-sensitive", "StringLike", U, "ALI*", {U: "alice"}, False, "StringLike is case-sensitive")
cond_case("op-string-like-star-alone-present", "StringLike", U, "*", {U: "alice"}, True, "StringLike *: any present value")
cond_case("op-string-like-star-alone-missing", "StringLike", U, "*", {}, False, "StringLike * with a missing key is still false")
cond_case("op-string-not-like-match", "StringNotLike", U, "al*", {U: "alice"}, False, "StringNotLike: false when the pattern matches")
cond_case("op-string-not-like-differs", "StringNotLike", U, "b*", {U: "alice"}, True, "StringNotLike: true when no pattern matches")
cond_case("op-string-not-like-missing", "StringNotLike", U, "b*", {}, True, "Negated operator with a missing key: true")
cond_case("op-string-equals-if-exists-missing", "StringEqualsIfExists", U, "alice", {}, True, "IfExists: a missing key makes the condition true")
cond_case("op-string-equals-if-exists-present-match", "StringEqualsIfExists", U, "alice", {U: "alice"}, True, "IfExists: a present key is compared normally")
cond_case("op-string-equals-if-exists-present-differs", "StringEqualsIfExists", U, "alice", {U: "bob"}, False, "IfExists: a present key that differs is false")
cond_case("op-string-not-like-if-exists-missing", "StringNotLikeIfExists", U, "b*", {}, True, "IfExists on a negated operator: missing is true")
cond_case("op-string-like-if-exists-present-differs", "StringLikeIfExists", U, "b*", {U: "alice"}, False, "StringLikeIfExists on a present key compares")

# ---- Numeric operators ------------------------------------------------------------------------------------
N = "s3:max-keys"
cond_case("op-numeric-equals", "NumericEquals", N, "10", {N: "10"}, True, "NumericEquals")
cond_case("op-numeric-equals-decimal", "NumericEquals", N, "10", {N: "10.0"}, True, "NumericEquals compares numbers, not text")
cond_case("op-numeric-equals-differs", "NumericEquals", N, "10", {N: "11"}, False, "NumericEquals: different number")
cond_case("op-numeric-equals-json-number", "NumericEquals", N, 10, {N: "10"}, True, "A JSON number in the policy is read like its text")
cond_case("op-numeric-not-equals", "NumericNotEquals", N, "10", {N: "11"}, True, "NumericNotEquals: different")
cond_case("op-numeric-not-equals-same", "NumericNotEquals", N, "10", {N: "10"}, False, "NumericNotEquals: same")
cond_case("op-numeric-not-equals-missing", "NumericNotEquals", N, "10", {}, True, "Negated numeric operator with a missing key: true")
cond_case("op-numeric-less-than", "NumericLessThan", N, "10", {N: "9"}, True, "NumericLessThan")
cond_case("op-numeric-less-than-equal-value", "NumericLessThan", N, "10", {N: "10"}, False, "NumericLessThan is strict")
cond_case("op-numeric-less-than-equals", "NumericLessThanEquals", N, "10", {N: "10"}, True, "NumericLessThanEquals includes equality")
cond_case("op-numeric-less-than-equals-above", "NumericLessThanEquals", N, "10", {N: "11"}, False, "NumericLessThanEquals above")
cond_case("op-numeric-greater-than", "NumericGreaterThan", N, "10", {N: "11"}, True, "NumericGreaterThan")
cond_case("op-numeric-greater-than-equal-value", "NumericGreaterThan", N, "10", {N: "10"}, False, "NumericGreaterThan is strict")
cond_case("op-numeric-greater-than-equals", "NumericGreaterThanEquals", N, "10", {N: "10"}, True, "NumericGreaterThanEquals includes equality")
cond_case("op-numeric-greater-than-equals-below", "NumericGreaterThanEquals", N, "10", {N: "9"}, False, "NumericGreaterThanEquals below")
cond_case("op-numeric-less-than-missing", "NumericLessThan", N, "10", {}, False, "Missing key: false")
cond_case("op-numeric-less-than-if-exists-missing", "NumericLessThanIfExists", N, "10", {}, True, "NumericLessThanIfExists with a missing key: true")
cond_case("op-numeric-mfa-age", "NumericLessThan", "aws:MultiFactorAuthAge", "3600", {"aws:MultiFactorAuthAge": "100"}, True,
          "The guide's example: allow only if MFA was used within the hour", GUIDE + "reference_policies_condition-keys.html#condition-keys-multifactorauthage")
cond_case("op-numeric-mfa-age-too-old", "NumericLessThan", "aws:MultiFactorAuthAge", "3600", {"aws:MultiFactorAuthAge": "7200"}, False,
          "MFA older than an hour", GUIDE + "reference_policies_condition-keys.html#condition-keys-multifactorauthage")
cond_case("op-numeric-mfa-age-absent", "NumericLessThan", "aws:MultiFactorAuthAge", "3600", {}, False,
          "No MFA at all: the key is absent and the condition is false", GUIDE + "reference_policies_condition-keys.html#condition-keys-multifactorauthage")
cond_case("op-numeric-negative", "NumericGreaterThan", N, "-5", {N: "0"}, True, "Negative numbers")

# ---- Date operators ---------------------------------------------------------------------------------------
T = "aws:CurrentTime"
cond_case("op-date-greater-than", "DateGreaterThan", T, "2020-01-01T00:00:00Z", {T: "2021-06-01T12:00:00Z"}, True, "DateGreaterThan")
cond_case("op-date-greater-than-earlier", "DateGreaterThan", T, "2020-01-01T00:00:00Z", {T: "2019-06-01T12:00:00Z"}, False, "DateGreaterThan: earlier is false")
cond_case("op-date-less-than", "DateLessThan", T, "2020-01-01T00:00:00Z", {T: "2019-12-31T23:59:59Z"}, True, "DateLessThan")
cond_case("op-date-less-than-later", "DateLessThan", T, "2020-01-01T00:00:00Z", {T: "2021-01-01T00:00:00Z"}, False, "DateLessThan: later is false")
cond_case("op-date-equals-epoch-vs-iso", "DateEquals", T, "2020-01-01T00:00:00Z", {T: "1577836800"}, True, "Dates compare as instants: epoch seconds equal ISO 8601")
cond_case("op-date-equals-offset", "DateEquals", T, "2020-01-01T02:00:00+02:00", {T: "2020-01-01T00:00:00Z"}, True, "ISO 8601 offsets are honoured")
cond_case("op-date-equals-date-only", "DateEquals", T, "2020-01-01", {T: "2020-01-01T00:00:00Z"}, True, "A date without time is midnight UTC")
cond_case("op-date-not-equals-same", "DateNotEquals", T, "2020-01-01T00:00:00Z", {T: "2020-01-01T00:00:00Z"}, False, "DateNotEquals: same instant")
cond_case("op-date-not-equals-differs", "DateNotEquals", T, "2020-01-01T00:00:00Z", {T: "2020-01-02T00:00:00Z"}, True, "DateNotEquals: different instant")
cond_case("op-date-not-equals-missing", "DateNotEquals", T, "2020-01-01T00:00:00Z", {}, True, "Negated date operator, missing key: true")
cond_case("op-date-less-than-equals-equal", "DateLessThanEquals", T, "2020-01-01T00:00:00Z", {T: "2020-01-01T00:00:00Z"}, True, "DateLessThanEquals includes equality")
cond_case("op-date-greater-than-equals-equal", "DateGreaterThanEquals", T, "2020-01-01T00:00:00Z", {T: "2020-01-01T00:00:00Z"}, True, "DateGreaterThanEquals includes equality")
cond_case("op-date-greater-than-equals-earlier", "DateGreaterThanEquals", T, "2020-01-01T00:00:00Z", {T: "2019-01-01T00:00:00Z"}, False, "DateGreaterThanEquals: earlier")
cond_case("op-date-policy-epoch", "DateLessThan", T, "1577836800", {T: "2019-06-01T00:00:00Z"}, True, "Policy dates may be epoch seconds")
cond_case("op-date-missing", "DateGreaterThan", T, "2020-01-01T00:00:00Z", {}, False, "Missing key: false")
cond_case("op-date-if-exists-missing", "DateGreaterThanIfExists", T, "2020-01-01T00:00:00Z", {}, True, "DateGreaterThanIfExists, missing key: true")
cond_case("op-date-window", "DateGreaterThan", T, ["2030-01-01T00:00:00Z", "2020-01-01T00:00:00Z"], {T: "2025-01-01T00:00:00Z"}, True, "Several dates are ORed")

# ---- Bool, Binary, IP, ARN, Null --------------------------------------------------------------------------
S = "aws:SecureTransport"
cond_case("op-bool-true", "Bool", S, "true", {S: "true"}, True, "Bool true")
cond_case("op-bool-false-value", "Bool", S, "true", {S: "false"}, False, "Bool: false does not match true")
cond_case("op-bool-json-boolean", "Bool", S, True, {S: "true"}, True, "A JSON boolean in the policy reads as its text")
cond_case("op-bool-missing", "Bool", S, "false", {}, False, "Bool with a missing key is false, even when testing for false")
cond_case("op-bool-if-exists-missing", "BoolIfExists", S, "false", {}, True, "BoolIfExists with a missing key: true")
B = "aws:BinaryKey"
cond_case("op-binary-equals", "BinaryEquals", B, "QmluYXJ5VmFsdWVJbkJhc2U2NA==", {B: "QmluYXJ5VmFsdWVJbkJhc2U2NA=="}, True, "BinaryEquals compares base64 values")
cond_case("op-binary-equals-differs", "BinaryEquals", B, "QmluYXJ5VmFsdWVJbkJhc2U2NA==", {B: "T3RoZXJWYWx1ZQ=="}, False, "BinaryEquals: different bytes")
IP = "aws:SourceIp"
cond_case("op-ip-v4-in", "IpAddress", IP, "203.0.113.0/24", {IP: "203.0.113.5"}, True, "IpAddress: inside the CIDR block")
cond_case("op-ip-v4-out", "IpAddress", IP, "203.0.113.0/24", {IP: "198.51.100.1"}, False, "IpAddress: outside the block")
cond_case("op-ip-v4-single", "IpAddress", IP, "203.0.113.5", {IP: "203.0.113.5"}, True, "IpAddress: a bare address is a /32")
cond_case("op-ip-v4-list", "IpAddress", IP, ["192.0.2.0/24", "203.0.113.0/24"], {IP: "203.0.113.9"}, True, "IpAddress: blocks are ORed")
cond_case("op-ip-v6-in", "IpAddress", IP, "2001:DB8:1234:5678::/64", {IP: "2001:db8:1234:5678::1"}, True, "IpAddress with an IPv6 block")
cond_case("op-ip-v6-out", "IpAddress", IP, "2001:DB8:1234:5678::/64", {IP: "2001:db8:1234:5679::1"}, False, "IpAddress: IPv6 outside")
cond_case("op-ip-v4-against-v6", "IpAddress", IP, "2001:DB8::/32", {IP: "203.0.113.5"}, False, "An IPv4 address is not in an IPv6 block")
cond_case("op-ip-missing", "IpAddress", IP, "203.0.113.0/24", {}, False, "IpAddress with a missing key: false")
cond_case("op-not-ip-out", "NotIpAddress", IP, "203.0.113.0/24", {IP: "198.51.100.1"}, True, "NotIpAddress: outside is true")
cond_case("op-not-ip-in", "NotIpAddress", IP, "203.0.113.0/24", {IP: "203.0.113.1"}, False, "NotIpAddress: inside is false")
cond_case("op-not-ip-missing", "NotIpAddress", IP, "203.0.113.0/24", {}, True, "NotIpAddress with a missing key: true")
cond_case("op-ip-if-exists-missing", "IpAddressIfExists", IP, "203.0.113.0/24", {}, True, "IpAddressIfExists with a missing key: true")
A = "aws:SourceArn"
TOPIC = f"arn:aws:sns:us-east-1:{ACCT}:topic"
cond_case("op-arn-equals", "ArnEquals", A, TOPIC, {A: TOPIC}, True, "ArnEquals")
cond_case("op-arn-equals-differs", "ArnEquals", A, TOPIC, {A: f"arn:aws:sns:us-east-1:{ACCT}:other"}, False, "ArnEquals: different resource")
cond_case("op-arn-like-resource-star", "ArnLike", A, f"arn:aws:iam::{ACCT}:role/*", {A: f"arn:aws:iam::{ACCT}:role/path/x"}, True, "ArnLike: * in the resource field")
cond_case("op-arn-like-region-star", "ArnLike", A, f"arn:aws:sns:*:{ACCT}:topic", {A: TOPIC}, True, "ArnLike: * in the region field")
cond_case("op-arn-like-star-does-not-span-fields", "ArnLike", A, f"arn:aws:sns:*:{ACCT}:topic", {A: f"arn:aws:sns:us-east-1:extra:{ACCT}:topic"}, False,
          "ArnLike checks each of the six colon-delimited fields separately: * does not span a colon")
cond_case("op-arn-like-question", "ArnLike", A, f"arn:aws:sns:us-east-?:{ACCT}:topic", {A: TOPIC}, True, "ArnLike: ? in a field")
cond_case("op-arn-equals-wildcard", "ArnEquals", A, f"arn:aws:sns:us-east-1:{ACCT}:*", {A: TOPIC}, True, "ArnEquals accepts wildcards like ArnLike")
cond_case("op-arn-like-case-sensitive", "ArnLike", A, f"arn:aws:sns:us-east-1:{ACCT}:Topic", {A: TOPIC}, False, "ARN comparison is case-sensitive")
cond_case("op-arn-not-equals-same", "ArnNotEquals", A, TOPIC, {A: TOPIC}, False, "ArnNotEquals: same ARN")
cond_case("op-arn-not-equals-differs", "ArnNotEquals", A, TOPIC, {A: f"arn:aws:sns:us-east-1:{OTHER}:topic"}, True, "ArnNotEquals: different ARN")
cond_case("op-arn-not-like-match", "ArnNotLike", A, f"arn:aws:sns:*:{ACCT}:*", {A: TOPIC}, False, "ArnNotLike: pattern matches")
cond_case("op-arn-not-like-missing", "ArnNotLike", A, f"arn:aws:sns:*:{ACCT}:*", {}, True, "ArnNotLike with a missing key: true")
cond_case("op-arn-like-missing", "ArnLike", A, f"arn:aws:sns:*:{ACCT}:*", {}, False, "ArnLike with a missing key: false")
cond_case("op-arn-like-if-exists-missing", "ArnLikeIfExists", A, f"arn:aws:sns:*:{ACCT}:*", {}, True, "ArnLikeIfExists with a missing key: true")
TI = "aws:TokenIssueTime"
cond_case("op-null-true-absent", "Null", TI, "true", {}, True, "Null true: the key is absent (long-term credentials)", GUIDE + "reference_policies_elements_condition_operators.html#Conditions_Null")
cond_case("op-null-true-present", "Null", TI, "true", {TI: "2024-01-01T00:00:00Z"}, False, "Null true: the key is present")
cond_case("op-null-false-present", "Null", TI, "false", {TI: "2024-01-01T00:00:00Z"}, True, "Null false: the key is present (temporary credentials)")
cond_case("op-null-false-absent", "Null", TI, "false", {}, False, "Null false: the key is absent")
cond_case("op-null-empty-list", "Null", "aws:TagKeys", "true", {"aws:TagKeys": []}, True, "Null true: an empty multivalued key counts as absent")

# ---- Multivalued keys and set operators -------------------------------------------------------------------
TK = "aws:TagKeys"
cond_case("set-for-all-values-subset", "ForAllValues:StringEquals", TK, ["environment", "cost-center"], {TK: ["environment"]}, True,
          "ForAllValues: every request value is in the policy set", MULTI)
cond_case("set-for-all-values-extra", "ForAllValues:StringEquals", TK, ["environment", "cost-center"], {TK: ["environment", "owner"]}, False,
          "ForAllValues: a request value outside the set fails", MULTI)
cond_case("set-for-all-values-missing", "ForAllValues:StringEquals", TK, ["environment"], {}, True,
          "ForAllValues with a missing key is true (vacuously)", MULTI)
cond_case("set-for-all-values-empty", "ForAllValues:StringEquals", TK, ["environment"], {TK: []}, True,
          "ForAllValues with an empty list is true", MULTI)
cond_case("set-for-any-value-overlap", "ForAnyValue:StringEquals", TK, ["environment", "cost-center"], {TK: ["owner", "environment"]}, True,
          "ForAnyValue: at least one request value is in the set", MULTI)
cond_case("set-for-any-value-disjoint", "ForAnyValue:StringEquals", TK, ["environment"], {TK: ["owner"]}, False,
          "ForAnyValue: no value in common", MULTI)
cond_case("set-for-any-value-missing", "ForAnyValue:StringEquals", TK, ["environment"], {}, False,
          "ForAnyValue with a missing key is false", MULTI)
cond_case("set-for-any-value-empty", "ForAnyValue:StringEquals", TK, ["environment"], {TK: []}, False,
          "ForAnyValue with an empty list is false", MULTI)
cond_case("set-for-any-value-if-exists-missing", "ForAnyValue:StringEqualsIfExists", TK, ["environment"], {}, True,
          "ForAnyValue with IfExists and a missing key is true", MULTI)
cond_case("set-for-all-values-like", "ForAllValues:StringLike", TK, ["env*", "cost-*"], {TK: ["environment", "cost-center"]}, True,
          "ForAllValues:StringLike: each value matches some pattern", MULTI)
cond_case("set-for-all-values-like-one-off", "ForAllValues:StringLike", TK, ["env*"], {TK: ["environment", "owner"]}, False,
          "ForAllValues:StringLike: one value matches no pattern", MULTI)
cond_case("set-for-any-value-not-equals-some", "ForAnyValue:StringNotEquals", TK, ["environment"], {TK: ["environment", "owner"]}, True,
          "ForAnyValue:StringNotEquals: some request value is not listed", MULTI)
cond_case("set-for-any-value-not-equals-none", "ForAnyValue:StringNotEquals", TK, ["environment"], {TK: ["environment"]}, False,
          "ForAnyValue:StringNotEquals: every request value is listed", MULTI)
cond_case("set-for-all-values-not-equals-none", "ForAllValues:StringNotEquals", TK, ["secret"], {TK: ["environment", "owner"]}, True,
          "ForAllValues:StringNotEquals: no request value is listed", MULTI)
cond_case("set-for-all-values-not-equals-one", "ForAllValues:StringNotEquals", TK, ["secret"], {TK: ["environment", "secret"]}, False,
          "ForAllValues:StringNotEquals: one request value is listed", MULTI)
cond_case("set-plain-operator-on-list-any", "StringEquals", TK, "environment", {TK: ["owner", "environment"]}, True,
          "A plain operator on a multivalued key matches when any value matches", MULTI)
cond_case("set-plain-negated-on-list", "StringNotEquals", TK, "environment", {TK: ["owner", "environment"]}, False,
          "A plain negated operator on a multivalued key is true only if no value matches", MULTI)
cond_case("set-for-any-value-numeric", "ForAnyValue:NumericGreaterThan", "ec2:Sizes", "100", {"ec2:Sizes": ["10", "200"]}, True,
          "Set operators work with every operator family", MULTI)
cond_case("set-for-all-values-ignore-case", "ForAllValues:StringEqualsIgnoreCase", TK, ["Environment"], {TK: ["ENVIRONMENT", "environment"]}, True,
          "ForAllValues:StringEqualsIgnoreCase", MULTI)
cond_case("set-for-any-value-ip", "ForAnyValue:IpAddress", "aws:VpcSourceIps", "10.0.0.0/8", {"aws:VpcSourceIps": ["192.168.1.1", "10.1.2.3"]}, True,
          "ForAnyValue:IpAddress", MULTI)

# ---- Key names are case-insensitive; AND/OR structure -----------------------------------------------------
cond_case("key-case-policy-upper", "StringEquals", "AWS:USERNAME", "alice", {"aws:username": "alice"}, True,
          "Context key names are not case-sensitive: aws:SourceIP equals AWS:SourceIp", CONDITION)
cond_case("key-case-context-mixed", "IpAddress", "aws:SourceIP", "203.0.113.0/24", {"Aws:SourceIp": "203.0.113.7"}, True,
          "Key names match whatever case the request uses", CONDITION)
cond_case("key-case-tag-key", "StringEquals", "aws:PrincipalTag/Team", "blue", {"aws:principaltag/team": "blue"}, True,
          "Tag key names in condition keys are case-insensitive", CONDITION)


def and_case(name, cond, context, matches, rule):
    policies = [pol("identity", "p", doc(st("Allow", "s3:GetObject", sid="Cond", cond=cond)))]
    request = req(user(), "s3:GetObject", "arn:aws:s3:::bucket/key", context)
    add(name, CONDITION, rule, policies, request, "Allow" if matches else "ImplicitDeny", "p/Cond" if matches else None,
        None if matches else "NoIdentityPolicyAllows")


two_keys = {"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "blue"}}
and_case("and-two-keys-both", two_keys, {"aws:username": "alice", "aws:PrincipalTag/team": "blue"}, True, "Keys of one operator are ANDed: both hold")
and_case("and-two-keys-one", two_keys, {"aws:username": "alice", "aws:PrincipalTag/team": "red"}, False, "Keys of one operator are ANDed: one fails")
two_ops = {"StringEquals": {"aws:username": "alice"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}
and_case("and-two-operators-both", two_ops, {"aws:username": "alice", "aws:SourceIp": "203.0.113.1"}, True, "Operators are ANDed: both hold")
and_case("and-two-operators-one", two_ops, {"aws:username": "alice", "aws:SourceIp": "192.0.2.1"}, False, "Operators are ANDed: the IP fails")
and_case("and-two-operators-missing", two_ops, {"aws:username": "alice"}, False, "Operators are ANDed: a missing key fails its operator")

exec(open(os.path.join(HERE, "generate_scenarios_logic.py")).read())

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
names = set()
for index, (name, body) in enumerate(scenarios, 1):
    assert name not in names, name
    names.add(name)
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(body, f, indent=2)
        f.write("\n")
print(f"wrote {len(scenarios)} scenarios to {OUT}")

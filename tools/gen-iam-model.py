#!/usr/bin/env python3
"""Extracts the IAM operations rolecall's `iam` commands support from the botocore service model installed
on this machine into a compact JSON catalog: operation names, input and output members in API order, their
types, required flags and pagination keys. Only API facts are kept (no documentation text).

Run: python3 tools/gen-iam-model.py > src/RoleCall.Cli/Commands/Iam/Model/iam-model.json
"""
import gzip, json, os, sys
import botocore
from botocore import xform_name

OPERATIONS = """
CreateUser GetUser ListUsers UpdateUser DeleteUser TagUser UntagUser ListUserTags
CreateGroup GetGroup ListGroups DeleteGroup AddUserToGroup RemoveUserFromGroup ListGroupsForUser
CreateAccessKey ListAccessKeys UpdateAccessKey DeleteAccessKey GetAccessKeyLastUsed
CreatePolicy GetPolicy ListPolicies DeletePolicy CreatePolicyVersion GetPolicyVersion ListPolicyVersions
SetDefaultPolicyVersion DeletePolicyVersion ListEntitiesForPolicy
AttachUserPolicy DetachUserPolicy ListAttachedUserPolicies AttachGroupPolicy DetachGroupPolicy
ListAttachedGroupPolicies AttachRolePolicy DetachRolePolicy ListAttachedRolePolicies
PutUserPolicy GetUserPolicy ListUserPolicies DeleteUserPolicy PutGroupPolicy GetGroupPolicy ListGroupPolicies
DeleteGroupPolicy PutRolePolicy GetRolePolicy ListRolePolicies DeleteRolePolicy
CreateRole GetRole ListRoles UpdateRole UpdateRoleDescription UpdateAssumeRolePolicy DeleteRole TagRole UntagRole ListRoleTags
PutRolePermissionsBoundary DeleteRolePermissionsBoundary PutUserPermissionsBoundary DeleteUserPermissionsBoundary
CreateVirtualMFADevice EnableMFADevice ListMFADevices ListVirtualMFADevices DeactivateMFADevice
DeleteVirtualMFADevice ResyncMFADevice
SimulateCustomPolicy SimulatePrincipalPolicy GetContextKeysForCustomPolicy GetContextKeysForPrincipalPolicy
GetAccountSummary
""".split()

data = os.path.join(os.path.dirname(botocore.__file__), "data", "iam", "2010-05-08")
model = json.load(gzip.open(os.path.join(data, "service-2.json.gz")))
pages = json.load(open(os.path.join(data, "paginators-1.json")))["pagination"]
shapes = model["shapes"]
used = {}

def ref(name):
    """Copies one shape (recursively) in compact form: t=type, m=members, r=required, e=list element."""
    if name in used:
        return name
    s = shapes[name]
    out = {"t": s["type"]}
    used[name] = out
    if s["type"] == "structure":
        # [member name, shape name, the AWS CLI's option name (botocore's xform_name)]
        out["m"] = [[k, ref(v["shape"]), xform_name(k, "-")] for k, v in s["members"].items()]
        if s.get("required"):
            out["r"] = s["required"]
    elif s["type"] == "list":
        out["e"] = ref(s["member"]["shape"])
    elif s["type"] == "map":
        out["k"] = ref(s["key"]["shape"]); out["v"] = ref(s["value"]["shape"])
    elif s["type"] in ("string", "integer") and ("min" in s or "max" in s):
        out.update({k: s[k] for k in ("min", "max") if k in s})
    if s["type"] == "string" and "enum" in s:
        out["enum"] = s["enum"]
    return name

ops = {}
for op in OPERATIONS:
    o = model["operations"][op]
    entry = {"cli": xform_name(op, "-")}
    if "input" in o:
        entry["in"] = ref(o["input"]["shape"])
    if "output" in o:
        entry["out"] = ref(o["output"]["shape"])
        entry["wrap"] = o["output"].get("resultWrapper")
    if op in pages:
        p = pages[op]
        entry["page"] = {k: p[k] for k in ("input_token", "output_token", "limit_key", "more_results", "result_key") if k in p}
    ops[op] = entry

json.dump({"source": "botocore %s iam 2010-05-08 service model (Apache-2.0), shapes only" % botocore.__version__,
           "operations": ops, "shapes": used}, sys.stdout, indent=None, separators=(",", ":"), sort_keys=False)

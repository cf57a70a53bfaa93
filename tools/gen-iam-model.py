#!/usr/bin/env python3
"""Extracts the IAM operations rolecall's `iam` commands support from the botocore service model installed
on this machine into two embedded resources:

  iam-model.txt   API facts only, read on every `rolecall iam` call: operation names, input and output
                  members in API order, their types, required members, enums and the paginator keys. One
                  self-contained block per operation (every shape it reaches) behind an index of byte
                  ranges, so a command parses only its own operation's block (see IamModel.cs).
  iam-docs.json   the operations' and their parameters' documentation converted to plain text the way the
                  AWS CLI's help shows it (links and markup dropped, paragraphs and list items kept); read
                  only by `rolecall iam <command> help`, never on the call path.

Run: python3 tools/gen-iam-model.py src/RoleCall.Cli/Commands/Iam/Model
"""
import gzip, html, html.parser, json, os, re, sys, textwrap
import botocore
from botocore import xform_name
import awscli.clidriver  # noqa: F401  (imports awscli's modules in the order they expect)
from awscli.customizations import paginate
from awscli.customizations.cliinputjson import CliInputJSONArgument
from awscli.customizations.generatecliskeleton import GenerateCliSkeletonArgument

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
CreateLoginProfile GetLoginProfile UpdateLoginProfile DeleteLoginProfile ChangePassword
GetAccountPasswordPolicy UpdateAccountPasswordPolicy DeleteAccountPasswordPolicy
CreateAccountAlias ListAccountAliases DeleteAccountAlias
""".split()

WIDTH = 74  # help text column width (the AWS CLI's man pages wrap near 80 with their indent)

data = os.path.join(os.path.dirname(botocore.__file__), "data", "iam", "2010-05-08")
model = json.load(gzip.open(os.path.join(data, "service-2.json.gz")))
pages = json.load(open(os.path.join(data, "paginators-1.json")))["pagination"]
shapes = model["shapes"]


def token(text):
    """Every field of the text format is one space-free token."""
    if not text or re.search(r"\s", text):
        raise SystemExit("model token with whitespace: %r" % text)
    return text


def reachable(name, into):
    """The shapes a block needs, in first-reached order (input first, then output)."""
    if name in into:
        return
    into.append(name)
    s = shapes[name]
    if s["type"] == "structure":
        for v in s["members"].values():
            reachable(v["shape"], into)
    elif s["type"] == "list":
        reachable(s["member"]["shape"], into)
    elif s["type"] == "map":
        reachable(s["value"]["shape"], into)


def shape_lines(name):
    s = shapes[name]
    lines = ["shape %s %s" % (token(name), token(s["type"]))]
    if s["type"] == "structure":
        for k, v in s["members"].items():
            # member name, shape name, the AWS CLI's option name (botocore's xform_name)
            lines.append("m %s %s %s" % (token(k), token(v["shape"]), token(xform_name(k, "-"))))
        if s.get("required"):
            lines.append("r " + " ".join(token(r) for r in s["required"]))
    elif s["type"] == "list":
        lines.append("e " + token(s["member"]["shape"]))
    elif s["type"] == "map":
        lines.append("e " + token(s["value"]["shape"]))
    if s["type"] == "string" and "enum" in s:
        lines.append("enum " + " ".join(token(v) for v in s["enum"]))
    # botocore's client-side range check reads only `min` (length of strings and lists, value of numbers).
    if s["type"] in ("string", "list", "integer", "long") and "min" in s:
        lines.append("min %d" % s["min"])
    return lines


def block(op):
    o = model["operations"][op]
    names = []
    for key in ("input", "output"):
        if key in o:
            reachable(o[key]["shape"], names)
    lines = ["op %s %s %s %s" % (op, xform_name(op, "-"), o.get("input", {}).get("shape", "-"),
                                 o.get("output", {}).get("shape", "-"))]
    if op in pages:
        p = pages[op]
        keys = p["result_key"] if isinstance(p["result_key"], list) else [p["result_key"]]
        lines.append("page %s %s %s %s %s %s" % (
            token(p["input_token"]), token(p["output_token"]), p.get("more_results", "-"), p.get("limit_key", "-"),
            ",".join(keys), ",".join(p.get("non_aggregate_keys", [])) or "-"))
    for name in names:
        lines.extend(shape_lines(name))
    return "\n".join(lines) + "\n"


class _Text(html.parser.HTMLParser):
    """botocore's HTML documentation to paragraphs of plain text, as the AWS CLI's help renders it: markup
    and link targets dropped, <p>/<note>/<li> start paragraphs, list items bulleted with `* `."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current, self.bullet = [], [], False

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        self.current = []
        if text:
            self.paragraphs.append(("* " if self.bullet else "") + text)
            self.bullet = False

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li", "note", "important", "ul", "ol", "br"):
            self.flush()
            # A <p> right inside an <li> is still that item's text.
            self.bullet = tag == "li" or (self.bullet and tag == "p")
            if tag in ("note", "important"):
                self.paragraphs.append("Note:" if tag == "note" else "Important:")

    def handle_endtag(self, tag):
        if tag in ("p", "li", "note", "important", "ul", "ol"):
            self.flush()

    def handle_data(self, data):
        self.current.append(data)


def plain(doc):
    parser = _Text()
    parser.feed(doc or "")
    parser.close()
    parser.flush()
    wrapped = []
    for paragraph in parser.paragraphs:
        indent = "  " if paragraph.startswith("* ") else ""
        wrapped.append(textwrap.fill(paragraph, WIDTH, subsequent_indent=indent, break_on_hyphens=False))
    return "\n\n".join(wrapped)


def docs(op):
    o = model["operations"][op]
    entry = {"doc": plain(o.get("documentation")), "params": {}}
    if "input" in o:
        for k, v in shapes[o["input"]["shape"]]["members"].items():
            entry["params"][k] = plain(v.get("documentation") or shapes[v["shape"]].get("documentation"))
    return entry


def awscli_version():
    import awscli
    return awscli.__version__


def main(out_dir):
    source = "botocore %s iam 2010-05-08 service model (Apache-2.0)" % botocore.__version__
    blocks = [(op, block(op).encode("utf-8")) for op in OPERATIONS]
    # The index gives each operation's block as (offset, length) in bytes from the end of the index.
    index, offset = [], 0
    for op, body in blocks:
        index.append("%s %d %d" % (op, offset, len(body)))
        offset += len(body)
    header = "rolecall-iam-model 1 %d\n%s\n" % (len(index), "\n".join(index))
    with open(os.path.join(out_dir, "iam-model.txt"), "wb") as f:
        f.write(header.encode("utf-8"))
        for _, body in blocks:
            f.write(body)
    with open(os.path.join(out_dir, "iam-docs.json"), "w", encoding="utf-8") as f:
        # The AWS CLI's own options' help (awscli is Apache-2.0 too), shown with the paging options.
        options = {"--starting-token": paginate.STARTING_TOKEN_HELP, "--max-items": paginate.MAX_ITEMS_HELP,
                   "--page-size": paginate.PAGE_SIZE_HELP,
                   # these two are ReST, not HTML: ``x`` is code
                   "--cli-input-json": CliInputJSONArgument.ARG_DATA["help_text"].replace("``", ""),
                   "--generate-cli-skeleton": GenerateCliSkeletonArgument.ARG_DATA["help_text"].replace("``", "")}
        json.dump({"source": source + " and awscli %s option help, documentation converted to plain text" % awscli_version(),
                   "options": {k: plain(v) for k, v in options.items()},
                   "operations": {op: docs(op) for op in OPERATIONS}}, f, indent=None, ensure_ascii=False,
                  separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src", "RoleCall.Cli",
                                                             "Commands", "Iam", "Model"))

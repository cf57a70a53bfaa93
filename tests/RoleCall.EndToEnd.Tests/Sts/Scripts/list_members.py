"""Issue 16, server side: botocore's iam and sts models name every list-of-structure parameter with required
members; botocore (client-side validation off) sends each with a member missing one required field, or two
members missing different fields, to `rolecall serve`. Other required parameters are filled with plausible
values. Prints one JSON object per case: operation, parameter, the error code and message the server gave,
and the message AWS gives. Endpoint and root keys come from the environment; the C# test judges."""
import json
import os

import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

session = botocore.session.get_session()


def lower_camel(name):
    return name[0].lower() + name[1:]


def filler(shape):
    if shape.type_name == "string":
        return "a" * max(2, shape.metadata.get("min", 0))
    if shape.type_name in ("integer", "long"):
        return max(900, shape.metadata.get("min", 0))
    if shape.type_name == "boolean":
        return False
    if shape.type_name == "list":
        return []
    return {}


def member(required, present):
    return {field: "v" for field in required if field in present}


def aws_message(problems):
    noun = "error" if len(problems) == 1 else "errors"
    return f"{len(problems)} validation {noun} detected: " + "; ".join(
        f"Value null at '{lower_camel(p)}.{i}.member.{lower_camel(f)}' failed to satisfy constraint: Member must not be null"
        for p, i, f in problems)


results = []
for service in ("iam", "sts"):
    client = session.create_client(service, endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1",
                                   config=Config(parameter_validation=False, retries={"max_attempts": 1}))
    model = client.meta.service_model
    for operation in model.operation_names:
        shape = model.operation_model(operation).input_shape
        if shape is None:
            continue
        for name, list_shape in shape.members.items():
            if list_shape.type_name != "list" or list_shape.member.type_name != "structure" or not list_shape.member.required_members:
                continue
            required = list_shape.member.required_members
            cases = [([member(required, [f for f in required if f != missing])], [(name, 1, missing)]) for missing in required]
            if len(required) > 1:
                cases.append(([member(required, required[1:]), member(required, required[:1])],
                              [(name, 1, required[0]), (name, 2, required[1])]))
            for items, problems in cases:
                params = {m: filler(s) for m, s in shape.members.items() if m in shape.required_members and m != name}
                params[name] = items
                method = getattr(client, botocore.xform_name(operation))
                try:
                    method(**params)
                    code, message = "OK", ""
                except ClientError as e:
                    code, message = e.response["Error"]["Code"], e.response["Error"]["Message"]
                results.append({"operation": f"{service}:{operation}", "parameter": name, "code": code,
                                "message": message, "expected": aws_message(problems)})
print(json.dumps(results))

#!/usr/bin/env python3
"""The jmespath.py column of docs/readme/output.md's JMESPath tables, measured the way the C# side is.

    python3 bench/jmespath-py.py            # needs jmespath 1.x (pip install jmespath; the AWS CLI's dependency)

- the compliance suite's benchmarks.json (tests/Fixtures/jmespath-compliance): `parse` = jmespath.compile with
  the parser cache purged, `interpret` = search with the expression compiled once, `full` = both;
- the four --query expressions of IamQueryBenchmarks over the same 1,000 synthetic roles (interpret only).

Prints microseconds per operation (best of 5 repeats of timeit's automatic loop count), one Markdown row each.
Run it in the same minutes as `dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter
'*ComplianceBenchmarks*' '*IamQueryBenchmarks*'` so both columns see the same machine load.
"""
import json
import os
import timeit

import jmespath
from jmespath.parser import Parser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(ROOT, "tests", "Fixtures", "jmespath-compliance", "tests", "compliance", "benchmarks.json")
IAM_QUERIES = [
    "Roles[].RoleName",
    "Roles[?MaxSessionDuration > `3600`].[RoleName, Arn]",
    "sort_by(Roles, &RoleName)[-1].Arn",
    "length(Roles[?starts_with(Path, '/service-role/')])",
]


def micros(statement):
    timer = timeit.Timer(statement)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=5, number=number)) / number * 1e6


def compile_uncached(expression):
    Parser.purge()
    return jmespath.compile(expression)


def compliance_rows():
    with open(SUITE, encoding="utf-8") as f:
        groups = json.load(f)
    n = 0
    for group in groups:
        given = group["given"]
        for case in group["cases"]:
            kind = case.get("bench")
            if kind is None:
                continue
            n += 1
            expression = case["expression"]
            compiled = jmespath.compile(expression)
            if kind == "parse":
                us = micros(lambda: compile_uncached(expression))
            elif kind == "interpret":
                us = micros(lambda: compiled.search(given))
            else:
                us = micros(lambda: compile_uncached(expression).search(given))
            shown = expression if len(expression) <= 45 else expression[:45] + "..."
            print(f"| {n} | {kind} | `{shown}` | {us:.1f} µs |")


def roles():
    return {"Roles": [{
        "Path": "/service-role/" if i % 3 == 0 else "/",
        "RoleName": f"role-{i:04d}",
        "RoleId": f"AROA{i:06d}EXAMPLE",
        "Arn": f"arn:aws:iam::123456789012:role/role-{i:04d}",
        "CreateDate": "2024-01-01T00:00:00Z",
        "MaxSessionDuration": 3600 * ((i % 4) + 1),
    } for i in range(1000)]}


if __name__ == "__main__":
    print(f"jmespath.py {jmespath.__version__}")
    print("| # | kind | expression | jmespath.py |")
    print("|---|---|---|---:|")
    compliance_rows()
    data = roles()
    print()
    print("| query over 1,000 roles | jmespath.py |")
    print("|---|---:|")
    for query in IAM_QUERIES:
        compiled = jmespath.compile(query)
        print(f"| `{query}` | {micros(lambda: compiled.search(data)):.0f} µs |")

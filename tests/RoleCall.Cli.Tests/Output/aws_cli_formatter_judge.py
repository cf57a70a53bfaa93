"""Formats responses exactly as the AWS CLI does, for rolecall's differential output tests.

Reads a JSON array of cases from stdin: {"format", "query" (or null), "operation", "data"} and writes a JSON
array of the printed outputs. json/text/table use the AWS CLI v1 on this machine (awscli.formatter with
--color off, 80 columns as when stdout is not a terminal). yaml/yaml-stream are AWS CLI v2 formats; v2 dumps
with ruamel.yaml's safe dumper, which is not installed for this python, so PyYAML's safe_dump (the emitter
ruamel forked) stands in with the same settings (block style, keys sorted as ruamel's SafeRepresenter sorts
them, unicode kept; IamCliOptionsDifferentialTests checks against the real v2) and ruamel's float
spelling (repr, no '.0e' insertion under YAML 1.2). Strings that YAML 1.1 and 1.2 type differently (yes, 0o17,
1e3, 12:30) are kept out of the shared cases; YamlScalarTests pins those.
"""
import io
import json
import re
import sys
from argparse import Namespace

import jmespath
import yaml
from awscli.formatter import get_formatter


def _represent_float_as_ruamel(dumper, data):
    if data != data:
        value = '.nan'
    elif data in (float('inf'), float('-inf')):
        value = '.inf' if data > 0 else '-.inf'
    else:
        value = repr(data).lower()
    return dumper.represent_scalar('tag:yaml.org,2002:float', value)


yaml.SafeDumper.add_representer(float, _represent_float_as_ruamel)
# ruamel's YAML 1.2 float pattern also reads 1e+16 (no dot) as a float, so it stays plain instead of !!float.
yaml.SafeDumper.add_implicit_resolver(
    'tag:yaml.org,2002:float',
    re.compile(r'^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+'
               r'|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'),
    list('-+0123456789.'))


def dump_yaml(value, stream):
    # awscli.formatter.YAMLDumper: scalars are json-dumped (no YAML `...` end marker), the rest safe-dumped.
    if value is None or isinstance(value, (int, float, bool, str)):
        json.dump(value, stream, ensure_ascii=False)
        stream.write('\n')
        return
    yaml.safe_dump(value, stream, default_flow_style=False, sort_keys=True, allow_unicode=True)


def render(case):
    query = jmespath.compile(case['query']) if case.get('query') is not None else None
    stream = io.StringIO()
    fmt = case['format']
    if fmt in ('yaml', 'yaml-stream'):
        data = query.search(case['data']) if query is not None else case['data']
        if fmt == 'yaml-stream':
            dump_yaml([data], stream)
        elif data != {}:
            dump_yaml(data, stream)
    else:
        formatter = get_formatter(fmt, Namespace(query=query, color='off'))
        formatter(case['operation'], case['data'], stream)
    return stream.getvalue()


def main():
    # Plain dicts keep insertion order and print as botocore's parsed responses do (str() of a dict).
    cases = json.loads(sys.stdin.read())
    results = []
    for case in cases:
        try:
            results.append(render(case))
        except Exception as e:  # the AWS CLI would fail too; rolecall must not print something else silently
            results.append('<error %s: %s>' % (type(e).__name__, e))
    sys.stdout.write(json.dumps(results))


if __name__ == '__main__':
    main()

"""Regenerates the golden outputs beside each *.input.json: `python3 tests/Fixtures/output/golden/generate.py`.

Each input holds {"operation", "data"}; the outputs are what the AWS CLI's formatters print for it
(tests/RoleCall.Cli.Tests/Output/aws_cli_formatter_judge.py: awscli.formatter for json/text/table, PyYAML
standing in for AWS CLI v2's ruamel.yaml for yaml/yaml-stream).
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGE = os.path.join(HERE, '..', '..', '..', 'RoleCall.Cli.Tests', 'Output', 'aws_cli_formatter_judge.py')
FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream']

for path in sorted(glob.glob(os.path.join(HERE, '*.input.json'))):
    with open(path, encoding='utf-8') as f:
        case = json.load(f)
    cases = [{'format': fmt, 'query': None, 'operation': case['operation'], 'data': case['data']} for fmt in FORMATS]
    result = subprocess.run([sys.executable, JUDGE], input=json.dumps(cases), capture_output=True, text=True, check=True)
    for fmt, printed in zip(FORMATS, json.loads(result.stdout)):
        name = path[:-len('.input.json')] + '.' + fmt + '.txt'
        with open(name, 'w', encoding='utf-8', newline='') as out:
            out.write(printed)
        print('wrote', os.path.relpath(name, HERE))

"""Evaluates JMESPath cases with python's jmespath (the library `aws --query` runs), for rolecall's differential test.

stdin: a JSON array of {"expression", "data"}. stdout: a JSON array with, per case, {"result": compact JSON text
as json.dumps(result, separators=(',', ':')) prints it} or {"error": the exception class name}.
"""
import json
import sys
import warnings

import jmespath

warnings.simplefilter('ignore')  # legacy backtick literals warn; the CLI prints nothing for them either


def evaluate(case):
    try:
        result = jmespath.search(case['expression'], case['data'])
        return {'result': json.dumps(result, separators=(',', ':'))}
    except Exception as e:  # noqa: BLE001 - the class is the answer
        return {'error': type(e).__name__}


print(json.dumps([evaluate(c) for c in json.loads(sys.stdin.read())]))

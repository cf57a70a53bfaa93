"""Runs botocore's real PageIterator over a scripted IAM ListRoles service, for rolecall's paginator tests.

stdin: a JSON array of {"total", "service_page", "max_items", "page_size", "starting_token"}; the fake service
returns `service_page` roles per call (or MaxItems when given), with Marker / IsTruncated as IAM does.
stdout: a JSON array of {"full": build_full_result(), "calls": [the paging parameters of each call]}.
"""
import json
import sys

import jmespath
from botocore.paginate import PageIterator


def run(spec):
    total = spec['total']
    calls = []

    def list_roles(**kwargs):
        calls.append({k: str(v) for k, v in kwargs.items()})
        start = int(kwargs.get('Marker', 'm0')[1:])
        size = int(kwargs.get('MaxItems', spec['service_page']))
        roles = [{'RoleName': 'r%d' % i} for i in range(start, min(start + size, total))]
        more = start + size < total
        page = {'Roles': roles, 'IsTruncated': more}
        if more:
            page['Marker'] = 'm%d' % (start + size)
        return page

    iterator = PageIterator(
        list_roles, ['Marker'], [jmespath.compile('Marker')], jmespath.compile('IsTruncated'),
        [jmespath.compile('Roles')], [], 'MaxItems', spec.get('max_items'), spec.get('starting_token'),
        spec.get('page_size'), {})
    return {'full': iterator.build_full_result(), 'calls': calls}


print(json.dumps([run(spec) for spec in json.loads(sys.stdin.read())]))

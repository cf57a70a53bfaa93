"""botocore's file locations for a fake environment and platform, as botocore computes them.

botocore reads AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE or '~/.aws/config' / '~/.aws/credentials' and
applies os.path.expandvars then os.path.expanduser; on Windows os.path is ntpath. stdin: JSON list of
{"environment": {...}, "platform": "linux"|"windows"}; stdout: JSON list of [config, credentials, profile].
"""
import json
import ntpath
import os
import posixpath
import sys


def locate(case):
    path = ntpath if case['platform'] == 'windows' else posixpath
    os.environ.clear()
    os.environ.update(case['environment'])
    env = case['environment']
    config = env.get('AWS_CONFIG_FILE', '~/.aws/config')
    credentials = env.get('AWS_SHARED_CREDENTIALS_FILE', '~/.aws/credentials')
    # botocore's profile variable order (configprovider.py): AWS_DEFAULT_PROFILE, then AWS_PROFILE.
    profile = env.get('AWS_DEFAULT_PROFILE') or env.get('AWS_PROFILE') or 'default'
    return [path.expanduser(path.expandvars(p)) for p in (config, credentials)] + [profile]


print(json.dumps([locate(c) for c in json.load(sys.stdin)]))

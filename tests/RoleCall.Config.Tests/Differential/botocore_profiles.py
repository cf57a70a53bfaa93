"""The judge for RoleCall's config parser: botocore's own reading of config/credentials pairs.

stdin: JSON list of {"config": path, "credentials": path}. stdout: JSON list, per pair either
{"profiles": ..., "sso_sessions": ..., "services": ..., "order": [...]} exactly as botocore's
Session.full_config holds them, or {"error": "<exception class>"}. One process judges many pairs.
"""
import json
import sys

import botocore.session


def judge(pair):
    session = botocore.session.Session()
    session.set_config_variable('config_file', pair['config'])
    session.set_config_variable('credentials_file', pair['credentials'])
    try:
        full = session.full_config
    except Exception as e:  # noqa: BLE001 - the class name is the verdict
        return {'error': type(e).__name__}
    return {
        'profiles': full['profiles'],
        'sso_sessions': full.get('sso_sessions', {}),
        'services': full.get('services', {}),
        'order': list(full['profiles'].keys()),
    }


print(json.dumps([judge(p) for p in json.load(sys.stdin)], ensure_ascii=True))

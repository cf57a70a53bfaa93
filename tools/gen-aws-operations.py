#!/usr/bin/env python3
"""Writes the names of every operation of the Query services serve answers (iam, sts, ec2), as the botocore
service models installed on this machine define them, one `service Operation` per line. serve reads the list
only when a request names an action it does not implement, to tell "an AWS operation rolecall serve does not
implement" apart from a name AWS itself does not know (see AwsOperationNames.cs).

Run: python3 tools/gen-aws-operations.py > src/RoleCall.Protocol/Operations/aws-operations.txt
"""
import botocore.session

session = botocore.session.get_session()
for service in ("iam", "sts", "ec2"):
    for name in sorted(session.get_service_model(service).operation_names):
        print(service, name)

#!/bin/bash
# Tutorial 002 after the portal: Option 1 (env), Option 2 (credentials block), a role profile on top.
SERVE_FLAGS=--dev-clock . "$(dirname "$0")/serve.sh"
trust='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::'$ACCT':root"},"Action":"sts:AssumeRole"}]}'
admin iam create-user --user-name alice >/dev/null
admin iam put-user-policy --user-name alice --policy-name assume --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}'
read AK SK < <(admin iam create-access-key --user-name alice --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
admin iam create-role --role-name PermissionSetRole --assume-role-policy-document "$trust" >/dev/null
admin iam put-role-policy --role-name PermissionSetRole --policy-name p --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","s3:ListAllMyBuckets"],"Resource":"*"}]}'
admin iam create-role --role-name IAM_ROLE_NAME --assume-role-policy-document "$trust" >/dev/null
admin iam attach-role-policy --role-name IAM_ROLE_NAME --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
admin s3 mb s3://tutorial-bucket >/dev/null
read SA SS ST < <(env -i PATH=/usr/bin:/bin HOME=$W AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK AWS_DEFAULT_REGION=us-east-1 $R --endpoint-url $EP sts assume-role --role-arn arn:aws:iam::$ACCT:role/PermissionSetRole --role-session-name alice --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
printf '\n\n\n\n' >$W/enters
STDIN=$W/enters step tip-configure-enter configure
# Option 1
OPT1="AWS_ACCESS_KEY_ID=$SA AWS_SECRET_ACCESS_KEY=$SS AWS_SESSION_TOKEN=$ST"
EXTRA_ENV="$OPT1" step opt1-configure-list configure list
EXTRA_ENV="$OPT1" step opt1-who sts get-caller-identity --endpoint-url $EP
EXTRA_ENV="$OPT1" step opt1-s3-ls s3 ls --endpoint-url $EP
EXTRA_ENV="$OPT1" step opt1-s3-ls-profile s3 ls --profile MY_AWS_CLI_PROFILE_NAME --endpoint-url $EP
EXTRA_ENV="$OPT1 AWS_DEFAULT_REGION=us-east-1" step opt1-configure-list-region configure list
# Option 2: pasted into ~/.aws/credentials; the config file from the tutorial's step 7
P=${ACCT}_AdministratorAccess
for t in v1 v2 rc; do mkdir -p $W/$t/.aws; printf '[%s]\naws_access_key_id=%s\naws_secret_access_key=%s\naws_session_token=%s\n' $P $SA $SS $ST >$W/$t/.aws/credentials; done
step opt2-configure-list configure list --profile $P
step opt2-list-profiles configure list-profiles
step opt2-s3-ls s3 ls --profile $P --endpoint-url $EP
step opt2-who sts get-caller-identity --profile $P --endpoint-url $EP
for t in v1 v2 rc; do printf '[profile MY_AWS_CLI_PROFILE_NAME]\nrole_arn = arn:aws:iam::%s:role/IAM_ROLE_NAME\nsource_profile = %s\n' $ACCT $P >$W/$t/.aws/config; done
step role-no-region s3 ls --profile MY_AWS_CLI_PROFILE_NAME --endpoint-url $EP
EXTRA_ENV="AWS_ENDPOINT_URL=$EP" step role-configure-list-nocache configure list --profile MY_AWS_CLI_PROFILE_NAME
EXTRA_ENV="AWS_ENDPOINT_URL=$EP" step role-s3-ls s3 ls --profile MY_AWS_CLI_PROFILE_NAME --endpoint-url $EP
EXTRA_ENV="AWS_ENDPOINT_URL=$EP" step role-configure-list configure list --profile MY_AWS_CLI_PROFILE_NAME
EXTRA_ENV="AWS_ENDPOINT_URL=$EP" step role-configure-get configure get role_arn --profile MY_AWS_CLI_PROFILE_NAME
echo "== caches"; for t in v1 v2 rc; do echo "[$t]"; ls -la $W/$t/.aws/cli/cache 2>&1; for f in $W/$t/.aws/cli/cache/*.json; do jq -c 'paths|map(tostring)|join(".")' $f | tr '\n' ' '; echo; done; done
# the credentials expire ("Everytime your credentials expire ...")
curl -s -X POST $EP/_rolecall/clock -H 'Content-Type: application/json' -d '{"advanceSeconds": 3700}' >/dev/null
step expired-s3-ls s3 ls --profile $P --endpoint-url $EP
step expired-who sts get-caller-identity --profile $P --endpoint-url $EP
EXTRA_ENV="AWS_ENDPOINT_URL=$EP" step expired-role-s3-ls s3 ls --profile MY_AWS_CLI_PROFILE_NAME --endpoint-url $EP
kill $(cat $W/serve.pid)

#!/bin/bash
# Tutorial 001 against serve: assume-role (policy, policy-arns), profiles, role profiles, caches, s3 ls.
. "$(dirname "$0")/serve.sh"
trust='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::'$ACCT':root"},"Action":"sts:AssumeRole"}]}'
mfatrust='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::'$ACCT':root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},"StringEquals":{"sts:ExternalId":"xyz-secret"}}}]}'
admin iam create-user --user-name dev-user >/dev/null
admin iam put-user-policy --user-name dev-user --policy-name assume --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","iam:ListRoles"],"Resource":"*"}]}'
read AK SK < <(admin iam create-access-key --user-name dev-user --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
admin iam create-virtual-mfa-device --virtual-mfa-device-name dev-user --outfile $W/seed.txt --bootstrap-method Base32StringSeed >/dev/null
MFA=arn:aws:iam::$ACCT:mfa/dev-user
admin iam enable-mfa-device --user-name dev-user --serial-number $MFA --authentication-code1 $($R mfa code --seed-file $W/seed.txt) --authentication-code2 $($R mfa code --seed-file $W/seed.txt --next)
admin iam create-role --role-name site-deployer --assume-role-policy-document "$trust" >/dev/null
admin iam put-role-policy --role-name site-deployer --policy-name s3all --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","iam:ListRoles"],"Resource":"*"}]}'
admin iam create-role --role-name dev-admin --assume-role-policy-document "$mfatrust" >/dev/null
admin iam attach-role-policy --role-name dev-admin --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
admin iam create-policy --policy-name OnlyList --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}' >/dev/null
admin s3 mb s3://specific-bucket >/dev/null
echo hello >$W/hello.txt
env -i PATH=/usr/bin:/bin HOME=$W AWS_ACCESS_KEY_ID=$ROOT_AK AWS_SECRET_ACCESS_KEY=$ROOT_SK AWS_DEFAULT_REGION=us-east-1 ${AWS_V1:-$(command -v aws)} --endpoint-url $EP s3 cp $W/hello.txt s3://specific-bucket/dir/hello.txt >/dev/null
env -i PATH=/usr/bin:/bin HOME=$W AWS_ACCESS_KEY_ID=$ROOT_AK AWS_SECRET_ACCESS_KEY=$ROOT_SK AWS_DEFAULT_REGION=us-east-1 ${AWS_V1:-$(command -v aws)} --endpoint-url $EP s3 cp $W/hello.txt s3://specific-bucket/top.txt >/dev/null
pol='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}'
for t in v1 v2 rc; do echo "$pol" >$W/$t/policy.json; echo '[{"arn":"arn:aws:iam::'$ACCT':policy/OnlyList"}]' >$W/$t/arns.json; done

step cfg-key configure set aws_access_key_id $AK
step cfg-secret configure set aws_secret_access_key $SK
step cfg-region configure set region us-east-1
ROLE=arn:aws:iam::$ACCT:role/site-deployer
step assume sts assume-role --role-arn $ROLE --role-session-name A-MEANINGFUL-SESSION-NAME --endpoint-url $EP
step assume-mfa-badcode sts assume-role --role-arn $ROLE --role-session-name ss --serial-number $MFA --token-code 01234 --endpoint-url $EP
step assume-duration sts assume-role --role-arn $ROLE --role-session-name ss --duration-seconds 900 --endpoint-url $EP
step assume-duration-short sts assume-role --role-arn $ROLE --role-session-name ss --duration-seconds 100 --endpoint-url $EP
step assume-duration-long sts assume-role --role-arn $ROLE --role-session-name ss --duration-seconds 7200 --endpoint-url $EP
step assume-policy-inline sts assume-role --role-arn $ROLE --role-session-name ss --policy "$pol" --endpoint-url $EP
step assume-policy-file sts assume-role --role-arn $ROLE --role-session-name ss --policy file://policy.json --endpoint-url $EP
step assume-policy-file-missing sts assume-role --role-arn $ROLE --role-session-name ss --policy file://nosuch.json --endpoint-url $EP
step assume-policy-bad sts assume-role --role-arn $ROLE --role-session-name ss --policy '{"Version":"2012-10-17","Statement":[' --endpoint-url $EP
step assume-policy-notjson sts assume-role --role-arn $ROLE --role-session-name ss --policy 'allow all' --endpoint-url $EP
step assume-arns-short sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns arn=arn:aws:iam::$ACCT:policy/OnlyList --endpoint-url $EP
step assume-arns-short2 sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns arn=arn:aws:iam::$ACCT:policy/OnlyList arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess --endpoint-url $EP
step assume-arns-json sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns '[{"arn":"arn:aws:iam::'$ACCT':policy/OnlyList"}]' --endpoint-url $EP
step assume-arns-file sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns file://arns.json --endpoint-url $EP
step assume-arns-bad-short sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns arn --endpoint-url $EP
step assume-arns-bad-key sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns name=x --endpoint-url $EP
step assume-arns-missing-policy sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns arn=arn:aws:iam::$ACCT:policy/Nope --endpoint-url $EP
step assume-arns-bad-arn sts assume-role --role-arn $ROLE --role-session-name ss --policy-arns arn=notanarn --endpoint-url $EP
step assume-both sts assume-role --role-arn $ROLE --role-session-name ss --policy file://policy.json --policy-arns arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess --endpoint-url $EP --query AssumedRoleUser
# the session keys into site-deployer, as the tutorial does; each tool gets its own session from its own assume-role
for t in v1 v2 rc; do
  run1 $t sts assume-role --role-arn $ROLE --role-session-name deployer --policy file://policy.json --endpoint-url $EP --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text
  read a s k <$W/$t.out; echo "$a $s $k" >$W/$t.sess
done
for n in 1 2 3; do
  for t in v1 v2 rc; do set -- $(cat $W/$t.sess); v=$(eval echo \$$n); k=(x aws_access_key_id aws_secret_access_key aws_session_token); run1 $t configure set ${k[$n]} $v --profile site-deployer; done
done
echo "### configure set x3 done: $(cat $W/v1.rc $W/v2.rc $W/rc.rc | tr '\n' ' ')"
step s3-ls-bucket-session-policy s3 ls specific-bucket --profile site-deployer --endpoint-url $EP
step s3-ls-buckets s3 ls --profile site-deployer --endpoint-url $EP
step who-site-deployer sts get-caller-identity --profile site-deployer --endpoint-url $EP
step iam-denied-by-session-policy iam list-roles --profile site-deployer --endpoint-url $EP
# unrestricted session for s3 ls of a bucket
for t in v1 v2 rc; do run1 $t sts assume-role --role-arn $ROLE --role-session-name deployer --endpoint-url $EP --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text
  read a s k <$W/$t.out; run1 $t configure set aws_access_key_id $a --profile full; run1 $t configure set aws_secret_access_key $s --profile full; run1 $t configure set aws_session_token $k --profile full; done
step s3-ls-bucket s3 ls specific-bucket --profile full --endpoint-url $EP
step s3-ls-bucket-s3url s3 ls s3://specific-bucket --profile full --endpoint-url $EP
step s3-ls-bucket-recursive s3 ls s3://specific-bucket --recursive --profile full --endpoint-url $EP
step s3-ls-bucket-prefix s3 ls s3://specific-bucket/dir/ --profile full --endpoint-url $EP
step s3-ls-nosuch s3 ls s3://nosuch-bucket --profile full --endpoint-url $EP

# letting the CLI assume the role: dev_admin with mfa_serial, external_id, duration_seconds
step role-set-arn configure set role_arn arn:aws:iam::$ACCT:role/dev-admin --profile dev_admin
step role-set-source configure set source_profile default --profile dev_admin
step role-set-mfa configure set mfa_serial $MFA --profile dev_admin
step role-set-extid configure set external_id xyz-secret --profile dev_admin
step role-set-duration configure set duration_seconds 1800 --profile dev_admin
step role-set-region configure set region us-east-1 --profile dev_admin
EXTRA_ENV=AWS_ENDPOINT_URL=$EP step role-configure-list-nocache configure list --profile dev_admin </dev/null
for t in v1 v2 rc; do
  $R mfa code --seed-file $W/seed.txt --next >$W/code; # each tool a fresh step
  STDIN=$W/code EXTRA_ENV=AWS_ENDPOINT_URL=$EP run1 $t s3 ls --profile dev_admin --endpoint-url $EP
  echo "[$t] exit $(cat $W/$t.rc)"; cat $W/$t.out; norm $W/$t.err
  [ $t != rc ] && sleep 31
done
echo "== caches"; for t in v1 v2 rc; do echo "[$t]"; ls -la $W/$t/.aws/cli/cache; for f in $W/$t/.aws/cli/cache/*.json; do jq -c 'paths|map(tostring)|join(".")' $f | tr '\n' ' '; echo; jq -r '.Credentials.Expiration' $f; done; done
EXTRA_ENV=AWS_ENDPOINT_URL=$EP step role-cached-who sts get-caller-identity --profile dev_admin --endpoint-url $EP
EXTRA_ENV="AWS_ENDPOINT_URL=$EP AWS_PROFILE=dev_admin" step role-env-profile sts get-caller-identity --endpoint-url $EP
EXTRA_ENV=AWS_ENDPOINT_URL=$EP step role-configure-list configure list --profile dev_admin
kill $(cat $W/serve.pid)

# Starts rolecall serve on a free port with a fresh data dir; sets EP, ROOT_AK, ROOT_SK, ACCT. Source it.
. $(dirname "$0")/lib.sh
mkdir -p $W/data
$R serve --port 0 --data $W/data --add-account 222233334444 ${SERVE_FLAGS:-} >$W/serve.log 2>&1 &
echo $! >$W/serve.pid
for i in $(seq 1 100); do grep -q listening $W/serve.log && break; sleep 0.2; done
EP=$(grep -o 'listening on http://[0-9.:]*' $W/serve.log | sed 's/listening on //')
ACCT=$(grep -o '(account [0-9]*' $W/serve.log | head -1 | grep -o '[0-9]*')
ROOT_AK=$(grep AWS_ACCESS_KEY_ID= $W/serve.log | head -1 | sed 's/.*=//')
ROOT_SK=$(grep AWS_SECRET_ACCESS_KEY= $W/serve.log | head -1 | sed 's/.*=//')
echo "serve at $EP account $ACCT"
admin() { env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=$W AWS_ACCESS_KEY_ID=$ROOT_AK AWS_SECRET_ACCESS_KEY=$ROOT_SK AWS_DEFAULT_REGION=us-east-1 \
  $R --endpoint-url $EP "$@"; }
# the AWS CLI v2 2.9 ignores AWS_ENDPOINT_URL: an sts ruleset in AWS_DATA_PATH sends its own AssumeRole to serve
$R sso cli-v2-data $V2DATA --endpoint-url $EP >/dev/null
for svc in sts:2011-06-15; do
  mkdir -p $V2DATA/${svc%%:*}/${svc##*:}; cp $V2DATA/sso/2019-06-10/endpoint-rule-set-1.json $V2DATA/${svc%%:*}/${svc##*:}/
done

# Tutorial walk-through (session 8, walk2): ROLECALL=DIR/rolecall [AWS_V1=path-to-aws-v1] tools/tutorial-walk/001-sts.sh
# runs each step with the AWS CLI v1, v2 (/usr/bin/aws) and rolecall, each in its own HOME under $W, and prints the differences.
# Helpers for the walk-through: run one command line with AWS CLI v1, v2 and rolecall, each in its own HOME,
# and show where they differ (stdout, stderr, exit code, files under ~/.aws).
R=${ROLECALL:?set ROLECALL to a published rolecall (dotnet publish src/RoleCall.Cli -c Release -o DIR)}
W=${W:-$(mktemp -d)}
V2DATA=$W/v2data
mkdir -p $W/v1 $W/v2 $W/rc
tool() { case $1 in v1) echo ${AWS_V1:-$(command -v aws)};; v2) echo /usr/bin/aws;; rc) echo $R;; esac; }
# run1 TOOL ARGS... : one tool in its HOME; output in $W/TOOL.{out,err,rc}
run1() {
  local t=$1; shift
  (cd $W/$t && env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=$W/$t LANG=C.UTF-8 TZ=UTC AWS_EC2_METADATA_DISABLED=true \
     ${EXTRA_ENV:-} $( [ $t = v2 ] && [ -d $V2DATA ] && echo AWS_DATA_PATH=$V2DATA ) \
     $(tool $t) "$@" <${STDIN:-/dev/null} >$W/$t.out 2>$W/$t.err; echo $? >$W/$t.rc)
}
norm() { sed -E -e 's/ASIA[A-Z0-9]{16}/ASIA_KEY/g' -e 's#"SecretAccessKey": "[^"]+"#"SecretAccessKey": "SECRET"#' \
  -e 's#"SessionToken": "[^"]+"#"SessionToken": "TOKEN"#' -e 's/20[0-9]{2}-[0-9]{2}-[0-9]{2}[T ][0-9:]{8}(\+00:00|Z)?/TIME/g' \
  -e 's/AROA[A-Z0-9]{17}/AROA_ID/g' -e 's/botocore-session-[0-9]+/botocore-session-N/g' -e 's/RequestId": "[^"]+"/RequestId": "RID"/' "$@"; }
files() { (cd $W/$1 && find .aws 2>/dev/null | sort | while read f; do if [ -d $f ]; then echo "== $f/ $(stat -c %a $f)"; else echo "== $f $(stat -c %a $f)"; norm $f; echo; fi; done); }
# step NAME ARGS... : all three tools, then the differences against v2 and v1
step() {
  local name=$1; shift
  for t in v1 v2 rc; do run1 $t "$@"; done
  echo "### $name: aws $*"
  printf 'exit v1=%s v2=%s rc=%s\n' $(cat $W/v1.rc) $(cat $W/v2.rc) $(cat $W/rc.rc)
  for t in v1 v2; do
    if ! diff -q <(norm $W/$t.out) <(norm $W/rc.out) >/dev/null; then echo "-- stdout $t vs rc"; diff <(norm $W/$t.out) <(norm $W/rc.out) | head -${LINES_MAX:-30}; fi
    if ! diff -q <(norm $W/$t.err) <(norm $W/rc.err) >/dev/null; then echo "-- stderr $t vs rc"; diff <(norm $W/$t.err) <(norm $W/rc.err) | head -${LINES_MAX:-30}; fi
    if ! diff -q <(files $t) <(files rc) >/dev/null; then echo "-- files $t vs rc"; diff <(files $t) <(files rc) | head -${LINES_MAX:-30}; fi
  done
}
# each TOOL-independent shell snippet in every HOME: each 'CMD with $T for the tool'
show() { for t in v1 v2 rc; do echo "[$t] exit $(cat $W/$t.rc)"; cat $W/$t.out; cat $W/$t.err; done; }

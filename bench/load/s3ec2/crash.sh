#!/usr/bin/env bash
# kill -9 in the middle of a 1 GiB upload (issue 11): serve runs on a data directory, acknowledged objects are
# written (a 1 KiB PutObject, a 20 MiB multipart upload completed by the AWS CLI, a 9 MiB single PUT), then the
# AWS CLI v2 starts `s3 cp` of 1 GiB (multipart, 10 parts in flight) and a `curl -T` of 1 GiB streams a single
# PutObject; serve is killed with SIGKILL once CRASH_AT_MIB of their bytes reached its disk. After a restart on
# the same directory:
#   - every acknowledged object reads back byte for byte (cmp) with its ETag;
#   - neither 1 GiB key exists (HeadObject 404): no partial object;
#   - no temporary file is left, and the body files on disk hold exactly the bytes of the objects plus the
#     parts of uploads still open (ListParts): nothing orphaned, nothing missing.
# Exit 0 when all hold; one line per check on stdout.
#
#   bench/load/s3ec2/crash.sh                                  # 1 GiB, kill at 512 MiB in
#   SIZE_MIB=256 CRASH_AT_MIB=128 bench/load/s3ec2/crash.sh    # quicker
#   ROLECALL=/path/to/published/rolecall bench/load/s3ec2/crash.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SERVERS=rolecall DURATION=0 WARMUP=0
SIZE_MIB="${SIZE_MIB:-1024}"
CRASH_AT_MIB="${CRASH_AT_MIB:-512}"
AWS="${AWS:-/usr/bin/aws}"
. "$HERE/../common.sh"
need "$AWS" "apt-get install -y awscli (the AWS CLI v2 as /usr/bin/aws)"
need curl "apt-get install -y curl"

DATA="$WORK/data"
KEY=AKIAIOSFODNN7EXAMPLE SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
serve() {
  PORT="$(free_port)"; ENDPOINT="http://127.0.0.1:$PORT"
  "$ROLECALL" serve --port "$PORT" --data "$DATA" --root-access-key-id "$KEY" --root-secret-access-key "$SECRET" >>"$WORK/server.log" 2>&1 &
  PIDS+=($!)
  wait_for "$ENDPOINT/_rolecall/health"
}
export AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$SECRET" AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
bodies_mib() { find "$DATA/s3-objects" -type f -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { printf "%d", s / 1048576 }'; }

head -c 1024 /dev/urandom >"$WORK/small"
head -c $((20 * 1024 * 1024)) /dev/urandom >"$WORK/multi"
head -c $((9 * 1024 * 1024)) /dev/urandom >"$WORK/single"
log "writing a $SIZE_MIB MiB random file"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$WORK/big"

serve
cli=("$AWS" --endpoint-url "$ENDPOINT")
"${cli[@]}" s3 mb s3://crash >/dev/null
"${cli[@]}" s3 cp "$WORK/small" s3://crash/acked/small >/dev/null
"${cli[@]}" s3 cp "$WORK/multi" s3://crash/acked/multi >/dev/null
"${cli[@]}" s3api put-object --bucket crash --key acked/single --body "$WORK/single" >/dev/null
before="$(bodies_mib)"
url="$(python3 -c "
import boto3, sys
from botocore.config import Config
s3 = boto3.client('s3', endpoint_url=sys.argv[1], config=Config(signature_version='s3v4', s3={'addressing_style': 'path'}))
print(s3.generate_presigned_url('put_object', Params={'Bucket': 'crash', 'Key': 'inflight/curl'}, ExpiresIn=3600))" "$ENDPOINT")"
log "uploading $SIZE_MIB MiB twice (AWS CLI multipart, curl single PUT); kill -9 at $CRASH_AT_MIB MiB in"
"${cli[@]}" s3 cp "$WORK/big" s3://crash/inflight/cli >/dev/null 2>&1 &
cp_pid=$!
curl -sS -T "$WORK/big" "$url" -o /dev/null >/dev/null 2>&1 &
curl_pid=$!
for _ in $(seq 1 1200); do
  [ "$(( $(bodies_mib) - before ))" -ge "$CRASH_AT_MIB" ] && break
  kill -0 "$cp_pid" 2>/dev/null || kill -0 "$curl_pid" 2>/dev/null || break
  sleep 0.05
done
in_flight="$(( $(bodies_mib) - before ))"
kill -9 "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'
wait "$cp_pid" 2>/dev/null || true; wait "$curl_pid" 2>/dev/null || true
echo "killed serve with $in_flight MiB of the in-flight uploads on disk"
[ "$in_flight" -lt "$SIZE_MIB" ] || { echo "FAIL: the uploads finished before the kill; lower CRASH_AT_MIB" >&2; exit 1; }

serve
python3 - "$ENDPOINT" "$WORK" "$DATA/s3-objects" <<'PY'
import hashlib, os, sys, boto3
from botocore.config import Config
endpoint, work, objects = sys.argv[1:4]
s3 = boto3.client("s3", endpoint_url=endpoint, config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))
failed = []
def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok: failed.append(what)
for key, file in (("acked/small", "small"), ("acked/multi", "multi"), ("acked/single", "single")):
    got = s3.get_object(Bucket="crash", Key=key)
    data = open(os.path.join(work, file), "rb").read()
    check(got["Body"].read() == data, f"{key} reads back byte for byte ({len(data)} bytes, ETag {got['ETag']})")
for key in ("inflight/cli", "inflight/curl"):
    try:
        s3.head_object(Bucket="crash", Key=key); check(False, f"{key} is absent")
    except s3.exceptions.ClientError as e:
        check(e.response["Error"]["Code"] == "404", f"{key} is absent (404)")
listed = sorted(o["Key"] for o in s3.list_objects_v2(Bucket="crash").get("Contents", []))
check(listed == ["acked/multi", "acked/single", "acked/small"], f"the listing shows only the acknowledged objects: {listed}")
sizes = sum(o["Size"] for o in s3.list_objects_v2(Bucket="crash")["Contents"])
for upload in s3.list_multipart_uploads(Bucket="crash").get("Uploads", []):
    sizes += sum(p["Size"] for p in s3.list_parts(Bucket="crash", Key=upload["Key"], UploadId=upload["UploadId"]).get("Parts", []))
temp = os.listdir(os.path.join(objects, "tmp"))
check(temp == [], f"no temporary body left ({len(temp)} files)")
on_disk = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(objects) for f in fs)
check(on_disk == sizes, f"body files hold exactly the objects' and open parts' bytes ({on_disk} on disk, {sizes} named)")
sys.exit(1 if failed else 0)
PY

"""Issue 13 benchmark helper: a portal access token for alice, through the device flow approved over the device
page's form (as bench/load/sso/run.sh's user would in a browser). Prints the token; AWS_ENDPOINT_URL names serve."""
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request

ENDPOINT, PASSWORD = sys.argv[1], sys.argv[2]


def post(path, body):
    request = urllib.request.Request(ENDPOINT + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


client = post("/client/register", {"clientName": "bench", "clientType": "public"})
start = post("/device_authorization", {"clientId": client["clientId"], "clientSecret": client["clientSecret"], "startUrl": ENDPOINT + "/start"})
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
page = opener.open(start["verificationUriComplete"]).read().decode()
form = {"csrf": re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1), "user_code": start["userCode"],
        "username": "alice", "password": PASSWORD, "new_password": "Bench-Pass-12345", "decision": "allow"}
opener.open(ENDPOINT + "/device", urllib.parse.urlencode(form).encode()).read()
time.sleep(1.1)
token = post("/token", {"clientId": client["clientId"], "clientSecret": client["clientSecret"],
                        "grantType": "urn:ietf:params:oauth:grant-type:device_code", "deviceCode": start["deviceCode"]})
print(json.dumps({"accessToken": token["accessToken"], "expiresIn": token["expiresIn"]}))

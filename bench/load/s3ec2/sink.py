#!/usr/bin/env python3
"""A do-nothing S3 endpoint for measuring the AWS CLI alone (issue 11: what the client allows on this machine).

    sink.py PORT FILE

It answers exactly the calls `aws s3 mb` and `aws s3 cp` (single and multipart PUT, HEAD, ranged GET) make, with
as little work as possible: request bodies are read into one reused buffer and dropped (no hashing, no storing,
no signature check); a GET or HEAD of any key serves FILE (the file the benchmark uploaded) with os.sendfile.
Bodies of PutObject/UploadPart get a fixed ETag. One thread per connection, HTTP/1.1 keep-alive, 100-continue.
Not an S3 implementation: only the benchmark (transfer.sh SERVERS=sink) uses it.
"""
import http.server
import os
import re
import sys
import uuid

FILE = sys.argv[2]
SIZE = os.stat(FILE).st_size
ETAG = '"d41d8cd98f00b204e9800998ecf8427e"'
RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    buffer = None

    def log_message(self, *args):
        pass

    def drain(self):
        remaining = int(self.headers.get("Content-Length") or 0)
        if self.buffer is None:
            self.buffer = memoryview(bytearray(1 << 20))
        while remaining > 0:
            n = self.rfile.readinto(self.buffer[: min(remaining, len(self.buffer))])
            if not n:
                break
            remaining -= n

    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_PUT(self):
        self.drain()
        self.answer(200, headers=[("ETag", ETAG)])

    def do_POST(self):
        self.drain()
        bucket, _, key = self.path.split("?")[0].lstrip("/").partition("/")
        if self.path.endswith("?uploads") or "?uploads&" in self.path or self.path.endswith("&uploads"):
            body = (
                '<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult>'
                f"<Bucket>{bucket}</Bucket><Key>{key}</Key><UploadId>{uuid.uuid4().hex}</UploadId>"
                "</InitiateMultipartUploadResult>"
            )
        else:
            body = (
                '<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult>'
                f"<Bucket>{bucket}</Bucket><Key>{key}</Key><ETag>{ETAG}</ETag>"
                "</CompleteMultipartUploadResult>"
            )
        self.answer(200, body.encode(), [("Content-Type", "application/xml")])

    def object_headers(self, length):
        return [
            ("ETag", ETAG),
            ("Last-Modified", "Sun, 06 Dec 2026 00:00:00 GMT"),
            ("Content-Type", "binary/octet-stream"),
            ("Accept-Ranges", "bytes"),
            ("Content-Length", str(length)),
        ]

    def do_HEAD(self):
        self.send_response(200)
        for name, value in self.object_headers(SIZE):
            self.send_header(name, value)
        self.end_headers()

    def do_GET(self):
        start, end, status = 0, SIZE - 1, 200
        match = RANGE.fullmatch(self.headers.get("Range") or "")
        if match:
            start = int(match.group(1))
            end = min(int(match.group(2)) if match.group(2) else SIZE - 1, SIZE - 1)
            status = 206
        self.send_response(status)
        for name, value in self.object_headers(end - start + 1):
            self.send_header(name, value)
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{SIZE}")
        self.end_headers()
        self.wfile.flush()
        with open(FILE, "rb") as f:
            offset, remaining = start, end - start + 1
            while remaining > 0:
                sent = os.sendfile(self.connection.fileno(), f.fileno(), offset, remaining)
                if sent == 0:
                    break
                offset += sent
                remaining -= sent


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


Server(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()

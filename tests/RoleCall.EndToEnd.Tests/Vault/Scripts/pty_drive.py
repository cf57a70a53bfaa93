"""Runs a command on a new pseudo-terminal, answering its prompts as a person would.

usage: PTY_STEPS='[["Prompt: ", "answer"], ...]' pty_drive.py TRANSCRIPT COMMAND [ARG...]

Each answer is typed (followed by Enter) a moment after its prompt appears; everything the terminal showed
is written to TRANSCRIPT, so a test can check that no answer was echoed. Exits with the command's code.
"""
import json
import os
import pty
import select
import sys
import time

steps = json.loads(os.environ["PTY_STEPS"])
transcript, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)

seen = b""


def read_more(deadline):
    global seen
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.time()))
    if not ready:
        return False
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        return None
    seen += chunk
    return bool(chunk) or None


def fail(why):
    open(transcript, "wb").write(seen)
    sys.exit(why)


start = 0
for expect, answer in steps:
    deadline = time.time() + 90
    while expect.encode() not in seen[start:]:
        more = read_more(deadline)
        if more is None:
            fail(f"the command ended before {expect!r}")
        if more is False and time.time() >= deadline:
            fail(f"no {expect!r} within 90 s")
    start = seen.index(expect.encode(), start) + len(expect)
    time.sleep(0.3)
    os.write(fd, answer.encode() + b"\r")

while read_more(time.time() + 90):
    pass
_, status = os.waitpid(pid, 0)
open(transcript, "wb").write(seen)
sys.exit(os.waitstatus_to_exitcode(status))

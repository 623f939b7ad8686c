"""Fetch one URL and append what came back as one JSON line to OUTPUT_DIR/poll.jsonl.

Usage: python poll.py [URL]      (or set POLL_URL)
Optional: POLL_TIMEOUT (seconds, default 20), POLL_OUTPUT (file name, default poll.jsonl).
"""
import datetime
import json
import os
import pathlib
import sys

import requests


def target_url() -> str:
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("POLL_URL", "")
    if not url:
        sys.exit("No URL: pass one as the first argument or set POLL_URL")
    return url


def poll(url: str, timeout: float) -> dict:
    started = datetime.datetime.now(datetime.timezone.utc)
    response = requests.get(url, timeout=timeout)
    record = {
        "time": started.isoformat(timespec="seconds"),
        "url": url,
        "status": response.status_code,
        "elapsed_ms": round(response.elapsed.total_seconds() * 1000),
    }
    try:
        record["json"] = response.json()
    except ValueError:
        record["text"] = response.text[:2000]
    return record


def main() -> int:
    url = target_url()
    output = pathlib.Path(os.environ.get("OUTPUT_DIR", ".")) / os.environ.get("POLL_OUTPUT", "poll.jsonl")
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        record = poll(url, float(os.environ.get("POLL_TIMEOUT", "20")))
    except requests.RequestException as error:
        print(f"Polling {url} failed: {error}", file=sys.stderr)
        return 1
    with output.open("a", encoding="utf-8") as lines:
        lines.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{record['status']} from {url} in {record['elapsed_ms']} ms -> {output}")
    return 0 if record["status"] < 400 else 1


if __name__ == "__main__":
    sys.exit(main())

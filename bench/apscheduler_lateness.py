"""Lateness of APScheduler 3.x launching processes: N interval jobs every second, anchors spread over the second.

Prints one JSON object: {"lateness_ms": [...], "fires": N, "expected": N}. Run with Debian's python3-apscheduler:
    /usr/bin/python3 bench/apscheduler_lateness.py TASKS SECONDS
"""
import json
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

tasks = int(sys.argv[1])
seconds = int(sys.argv[2])
lateness = []
lock = threading.Lock()
children = []

start = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=2)


def fire(anchor):
    process = subprocess.Popen(["/bin/true"])
    spawned = time.time()
    late = (spawned - anchor) % 1.0  # the job's scheduled instant is anchor + k seconds
    with lock:
        lateness.append(late * 1000.0)
        children.append(process)


scheduler = BackgroundScheduler(executors={"default": ThreadPoolExecutor(64)},
                                job_defaults={"misfire_grace_time": 30, "coalesce": False, "max_instances": 10})
for i in range(tasks):
    anchor = start + timedelta(milliseconds=i * 1000 // tasks)
    scheduler.add_job(fire, "interval", seconds=1, start_date=anchor, args=[anchor.timestamp()])
scheduler.start()
time.sleep((start - datetime.now(timezone.utc)).total_seconds() + seconds)
scheduler.shutdown(wait=True)
for child in children:
    child.wait()
print(json.dumps({"lateness_ms": lateness, "fires": len(lateness), "expected": tasks * seconds}))

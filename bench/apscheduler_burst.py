"""A burst in APScheduler 3.x: N cron jobs on the same minute (minute='*'), each starting /bin/true.

Prints one JSON object: {"first": epoch seconds of the first burst, "fires": [[job, burst, lateness_ms], ...],
"expected": N * BURSTS}. Lateness is the time after Popen returned minus the burst's instant. Run with Debian's
python3-apscheduler:
    /usr/bin/python3 bench/apscheduler_burst.py TASKS BURSTS [short-minute]
short-minute (the smoke mode) fires on the second that is 2-3 s ahead (CronTrigger second=S) instead of second 0, so
it does not wait for the next minute; the trigger, pool and spawn are the same.
"""
import json
import subprocess
import sys
import threading
import time

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

tasks = int(sys.argv[1])
bursts = int(sys.argv[2])
short = len(sys.argv) > 3 and sys.argv[3] == "short-minute"
second = int(time.time() + 3) % 60 if short else 0
started = []
lock = threading.Lock()
children = []


def fire(job):
    process = subprocess.Popen(["/bin/true"])
    spawned = time.time()
    with lock:
        started.append((job, spawned))
        children.append(process)


# a thread per job, so the pool never queues a burst
scheduler = BackgroundScheduler(executors={"default": ThreadPoolExecutor(tasks)},
                                job_defaults={"misfire_grace_time": 30, "coalesce": False, "max_instances": 1})
for i in range(tasks):
    scheduler.add_job(fire, CronTrigger(minute="*", second=second, timezone="UTC"), args=[i])
scheduler.start()
first = min(job.next_run_time.timestamp() for job in scheduler.get_jobs())
deadline = first + 60 * (bursts - 1) + 5
while time.time() < deadline:
    with lock:
        if len(started) >= tasks * bursts:
            break
    time.sleep(0.05)
scheduler.shutdown(wait=True)
for child in children:
    child.wait()
fires = []
for job, spawned in started:
    burst = int((spawned - first) // 60)
    fires.append([job, burst, (spawned - (first + 60 * burst)) * 1000.0])
print(json.dumps({"first": first, "fires": fires, "expected": tasks * bursts}))

"""Tests of kumo_client against a REAL Kumo (no fakes): python3 -m unittest test_kumo_client

Needs, in the environment:
  KUMO_URL          the API's URL, e.g. http://127.0.0.1:8765
  KUMO_TOKEN        an ADMIN token (the tests make, run and remove their own tasks)
  KUMO_HOOK_URL     the full URL of a trigger of a task that prints its payload:
                    python3 -c "import os; print(open(os.environ['KUMO_PAYLOAD']).read())"
  KUMO_HOOK_SECRET  that trigger's secret
  KUMO_CAFILE       (optional) the certificate to trust when Kumo serves HTTPS
"""

import json
import os
import time
import unittest
import uuid

import kumo_client
from kumo_client import Kumo, KumoError, NotFound, RunFailed, Unauthorized

HOW_TO_START = """
These tests need a running Kumo with its REST API on. For example:
  kumo --data-dir /tmp/kumo-py task add --name echo-payload --every 1d \\
       --command "python3 -c \\"import os; print(open(os.environ['KUMO_PAYLOAD']).read())\\""
  export KUMO_TOKEN=$(kumo --data-dir /tmp/kumo-py api token create py-tests --role admin | tail -1)
  export KUMO_HOOK_SECRET=$(kumo --data-dir /tmp/kumo-py api hook create --task echo-payload | tail -1)
  export KUMO_HOOK_URL=http://127.0.0.1:8765$(kumo --data-dir /tmp/kumo-py api hook list --json | \\
       python3 -c "import json,sys; print(json.load(sys.stdin)[0]['path'])")
  kumo --data-dir /tmp/kumo-py --headless --api 127.0.0.1:8765 &
  export KUMO_URL=http://127.0.0.1:8765
"""

REQUIRED = ("KUMO_URL", "KUMO_TOKEN", "KUMO_HOOK_URL", "KUMO_HOOK_SECRET")
WAIT = 60
KUMO_NOTE = "[kumo] "  # Kumo's own lines in a run's log (started, pid, attempt)


def setUpModule():
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        raise RuntimeError("missing environment: %s\n%s" % (", ".join(missing), HOW_TO_START))


def kumo():
    return Kumo(os.environ["KUMO_URL"], os.environ["KUMO_TOKEN"], cafile=os.environ.get("KUMO_CAFILE"))


def python_task(api, code, **fields):
    """A task of our own running ``python3 -u -c CODE`` (single quotes only in CODE), removed after the test."""
    name = "py-client-" + uuid.uuid4().hex[:10]
    api.create_task(name=name, command='python3 -u -c "%s"' % code, every="1d", **fields)
    return name


class Base(unittest.TestCase):
    def setUp(self):
        self.api = kumo()
        self.names = []

    def tearDown(self):
        for name in self.names:
            try:
                self.api.stop(name)
                self.api.delete_task(name)
            except NotFound:
                pass

    def task(self, code, **fields):
        name = python_task(self.api, code, **fields)
        self.names.append(name)
        return name


class SystemTest(Base):
    def test_health_answers_ok(self):
        health = self.api.health()
        self.assertEqual("ok", health["status"])
        self.assertIn("version", health)

    def test_metrics_are_prometheus_text_counting_runs(self):
        name = self.task("print('counted')")
        self.api.run_and_wait(name, timeout=WAIT)
        text = self.api.metrics()
        self.assertIsInstance(text, str)
        self.assertIn("# TYPE kumo_runs_total counter", text)
        self.assertIn('task="%s"' % name, text)


class TaskTest(Base):
    def test_create_show_update_and_delete_a_task(self):
        name = self.task("print(1)", retries=2)
        created = self.api.task(name)
        self.assertEqual(name, created["name"])
        self.assertEqual(2, created["retries"])
        self.assertEqual(86400, created["every_seconds"])

        updated = self.api.update_task(name, retries=1, priority=2)
        self.assertEqual(1, updated["retries"])
        self.assertEqual(2, updated["priority"])
        self.assertEqual(created["command"], updated["command"], "fields not given stay")
        self.assertIn(name, [t["name"] for t in self.api.tasks()])

        self.api.delete_task(name)
        with self.assertRaises(NotFound):
            self.api.task(name)

    def test_a_bad_task_is_a_400_with_the_reason(self):
        with self.assertRaises(KumoError) as raised:
            self.api.create_task(name="py-client-bad", command="python3 -c 1", cron="not a cron")
        self.assertEqual(400, raised.exception.status)
        self.assertTrue(raised.exception.message)

    def test_pause_and_resume(self):
        name = self.task("print(1)")
        self.assertFalse(self.api.pause(name)["enabled"])
        self.assertTrue(self.api.resume(name)["enabled"])

    def test_unknown_task_is_not_found(self):
        with self.assertRaises(NotFound) as raised:
            self.api.task("no-such-task-" + uuid.uuid4().hex[:6])
        self.assertEqual(404, raised.exception.status)
        self.assertIn("no-such-task", raised.exception.message)

    def test_a_bad_token_is_unauthorized(self):
        with self.assertRaises(Unauthorized) as raised:
            Kumo(os.environ["KUMO_URL"], "kumo_not-a-token", cafile=os.environ.get("KUMO_CAFILE")).tasks()
        self.assertEqual(401, raised.exception.status)


class RunTest(Base):
    def test_run_and_wait_gives_the_finished_run_and_its_log(self):
        name = self.task("print('hello from kumo')")
        run = self.api.run_and_wait(name, timeout=WAIT)
        self.assertEqual("SUCCESS", run["status"])
        self.assertEqual(0, run["exit_code"])
        self.assertEqual(run, self.api.get_run(run["id"]))
        self.assertIn("hello from kumo", self.api.log(run["id"]))

    def test_wait_reports_a_failure_and_check_raises_it(self):
        name = self.task("import sys; sys.exit(3)")
        started = self.api.run(name)
        run = self.api.wait(started["id"], timeout=WAIT)
        self.assertEqual("FAILED", run["status"])
        self.assertEqual(3, run["exit_code"])
        with self.assertRaises(RunFailed):
            self.api.wait(started["id"], timeout=WAIT, check=True)

    def test_wait_follows_the_retries_to_the_last_attempt(self):
        marker = "/tmp/kumo-py-client-" + uuid.uuid4().hex
        name = self.task("import os, sys; seen = os.path.exists('%s'); open('%s', 'w').close(); sys.exit(0 if seen else 4)"
                         % (marker, marker), retries=1)
        try:
            started = self.api.run(name)
            run = self.api.wait(started["id"], timeout=WAIT)
            self.assertEqual("SUCCESS", run["status"])
            self.assertEqual(2, run["attempt"])
            self.assertEqual(started["id"], run["first_run_id"])
            first = self.api.wait(started["id"], timeout=WAIT, retries=False)
            self.assertEqual("FAILED", first["status"])
            self.assertIsNone(first["first_run_id"])
        finally:
            if os.path.exists(marker):
                os.remove(marker)

    def test_wait_times_out_on_a_run_still_going(self):
        name = self.task("import time; time.sleep(30)")
        started = self.api.run(name)
        with self.assertRaises(TimeoutError):
            self.api.wait(started["id"], timeout=0.5)

    def test_follow_yields_lines_while_the_run_goes_on_then_its_end(self):
        name = self.task("import time; [(print('tick', i), time.sleep(0.2)) for i in range(10)]")
        started = self.api.run(name)
        lines = self.api.follow(started["id"])
        first = next(line for line in lines if not line.startswith(KUMO_NOTE))
        self.assertEqual("tick 0", first)
        self.assertIn(self.api.get_run(started["id"])["status"], ("RUNNING", "QUEUED"),
                      "the first line arrives before the run ends")
        rest = []
        while True:
            try:
                line = next(lines)
            except StopIteration as stop:
                end = stop.value
                break
            if not line.startswith(KUMO_NOTE):
                rest.append(line)
        self.assertEqual(["tick %d" % i for i in range(1, 10)], rest)
        self.assertEqual("SUCCESS", end["status"])
        self.assertEqual(0, end["exit_code"])

    def test_follow_with_check_raises_for_a_failed_run(self):
        name = self.task("import sys; print('bad'); sys.exit(4)")
        started = self.api.run(name)
        with self.assertRaises(RunFailed) as raised:
            list(self.api.follow(started["id"], check=True))
        self.assertEqual("FAILED", raised.exception.run["status"])

    def test_stop_ends_a_running_run(self):
        name = self.task("import time; print('started'); time.sleep(60)")
        started = self.api.run(name)
        deadline = time.monotonic() + WAIT
        while self.api.get_run(started["id"])["status"] != "RUNNING" and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual([started["id"]], self.api.stop(name)["stopped"])
        self.assertEqual("STOPPED", self.api.wait(started["id"], timeout=WAIT)["status"])

    def test_runs_follows_the_cursor_across_pages_newest_first(self):
        name = self.task("print(1)")
        ids = [self.api.run_and_wait(name, timeout=WAIT)["id"] for _ in range(3)]
        listed = list(self.api.runs(task=name, limit=1))
        self.assertEqual(sorted(ids, reverse=True), [r["id"] for r in listed])
        self.assertTrue(all(r["task"] == name for r in listed))
        self.assertEqual(3, len(list(self.api.runs(task=name, status="SUCCESS", limit=2))))
        self.assertEqual([], list(self.api.runs(task=name, status="FAILED")))

    def test_unknown_run_is_not_found(self):
        with self.assertRaises(NotFound):
            self.api.get_run(987654321)


class CatalogTest(Base):
    def test_lists_are_lists(self):
        for listing in (self.api.workflows, self.api.environments, self.api.projects, self.api.channels):
            with self.subTest(listing.__name__):
                self.assertIsInstance(listing(), list)

    def test_unknown_workflow_and_channel_are_not_found(self):
        with self.assertRaises(NotFound):
            self.api.run_workflow("no-such-workflow", {"day": "monday"})
        with self.assertRaises(NotFound):
            self.api.test_channel("no-such-channel")


class TriggerTest(Base):
    def triggered_run(self, answer):
        self.assertIn("run_id", answer)
        return self.api.wait(answer["run_id"], timeout=WAIT)

    def test_a_signed_trigger_hands_the_payload_to_the_run(self):
        marker = uuid.uuid4().hex
        answer = kumo_client.trigger(os.environ["KUMO_HOOK_URL"], os.environ["KUMO_HOOK_SECRET"],
                                     {"marker": marker, "ref": "refs/heads/main"},
                                     cafile=os.environ.get("KUMO_CAFILE"))
        run = self.triggered_run(answer)
        self.assertEqual("SUCCESS", run["status"])
        logged = self.api.log(run["id"])
        self.assertIn(marker, logged)
        self.assertEqual({"marker": marker, "ref": "refs/heads/main"}, json.loads(logged.strip().splitlines()[-1]))

    def test_the_query_token_works_too(self):
        marker = uuid.uuid4().hex
        answer = kumo_client.trigger(os.environ["KUMO_HOOK_URL"], os.environ["KUMO_HOOK_SECRET"], {"marker": marker},
                                     sign=False, cafile=os.environ.get("KUMO_CAFILE"))
        self.assertIn(marker, self.api.log(self.triggered_run(answer)["id"]))

    def test_a_wrong_secret_is_refused(self):
        with self.assertRaises(Unauthorized):
            kumo_client.trigger(os.environ["KUMO_HOOK_URL"], "whsec_wrong", {"x": 1},
                                cafile=os.environ.get("KUMO_CAFILE"))


class SignatureTest(unittest.TestCase):
    def test_signature_is_githubs_format(self):
        # the example of GitHub's documentation on validating webhook deliveries
        self.assertEqual("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                         kumo_client.signature("It's a Secret to Everybody", b"Hello, World!"))


if __name__ == "__main__":
    unittest.main()

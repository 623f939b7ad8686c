"""Unit tests of kumo_client that need no Kumo: python3 -m unittest test_kumo_client_unit

The reconnect budget of follow(), how a run's retry is recognised in the run JSON, the server-sent events parser,
and a refused connection (a real socket on a port nothing listens on) ending in one line.
"""

import contextlib
import io
import socket
import unittest

import kumo_client
from kumo_client import KumoError, Unreachable


def run(run_id, status="FAILED", attempt=1, first=None, scheduled="2026-05-04T10:00:00.000Z", task="job"):
    return {"id": run_id, "task": task, "status": status, "attempt": attempt, "first_run_id": first,
            "scheduled_for": scheduled}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed on return: nothing listens there


class ReconnectBudget(unittest.TestCase):

    def test_drops_in_a_row_beyond_the_budget_end_it(self):
        budget = kumo_client._Reconnects(2)
        self.assertTrue(budget.dropped(False))
        self.assertTrue(budget.dropped(False))
        self.assertFalse(budget.dropped(False))

    def test_a_resume_that_brought_events_gives_the_budget_back(self):
        budget = kumo_client._Reconnects(3)
        for _ in range(10):  # a long run dropped ten times, each resume working: never out of budget
            self.assertTrue(budget.dropped(True))
        self.assertTrue(budget.dropped(False))
        self.assertTrue(budget.dropped(False))
        self.assertFalse(budget.dropped(False))

    def test_no_reconnects_allowed_ends_at_the_first_drop(self):
        self.assertFalse(kumo_client._Reconnects(0).dropped(True))


class Retries(unittest.TestCase):

    def test_a_failed_or_timed_out_attempt_within_the_tasks_retries_is_retried(self):
        self.assertTrue(kumo_client._retried(run(1, "FAILED", 1), {"retries": 1}))
        self.assertTrue(kumo_client._retried(run(1, "TIMEOUT", 2), {"retries": 3}))
        self.assertFalse(kumo_client._retried(run(1, "FAILED", 2), {"retries": 1}))
        self.assertFalse(kumo_client._retried(run(1, "FAILED", 1), {"retries": 0}))
        self.assertFalse(kumo_client._retried(run(1, "STOPPED", 1), {"retries": 3}))
        self.assertFalse(kumo_client._retried(run(1, "SUCCESS", 1), {"retries": 3}))

    def test_the_next_attempt_is_found_by_its_first_run_id_and_attempt(self):
        first = run(10, attempt=1)
        second = run(12, "RUNNING", attempt=2, first=10, scheduled="2026-05-04T10:01:00.000Z")
        third = run(13, "QUEUED", attempt=3, first=10, scheduled="2026-05-04T10:02:00.000Z")
        other = run(11, "SUCCESS", scheduled="2026-05-04T10:00:30.000Z")
        newest_first = [third, second, other, first]

        self.assertEqual(kumo_client._retry_of(first, newest_first), second)
        self.assertEqual(kumo_client._retry_of(dict(second, status="FAILED"), newest_first), third)
        self.assertIsNone(kumo_client._retry_of(third, newest_first))

    def test_the_search_stops_at_runs_due_before_the_failed_one(self):
        failed = run(10, scheduled="2026-05-04T10:00:00.000Z")
        older = [run(n, "SUCCESS", scheduled="2026-05-04T09:%02d:00.000Z" % (59 - n)) for n in range(5)]

        def listing():
            yield from older
            raise AssertionError("read past the failed run's instant")

        self.assertIsNone(kumo_client._retry_of(failed, listing()))


class Events(unittest.TestCase):

    def test_lines_ids_end_and_keep_alives(self):
        stream = io.BytesIO(b": following\n\nid: 6\nevent: line\ndata: hello\n\n: keep-alive\n\n"
                            b"id: 12\nevent: line\ndata: world\n\nevent: end\ndata: {\"status\": \"SUCCESS\"}\n\n")
        self.assertEqual(list(kumo_client._events(stream)), [
            ("line", "hello", "6"), ("line", "world", "12"), ("end", "{\"status\": \"SUCCESS\"}", None)])


class RefusedConnection(unittest.TestCase):

    def test_a_refused_connection_is_a_kumo_error_of_one_line(self):
        url = "http://127.0.0.1:%d" % free_port()
        kumo = kumo_client.Kumo(url, "token", timeout=5)
        with self.assertRaises(Unreachable) as raised:
            kumo.health()
        self.assertIsInstance(raised.exception, KumoError)
        self.assertEqual(raised.exception.status, 0)
        self.assertIn("cannot reach " + url, raised.exception.message)
        self.assertNotIn("\n", raised.exception.message)

    def test_the_command_line_prints_one_line_and_exits_2(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = kumo_client._main(["--url", "http://127.0.0.1:%d" % free_port(), "--token", "t", "run", "job",
                                      "--wait"])
        self.assertEqual(code, 2)
        self.assertEqual(len(err.getvalue().splitlines()), 1, err.getvalue())
        self.assertTrue(err.getvalue().startswith("kumo_client: cannot reach "), err.getvalue())


if __name__ == "__main__":
    unittest.main()

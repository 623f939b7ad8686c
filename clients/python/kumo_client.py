"""A small client for Kumo's REST API (standard library only, Python 3.9+).

    from kumo_client import Kumo
    kumo = Kumo("http://127.0.0.1:8765", token)
    run = kumo.run_and_wait("nightly-report", timeout=600)

Copy this one file next to your script; nothing to install.
"""

import hashlib
import hmac
import json
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["Kumo", "KumoError", "Unauthorized", "Forbidden", "NotFound", "RateLimited", "Unreachable", "RunFailed",
           "TERMINAL_STATUSES", "trigger", "signature"]

TERMINAL_STATUSES = frozenset({"SUCCESS", "FAILED", "TIMEOUT", "STOPPED", "SKIPPED", "MISSED", "INTERRUPTED"})
# a run ending so is retried while its attempt is at most its task's retries (the next attempt is recorded just after)
RETRIED_STATUSES = frozenset({"FAILED", "TIMEOUT"})
# how long wait/follow look for a retry the task's retries promise before answering the failed attempt
RETRY_GRACE = 10.0


class KumoError(Exception):
    """An answer of Kumo's API that is not a success: its HTTP status and Kumo's message."""

    def __init__(self, status, message):
        super().__init__("HTTP %s: %s" % (status, message))
        self.status = status
        self.message = message


class Unauthorized(KumoError):
    """401: no token, or one Kumo does not know (revoked, expired, mistyped) — or a trigger's bad secret."""


class Forbidden(KumoError):
    """403: the token's role may not do this."""


class NotFound(KumoError):
    """404: no such task, run, workflow, channel or trigger."""


class RateLimited(KumoError):
    """429: too many failed attempts from this client; try again after ``retry_after`` seconds."""

    def __init__(self, status, message, retry_after):
        super().__init__(status, message)
        self.retry_after = retry_after


class Unreachable(KumoError):
    """Kumo did not answer at all (connection refused, name unknown, timed out): status 0."""


class RunFailed(Exception):
    """A run ended in another status than SUCCESS (raised by follow/wait only when asked to)."""

    def __init__(self, run):
        super().__init__("run %s ended %s (exit code %s)" % (run.get("id"), run.get("status"), run.get("exit_code")))
        self.run = run


_ERRORS = {401: Unauthorized, 403: Forbidden, 404: NotFound}


def _error(status, body, headers):
    try:
        message = json.loads(body.decode("utf-8")).get("error") or ""
    except (ValueError, AttributeError):
        message = body.decode("utf-8", "replace").strip()
    message = message or "no message"
    if status == 429:
        try:
            retry_after = int(headers.get("Retry-After", "60"))
        except ValueError:
            retry_after = 60
        return RateLimited(status, message, retry_after)
    return _ERRORS.get(status, KumoError)(status, message)


def _open(request, timeout, context):
    """Sends a request; an HTTP error becomes a KumoError."""
    try:
        return urllib.request.urlopen(request, timeout=timeout, context=context)
    except urllib.error.HTTPError as e:
        with e:
            raise _error(e.code, e.read(), e.headers) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", None) or e
        raise Unreachable(0, "cannot reach %s: %s" % (request.full_url.split("?")[0], reason)) from None


def _decode(response):
    with response:
        body = response.read()
    if not body:
        return None
    if response.headers.get_content_type() == "application/json":
        return json.loads(body.decode("utf-8"))
    return body.decode("utf-8")


def _context(cafile):
    return ssl.create_default_context(cafile=cafile) if cafile else None


def signature(secret, body):
    """The ``X-Hub-Signature-256`` value for ``body`` (bytes): GitHub's ``sha256=<hex HMAC-SHA256>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def trigger(hook_url, secret, payload=None, *, sign=True, timeout=30, cafile=None):
    """Calls a trigger URL (``https://host:port/api/v1/hooks/ID``) with ``payload`` as its JSON body.

    The run reads the body from the file named by its ``KUMO_PAYLOAD`` variable. With ``sign`` the body is signed
    with the secret (header ``X-Hub-Signature-256``); without, the secret travels as the ``token`` query parameter
    (simpler, but URLs end up in logs). Answers ``{"run_id": N}`` or ``{"workflow_run_id": N}``.
    """
    body = json.dumps({} if payload is None else payload).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    url = hook_url
    if sign:
        headers["X-Hub-Signature-256"] = signature(secret, body)
    else:
        url += ("&" if "?" in url else "?") + urllib.parse.urlencode({"token": secret})
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    return _decode(_open(request, timeout, _context(cafile)))


def _segment(name):
    return urllib.parse.quote(str(name), safe="")


class Kumo:
    """One Kumo instance's API, with one token (``kumo api token create NAME --role ...``)."""

    def __init__(self, url, token, *, timeout=30, cafile=None):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self._context = _context(cafile)

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _request(self, method, path, body=None, query=None, accept="application/json", headers=None):
        url = self.url + path
        if query:
            pairs = {k: v for k, v in query.items() if v is not None}
            if pairs:
                url += "?" + urllib.parse.urlencode(pairs)
        all_headers = {"Accept": accept}
        if self.token:
            all_headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        request = urllib.request.Request(url, data=data, headers=all_headers, method=method)
        return _open(request, self.timeout, self._context)

    def _call(self, method, path, body=None, query=None):
        return _decode(self._request(method, path, body, query))

    # -- system ------------------------------------------------------------------------------------------------

    def health(self):
        """``{"status": "ok", "version": ..., "engine": ..., "scheduling_paused": ...}`` (needs no token)."""
        return self._call("GET", "/api/v1/health")

    def metrics(self):
        """The Prometheus text of ``/metrics``."""
        return _decode(self._request("GET", "/metrics", accept="text/plain"))

    # -- tasks -------------------------------------------------------------------------------------------------

    def tasks(self):
        return self._call("GET", "/api/v1/tasks")

    def task(self, name):
        return self._call("GET", "/api/v1/tasks/" + _segment(name))

    def create_task(self, **fields):
        """Fields as ``kumo task add``: name, command, one of cron/every/at, zone, workdir, project, env, timeout,
        retries, retry_delay, priority, overlap, misfire, shell, enabled."""
        return self._call("POST", "/api/v1/tasks", fields)

    def update_task(self, name, **fields):
        """Changes only the given fields (``name=`` renames)."""
        return self._call("PUT", "/api/v1/tasks/" + _segment(name), fields)

    def delete_task(self, name):
        self._call("DELETE", "/api/v1/tasks/" + _segment(name))

    def run(self, name):
        """Starts the task now; answers the new run (status QUEUED or RUNNING)."""
        return self._call("POST", "/api/v1/tasks/%s/run" % _segment(name))

    def stop(self, name):
        """Stops the task's running and queued runs: ``{"stopped": [run ids]}``."""
        return self._call("POST", "/api/v1/tasks/%s/stop" % _segment(name))

    def pause(self, name):
        return self._call("POST", "/api/v1/tasks/%s/pause" % _segment(name))

    def resume(self, name):
        return self._call("POST", "/api/v1/tasks/%s/resume" % _segment(name))

    # -- runs --------------------------------------------------------------------------------------------------

    def runs(self, task=None, status=None, limit=50):
        """Every matching run, newest first, fetched ``limit`` per request as the caller iterates."""
        cursor = None
        while True:
            page = self._call("GET", "/api/v1/runs",
                              query={"task": task, "status": status, "limit": limit, "cursor": cursor})
            for run in page["runs"]:
                yield run
            cursor = page.get("next_cursor")
            if not cursor:
                return

    def get_run(self, run_id):
        return self._call("GET", "/api/v1/runs/%s" % _segment(run_id))

    def log(self, run_id, tail=None):
        """The run's log so far, as text (``tail`` = only the last N lines)."""
        text = self._call("GET", "/api/v1/runs/%s/log" % _segment(run_id), query={"tail": tail})
        return text or ""

    def follow(self, run_id, *, check=False, reconnects=3):
        """Yields the run's log lines as they are written, until the run ends.

        The generator's return value (``result = yield from kumo.follow(id)``) is the end event,
        ``{"status": ..., "exit_code": ...}``; with ``check=True`` a run not ending SUCCESS raises RunFailed.
        A dropped connection is resumed where it stopped (Last-Event-ID), up to ``reconnects`` times.
        """
        last_id = None
        budget = _Reconnects(reconnects)
        while True:
            headers = {"Last-Event-ID": last_id} if last_id else {}
            received = False
            try:
                response = self._request("GET", "/api/v1/runs/%s/log" % _segment(run_id), accept="text/event-stream",
                                         headers=headers)
                with response:
                    for event, data, event_id in _events(response):
                        received = True
                        if event_id:
                            last_id = event_id
                        if event == "line":
                            yield data
                        elif event == "end":
                            end = json.loads(data)
                            if check and end.get("status") != "SUCCESS":
                                raise RunFailed(dict(end, id=run_id))
                            return end
            except (OSError, Unreachable):
                if not budget.dropped(received):
                    raise
                continue
            if not budget.dropped(received):
                raise KumoError(0, "the log stream of run %s closed before the run ended" % run_id)

    def wait(self, run_id, timeout=3600, *, poll=0.5, check=False, retries=True):
        """Polls the run until it ends and answers it; TimeoutError after ``timeout`` seconds.

        With ``retries`` (the default) a FAILED or TIMEOUT attempt that its task retries is not the end: the answer is
        the last attempt (its ``first_run_id`` is ``run_id``), so a task that fails once and then succeeds answers
        SUCCESS. ``retries=False`` answers the first attempt's end.
        """
        deadline = time.monotonic() + timeout
        while True:
            run = self.get_run(run_id)
            if run["status"] in TERMINAL_STATUSES:
                following = self.next_attempt(run, deadline, poll) if retries else None
                if following is not None:
                    run_id = following["id"]
                    continue
                if check and run["status"] != "SUCCESS":
                    raise RunFailed(run)
                return run
            if time.monotonic() >= deadline:
                raise TimeoutError("run %s is still %s after %ss" % (run_id, run["status"], timeout))
            time.sleep(min(poll, max(0.0, deadline - time.monotonic())))

    def next_attempt(self, run, deadline=None, poll=0.5):
        """The retry of an ended ``run`` when its task retries it (looked for up to RETRY_GRACE seconds), else None."""
        if run["status"] not in RETRIED_STATUSES:
            return None
        try:
            task = self.task(run["task"])
        except NotFound:  # deleted meanwhile, or a workflow step (the workflow retries those itself)
            return None
        if not _retried(run, task):
            return None
        give_up = time.monotonic() + RETRY_GRACE
        if deadline is not None:
            give_up = min(give_up, deadline)
        while True:
            found = _retry_of(run, self.runs(task=run["task"], limit=20))
            if found is not None or time.monotonic() >= give_up:
                return found
            time.sleep(min(poll, max(0.0, give_up - time.monotonic())))

    def run_and_wait(self, name, timeout=3600, *, check=False, retries=True):
        """Starts the task and answers its run once it ended (its last attempt, see wait)."""
        return self.wait(self.run(name)["id"], timeout, check=check, retries=retries)

    # -- workflows and the catalog ------------------------------------------------------------------------------

    def workflows(self):
        return self._call("GET", "/api/v1/workflows")

    def workflow_runs(self, name, limit=None):
        return self._call("GET", "/api/v1/workflows/%s/runs" % _segment(name), query={"limit": limit})

    def run_workflow(self, name, params=None):
        """Starts the workflow: ``{"workflow_run_id": N}``."""
        return self._call("POST", "/api/v1/workflows/%s/run" % _segment(name), {"params": params or {}})

    def environments(self):
        return self._call("GET", "/api/v1/environments")

    def projects(self):
        return self._call("GET", "/api/v1/projects")

    def channels(self):
        return self._call("GET", "/api/v1/channels")

    def test_channel(self, name):
        """Sends the channel's test message: ``{"delivered": true}``, or KumoError 502 with the channel's error."""
        return self._call("POST", "/api/v1/channels/%s/test" % _segment(name))


class _Reconnects:
    """follow()'s budget: ``allowed`` drops in a row; a connection that brought an event gives it back."""

    def __init__(self, allowed):
        self.allowed = allowed
        self.failed = 0

    def dropped(self, received):
        """Counts a drop (``received``: the connection brought events first); True while another try is allowed."""
        if received:
            self.failed = 0
        self.failed += 1
        return self.failed <= self.allowed


def _first_run_id(run):
    return run.get("first_run_id") or run["id"]


def _retried(run, task):
    """Whether Kumo retries this ended attempt: FAILED or TIMEOUT, with attempts left in its task's retries."""
    return run["status"] in RETRIED_STATUSES and run.get("attempt", 1) <= task.get("retries", 0)


def _retry_of(run, candidates):
    """The next attempt of ``run`` among ``candidates`` (run JSON, newest first: a retry is newer), or None."""
    first = _first_run_id(run)
    for candidate in candidates:
        if candidate.get("first_run_id") == first and candidate.get("attempt") == run.get("attempt", 1) + 1:
            return candidate
        if candidate.get("scheduled_for", "") < run.get("scheduled_for", ""):
            return None  # due before the run itself (the list is newest first): its retry is not recorded (yet)
    return None


def _events(response):
    """Server-sent events of a response as (event, data, id); comments (keep-alives) are skipped."""
    event, data, event_id = None, [], None
    for raw in response:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if data or event:
                yield event or "message", "\n".join(data), event_id
            event, data, event_id = None, [], None
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "event":
            event = value
        elif field == "data":
            data.append(value)
        elif field == "id":
            event_id = value


def _main(argv):
    import argparse
    import os

    parser = argparse.ArgumentParser(prog="kumo_client.py", description="Trigger Kumo tasks over its REST API.")
    parser.add_argument("--url", default=os.environ.get("KUMO_URL"), help="default: $KUMO_URL")
    parser.add_argument("--token", default=os.environ.get("KUMO_TOKEN"), help="default: $KUMO_TOKEN")
    parser.add_argument("--cafile", help="the certificate to trust when Kumo serves HTTPS")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="start a task now")
    run.add_argument("name")
    run.add_argument("--wait", action="store_true", help="wait for the run to end; exit 1 unless it succeeded")
    run.add_argument("--follow", action="store_true", help="print the run's log as it is written (implies --wait)")
    run.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    if not args.url or not args.token:
        parser.error("give --url and --token (or set KUMO_URL and KUMO_TOKEN)")

    kumo = Kumo(args.url, args.token, cafile=args.cafile)
    try:
        started = kumo.run(args.name)
        print("run %s of %s started" % (started["id"], args.name), file=sys.stderr)
        if args.follow:
            run_id = started["id"]
            while True:  # each attempt's log, through the task's retries
                lines = kumo.follow(run_id)
                while True:
                    try:
                        print(next(lines), flush=True)
                    except StopIteration as stop:
                        status = stop.value["status"]
                        break
                following = kumo.next_attempt(kumo.get_run(run_id)) if status in RETRIED_STATUSES else None
                if following is None:
                    break
                run_id = following["id"]
                print("run %s ended %s; attempt %s is run %s" % (started["id"], status, following["attempt"], run_id),
                      file=sys.stderr)
        elif args.wait:
            status = kumo.wait(started["id"], args.timeout)["status"]
        else:
            print(started["id"])
            return 0
    except KumoError as e:
        print("kumo_client: " + e.message, file=sys.stderr)
        return 2
    except TimeoutError as e:
        print("kumo_client: %s" % e, file=sys.stderr)
        return 1
    except OSError as e:  # a connection dropped for good mid-way
        print("kumo_client: %s" % e, file=sys.stderr)
        return 2
    print("run %s ended %s" % (started["id"], status), file=sys.stderr)
    return 0 if status == "SUCCESS" else 1


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

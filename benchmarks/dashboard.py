"""How fast the caseworker's home and caseload pages answer with a helpline-sized database.

Run: python benchmarks/dashboard.py [--quick] [--cases N]. It builds its own database
(SQLite in a temporary file unless DATABASE_URL names another) with N cases (10,000 by
default), ten URLs and two notices each, all assigned to the measured caseworker, the
worst case for their pages; then times each page through Django's test client, in one
process, and prints p50 and p95. The target is p95 under 300 ms.

With --users N it serves the same database with gunicorn (DEBUG off, persistent
connections) and has N simulated caseworkers, each signed in with both factors in their
own session, visit every page --rounds times in a shuffled order: the issue's "p95 at 20
concurrent users". By default they ask for the next page as soon as one arrives (a closed
loop that saturates the server: the worst case); --think 1-5 makes each pause a random
1 to 5 seconds after each page, as locust's `between(1, 5)` user reading it would.
--phases puts every user on one page at a time instead of the mix. It prints each
page's p50/p95, the overall requests per second, and the CPU each request cost gunicorn,
PostgreSQL and the load generator.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")
SERVED = "--users" in sys.argv
if SERVED:
    # Production settings for the server and for this process, which signs in for it: the
    # session's hash and the encrypted fields must use the same keys on both sides.
    import secrets

    from cryptography.fernet import Fernet

    os.environ.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        FIELD_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="testserver,127.0.0.1",
        CONN_MAX_AGE="3600",
    )
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
_DB_FILE = Path(tempfile.gettempdir()) / f"takedown-bench-dashboard-{os.getpid()}.sqlite3"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_DB_FILE}")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from takedown.cases.models import (  # noqa: E402
    Case,
    CaseStatus,
    Notice,
    NoticeStatus,
    Organization,
    Target,
    TargetStatus,
)
from takedown.cases.references import new_reference  # noqa: E402
from takedown.dashboard.models import CaseFlag  # noqa: E402
from tests.staff import make_member, sign_in_verified  # noqa: E402

PLATFORMS = ("reddit", "x", "imgur", "pornhub", "xvideos", "telegram", "tumblr", "discord")
VERBOSE = "--verbose" in sys.argv
BASES = ("take-it-down", "dmca", "gdpr-17", "dsa-16", "platform-policy")
# gunicorn's shape for 2 cores: one worker per core, threads to overlap database waits;
# of 4x2, 3x1, 3x2 and 2x4 it served the most requests per second (docs/performance.md).
WORKERS, THREADS = 2, 4


def build(n_cases: int, targets_per_case: int, notices_per_case: int, rng: random.Random):
    org = Organization.objects.create(name="Bench line", slug="bench-line")
    worker = make_member("bench-caseworker", org)
    colleagues = [make_member(f"bench-colleague-{i}", org) for i in range(4)]
    now = timezone.now()
    references: set[str] = set()
    while len(references) < n_cases:
        references.add(new_reference())
    statuses = [CaseStatus.RECEIVED, CaseStatus.ACTIVE, CaseStatus.ACTIVE, CaseStatus.CLOSED]
    cases = Case.objects.bulk_create(
        [
            Case(
                reference=reference,
                organization=org,
                status=rng.choice(statuses),
                full_name=f"Person {i}",
            )
            for i, reference in enumerate(sorted(references))
        ],
        batch_size=2000,
    )
    # auto_now_add ignores a value given to bulk_create: spread the dates afterwards.
    for case in cases:
        case.created_at = now - timedelta(days=rng.randrange(730))
    Case.objects.bulk_update(cases, ["created_at"], batch_size=2000)
    through = Case.assignees.through
    rows = [through(case_id=c.pk, user_id=worker.pk) for c in cases]
    rows += [through(case_id=c.pk, user_id=rng.choice(colleagues).pk) for c in cases[::2]]
    through.objects.bulk_create(rows, batch_size=5000)
    target_statuses = list(TargetStatus.values)
    targets = Target.objects.bulk_create(
        [
            Target(
                case=case,
                url=f"https://example.org/{case.pk}/{j}",
                platform=rng.choice(PLATFORMS),
                status=rng.choice(target_statuses),
            )
            for case in cases
            for j in range(targets_per_case)
        ],
        batch_size=5000,
    )
    notice_statuses = list(NoticeStatus.values)
    notices = []
    for case in cases:
        for _j in range(notices_per_case):
            sent = now - timedelta(days=rng.randrange(60))
            notices.append(
                Notice(
                    case=case,
                    platform=rng.choice(PLATFORMS),
                    legal_basis=rng.choice(BASES),
                    status=rng.choice(notice_statuses),
                    sent_at=sent,
                    deadline_at=sent + timedelta(days=rng.choice((2, 30))),
                )
            )
    notices = Notice.objects.bulk_create(notices, batch_size=5000)
    by_case: dict[int, list[Target]] = {}
    for target in targets:
        by_case.setdefault(target.case_id, []).append(target)
    Notice.targets.through.objects.bulk_create(
        [
            Notice.targets.through(notice_id=notice.pk, target_id=by_case[notice.case_id][0].pk)
            for notice in notices
        ],
        batch_size=5000,
    )
    CaseFlag.objects.bulk_create(
        [
            CaseFlag(case=case, kind=rng.choice(("urgent", "waiting_for_person")))
            for case in rng.sample(cases, len(cases) // 10)
        ]
    )
    return worker, cases


def measure(client: Client, label: str, url: str, repeats: int) -> dict:
    client.get(url)  # warm template and query caches once
    times = []
    queries: list[tuple[float, str]] = []

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append(((time.perf_counter() - start) * 1000, sql))

    with connection.execute_wrapper(timed):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    cpu = []
    backend = _own_backend()
    backend_before = _cpu_seconds(backend) if backend else 0.0
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    db_cpu = (_cpu_seconds(backend) - backend_before) * 1000 / repeats if backend else None
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    row = {
        "label": label,
        "p50": statistics.median(times),
        "p95": p95,
        # CPU time of this process (Python and SQLite, which runs in-process): what the
        # request costs, less sensitive than wall time to other work on a shared machine.
        "cpu50": statistics.median(cpu),
        "queries": len(queries),
    }
    # PostgreSQL runs in its own process: the CPU its backend spent on this connection.
    db = f"db cpu {db_cpu:5.1f} ms  " if db_cpu is not None else ""
    print(
        f"{label:<38} p50 {row['p50']:6.1f} ms  p95 {row['p95']:6.1f} ms  "
        f"cpu p50 {row['cpu50']:6.1f} ms  {db}"
        f"{row['queries']:3d} queries  ({repeats} requests)"
    )
    if VERBOSE:
        for spent, sql in sorted(queries, reverse=True)[:3]:
            print(f"    {spent:6.1f} ms: {sql[:3000]}")
    return row


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(q * len(ordered)) - 1)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(workers: int, threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "takedown.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "PYTHONWARNINGS": "ignore::UserWarning"},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, port
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start within 60 s")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process (all its threads), from /proc; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _database_backends() -> list[int]:
    """PostgreSQL server processes serving this database (gunicorn's connections persist)."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return [pid for (pid,) in cursor.fetchall()]


def _own_backend() -> int | None:
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


class CpuMeter:
    """Where the CPU goes while pages are served: gunicorn (master and workers), the
    database's server processes, and this load generator. On a shared machine these are
    what a request costs; wall times also carry everyone else's work."""

    def __init__(self, server_pid: int):
        self.server_pid = server_pid

    def snapshot(self) -> dict[str, dict[int, float]]:
        gunicorn = [self.server_pid, *_children(self.server_pid)]
        backends = _database_backends()
        connection.close()  # not one of the backends measured next time
        return {
            "gunicorn": {pid: _cpu_seconds(pid) for pid in gunicorn},
            "postgres": {pid: _cpu_seconds(pid) for pid in backends},
            "client": {os.getpid(): time.process_time()},
        }

    @staticmethod
    def spent(before, after) -> dict[str, float]:
        # A process that started meanwhile counts whole; one that ended is lost, which is
        # why the server keeps its connections (CONN_MAX_AGE) longer than a run.
        return {
            part: sum(cpu - before[part].get(pid, 0.0) for pid, cpu in after[part].items())
            for part in after
        }


def parse_think(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    low_s, high_s = float(low), float(high or low)
    if low_s < 0 or high_s < low_s:
        raise argparse.ArgumentTypeError("think time is MIN-MAX seconds, e.g. 1-5, or 0")
    return low_s, high_s


def run_users(port: int, cookies: list[str], pages, *, rounds: int, think, seed: int) -> dict:
    """Each simulated caseworker, with their own signed-in session, visits every page
    `rounds` times in a shuffled order; with think time (locust's `between(MIN, MAX)`) they
    pause a random MIN to MAX seconds after each page, as someone reading it would. Without
    it they ask again at once: the closed-loop worst case that saturates the server."""
    import http.client

    low, high = think
    per_page: dict[str, list[float]] = {label: [] for label, _url in pages}
    errors: list[str] = []
    lock = threading.Lock()

    def caseworker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        # http.client and one connection per user: a light client, kept alive when the
        # server allows it (gunicorn's threaded worker does; its sync worker closes).
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        headers = {"Cookie": cookies[index % len(cookies)], "Accept-Language": "en"}
        visits = [page for page in pages for _ in range(rounds)]
        rng.shuffle(visits)
        if high:
            # Users arrive over the first pause rather than all in the same instant.
            time.sleep(rng.uniform(0, high))
        for label, url in visits:
            start = time.perf_counter()
            for attempt in (1, 2):
                try:
                    conn.request("GET", url, headers=headers)
                    response = conn.getresponse()
                    response.read()
                    status = str(response.status)
                    break
                except (OSError, http.client.HTTPException) as error:
                    conn.close()
                    status = type(error).__name__
                    # The server closed an idle kept-alive connection (gunicorn after its
                    # keepalive seconds): retry once on a new one, as a browser does.
                    if attempt == 2 or not isinstance(
                        error, (http.client.RemoteDisconnected, ConnectionError)
                    ):
                        break
            spent = (time.perf_counter() - start) * 1000
            with lock:
                if status == "200":
                    per_page[label].append(spent)
                else:
                    errors.append(f"{label}: {status}")
            if high:
                time.sleep(rng.uniform(low, high))
        conn.close()

    threads = [threading.Thread(target=caseworker, args=(i,)) for i in range(len(cookies))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"pages": per_page, "errors": errors, "elapsed": time.perf_counter() - started}


def report_served(result: dict, cpu: dict[str, float]) -> None:
    total = sum(len(times) for times in result["pages"].values())
    elapsed = result["elapsed"]
    for label, times in result["pages"].items():
        if not times:
            continue
        print(
            f"{label:<38} p50 {percentile(times, 0.5):6.0f} ms  "
            f"p95 {percentile(times, 0.95):6.0f} ms  max {max(times):6.0f} ms  "
            f"{len(times):4d} requests"
        )
    every = [t for times in result["pages"].values() for t in times]
    print(
        f"{'all pages':<38} p50 {percentile(every, 0.5):6.0f} ms  "
        f"p95 {percentile(every, 0.95):6.0f} ms  max {max(every):6.0f} ms  "
        f"{total:4d} requests in {elapsed:.1f} s = {total / elapsed:.1f} req/s"
    )
    print(
        "CPU per request: "
        + ", ".join(f"{name} {seconds * 1000 / total:.1f} ms" for name, seconds in cpu.items())
        + f"; the machine's load average {os.getloadavg()[0]:.1f}"
    )
    if result["errors"]:
        print(f"errors ({len(result['errors'])}): {', '.join(sorted(set(result['errors'])))}")


def measure_served(args, worker, pages) -> None:
    """The issue's "p95 at N concurrent users", against gunicorn on this database."""
    # A distinct signed-in session (both factors) per simulated user, as N browsers would
    # have: the same caseworker, so every user sees the worst-case caseload.
    cookies = []
    for _ in range(args.users):
        client = Client()
        sign_in_verified(client, worker)
        cookies.append(
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
    connection.close()
    server, port = serve(args.workers, args.threads)
    try:
        mode = (
            f"think time {args.think[0]:g}-{args.think[1]:g} s between pages"
            if args.think[1]
            else "no think time (closed loop: the saturation worst case)"
        )
        print(
            f"gunicorn {args.workers} workers x {args.threads} threads at 127.0.0.1:{port}; "
            f"{args.users} users, each with their own session; {mode}"
        )
        # Warm every worker (imports, templates, connections) before measuring.
        run_users(port, cookies, pages, rounds=1, think=(0, 0), seed=0)
        meter = CpuMeter(server.pid)
        before = meter.snapshot()
        rounds = args.rounds or max(1, (args.requests or 40) // 4)
        if args.phases:
            result = {"pages": {}, "errors": [], "elapsed": 0.0}
            for page in pages:
                phase = run_users(port, cookies, [page], rounds=rounds, think=args.think, seed=1)
                result["pages"].update(phase["pages"])
                result["errors"] += phase["errors"]
                result["elapsed"] += phase["elapsed"]
        else:
            result = run_users(port, cookies, pages, rounds=rounds, think=args.think, seed=1)
        after = meter.snapshot()
        report_served(result, meter.spent(before, after))
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 cases, few requests")
    parser.add_argument("--cases", type=int, default=None)
    parser.add_argument("--requests", type=int, default=None)
    parser.add_argument("--verbose", action="store_true", help="show each page's slowest query")
    parser.add_argument("--only", default="", help="measure only pages whose label has this")
    parser.add_argument("--users", type=int, default=0, help="concurrent users against gunicorn")
    parser.add_argument("--workers", type=int, default=WORKERS, help="gunicorn workers (--users)")
    parser.add_argument("--threads", type=int, default=THREADS, help="threads per worker (--users)")
    parser.add_argument(
        "--think",
        type=parse_think,
        default=(0.0, 0.0),
        metavar="MIN-MAX",
        help="seconds each user pauses after a page, e.g. 1-5 (default 0: no pause)",
    )
    parser.add_argument(
        "--rounds", type=int, default=0, help="times each user visits each page (--users)"
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="one page at a time, every user on it, instead of each user's shuffled mix",
    )
    args = parser.parse_args()
    n_cases = args.cases or (1000 if args.quick else 10_000)
    repeats = args.requests or (5 if args.quick else 40)
    settings.DEBUG = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    started = time.perf_counter()
    worker, cases = build(n_cases, targets_per_case=10, notices_per_case=2, rng=rng)
    # A live database has been through autovacuum (planner statistics, and the visibility
    # map that lets index-only scans skip the table); a bulk load has neither yet.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"load average before measuring: {os.getloadavg()[0]:.1f}")
    print(
        f"{connection.vendor}: {n_cases} cases, {Target.objects.count()} targets, "
        f"{Notice.objects.count()} notices, built in {time.perf_counter() - started:.1f} s"
    )
    client = Client()
    sign_in_verified(client, worker)
    some_case = cases[len(cases) // 2].reference
    pages = [
        ("home", "/dashboard/"),
        ("caseload, all", "/dashboard/cases/"),
        ("caseload, open, oldest first", "/dashboard/cases/?status=open&sort=oldest"),
        ("caseload, platform=x, page 5", "/dashboard/cases/?platform=x&page=5"),
        ("caseload, overdue, assigned to me", "/dashboard/cases/?overdue=on&assignee=me"),
        (
            "caseload, basis=dmca, 2025 onwards",
            "/dashboard/cases/?legal_basis=dmca&created_from=2025-01-01",
        ),
        ("caseload, search by case number", f"/dashboard/cases/?reference={some_case[-6:]}"),
        ("case page", f"/dashboard/cases/{some_case}/"),
    ]
    pages = [(label, url) for label, url in pages if args.only in label]
    if args.users:
        measure_served(args, worker, pages)
    else:
        for label, url in pages:
            measure(client, label, url, repeats)
    if connection.vendor == "sqlite" and "takedown-bench-dashboard" in str(_DB_FILE):
        connection.close()
        _DB_FILE.unlink(missing_ok=True)


if __name__ == "__main__":
    main()

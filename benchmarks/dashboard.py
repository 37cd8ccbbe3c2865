"""How fast the caseworker's home and caseload pages answer with a helpline-sized database.

Run: python benchmarks/dashboard.py [--quick] [--cases N]. It builds its own database
(SQLite in a temporary file unless DATABASE_URL names another) with N cases (10,000 by
default), ten URLs and two notices each, all assigned to the measured caseworker, the
worst case for their pages; then times each page through Django's test client, in one
process, and prints p50 and p95. The target is p95 under 300 ms.

With --users N it serves the same database with gunicorn (DEBUG off, persistent
connections) and has N simulated caseworkers request each page at once, in a loop, from
threads sharing one signed-in session: the issue's "p95 at 20 concurrent users".
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
        CONN_MAX_AGE="60",
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
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
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
    print(
        f"{label:<38} p50 {row['p50']:6.1f} ms  p95 {row['p95']:6.1f} ms  "
        f"cpu p50 {row['cpu50']:6.1f} ms  "
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


def serve(workers: int, threads: int) -> tuple[subprocess.Popen, str]:
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
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start within 60 s")


def measure_served(base: str, cookie: str, label: str, path: str, users: int, each: int):
    import requests

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def caseworker() -> None:
        session = requests.Session()
        session.headers["Cookie"] = cookie
        for _ in range(each):
            start = time.perf_counter()
            response = session.get(base + path, allow_redirects=False, timeout=60)
            spent = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(spent)
                if response.status_code != 200:
                    errors.append(str(response.status_code))

    threads = [threading.Thread(target=caseworker) for _ in range(users)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    print(
        f"{label:<38} p50 {percentile(latencies, 0.5):6.0f} ms  "
        f"p95 {percentile(latencies, 0.95):6.0f} ms  {len(latencies) / elapsed:5.1f} req/s  "
        f"({users} users x {each}){'  errors: ' + ', '.join(sorted(set(errors))) if errors else ''}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 cases, few requests")
    parser.add_argument("--cases", type=int, default=None)
    parser.add_argument("--requests", type=int, default=None)
    parser.add_argument("--verbose", action="store_true", help="show each page's slowest query")
    parser.add_argument("--only", default="", help="measure only pages whose label has this")
    parser.add_argument("--users", type=int, default=0, help="concurrent users against gunicorn")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (--users)")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker (--users)")
    args = parser.parse_args()
    n_cases = args.cases or (1000 if args.quick else 10_000)
    repeats = args.requests or (5 if args.quick else 40)
    settings.DEBUG = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    started = time.perf_counter()
    worker, cases = build(n_cases, targets_per_case=10, notices_per_case=2, rng=rng)
    # A live database has planner statistics (autovacuum's ANALYZE); a bulk load has none yet.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
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
        connection.close()
        server, base = serve(args.workers, args.threads)
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
        try:
            print(f"gunicorn: {args.workers} workers x {args.threads} threads, {base}")
            # Warm every worker (imports, templates, connections) before measuring.
            measure_served(base, cookie, "(warm-up)", pages[0][1], args.users, 2)
            for label, url in pages:
                measure_served(base, cookie, label, url, args.users, max(1, repeats // 4))
        finally:
            server.terminate()
            server.wait(timeout=30)
    else:
        for label, url in pages:
            measure(client, label, url, repeats)
    if connection.vendor == "sqlite" and "takedown-bench-dashboard" in str(_DB_FILE):
        connection.close()
        _DB_FILE.unlink(missing_ok=True)


if __name__ == "__main__":
    main()

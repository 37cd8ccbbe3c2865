"""Scanning throughput end to end: pages and images per second through the real pipeline.

A local site of 200 pages with 10 images each, every response delayed by 200 ms as a
distant server would be, is scanned three ways in the same run:

- a plain sequential loop of `requests.get` (page, then its images): the floor any
  pipeline must beat, since it does no checking at all;
- the pipeline on 2 Celery worker processes (Redis broker, PostgreSQL), one task at a
  time each (a task checks 8 images, overlapping their fetches): fetch, fingerprint,
  match and record every image;
- the same 2 worker processes with a pool of 8 threads each.

Without Redis or PostgreSQL (or with --in-memory) the Celery rows are replaced by 2
processes running the pipeline's steps in memory, with no database.
Run: python benchmarks/scan.py [--quick] [--pages N] [--in-memory].
"""

from __future__ import annotations

import argparse
import io
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import requests  # noqa: E402
import skimage.data  # noqa: E402
from PIL import Image  # noqa: E402

LATENCY = 0.2
IMAGES_PER_PAGE = 10
# Every MATCH_EVERY-th page shows a re-upload of the reported photo among its images.
MATCH_EVERY = 10
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
BENCH_DB = "takedown_bench_scan"


# ----------------------------------------------------------------------------- the site


def _jpeg(pixels: np.ndarray, *, quality=85, scale=1.0) -> bytes:
    image = Image.fromarray(pixels).convert("RGB")
    if scale != 1.0:
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _unrelated_images(count: int) -> list[bytes]:
    """Crops of ordinary photos (not the reported one), about 400 by 300 pixels and 30 KB each."""
    sources = [
        getattr(skimage.data, name)()
        for name in ("coffee", "chelsea", "rocket", "hubble_deep_field", "retina")
    ]
    images = []
    for index in range(count):
        pixels = sources[index % len(sources)]
        step = index // len(sources)
        top = (step * 37) % max(1, pixels.shape[0] - 300)
        left = (step * 53) % max(1, pixels.shape[1] - 400)
        images.append(_jpeg(pixels[top : top + 300, left : left + 400]))
    return images


class Site:
    """Pages /p/N, images /i/N/K.jpg; every answer arrives LATENCY seconds late."""

    def __init__(self, pages: int):
        self.pages = pages
        self.original = _jpeg(skimage.data.astronaut(), quality=95)
        reupload = _jpeg(skimage.data.astronaut(), quality=70, scale=0.6)
        unrelated = _unrelated_images(40)
        self.routes: dict[str, tuple[str, bytes]] = {}
        for page in range(pages):
            srcs = []
            for k in range(IMAGES_PER_PAGE):
                path = f"/i/{page}/{k}.jpg"
                shows_match = page % MATCH_EVERY == 0 and k == 3
                body = reupload if shows_match else unrelated[(page * 7 + k) % len(unrelated)]
                self.routes[path] = ("image/jpeg", body)
                srcs.append(path)
            tags = "".join(f'<img src="{src}" alt="">' for src in srcs)
            html = f"<!doctype html><title>Page {page}</title><body>{tags}</body>"
            self.routes[f"/p/{page}"] = ("text/html; charset=utf-8", html.encode())
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                time.sleep(LATENCY)
                content_type, body = routes.get(self.path, ("text/plain", b""))
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256

        self.server = Server(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page_urls(self) -> list[str]:
        return [f"http://{self.host}/p/{page}" for page in range(self.pages)]

    @property
    def expected_matches(self) -> int:
        return len(range(0, self.pages, MATCH_EVERY))


# ------------------------------------------------------------------------------ the ways


def sequential_requests(site: Site) -> tuple[float, int, int]:
    """Fetch every page and every image one after another, checking nothing."""
    images = 0
    start = time.perf_counter()
    with requests.Session() as session:
        for url in site.page_urls():
            page = session.get(url, timeout=10)
            for src in re.findall(r'src="([^"]+)"', page.text):
                session.get(f"http://{site.host}{src}", timeout=10).content  # noqa: B018
                images += 1
    return time.perf_counter() - start, site.pages, images


def _scan_share(args) -> tuple[int, int, int]:
    """One process of the fallback: the pipeline's steps in memory, with the same overlap
    of image fetches as a `check_candidates` task (up to the per-host limit)."""
    urls, original = args
    from takedown.cases import scanning
    from takedown.hashing import fingerprint_reported
    from takedown.matching import Matcher

    matcher = Matcher([("original", fingerprint_reported(original))])
    fetcher = scanning.default_fetcher()
    images = matches = 0
    for url in urls:
        page = scanning.fetch_page(fetcher, url)
        workers = fetcher.policy.per_host_concurrency
        for check in scanning.check_images(fetcher, page.image_urls, workers):
            images += 1
            if check.fingerprint is not None and matcher.match(check.fingerprint):
                matches += 1
    return len(urls), images, matches


def in_memory_processes(site: Site, processes: int = 2) -> tuple[float, int, int, int]:
    urls = site.page_urls()
    shares = [(urls[i::processes], site.original) for i in range(processes)]
    start = time.perf_counter()
    with get_context("fork").Pool(processes) as pool:
        results = pool.map(_scan_share, shares)
    elapsed = time.perf_counter() - start
    return elapsed, *(sum(column) for column in zip(*results, strict=True))


class Workers:
    """N real `celery worker` processes on Redis, sharing the benchmark's database."""

    def __init__(self, count: int, pool: str, concurrency: int, env: dict[str, str]):
        self.logs = []
        self.procs = []
        for index in range(count):
            # Closed in stop(); read back when a worker fails to start or to finish.
            log = tempfile.NamedTemporaryFile("w+", prefix="bench-worker-", suffix=".log")  # noqa: SIM115
            self.logs.append(log)
            self.procs.append(
                subprocess.Popen(  # noqa: S603 -- our own interpreter and fixed arguments
                    [
                        sys.executable,
                        "-m",
                        "celery",
                        "-A",
                        "takedown",
                        "worker",
                        "--loglevel=WARNING",
                        "-Q",
                        "default,fetch,hash",
                        "-n",
                        f"bench{index}@%h",
                        "-P",
                        pool,
                        f"--concurrency={concurrency}",
                        "--without-heartbeat",
                        "--without-gossip",
                        "--without-mingle",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        self._wait_ready()

    def _wait_ready(self):
        from takedown.celery import app

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            replies = app.control.ping(timeout=1.0)
            if len(replies) >= len(self.procs):
                return
        raise RuntimeError("Celery workers did not start:\n" + self.output())

    def cpu_seconds(self) -> float:
        """CPU time the workers and their pool processes have used so far."""
        ticks = os.sysconf("SC_CLK_TCK")
        pids = {proc.pid for proc in self.procs}
        stats = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(stat.parent.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
        grew = True
        while grew:  # the workers' descendants: prefork pool processes
            more = {pid for pid, (ppid, _cpu) in stats.items() if ppid in pids} - pids
            grew = bool(more)
            pids |= more
        return sum(stats[pid][1] for pid in pids if pid in stats) / ticks

    def output(self) -> str:
        text = []
        for log in self.logs:
            log.seek(0)
            text.append(log.read()[-3000:])
        return "\n".join(text)

    def stop(self):
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        for log in self.logs:
            log.close()


def celery_pipeline(site: Site, case, *, pool: str, concurrency: int, env) -> tuple:
    from django.db.models import Count, Q, Sum

    from takedown.cases.models import Target, TargetStatus
    from takedown.cases.scanning import request_scan

    targets = list(Target.objects.filter(case=case))
    workers = Workers(2, pool, concurrency, env)
    try:
        idle_cpu = workers.cpu_seconds()  # starting Django and Celery is not scanning
        start = time.perf_counter()
        for target in targets:
            request_scan(target)
        finished = (TargetStatus.MATCHED, TargetStatus.NO_MATCH, TargetStatus.ERROR)
        while Target.objects.filter(case=case, status__in=finished).count() < len(targets):
            if time.perf_counter() - start > 1800:
                raise RuntimeError("The scan did not finish:\n" + workers.output())
            time.sleep(0.1)
        elapsed = time.perf_counter() - start
        cpu = workers.cpu_seconds() - idle_cpu
    finally:
        workers.stop()
    totals = Target.objects.filter(case=case).aggregate(
        images=Sum("images_done"),
        matched=Count("pk", filter=Q(status=TargetStatus.MATCHED)),
        errors=Count("pk", filter=Q(status=TargetStatus.ERROR)),
    )
    if totals["errors"]:
        print(f"  warning: {totals['errors']} pages ended in error", file=sys.stderr)
    return elapsed, len(targets), totals["images"], totals["matched"], cpu


# ---------------------------------------------------------------------------- set-up


def _reachable(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError:
        return False
    return True


def _fresh_database() -> str:
    import psycopg2

    admin = psycopg2.connect(PG_ADMIN_URL)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        cursor.execute(f"CREATE DATABASE {BENCH_DB}")
    admin.close()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{BENCH_DB}"


def _drop_database() -> None:
    import psycopg2

    admin = psycopg2.connect(PG_ADMIN_URL)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    admin.close()


def _setup_case(site: Site):
    from django.core.management import call_command

    from takedown.cases.models import ReportedImage, Target
    from takedown.cases.services import case_create
    from takedown.hashing import fingerprint_reported

    call_command("migrate", verbosity=0)
    case, _pin = case_create()
    fp = fingerprint_reported(site.original)
    ReportedImage.objects.create(case=case, **ReportedImage.columns_of(fp))
    Target.objects.bulk_create(Target(case=case, url=url) for url in site.page_urls())
    return case


def _row(label: str, elapsed: float, pages: int, images: int, matched, cpu=None) -> str:
    found = "" if matched is None else f"{matched}"
    per_image = "" if cpu is None else f"{cpu / images * 1000:.0f} ms"
    return (
        f"| {label} | {pages} | {images} | {elapsed:.1f} s | {pages / elapsed:.2f} | "
        f"{images / elapsed:.1f} | {found} | {per_image} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="20 pages, as a smoke test")
    parser.add_argument("--pages", type=int, default=None)
    parser.add_argument(
        "--in-memory", action="store_true", help="skip Celery even if Redis and PostgreSQL answer"
    )
    args = parser.parse_args()
    pages = args.pages or (20 if args.quick else 200)

    site = Site(pages)
    use_celery = (
        not args.in_memory and _reachable("127.0.0.1", 6379) and _reachable("127.0.0.1", 5432)
    )
    os.environ["TAKEDOWN_FETCH_ALLOW"] = site.host
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")
    if use_celery:
        os.environ["DATABASE_URL"] = _fresh_database()
        os.environ["CELERY_BROKER_URL"] = REDIS_URL
        os.environ.pop("CELERY_RESULT_BACKEND", None)
    else:
        os.environ.pop("CELERY_BROKER_URL", None)

    import django

    django.setup()

    print(
        f"{pages} pages x {IMAGES_PER_PAGE} images, {LATENCY * 1000:.0f} ms added to every "
        f"response; {site.expected_matches} pages show the reported photo; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start\n"
    )
    print(
        "| how | pages | images | time | pages/s | images/s | pages matched "
        "| worker CPU per image |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(_row("sequential `requests` loop, no checking", *sequential_requests(site), None))
    sys.stdout.flush()
    if not use_celery:
        print(_row("2 processes, pipeline in memory", *in_memory_processes(site)))
        return

    from takedown.celery import app

    app.control.purge()
    case = _setup_case(site)
    env = dict(os.environ)
    try:
        for label, pool, concurrency in (
            ("2 Celery workers, 1 process each (prefork)", "prefork", 1),
            ("2 Celery workers, 8 threads each", "threads", 8),
        ):
            print(
                _row(
                    label, *celery_pipeline(site, case, pool=pool, concurrency=concurrency, env=env)
                )
            )
            sys.stdout.flush()
    finally:
        from django.db import connections

        connections.close_all()
        _drop_database()


if __name__ == "__main__":
    main()

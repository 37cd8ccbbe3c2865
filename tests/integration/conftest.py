"""A real Celery worker, started as a subprocess against the broker and the test database."""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection

from takedown.celery import app


def _worker_env() -> dict[str, str]:
    db = connection.settings_dict
    # The worker must see the rows the test commits: point it at the test database.
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "PYTHONUNBUFFERED": "1"}


def start_worker(*extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "takedown",
            "worker",
            "--loglevel=INFO",
            "-Q",
            "default,fetch,hash",
            "--concurrency=2",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            *extra,
        ],
        env=_worker_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def stop_worker(worker: subprocess.Popen, sig=signal.SIGTERM) -> str:
    if worker.poll() is None:
        os.killpg(worker.pid, sig)
    try:
        output, _ = worker.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        output, _ = worker.communicate()
    return output


def wait_for(predicate, *, timeout=60.0, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


@pytest.fixture
def celery_worker(transactional_db):
    if not settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set: run through scripts/test, which sets it.")
    if connection.vendor != "postgresql":
        pytest.skip("The worker shares the test database, which needs PostgreSQL.")
    app.control.purge()
    worker = start_worker()
    yield worker
    output = stop_worker(worker)
    print(output)

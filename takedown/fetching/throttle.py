"""Politeness per host within this process: at most N requests at once, a gap between starts."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from takedown.fetching import messages
from takedown.fetching.errors import FetchError


class HostThrottle:
    def __init__(self):
        self._condition = threading.Condition()
        self._active: dict[str, int] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, *, concurrency: int, delay: float, deadline: float):
        with self._condition:
            while self._active.get(host, 0) >= concurrency:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FetchError(
                        "timeout",
                        messages.TIMEOUT,
                        detail=f"waited for a free connection to {host} until the deadline",
                    )
                self._condition.wait(remaining)
            self._active[host] = self._active.get(host, 0) + 1
            now = time.monotonic()
            start = max(now, self._next_start.get(host, 0.0))
            self._next_start[host] = start + delay
        try:
            wait = start - time.monotonic()
            if wait > 0:
                if start > deadline:
                    raise FetchError(
                        "timeout",
                        messages.TIMEOUT,
                        detail=f"the per-host delay for {host} runs past the deadline",
                    )
                time.sleep(wait)
            yield
        finally:
            with self._condition:
                self._active[host] -= 1
                if self._active[host] == 0:
                    del self._active[host]
                    if self._next_start.get(host, 0.0) <= time.monotonic():
                        self._next_start.pop(host, None)
                self._condition.notify_all()

    def active(self, host: str) -> int:
        with self._condition:
            return self._active.get(host, 0)


# One per process, shared by every Fetcher, so that many tasks in one worker stay polite.
default_throttle = HostThrottle()

"""Runs our JavaScript in Debian's Chromium: a tiny HTTP site on 127.0.0.1 that serves it
with photos, and the browser launched through Playwright. Used by tests and benchmarks."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

REPO = Path(__file__).resolve().parents[2]
PDQ_JS = REPO / "takedown/cases/static/cases/js/pdq.js"

# Debian's package; Playwright's own browser download is not used (no network in CI).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PDQ_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PDQ</title>
<script src="/static/cases/js/pdq.js"></script></head><body></body></html>"""


def browser_unavailable_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: apt-get install chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[dev]'"
    return None


def browser_required() -> bool:
    """CI sets REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping."""
    return os.environ.get("REQUIRE_BROWSER") == "1"


class LocalSite:
    """Serves fixed responses from memory: {path: (content type, body)}."""

    def __init__(self, routes: dict[str, tuple[str, bytes]]):
        self.routes = routes
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                content_type, body = route
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def pdq_routes() -> dict[str, tuple[str, bytes]]:
    return {
        "/": ("text/html; charset=utf-8", PDQ_PAGE),
        "/static/cases/js/pdq.js": ("text/javascript", PDQ_JS.read_bytes()),
    }


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@contextmanager
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()

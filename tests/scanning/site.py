"""A small web site served from 127.0.0.1 for the scanning tests: pages, images, errors."""

from __future__ import annotations

import contextlib
import html
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Response:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering: a slow server


class Site:
    def __init__(self):
        self.routes: dict[str, Response] = {}
        self.hits: Counter[str] = Counter()
        self.delay = 0.0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = urlsplit(self.path).path
                site.hits[path] += 1
                response = site.routes.get(path) or Response(b"Not found", "text/plain", 404)
                if site.delay or response.delay:
                    threading.Event().wait(site.delay + response.delay)
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # A client that gave up (a killed worker, a fetch cap) is not an error here.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(response.body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def add(self, path: str, body: bytes, content_type="text/html; charset=utf-8", **kw):
        self.routes[path] = Response(body, content_type, **kw)
        return self.url(path)

    def image(self, path: str, body: bytes, content_type="image/jpeg", **kw) -> str:
        return self.add(path, body, content_type, **kw)

    def page(self, path: str, images: list[str], *, title: str = "A gallery", extra="") -> str:
        tags = "\n".join(f'<img src="{html.escape(src)}" alt="">' for src in images)
        body = (
            f"<!doctype html><html><head><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1>{tags}{extra}</body></html>"
        )
        return self.add(path, body.encode())

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, b"", "text/plain", status=status, headers={"Location": to})

    def close(self):
        self.server.shutdown()
        self.server.server_close()

"""Small HTTP servers on 127.0.0.1 for the fetching tests: routes are plain functions."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.respond(404, b"not here", "text/plain")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def respond(self, status=200, body=b"", content_type="text/html", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location, status=302):
        self.respond(status, b"", headers={"Location": location})

    def log_message(self, *args):
        pass


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host="127.0.0.1", port=0):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)
        self.routes = {}
        self.requests = []
        self.connections = 0
        self._lock = threading.Lock()

    def get_request(self):
        request = super().get_request()
        with self._lock:
            self.connections += 1
        return request

    def handle_error(self, request, client_address):
        """A client hanging up mid-response is what several tests are about: no traceback."""

    @property
    def port(self):
        return self.server_address[1]

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path):
        def register(function):
            self.routes[path] = function
            return function

        return register

    def start(self):
        threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def stop(self):
        self.shutdown()
        self.server_close()

"""HTTP connections that go to the address the fetcher vetted, and nowhere else.

requests would resolve the host name again when it connects, and a DNS server that answers
differently the second time (DNS rebinding) would slip a private address past the check.
Here the connection keeps the host name for the Host header, TLS SNI and certificate
verification, but its socket connects to the already-checked IP address.

A watchdog shuts the socket when the fetch's total time is up: per-read timeouts alone let a
server that sends one byte a second hold a worker for ever.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError


class Hop:
    """One request's connection: the vetted addresses, the deadline, the socket once open."""

    def __init__(self, addresses: list[str], *, connect_timeout: float, deadline: float):
        self.addresses = addresses
        self.connect_timeout = connect_timeout
        self.deadline = deadline
        self.address: str | None = None
        self.expired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._finished = False
        self._timer: threading.Timer | None = None

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def start_watchdog(self) -> None:
        self._timer = threading.Timer(max(self.remaining(), 0.0), self.expire)
        self._timer.daemon = True
        self._timer.start()

    def expire(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.expired = True
            if self._sock is not None:
                # shutdown, not close: it wakes a thread blocked in recv() on this socket.
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)

    def attach(self, sock: socket.socket, address: str) -> None:
        with self._lock:
            if self.expired:
                sock.close()
                raise TimeoutError("the fetch ran out of time while connecting")
            self._sock = sock
            self.address = address

    def finish(self) -> bool:
        """Stop the watchdog; True if it had already fired."""
        with self._lock:
            self._finished = True
        if self._timer is not None:
            self._timer.cancel()
        return self.expired


class _PinnedMixin:
    def __init__(self, *args, hop: Hop, **kwargs):
        super().__init__(*args, **kwargs)
        self._hop = hop

    def _new_conn(self) -> socket.socket:
        last_error: OSError | None = None
        for address in self._hop.addresses:
            timeout = min(self._hop.connect_timeout, self._hop.remaining())
            if timeout <= 0:
                break
            try:
                sock = socket.create_connection((address, self.port), timeout=timeout)
            except OSError as error:  # refused, unreachable, or timed out: try the next
                last_error = error
                continue
            for option in self.socket_options or ():
                sock.setsockopt(*option)
            try:
                self._hop.attach(sock, address)
            except TimeoutError as error:
                raise ConnectTimeoutError(self, str(error)) from error
            return sock
        if last_error is None or isinstance(last_error, TimeoutError):
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out.")
        raise NewConnectionError(self, f"Failed to establish a new connection: {last_error}")


class _PinnedHTTPConnection(_PinnedMixin, HTTPConnection):
    pass


class _PinnedHTTPSConnection(_PinnedMixin, HTTPSConnection):
    pass


class _PinnedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _PinnedHTTPConnection


class _PinnedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _PinnedHTTPSConnection


class PinnedAdapter(HTTPAdapter):
    """A requests adapter for one request whose connection goes to ``hop``'s addresses."""

    def __init__(self, hop: Hop):
        super().__init__(max_retries=0, pool_connections=1, pool_maxsize=1)
        self._hop = hop
        self._pools: list[HTTPConnectionPool] = []

    def get_connection_with_tls_context(self, request, verify, proxies=None, cert=None):
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        if host_params["scheme"] == "https":
            pool = _PinnedHTTPSConnectionPool(
                host_params["host"], host_params["port"], hop=self._hop, **pool_kwargs
            )
        else:
            pool = _PinnedHTTPConnectionPool(
                host_params["host"], host_params["port"], hop=self._hop
            )
        self._pools.append(pool)
        return pool

    def close(self) -> None:
        super().close()
        for pool in self._pools:
            pool.close()
        self._pools.clear()

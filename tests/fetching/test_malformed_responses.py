"""Whatever a server sends back, the fetcher answers with a result or a FetchError."""

import contextlib
import random
import socket
import threading

import pytest

from takedown.fetching import FetchError
from tests.fetching.conftest import make_fetcher

RESPONSES = [
    b"",
    b"garbage\r\n\r\n",
    b"HTTP/1.1\r\n\r\n",
    b"HTTP/1.1 abc OK\r\n\r\n",
    b"HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort",
    b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nbody",
    b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nbody!!!",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nbody\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html",
    b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\n\x1f\x8b\x08\x00",
    b"HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\nContent-Length: 4\r\n\r\nabcd",
    b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\n\xff\xff\xff\xff",
    b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip, br, deflate\r\nContent-Length: 1\r\n\r\nx",
    b"HTTP/1.1 302 Found\r\nLocation: \r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 302 Found\r\nLocation: http://\xff\xfe/\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 301 Moved\r\nLocation: javascript:alert(1)\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 429 Slow\r\nRetry-After: soon\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 200 + b"\r\n",
    b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n",
    b"HTTP/1.0 200 OK\r\n\r\n<html><title>no length</title>",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
]
EXPECTED = {
    0: "connection",
    1: "bad_response",
    5: "connection",
    7: "bad_response",
    10: "bad_response",
    11: "bad_response",
    12: "bad_response",
    15: "bad_url",
    17: "bad_scheme",
    19: "bad_response",
    20: "bad_response",
}


class RawServer:
    """Answers every connection with the same bytes, then closes it."""

    def __init__(self, response):
        self.response = response
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.port = self.socket.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                try:
                    connection.recv(65536)
                    connection.sendall(self.response)
                    connection.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

    def close(self):
        self.socket.close()


def _fetch(response):
    server = RawServer(response)
    try:
        fetcher = make_fetcher(None, allow={f"127.0.0.1:{server.port}"}, retries=1)
        return fetcher.fetch(f"http://127.0.0.1:{server.port}/")
    finally:
        server.close()


@pytest.mark.parametrize("number", range(len(RESPONSES)))
def test_malformed_responses_give_a_result_or_a_fetch_error(number):
    try:
        result = _fetch(RESPONSES[number])
    except FetchError as error:
        assert str(error) and error.reason
        assert error.reason == EXPECTED.get(number, error.reason)
    else:
        assert number not in EXPECTED
        assert 200 <= result.status < 300


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_after_a_status_line(seed):
    rng = random.Random(seed)
    for _ in range(10):
        noise = bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
        with contextlib.suppress(FetchError):
            _fetch(b"HTTP/1.1 200 OK\r\n" + noise)

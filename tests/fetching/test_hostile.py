"""Servers that try to exhaust the fetcher: too big, compressed bombs, slow, silent, lying."""

import gzip
import socket
import time
import tracemalloc
import zlib

import brotli
import pytest

from takedown.fetching import FetchError, extract_images
from tests.fetching.conftest import make_fetcher

KB = 1024
MB = 1024 * KB
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 500


def _stream(handler, chunks, content_type="text/html", headers=None):
    """A response with no Content-Length: the body ends when the connection closes."""
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Connection", "close")
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    for chunk in chunks:
        handler.wfile.write(chunk)
    handler.close_connection = True


def test_page_larger_than_the_cap_announced_by_content_length(server):
    server.routes["/big"] = lambda h: h.respond(200, b"<p>" + b"x" * (2 * MB))
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, max_page_bytes=1 * MB).fetch(server.url("/big"), expect="page")
    assert caught.value.reason == "too_large"
    assert "1 MB" in caught.value.detail


def test_page_larger_than_the_cap_without_content_length(server):
    sent = []

    def endless(handler):
        def chunks():
            for _ in range(10_000):
                sent.append(64 * KB)
                yield b"<p>" + b"x" * (64 * KB - 3)

        _stream(handler, chunks())

    server.routes["/big"] = endless
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, max_page_bytes=1 * MB).fetch(server.url("/big"), expect="page")
    assert caught.value.reason == "too_large"
    # The fetcher hung up soon after the cap, long before the 640 MB the server offered.
    assert sum(sent) < 50 * MB


def test_a_page_fetched_as_any_stops_at_the_page_cap_not_the_image_cap(server):
    sent = []

    def endless(handler):
        def chunks():
            yield b"<!doctype html><html><body>" + b" " * 2048
            for _ in range(1000):
                sent.append(64 * KB)
                yield b"<p>" + b"x" * (64 * KB - 3)

        _stream(handler, chunks())

    server.routes["/big"] = endless
    fetcher = make_fetcher(server, max_page_bytes=1 * MB, max_image_bytes=50 * MB)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/big"), expect="any")
    assert caught.value.reason == "too_large"
    assert "1 MB" in caught.value.detail
    assert sum(sent) < 10 * MB


def test_image_larger_than_the_cap(server):
    server.routes["/huge.jpg"] = lambda h: _stream(h, [JPEG + b"\x00" * (3 * MB)], "image/jpeg")
    fetcher = make_fetcher(server, max_image_bytes=2 * MB, max_page_bytes=5 * MB)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/huge.jpg"), expect="image")
    assert caught.value.reason == "too_large"
    # Fetched as "any", the page cap is larger, but the content is an image: the image cap holds.
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/huge.jpg"), expect="any")
    assert caught.value.reason == "too_large"


def _bomb(encoding):
    """About 100 MB of zeros in well under 1 MB on the wire."""
    if encoding == "br":
        return brotli.compress(b"\0" * (100 * MB), quality=1)
    if encoding == "gzip":
        # A gzip body may be many members end to end; each inflates to 1 MB.
        return gzip.compress(b"\0" * MB) * 100
    squeezer = zlib.compressobj(1)
    return b"".join(squeezer.compress(b"\0" * MB) for _ in range(64)) + squeezer.flush()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compression_bombs_stop_at_the_cap(server, encoding):
    bomb = _bomb(encoding)
    assert len(bomb) < 1 * MB
    server.routes["/bomb"] = lambda h: h.respond(200, bomb, headers={"Content-Encoding": encoding})
    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as caught:
            make_fetcher(server, max_page_bytes=2 * MB).fetch(server.url("/bomb"), expect="page")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too_large"
    assert peak < 20 * MB


def test_layered_gzip_bomb_stops_at_the_cap(server):
    inner = gzip.compress(b"\0" * MB) * 50
    server.routes["/bomb"] = lambda h: h.respond(
        200, gzip.compress(inner), headers={"Content-Encoding": "gzip, gzip"}
    )
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, max_page_bytes=1 * MB).fetch(server.url("/bomb"))
    assert caught.value.reason == "too_large"


def test_corrupt_compressed_content_is_a_clear_error(server):
    server.routes["/bad"] = lambda h: h.respond(
        200, b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError) as caught:
        make_fetcher(server).fetch(server.url("/bad"))
    assert caught.value.reason == "bad_response"


def test_a_server_trickling_one_byte_a_second_is_cut_at_the_total_timeout(server):
    def trickle(handler):
        def chunks():
            yield b"<html>"
            while True:
                time.sleep(1)
                yield b"x"

        _stream(handler, chunks())

    server.routes["/slow"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, total_timeout=1.5).fetch(server.url("/slow"))
    elapsed = time.monotonic() - started
    assert caught.value.reason == "timeout"
    assert 1.4 < elapsed < 2.5


def test_a_server_trickling_its_headers_is_cut_at_the_total_timeout(server):
    def trickle(handler):
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: y\r\n" * 100:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)

    server.routes["/slow"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, total_timeout=1.0).fetch(server.url("/slow"))
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 2.0


def test_a_server_that_never_answers_times_out(server):
    server.routes["/silent"] = lambda h: time.sleep(5)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, total_timeout=1.0).fetch(server.url("/silent"))
    assert caught.value.reason == "timeout"
    assert "did not answer" in caught.value.detail
    assert time.monotonic() - started < 2.0


def test_a_resolver_that_hangs_times_out():
    def hanging(host, port):
        time.sleep(3)
        return ["93.184.216.34"]

    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        make_fetcher(resolver=hanging, total_timeout=0.5).fetch("http://slow-dns.example/")
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 1.5


def test_an_image_served_as_html_is_sniffed_as_an_image(server):
    server.routes["/photo"] = lambda h: h.respond(200, JPEG, "text/html; charset=utf-8")
    result = make_fetcher(server).fetch(server.url("/photo"), expect="image")
    assert result.kind == "image"
    assert result.headers["content-type"].startswith("text/html")


def test_html_served_as_an_image_is_not_an_image(server):
    page = b"<!DOCTYPE html><html><title>Removed</title></html>"
    server.routes["/photo.jpg"] = lambda h: h.respond(200, page, "image/jpeg")
    fetcher = make_fetcher(server)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/photo.jpg"), expect="image")
    assert caught.value.reason == "not_image"
    assert caught.value.evidence["status"] == 200
    result = fetcher.fetch(server.url("/photo.jpg"), expect="any")
    assert (result.kind, result.title) == ("html", "Removed")


def test_binary_junk_is_neither_page_nor_image(server):
    server.routes["/junk"] = lambda h: h.respond(200, bytes(range(256)) * 4, "image/png")
    result = make_fetcher(server).fetch(server.url("/junk"))
    assert result.kind == "other"


def test_a_page_with_five_thousand_images(server):
    page = b"<!doctype html><html><body>" + b"".join(
        b'<img src="/img/%d.jpg" alt="">' % n for n in range(5000)
    )
    server.routes["/gallery"] = lambda h: h.respond(200, page)
    fetcher = make_fetcher(server)
    result = fetcher.fetch(server.url("/gallery"), expect="page")
    started = time.monotonic()
    urls, skipped = extract_images(
        result.content, result.final_url, limit=fetcher.policy.max_images_per_page
    )
    assert time.monotonic() - started < 1.0
    assert len(urls) == 500
    assert skipped == 4500
    assert urls[0] == server.url("/img/0.jpg")
    assert urls[-1] == server.url("/img/499.jpg")


def test_a_server_that_never_completes_the_tls_handshake_times_out():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    port = silent.getsockname()[1]
    try:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            make_fetcher(None, allow={f"127.0.0.1:{port}"}, total_timeout=1.0).fetch(
                f"https://127.0.0.1:{port}/"
            )
        assert caught.value.reason == "timeout"
        assert time.monotonic() - started < 2.0
    finally:
        silent.close()

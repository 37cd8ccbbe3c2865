import gzip
import hashlib
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli
import pytest

from takedown.fetching import FetchError, messages, policy_from_settings
from takedown.fetching.policy import DEFAULT_USER_AGENT
from tests.fetching.conftest import make_fetcher

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
PAGE = b"<!doctype html><html><head><title> A  gallery </title></head><img src=a.png></html>"


def test_fetches_a_page_with_evidence(server):
    server.routes["/"] = lambda h: h.respond(200, PAGE, headers={"ETag": '"v1"', "X-Secret": "s"})
    result = make_fetcher(server).fetch(server.url("/"), expect="page")
    assert result.kind == "html"
    assert result.content == PAGE
    assert result.status == 200
    assert result.title == "A gallery"
    assert result.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert result.server_ip == "127.0.0.1"
    assert result.fetched_at.tzinfo is UTC
    assert result.headers["etag"] == '"v1"'
    assert "x-secret" not in result.headers
    assert result.redirects == []
    assert result.final_url == server.url("/")


def test_sends_the_project_user_agent(server):
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    make_fetcher(server).fetch(server.url("/"))
    headers = server.requests[0][1]
    assert headers["User-Agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("Takedown/")
    assert "github.com/takedown-project/takedown" in DEFAULT_USER_AGENT


def test_follows_redirects_and_records_the_chain(server):
    server.routes["/a"] = lambda h: h.redirect("/b", 301)
    server.routes["/b"] = lambda h: h.redirect(server.url("/c#fragment"), 307)
    server.routes["/c"] = lambda h: h.respond(200, PNG, "image/png")
    result = make_fetcher(server).fetch(server.url("/a"), expect="image")
    assert result.redirects == [server.url("/b"), server.url("/c")]
    assert result.final_url == server.url("/c")
    assert result.kind == "image"
    assert [(hop["status"], hop["ip"]) for hop in result.hops] == [
        (301, "127.0.0.1"),
        (307, "127.0.0.1"),
        (200, "127.0.0.1"),
    ]
    assert result.evidence()["hops"][0]["url"] == server.url("/a")


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data, wbits=-15)),
        ("br", brotli.compress),
    ],
)
def test_decodes_compressed_pages(server, encoding, compress):
    server.routes["/"] = lambda h: h.respond(
        200, compress(PAGE), headers={"Content-Encoding": encoding}
    )
    assert make_fetcher(server).fetch(server.url("/")).content == PAGE


def test_a_utf8_location_header_is_followed_as_sent(server):
    def raw(handler):
        handler.wfile.write(
            b"HTTP/1.1 302 Found\r\nLocation: /caf\xc3\xa9\r\nContent-Length: 0\r\n\r\n"
        )

    server.routes["/go"] = raw
    server.routes["/caf%C3%A9"] = lambda h: h.respond(200, PAGE)
    result = make_fetcher(server).fetch(server.url("/go"))
    assert result.final_url == server.url("/caf%C3%A9")
    assert server.requests[-1][0] == "/caf%C3%A9"


def test_http_errors_carry_status_and_evidence(server):
    server.routes["/gone"] = lambda h: h.respond(410, b"gone")
    with pytest.raises(FetchError) as caught:
        make_fetcher(server).fetch(server.url("/gone"))
    assert caught.value.reason == "http_status"
    assert caught.value.status == 410
    assert caught.value.evidence["status"] == 410
    assert str(caught.value) == messages.BY_STATUS[410]
    assert "410" in caught.value.detail


def test_retries_after_503_honouring_retry_after(server):
    answers = iter([503, 429, 200])

    def flaky(handler):
        status = next(answers)
        handler.respond(status, PAGE, headers={"Retry-After": "0"} if status != 200 else {})

    server.routes["/"] = flaky
    result = make_fetcher(server).fetch(server.url("/"))
    assert result.status == 200
    assert len(server.requests) == 3


def test_gives_up_when_retry_after_is_longer_than_the_cap(server):
    server.routes["/"] = lambda h: h.respond(429, b"", headers={"Retry-After": "3600"})
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, max_retry_after=5).fetch(server.url("/"))
    assert caught.value.status == 429
    assert caught.value.retry_after == 3600
    assert len(server.requests) == 1


def test_retry_after_as_an_http_date(server):
    later = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    server.routes["/"] = lambda h: h.respond(503, b"", headers={"Retry-After": later})
    with pytest.raises(FetchError) as caught:
        make_fetcher(server).fetch(server.url("/"))
    assert 3500 < caught.value.retry_after <= 3600


def test_retries_stop_after_the_configured_number(server):
    server.routes["/"] = lambda h: h.respond(500, b"")
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, retries=2).fetch(server.url("/"))
    assert caught.value.status == 500
    assert len(server.requests) == 3


def test_connection_refused_is_a_clear_error(server):
    port = server.port
    server.stop()
    with pytest.raises(FetchError) as caught:
        make_fetcher(None, allow={f"127.0.0.1:{port}"}).fetch(f"http://127.0.0.1:{port}/")
    assert caught.value.reason == "connection"


def test_unknown_domain_is_a_dns_error():
    def resolver(host, port):
        raise OSError("no such name")

    with pytest.raises(FetchError) as caught:
        make_fetcher(resolver=resolver).fetch("http://no-such-name.example/")
    assert caught.value.reason == "dns"
    assert "could not be found" in str(caught.value)


def test_policy_from_settings_reads_takedown_fetch_settings():
    class Settings:
        TAKEDOWN_FETCH_ALLOW = ["LocalHost:8000"]
        TAKEDOWN_FETCH_MAX_PAGE_BYTES = 1000
        TAKEDOWN_FETCH_MAX_IMAGE_BYTES = 2000
        TAKEDOWN_FETCH_TIMEOUT = 7
        TAKEDOWN_FETCH_PORTS = [80, 443, 8080]
        TAKEDOWN_FETCH_MAX_IMAGES_PER_PAGE = 12

    policy = policy_from_settings(Settings())
    assert policy.allow == {"localhost:8000"}
    assert (policy.max_page_bytes, policy.max_image_bytes) == (1000, 2000)
    assert policy.total_timeout == 7
    assert policy.ports == (80, 443, 8080)
    assert policy.max_images_per_page == 12


def test_policy_from_django_settings(settings):
    settings.TAKEDOWN_FETCH_ALLOW = ["127.0.0.1:9999"]
    assert policy_from_settings(settings).allow == {"127.0.0.1:9999"}


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, messages.BY_STATUS[404]),
        (410, messages.BY_STATUS[410]),
        (451, messages.BY_STATUS[451]),
        (403, messages.BY_STATUS[403]),
        (429, messages.BY_STATUS[429]),
        (503, messages.BY_STATUS[503]),
        (507, messages.SERVER_ERROR),
        (418, messages.HTTP_ERROR),
    ],
)
def test_each_http_error_has_a_fixed_sentence_to_translate(server, status, message):
    server.routes["/"] = lambda h: h.respond(status, b"")
    with pytest.raises(FetchError) as caught:
        make_fetcher(server, retries=0).fetch(server.url("/"))
    assert str(caught.value) == message
    assert caught.value.status == status


def test_every_message_is_a_fixed_sentence():
    sentences = [value for name, value in vars(messages).items() if name.isupper()]
    sentences = [
        s for value in sentences for s in (value.values() if isinstance(value, dict) else [value])
    ]
    assert len(sentences) > 30
    for sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith("."), sentence
        assert "{" not in sentence and "%" not in sentence, sentence


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_an_empty_compressed_body_is_empty(server, encoding):
    server.routes["/"] = lambda h: h.respond(200, b"", headers={"Content-Encoding": encoding})
    assert make_fetcher(server).fetch(server.url("/")).content == b""


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("br", brotli.compress)],
)
def test_a_compressed_body_cut_short_is_refused(server, encoding, compress):
    cut = compress(PAGE * 50)[:-12]
    server.routes["/"] = lambda h: h.respond(200, cut, headers={"Content-Encoding": encoding})
    with pytest.raises(FetchError) as caught:
        make_fetcher(server).fetch(server.url("/"))
    assert caught.value.reason == "bad_response"


def test_a_cookie_set_on_a_redirect_to_the_same_page_is_sent_back(server):
    """Consent and bot checks set a cookie and send the browser back where it was."""

    def checked_page(handler):
        if "checked=yes" in handler.headers.get("Cookie", ""):
            handler.respond(200, PAGE)
        else:
            handler.respond(302, b"", headers={"Location": "/", "Set-Cookie": "checked=yes"})

    server.routes["/"] = checked_page
    result = make_fetcher(server).fetch(server.url("/"))
    assert result.content == PAGE
    assert result.redirects == [server.url("/")]
    assert "set-cookie" not in result.headers


def test_cookies_do_not_outlive_the_fetch(server):
    server.routes["/set"] = lambda h: h.respond(200, PAGE, headers={"Set-Cookie": "id=1"})
    server.routes["/get"] = lambda h: h.respond(200, PAGE)
    fetcher = make_fetcher(server)
    fetcher.fetch(server.url("/set"))
    fetcher.fetch(server.url("/get"))
    assert "Cookie" not in server.requests[-1][1]

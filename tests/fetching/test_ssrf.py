"""Every URL here must be refused before a single byte reaches the canary server.

The canary listens on 127.0.0.1 (and ::1 where the machine has IPv6) and counts the
connections it accepts; the transport's socket.create_connection is also watched, so a
refused URL must not even begin a TCP handshake. The policy's allow-list is empty and the
canary's port is among the allowed ports, so what refuses these URLs is the address check.
"""

import contextlib
import socket

import pytest

from takedown.fetching import FetchError, messages
from takedown.fetching.fetcher import system_resolver
from tests.fetching.conftest import make_fetcher
from tests.fetching.servers import LocalServer

# Names a hostile DNS server might answer for; nothing here asks a real one.
FAKE_DNS = {
    "private.example": ["10.0.0.7"],
    "rebind.example": ["93.184.216.34", "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "v6-loopback.example": ["::1"],
    "cgnat.example": ["100.64.1.1"],
    "mapped.example": ["::ffff:192.168.1.1"],
    "ula.example": ["fd12:3456::1"],
}


def fake_resolver(host, port):
    if host in FAKE_DNS:
        return FAKE_DNS[host]
    if host in ("localhost", "localhost.localdomain"):
        return system_resolver(host, port)
    raise AssertionError(f"the test asked real DNS for {host}")


class Canary:
    def __init__(self):
        self.servers = [LocalServer().start()]
        # The same port on ::1, where the machine has IPv6.
        with contextlib.suppress(OSError):
            self.servers.append(LocalServer("::1", self.servers[0].port).start())

    @property
    def port(self):
        return self.servers[0].port

    @property
    def connections(self):
        return sum(server.connections for server in self.servers)


@pytest.fixture(scope="module")
def canary():
    watcher = Canary()
    yield watcher
    for server in watcher.servers:
        server.stop()


@pytest.fixture
def connections(monkeypatch):
    """Every TCP connection the fetcher's transport attempts, as (host, port)."""
    attempts = []
    real = socket.create_connection

    def watched(address, *args, **kwargs):
        attempts.append(address[:2])
        return real(address, *args, **kwargs)

    monkeypatch.setattr("takedown.fetching.transport.socket.create_connection", watched)
    return attempts


DIRECT = [
    # loopback, every spelling
    "http://127.0.0.1:{P}/",
    "http://127.0.0.2:{P}/",
    "http://127.1.2.3:{P}/",
    "http://127.255.255.254:{P}/",
    "http://127.1:{P}/",
    "http://localhost:{P}/",
    "http://LOCALHOST:{P}/",
    "http://localhost.:{P}/",
    "http://0.0.0.0:{P}/",
    "http://0:{P}/",
    "http://[::1]:{P}/",
    "http://[::]:{P}/",
    "http://[0:0:0:0:0:0:0:1]:{P}/",
    "http://[::ffff:127.0.0.1]:{P}/",
    "http://[::ffff:7f00:1]:{P}/",
    "http://[::127.0.0.1]:{P}/",
    "http://[2002:7f00:1::]:{P}/",
    # decimal, octal and hex IPv4
    "http://2130706433:{P}/",
    "http://017700000001:{P}/",
    "http://0177.0.0.1:{P}/",
    "http://0177.0000.0000.0001:{P}/",
    "http://0x7f000001:{P}/",
    "http://0x7f.0.0.1:{P}/",
    "http://0x7f.1:{P}/",
    "http://0x7f.0x0.0x0.0x1:{P}/",
    "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11:{P}/",
    "http://127.0.0.1.:{P}/",
    # private networks
    "http://10.0.0.1:{P}/",
    "http://10.255.255.255/",
    "http://012.0.0.1/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.0.1/",
    "http://192.168.1.1:{P}/",
    "http://3232235777/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    # link-local and cloud metadata
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254:{P}/",
    "http://0xa9fea9fe/",
    "http://2852039166/",
    "http://[::ffff:169.254.169.254]/",
    "http://[fd00:ec2::254]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://100.100.100.200/",
    "http://169.254.1.1/",
    "http://[fe80::1]/",
    # carrier-grade NAT, multicast, reserved, documentation, benchmarking
    "http://100.64.0.1/",
    "http://100.127.255.254/",
    "http://224.0.0.1/",
    "http://239.255.255.250/",
    "http://[ff02::1]/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://192.0.2.1/",
    "http://198.51.100.1/",
    "http://198.18.0.1/",
    "http://[2001:db8::1]/",
    # host names whose DNS answer is private
    "http://private.example:{P}/",
    "http://rebind.example/",
    "http://metadata.example/",
    "http://v6-loopback.example:{P}/",
    "http://cgnat.example/",
    "http://mapped.example/",
    "http://ula.example/",
]

OTHER = [
    # ports outside the list
    ("http://127.0.0.1:22/", "bad_port"),
    ("http://example.com:8080/", "bad_port"),
    ("https://example.com:6379/", "bad_port"),
    ("http://example.com:0/", "bad_port"),
    # schemes other than http(s)
    ("file:///etc/passwd", "bad_scheme"),
    ("file://127.0.0.1/etc/passwd", "bad_scheme"),
    ("ftp://127.0.0.1/", "bad_scheme"),
    ("gopher://127.0.0.1:{P}/_GET%20/", "bad_scheme"),
    ("dict://127.0.0.1:{P}/info", "bad_scheme"),
    ("javascript:alert(1)", "bad_scheme"),
    ("//127.0.0.1:{P}/", "bad_scheme"),
    # credentials in the URL
    ("http://user:pass@example.com/", "credentials"),
    ("http://user@127.0.0.1:{P}/", "credentials"),
    ("http://example.com@127.0.0.1:{P}/", "credentials"),
    ("http://:@example.com/", "credentials"),
    # hosts that are not host names
    ("http://%31%32%37.0.0.1:{P}/", "bad_url"),
    ("http://256.0.0.1:{P}/", "bad_url"),
    ("http://[::1%25lo]:{P}/", "bad_url"),
    ("http:///path", "bad_url"),
]


def _refused(fetcher, url):
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    message = str(caught.value)
    assert message.endswith(".") and message[0].isupper() and len(message) > 20
    assert caught.value.detail
    return caught.value


@pytest.mark.parametrize("template", DIRECT)
def test_private_addresses_are_refused(template, canary, connections):
    url = template.format(P=canary.port)
    fetcher = make_fetcher(None, allow=set(), ports=(80, 443, canary.port), resolver=fake_resolver)
    error = _refused(fetcher, url)
    assert error.reason == "blocked_address", error
    assert str(error) == messages.BLOCKED_ADDRESS
    assert connections == []
    assert canary.connections == 0


@pytest.mark.parametrize(("template", "reason"), OTHER)
def test_bad_schemes_ports_and_credentials_are_refused(template, reason, canary, connections):
    url = template.format(P=canary.port)
    fetcher = make_fetcher(None, allow=set(), ports=(80, 443, canary.port), resolver=fake_resolver)
    error = _refused(fetcher, url)
    assert error.reason == reason, error
    assert connections == []
    assert canary.connections == 0


REDIRECTS = [
    ("http://127.0.0.2:{P}/", "blocked_address"),
    ("http://127.0.0.1:{P}/", "blocked_address"),
    ("http://localhost:{P}/", "blocked_address"),
    ("http://[::1]:{P}/", "blocked_address"),
    ("http://2130706433:{P}/", "blocked_address"),
    ("http://169.254.169.254/latest/meta-data/", "blocked_address"),
    ("http://private.example:{P}/", "blocked_address"),
    ("http://127.0.0.1:22/", "bad_port"),
    ("file:///etc/passwd", "bad_scheme"),
    ("gopher://127.0.0.1:{P}/", "bad_scheme"),
    ("http://user:pw@example.com/", "credentials"),
]


@pytest.mark.parametrize(("template", "reason"), REDIRECTS)
def test_redirects_from_an_allowed_host_to_a_refused_one(
    template, reason, server, canary, connections
):
    """The origin is allowed; where it sends the fetcher is checked afresh."""
    target = template.format(P=canary.port)
    server.routes["/go"] = lambda h: h.redirect(target)
    fetcher = make_fetcher(server, ports=(80, 443, canary.port), resolver=fake_resolver)
    error = _refused(fetcher, server.url("/go"))
    assert error.reason == reason, error
    assert error.evidence["status"] == 302
    assert set(connections) == {("127.0.0.1", server.port)}
    assert canary.connections == 0


def test_a_redirect_to_a_data_url_keeps_no_content_as_evidence(server):
    payload = "data:image/jpeg;base64," + "A" * 5_000
    server.routes["/go"] = lambda h: h.redirect(payload)
    error = _refused(make_fetcher(server), server.url("/go"))
    assert error.reason == "bad_scheme"
    assert error.evidence["redirects"] == ["data:image/jpeg;base64,[5023 characters not kept]"]
    assert "AAAA" not in repr(error.evidence) + error.detail


def test_redirect_loops_are_refused(server, canary):
    server.routes["/a"] = lambda h: h.redirect("/b")
    server.routes["/b"] = lambda h: h.redirect(server.url("/a"))
    error = _refused(make_fetcher(server), server.url("/a"))
    assert error.reason == "redirect_loop"
    assert len(server.requests) == 2


def test_a_loop_spelled_differently_is_still_a_loop(server):
    server.routes["/a"] = lambda h: h.redirect(f"HTTP://127.0.0.1:{server.port}/b")
    server.routes["/b"] = lambda h: h.redirect(f"http://0x7f.1:{server.port}/a")
    error = _refused(make_fetcher(server), server.url("/a"))
    assert error.reason == "redirect_loop"


def test_a_page_redirecting_to_itself_is_a_loop(server):
    server.routes["/self"] = lambda h: h.redirect("/self#again")
    assert _refused(make_fetcher(server), server.url("/self")).reason == "redirect_loop"


def test_more_than_five_redirects_are_refused(server, canary):
    for n in range(10):
        server.routes[f"/hop{n}"] = lambda h, n=n: h.redirect(f"/hop{n + 1}")
    error = _refused(make_fetcher(server), server.url("/hop0"))
    assert error.reason == "too_many_redirects"
    assert len(server.requests) == 6  # the first request and five redirects
    assert canary.connections == 0


def test_five_redirects_are_followed(server):
    for n in range(5):
        server.routes[f"/hop{n}"] = lambda h, n=n: h.redirect(f"/hop{n + 1}")
    server.routes["/hop5"] = lambda h: h.respond(200, b"<!doctype html><p>end")
    result = make_fetcher(server).fetch(server.url("/hop0"))
    assert len(result.redirects) == 5


def test_the_suite_has_at_least_forty_urls():
    assert len(DIRECT) + len(OTHER) + len(REDIRECTS) >= 40

"""The connection goes to the vetted address, with the host name kept for Host, SNI and TLS."""

import datetime
import ipaddress
import ssl
import threading
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from takedown.fetching import FetchError
from takedown.fetching.throttle import HostThrottle
from tests.fetching.conftest import make_fetcher
from tests.fetching.servers import LocalServer

PAGE = b"<!doctype html><title>ok</title>"


def test_connects_to_the_resolved_address_without_a_second_lookup(server):
    """pinned.example exists in no DNS: the request only works if the vetted IP is used."""
    lookups = []

    def resolver(host, port):
        lookups.append(host)
        return ["127.0.0.1"]

    server.routes["/"] = lambda h: h.respond(200, PAGE)
    fetcher = make_fetcher(
        server, allow={f"pinned.example:{server.port}"}, ports=(server.port,), resolver=resolver
    )
    result = fetcher.fetch(f"http://pinned.example:{server.port}/")
    assert result.server_ip == "127.0.0.1"
    assert lookups == ["pinned.example"]
    assert server.requests[0][1]["Host"] == f"pinned.example:{server.port}"


def test_a_rebinding_resolver_cannot_change_the_address_after_the_check(server):
    """The first answer is checked and used; a later, private answer is never asked for."""
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    fetcher = make_fetcher(
        server,
        allow={f"rebind.example:{server.port}"},
        resolver=lambda host, port: next(answers),
    )
    assert fetcher.fetch(f"http://rebind.example:{server.port}/").server_ip == "127.0.0.1"


def test_the_next_address_is_tried_when_the_first_refuses(server):
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    fetcher = make_fetcher(
        server,
        allow={f"two.example:{server.port}"},
        resolver=lambda host, port: ["127.0.0.2", "127.0.0.1"],
    )
    # 127.0.0.2 has nothing listening on this port; 127.0.0.1 does.
    assert fetcher.fetch(f"http://two.example:{server.port}/").server_ip == "127.0.0.1"


def test_proxy_settings_in_the_environment_are_ignored(server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("http_proxy", "http://10.9.9.9:3128")
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    assert make_fetcher(server).fetch(server.url("/")).server_ip == "127.0.0.1"


def _certificate_authority(tmp_path):
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Takedown test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "secure.example")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("secure.example")]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    chain = tmp_path / "leaf.pem"
    chain.write_bytes(
        leaf.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(ca_file), str(chain)


@pytest.fixture
def tls_server(tmp_path):
    ca_file, chain = _certificate_authority(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(chain)
    names = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    server = LocalServer()
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    server.start()
    server.sni_names = names
    server.ca_file = ca_file
    yield server
    server.stop()


def test_https_keeps_sni_and_verifies_the_certificate_for_the_host_name(tls_server):
    port = tls_server.port
    fetcher = make_fetcher(
        None,
        allow={f"secure.example:{port}"},
        resolver=lambda host, p: ["127.0.0.1"],
        verify=tls_server.ca_file,
    )
    result = fetcher.fetch(f"https://secure.example:{port}/")
    assert result.content == PAGE
    assert result.server_ip == "127.0.0.1"
    assert tls_server.sni_names == ["secure.example"]
    assert tls_server.requests[0][1]["Host"] == f"secure.example:{port}"


def test_https_refuses_a_certificate_for_another_name(tls_server):
    port = tls_server.port
    fetcher = make_fetcher(
        None,
        allow={f"other.example:{port}"},
        resolver=lambda host, p: ["127.0.0.1"],
        verify=tls_server.ca_file,
    )
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(f"https://other.example:{port}/")
    assert caught.value.reason == "tls"
    assert tls_server.requests == []


def test_https_refuses_an_unknown_certificate_authority(tls_server):
    port = tls_server.port
    fetcher = make_fetcher(
        None, allow={f"secure.example:{port}"}, resolver=lambda host, p: ["127.0.0.1"]
    )
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(f"https://secure.example:{port}/")
    assert caught.value.reason == "tls"


def test_per_host_concurrency_is_limited(server):
    active, peak, lock = [0], [0], threading.Lock()

    def slow(handler):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.2)
        with lock:
            active[0] -= 1
        handler.respond(200, PAGE)

    server.routes["/"] = slow
    fetcher = make_fetcher(server, per_host_concurrency=2)
    threads = [threading.Thread(target=fetcher.fetch, args=(server.url("/"),)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.requests) == 6
    assert peak[0] == 2


def test_per_host_delay_spaces_out_requests(server):
    server.routes["/"] = lambda h: h.respond(200, PAGE)
    fetcher = make_fetcher(server, per_host_delay=0.2)
    started = time.monotonic()
    for _ in range(3):
        fetcher.fetch(server.url("/"))
    # The third request cannot start before two delays have passed since the first.
    assert time.monotonic() - started >= 0.4


def test_per_host_delay_is_per_host(server):
    throttle = HostThrottle()
    deadline = time.monotonic() + 5
    started = time.monotonic()
    for host in ("a.example", "b.example", "c.example"):
        with throttle.slot(host, concurrency=1, delay=1.0, deadline=deadline):
            pass
    assert time.monotonic() - started < 0.5


def test_a_full_host_queue_times_out_rather_than_waiting_for_ever():
    throttle = HostThrottle()
    with throttle.slot("busy.example", concurrency=1, delay=0, deadline=time.monotonic() + 5):
        started = time.monotonic()
        with (
            pytest.raises(FetchError) as caught,
            throttle.slot("busy.example", concurrency=1, delay=0, deadline=started + 0.2),
        ):
            pass
    assert caught.value.reason == "timeout"
    assert throttle.active("busy.example") == 0


def test_ipv6_literal_is_connected_to_when_allowed():
    try:
        server = LocalServer("::1").start()
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    try:
        server.routes["/"] = lambda h: h.respond(200, PAGE)
        fetcher = make_fetcher(None, allow={f"[::1]:{server.port}"})
        result = fetcher.fetch(f"http://[::1]:{server.port}/")
        assert ipaddress.ip_address(result.server_ip) == ipaddress.ip_address("::1")
        assert server.requests[0][1]["Host"] == f"[::1]:{server.port}"
    finally:
        server.stop()

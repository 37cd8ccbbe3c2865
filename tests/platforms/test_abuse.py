"""The abuse-contact lookup against an RDAP server and IANA-style bootstrap on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from takedown.platforms import AbuseLookupError, abuse_contact
from takedown.platforms.cache import TtlCache

HOSTED_ADDRESS = "93.184.216.34"  # a globally routed address; no packet is sent to it
UNLISTED_ADDRESS = "8.8.4.4"  # global, but outside the test bootstrap


def _ip_record(base: str) -> dict:
    return {
        "objectClassName": "ip network",
        "handle": "NET-93-184-216-0-1",
        "startAddress": "93.184.216.0",
        "endAddress": "93.184.216.255",
        "ipVersion": "v4",
        "name": "EXAMPLE-HOSTING-NET",
        "type": "ASSIGNED",
        "country": "NL",
        "links": [{"rel": "self", "href": f"{base}ip/93.184.216.0"}],
        "entities": [
            {
                "objectClassName": "entity",
                "handle": "EXH-1",
                "roles": ["registrant"],
                "vcardArray": [
                    "vcard",
                    [
                        ["version", {}, "text", "4.0"],
                        ["fn", {}, "text", "Example Hosting B.V."],
                        ["kind", {}, "text", "org"],
                    ],
                ],
                "links": [{"rel": "self", "href": f"{base}entity/EXH-1"}],
                "entities": [
                    {
                        "objectClassName": "entity",
                        "handle": "ABUSE-EXH",
                        "roles": ["abuse"],
                        "vcardArray": [
                            "vcard",
                            [
                                ["version", {}, "text", "4.0"],
                                ["fn", {}, "text", "Abuse desk"],
                                ["kind", {}, "text", "group"],
                                ["email", {}, "text", "abuse@hosting.example"],
                            ],
                        ],
                        "links": [{"rel": "self", "href": f"{base}entity/ABUSE-EXH"}],
                    }
                ],
            }
        ],
    }


class _Registry:
    """A bootstrap directory and one RIR-style RDAP server, both on 127.0.0.1."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        registry = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                registry.requests.append(self.path)
                status, body = registry.answer(self.path)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/rdap+json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.rdap = f"{self.base}rdap/"
        self.bootstrap = f"{self.base}bootstrap/"
        self.missing_ip = False
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def answer(self, path: str) -> tuple[int, dict]:
        files = {
            "/bootstrap/ipv4.json": [[["93.184.216.0/24"], [self.rdap]]],
            "/bootstrap/ipv6.json": [[["2001:db8::/32"], [self.rdap]]],
            "/bootstrap/asn.json": [[["64496-64511"], [self.rdap]]],
            "/bootstrap/dns.json": [[["example"], [self.rdap]]],
            "/bootstrap/object-tags.json": [[["test@example.org"], ["TEST"], [self.rdap]]],
        }
        if path in files:
            return 200, {"version": "1.0", "services": files[path]}
        if path == f"/rdap/ip/{HOSTED_ADDRESS}" and not self.missing_ip:
            return 200, _ip_record(self.rdap)
        return 404, {"errorCode": 404, "title": "Not Found"}

    def rdap_queries(self) -> list[str]:
        return [p for p in self.requests if p.startswith("/rdap/")]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def registry():
    running = _Registry()
    yield running
    running.close()


def _lookup(registry, target="https://files.hosting.example/a/b.jpg", **overrides):
    options = {
        "resolver": lambda host: [HOSTED_ADDRESS],
        "rdap_bootstrap": registry.bootstrap,
        "cache": TtlCache(),
    }
    options.update(overrides)
    return abuse_contact(target, **options)


def test_finds_abuse_mailbox_nested_under_the_registrant(registry):
    contact = _lookup(registry)
    assert contact.email == "abuse@hosting.example"
    assert contact.organisation == "Example Hosting B.V."
    assert contact.network == "EXAMPLE-HOSTING-NET 93.184.216.0/24"
    assert contact.rdap_url == f"{registry.rdap}ip/93.184.216.0"
    assert contact.source == f"{registry.rdap}entity/ABUSE-EXH"


def test_queries_the_rdap_server_named_by_the_bootstrap(registry):
    _lookup(registry)
    assert registry.rdap_queries() == [f"/rdap/ip/{HOSTED_ADDRESS}"]


def test_second_lookup_of_same_address_is_served_from_cache(registry):
    cache = TtlCache()
    first = _lookup(registry, cache=cache)
    second = _lookup(registry, target="other-site.example", cache=cache)
    assert second == first
    assert len(registry.rdap_queries()) == 1


def test_expired_cache_entry_is_looked_up_again(registry):
    now = [1000.0]
    cache = TtlCache(clock=lambda: now[0])
    _lookup(registry, cache=cache)
    now[0] += 2 * 24 * 60 * 60
    _lookup(registry, cache=cache)
    assert len(registry.rdap_queries()) == 2


def test_private_address_is_refused_without_asking_any_registry(registry):
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, resolver=lambda host: ["10.1.2.3", "127.0.0.1"])
    assert raised.value.code == "non-public-address"
    assert registry.requests == []


def test_ip_literal_in_url_is_used_without_dns(registry):
    def no_dns(host):
        raise AssertionError("DNS must not be asked about an IP literal")

    contact = _lookup(registry, target=f"http://{HOSTED_ADDRESS}/img.jpg", resolver=no_dns)
    assert contact.email == "abuse@hosting.example"


def test_host_without_addresses_is_unresolvable(registry):
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, resolver=lambda host: [])
    assert raised.value.code == "unresolvable"


def test_address_outside_every_bootstrap_block_is_not_sent_to_fallback_servers(registry):
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, resolver=lambda host: [UNLISTED_ADDRESS])
    assert raised.value.code == "no-registry-record"
    assert registry.rdap_queries() == []


def test_network_unknown_to_the_registry_is_reported(registry):
    registry.missing_ip = True
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry)
    assert raised.value.code == "no-registry-record"


def test_missing_bootstrap_is_reported_as_unavailable(registry):
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, rdap_bootstrap=f"{registry.base}gone/")
    assert raised.value.code == "rdap-unavailable"


def test_unparseable_target_is_rejected_before_any_lookup(registry):
    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, target="")
    assert raised.value.code == "invalid-host"
    assert raised.value.message


def test_resolver_socket_error_is_reported_as_unresolvable(registry):
    def failing(host):
        raise OSError("Name or service not known")

    with pytest.raises(AbuseLookupError) as raised:
        _lookup(registry, resolver=failing)
    assert raised.value.code == "unresolvable"

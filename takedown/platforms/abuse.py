"""Who to write to about a host on no known platform: its network's abuse contact.

The host's address comes from DNS; the network that holds the address, and that
network's abuse mailbox, come from the Regional Internet Registries over RDAP
(RFC 9082/9083), queried through whoisit. The IANA bootstrap that says which
registry serves which address block is fetched from `rdap_bootstrap`, so tests and
offline installs point it at their own copy.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import whoisit
from whoisit.errors import ResourceDoesNotExist, WhoisItError

from takedown.platforms.cache import ContactCache, TtlCache
from takedown.platforms.resolver import host_of

# IANA's RDAP bootstrap registry (RFC 9224); it holds asn/dns/ipv4/ipv6/object-tags files.
IANA_RDAP_BOOTSTRAP = "https://data.iana.org/rdap/"
_BOOTSTRAP_FILES = {
    "asn": "asn.json",
    "dns": "dns.json",
    "ipv4": "ipv4.json",
    "ipv6": "ipv6.json",
    "object": "object-tags.json",
}

# Network registrations change rarely, and the RIRs rate-limit RDAP clients; one lookup a
# day per address keeps a scan of thousands of URLs on the same host to one query.
CONTACT_CACHE_SECONDS = 24 * 60 * 60
# IANA updates the bootstrap files a few times a month; RFC 9224 §8 asks clients to cache them.
BOOTSTRAP_MAX_AGE_SECONDS = 24 * 60 * 60
# Per HTTP request to IANA or an RDAP server; a slow registry must not stall a scan task.
HTTP_TIMEOUT_SECONDS = 10.0
# The bootstrap files are tens of kilobytes; anything far larger is not a bootstrap file.
MAX_BOOTSTRAP_BYTES = 2 * 1024 * 1024

Resolver = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class AbuseContact:
    """The abuse contact of the network that holds a host's address."""

    network: str  # registry name and block, e.g. "EXAMPLE-NET 203.0.112.0/22"
    organisation: str | None  # the registrant holding the block, when the registry names one
    email: str | None  # the abuse mailbox; None when the registry lists none
    rdap_url: str  # the RDAP record of the network
    source: str  # the RDAP record that states the abuse mailbox (may be a nested entity)


class AbuseLookupError(Exception):
    """The lookup could not name a contact; `code` is stable, `message` is for people."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.message = MESSAGES[code]
        self.detail = detail
        super().__init__(f"{code}: {detail or self.message}")


# Plain English constants the web layer can wrap in gettext_lazy.
MESSAGES: dict[str, str] = {
    "invalid-host": "This link has no website name that we can look up.",
    "unresolvable": "We could not find the address of this website. It may be offline.",
    "non-public-address": (
        "This website is on a private or reserved network address, so no hosting "
        "provider can be looked up for it."
    ),
    "rdap-unavailable": (
        "The registry that records who runs this address did not answer. We will try again later."
    ),
    "no-registry-record": "No registry record was found for this website's address.",
}

_DEFAULT_CACHE = TtlCache()


def abuse_contact(
    host_or_url: str,
    *,
    resolver: Resolver | None = None,
    rdap_bootstrap: str = IANA_RDAP_BOOTSTRAP,
    cache: ContactCache | None = None,
) -> AbuseContact:
    """Look up the abuse contact for the network hosting `host_or_url`.

    `resolver` maps a host name to its addresses (default: the system resolver).
    `rdap_bootstrap` is the base URL of the IANA bootstrap files; plain http is accepted
    for the bootstrap and the RDAP servers it names only when this base is http itself,
    which only a test or an operator's own mirror would configure.
    Raises AbuseLookupError with a stable code when no contact can be named.
    """
    host = host_of(host_or_url)
    if host is None:
        raise AbuseLookupError("invalid-host", repr(host_or_url))
    address = _public_address(host, resolver or system_resolver)
    store = _DEFAULT_CACHE if cache is None else cache
    key = f"takedown:abuse-contact:{rdap_bootstrap}:{address}"
    cached = store.get(key)
    if isinstance(cached, AbuseContact):
        return cached
    contact = _query(address, rdap_bootstrap)
    store.set(key, contact, CONTACT_CACHE_SECONDS)
    return contact


def system_resolver(host: str) -> list[str]:
    """The host's addresses from the operating system's resolver."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise AbuseLookupError("unresolvable", f"{host}: {error}") from error
    return [str(info[4][0]) for info in infos]


def _public_address(host: str, resolver: Resolver) -> str:
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        try:
            candidates = list(resolver(host))
        except OSError as error:  # a resolver other than ours may raise socket errors
            raise AbuseLookupError("unresolvable", f"{host}: {error}") from error
    else:
        candidates = [str(literal)]
    if not candidates:
        raise AbuseLookupError("unresolvable", host)
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        # Only globally routed addresses are registered to a network with an abuse desk;
        # asking about a private one would also tell a registry about our internal hosts.
        if address.is_global:
            return str(address)
    raise AbuseLookupError("non-public-address", host)


# whoisit keeps its bootstrap in module state, so queries are serialised around it.
_WHOISIT_LOCK = threading.Lock()
_bootstrap_state: dict[str, Any] = {"base": None, "loaded_at": 0.0}


def _query(address: str, bootstrap_base: str) -> AbuseContact:
    allow_http = urlsplit(bootstrap_base).scheme == "http"
    with _TimeoutSession() as session, _WHOISIT_LOCK:
        _ensure_bootstrap(bootstrap_base, session, allow_http)
        try:
            _, query_url, exact = whoisit.build_query(query_type="ip", query_value=address)
        except WhoisItError as error:
            raise AbuseLookupError("no-registry-record", str(error)) from error
        if not exact:
            # whoisit would fall back to fixed registry URLs outside the configured bootstrap.
            raise AbuseLookupError("no-registry-record", f"{address} is in no bootstrap block")
        try:
            record = whoisit.ip(address, session=session, allow_insecure_ssl=False)
        except ResourceDoesNotExist as error:
            raise AbuseLookupError("no-registry-record", str(error)) from error
        except (WhoisItError, requests.RequestException) as error:
            raise AbuseLookupError("rdap-unavailable", str(error)) from error
    return _contact_from(record, query_url)


def _ensure_bootstrap(base: str, session: requests.Session, allow_http: bool) -> None:
    fresh = time.monotonic() - _bootstrap_state["loaded_at"] < BOOTSTRAP_MAX_AGE_SECONDS
    if whoisit.is_bootstrapped() and _bootstrap_state["base"] == base and fresh:
        return
    directory = base if base.endswith("/") else base + "/"
    data: dict[str, Any] = {"timestamp": int(time.time())}
    for name, filename in _BOOTSTRAP_FILES.items():
        data[name] = _fetch_json(session, urljoin(directory, filename))
    whoisit.clear_bootstrapping()
    try:
        whoisit.load_bootstrap_data(data, from_json=False, allow_insecure=allow_http)
    except WhoisItError as error:
        raise AbuseLookupError("rdap-unavailable", f"bad bootstrap at {base}: {error}") from error
    _bootstrap_state.update(base=base, loaded_at=time.monotonic())


def _fetch_json(session: requests.Session, url: str) -> Any:
    try:
        with session.get(url, stream=True) as response:
            response.raise_for_status()
            body = response.raw.read(MAX_BOOTSTRAP_BYTES + 1, decode_content=True)
    except requests.RequestException as error:
        raise AbuseLookupError("rdap-unavailable", f"{url}: {error}") from error
    if len(body) > MAX_BOOTSTRAP_BYTES:
        raise AbuseLookupError("rdap-unavailable", f"{url}: bootstrap file too large")
    try:
        return json.loads(body)
    except ValueError as error:
        raise AbuseLookupError("rdap-unavailable", f"{url}: not JSON") from error


def _contact_from(record: dict[str, Any], query_url: str) -> AbuseContact:
    entities: dict[str, list[dict[str, Any]]] = record.get("entities") or {}
    abuse = next((e for e in entities.get("abuse", []) if e.get("email")), None)
    registrant = next(iter(entities.get("registrant", [])), None)
    organisation = (registrant or {}).get("name") or (abuse or {}).get("parent_name") or None
    rdap_url = record.get("url") or query_url
    block = record.get("network")
    name = record.get("name") or record.get("handle") or ""
    network = " ".join(part for part in (name, str(block) if block else "") if part)
    return AbuseContact(
        network=network or query_url,
        organisation=organisation,
        email=(abuse or {}).get("email"),
        rdap_url=rdap_url,
        source=(abuse or {}).get("url") or rdap_url,
    )


class _TimeoutSession(requests.Session):
    """A session whose every request has a time limit, whatever the caller passes."""

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        timeout = kwargs.get("timeout")
        if timeout is None or (isinstance(timeout, int | float) and timeout > HTTP_TIMEOUT_SECONDS):
            kwargs["timeout"] = HTTP_TIMEOUT_SECONDS
        return super().request(method, url, *args, **kwargs)

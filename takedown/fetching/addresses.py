"""Which IP addresses the fetcher refuses to connect to, and why, in words.

Python's ``ipaddress.is_global`` is not enough on its own (it calls multicast global and knows
nothing of cloud metadata services), so the ranges are listed here with the reason a person
reads when a URL is refused. IPv6 forms that carry an IPv4 address inside them are unpacked
and the inner address judged too, because the kernel or a NAT64 gateway may route them there.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Instance metadata services hand out cloud credentials to anything that asks from inside.
METADATA_ADDRESSES = {
    ipaddress.ip_address("169.254.169.254"): "AWS, GCP, Azure, Oracle",
    ipaddress.ip_address("169.254.170.2"): "AWS ECS",
    ipaddress.ip_address("fd00:ec2::254"): "AWS IPv6",
    ipaddress.ip_address("100.100.100.200"): "Alibaba Cloud",
}

_V4 = [
    ("0.0.0.0/8", "an unspecified (this-network) address"),
    ("10.0.0.0/8", "a private network address"),
    ("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local address"),
    ("172.16.0.0/12", "a private network address"),
    ("192.0.0.0/24", "an IETF protocol address"),
    ("192.0.2.0/24", "a documentation address"),
    ("192.31.196.0/24", "a reserved (AS112) address"),
    ("192.52.193.0/24", "a reserved (AMT) address"),
    ("192.88.99.0/24", "a deprecated 6to4 relay address"),
    ("192.168.0.0/16", "a private network address"),
    ("192.175.48.0/24", "a reserved (AS112) address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("198.51.100.0/24", "a documentation address"),
    ("203.0.113.0/24", "a documentation address"),
    ("224.0.0.0/4", "a multicast address"),
    ("240.0.0.0/4", "a reserved address"),
]
_V6 = [
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("::ffff:0:0/96", "an IPv4-mapped IPv6 address"),
    ("::/96", "an IPv4-compatible IPv6 address"),
    ("64:ff9b:1::/48", "a local NAT64 address"),
    ("100::/64", "a discard-only address"),
    ("2001::/23", "an IETF protocol address"),
    ("2001:db8::/32", "a documentation address"),
    ("3fff::/20", "a documentation address"),
    ("5f00::/16", "a segment-routing address"),
    ("fc00::/7", "a private (unique local) address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a site-local address"),
    ("ff00::/8", "a multicast address"),
]
_V4_NETWORKS = [(ipaddress.ip_network(net), why) for net, why in _V4]
_V6_NETWORKS = [(ipaddress.ip_network(net), why) for net, why in _V6]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")


def address_problem(address: IPAddress | str) -> str | None:
    """Why the fetcher must not connect to ``address``, or None if it is a public address."""
    if isinstance(address, str):
        address = ipaddress.ip_address(address)
    if address in METADATA_ADDRESSES:
        return f"a cloud metadata service ({METADATA_ADDRESSES[address]})"
    if address.version == 6:
        return _ipv6_problem(address)
    for network, why in _V4_NETWORKS:
        if address in network:
            return why
    if not address.is_global:
        return "a reserved address"
    return None


def _ipv6_problem(address: ipaddress.IPv6Address) -> str | None:
    if address.scope_id:
        return "a scoped (zone) address"
    for network, why in _V6_NETWORKS:
        if address in network:
            if address.ipv4_mapped is not None:
                inner = _ipv4_problem_words(address.ipv4_mapped)
                return f"{why}{inner}"
            return why
    embedded = None
    if address in _NAT64:
        embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    elif address.sixtofour is not None:
        embedded = address.sixtofour
    if embedded is not None:
        inner = address_problem(embedded)
        if inner:
            return f"an IPv6 address that leads to {inner} ({embedded})"
        return None
    if address not in _GLOBAL_UNICAST_V6:
        return "a reserved address"
    return None


def _ipv4_problem_words(inner: ipaddress.IPv4Address) -> str:
    problem = address_problem(inner)
    return f" for {inner}, {problem}" if problem else f" for {inner}"

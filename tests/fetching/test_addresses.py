import pytest

from takedown.fetching.addresses import address_problem


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"],
)
def test_public_addresses_pass(address):
    assert address_problem(address) is None


def test_6to4_and_nat64_of_a_public_address_pass():
    assert address_problem("2002:0808:0808::1") is None
    assert address_problem("64:ff9b::808:808") is None


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.20.0.1", "private"),
        ("192.168.100.1", "private"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("169.254.169.254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff05::1", "multicast"),
        ("0.0.0.0", "unspecified"),  # noqa: S104
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("::ffff:10.0.0.1", "IPv4-mapped"),
        ("::ffff:8.8.8.8", "IPv4-mapped"),
        ("::10.0.0.1", "IPv4-compatible"),
        ("2002:0a00:0001::", "private"),
        ("64:ff9b::7f00:1", "loopback"),
        ("64:ff9b:1::1", "NAT64"),
        ("2001:db8::1", "documentation"),
        ("192.0.2.10", "documentation"),
        ("198.18.5.5", "benchmarking"),
        ("240.1.1.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("fc00::1", "unique local"),
        ("fec0::1", "site-local"),
        ("2001:0:4136:e378::1", "IETF"),
        ("4000::1", "reserved"),
    ],
)
def test_refused_addresses_name_the_reason(address, words):
    assert words in address_problem(address)

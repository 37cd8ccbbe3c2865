import pytest

from takedown.fetching import FetchError, FetchPolicy
from takedown.fetching.urls import check_url, parse_ipv4

PORTS = (80, 443)


def checked(url, allow=frozenset()):
    return check_url(url, ports=PORTS, allow=allow)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("0x", "0.0.0.0"),  # noqa: S104
        ("0", "0.0.0.0"),  # noqa: S104
        ("1.2.3.4.", "1.2.3.4"),
        ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254"),
    ],
)
def test_ipv4_forms_are_read_as_a_browser_reads_them(host, expected):
    assert checked(f"http://{host}/").host == expected


@pytest.mark.parametrize("host", ["256.1.1.1", "1.2.3.4.5", "1.256.1", "08.1.1.1", "0x1g.1.1.1"])
def test_invalid_ipv4_forms_are_refused(host):
    with pytest.raises(FetchError) as caught:
        checked(f"http://{host}/")
    assert caught.value.reason == "bad_url"


def test_parse_ipv4_returns_none_for_a_name():
    assert parse_ipv4("example.com") is None


def test_names_are_lower_cased_and_default_ports_dropped():
    result = checked("HTTP://Example.COM:80/a/b?c=d#e")
    assert result.url == "http://example.com/a/b?c=d"
    assert result.authority == "example.com:80"


def test_international_domain_names_become_punycode():
    assert checked("https://bücher.example/").host == "xn--bcher-kva.example"


def test_backslashes_are_slashes_as_in_browsers():
    result = checked("http://public.example\\@127.0.0.1/")
    assert result.host == "public.example"


def test_tabs_and_newlines_are_removed_as_in_browsers():
    assert checked(" http://exa\tmple.com/\n").host == "example.com"


def test_ipv6_literals_are_normalised():
    result = checked("http://[0:0:0:0:0:0:0:1]:8080/", allow={"[::1]:8080"})
    assert result.host == "::1"
    assert result.authority == "[::1]:8080"
    assert result.url == "http://[::1]:8080/"


def test_allow_list_exempts_its_exact_port_only():
    allow = FetchPolicy(allow={"LocalHost:8000"}).allow
    assert checked("http://localhost:8000/", allow=allow).port == 8000
    with pytest.raises(FetchError):
        checked("http://localhost:8001/", allow=allow)


def test_allow_list_entries_must_have_a_port():
    with pytest.raises(ValueError, match="host:port"):
        FetchPolicy(allow={"localhost"})


def test_very_long_urls_are_refused():
    with pytest.raises(FetchError) as caught:
        checked("http://example.com/" + "a" * 10_000)
    assert caught.value.reason == "bad_url"

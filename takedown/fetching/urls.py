"""Turn a URL as typed into the one the fetcher will use, refusing what it must not fetch.

Host names are read the way a browser reads them (WHATWG URL standard): ``0x7f.1``,
``2130706433`` and ``0177.0.0.1`` all mean 127.0.0.1, so they are normalised to dotted
quads before the address check rather than handed to a resolver that might agree.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import idna
from requests.utils import requote_uri

from takedown.fetching import messages
from takedown.fetching.errors import FetchError

SCHEMES = {"http": 80, "https": 443}
_HOST_CHARACTERS = re.compile(r"^[a-z0-9_.-]+$")
C0_AND_SPACE = "".join(chr(c) for c in range(0x21))  # C0 controls and space
MAX_URL_LENGTH = 8192


@dataclass(frozen=True)
class CheckedURL:
    url: str
    scheme: str
    host: str  # lower-case name, dotted-quad IPv4 or bare IPv6
    port: int
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None  # set when the host is a literal

    @property
    def authority(self) -> str:
        """host:port as the allow-list spells it."""
        host = f"[{self.host}]" if self.ip is not None and self.ip.version == 6 else self.host
        return f"{host}:{self.port}"


def check_url(url: str, *, ports, allow) -> CheckedURL:
    """Normalise ``url`` and check its scheme, credentials, host form and port."""
    if not isinstance(url, str) or not url.strip(C0_AND_SPACE):
        raise FetchError("bad_url", messages.EMPTY_ADDRESS)
    # Browsers drop surrounding controls and spaces, and tabs and newlines anywhere.
    url = url.strip(C0_AND_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
    if len(url) > MAX_URL_LENGTH:
        raise FetchError(
            "bad_url", messages.ADDRESS_TOO_LONG, detail=f"longer than {MAX_URL_LENGTH}"
        )
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise FetchError("bad_scheme", messages.BAD_SCHEME, detail=f"scheme {shown} refused")
    # For http(s) a browser reads a backslash as a slash; so must we, or the two disagree on
    # which part is the host.
    url = url.replace("\\", "/")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError("bad_url", messages.INVALID_ADDRESS, detail=str(error)) from None
    if "@" in parts.netloc or parts.username is not None or parts.password is not None:
        raise FetchError(
            "credentials", messages.CREDENTIALS, detail="user name or password in the URL"
        )
    raw_host = parts.hostname
    if not raw_host:
        raise FetchError("bad_url", messages.INVALID_ADDRESS, detail="no host name")
    host, ip = canonical_host(raw_host)
    if port is None:
        port = SCHEMES[scheme]
    checked = CheckedURL(
        # Percent-encoded as it goes on the wire, so the evidence shows what was asked for.
        url=requote_uri(
            urlunsplit(
                (scheme, _netloc(host, ip, port, scheme), parts.path or "/", parts.query, "")
            )
        ),
        scheme=scheme,
        host=host,
        port=port,
        ip=ip,
    )
    if port not in ports and checked.authority not in allow:
        raise FetchError(
            "bad_port",
            messages.BAD_PORT,
            detail=f"port {port} is not among {', '.join(str(p) for p in ports)}",
        )
    return checked


def _netloc(host, ip, port, scheme) -> str:
    shown = f"[{host}]" if ip is not None and ip.version == 6 else host
    return shown if port == SCHEMES[scheme] else f"{shown}:{port}"


def canonical_host(host: str):
    """(host, ip or None) with IPv4 in any browser-accepted form turned into a dotted quad."""
    host = host.lower()
    if ":" in host:
        if "%" in host:
            raise FetchError("bad_url", messages.INVALID_HOST, detail="IPv6 zone in the host")
        try:
            ip = ipaddress.IPv6Address(host)
        except ValueError:
            raise FetchError(
                "bad_url", messages.INVALID_HOST, detail="The address has an invalid IPv6 host."
            ) from None
        return ip.compressed, ip
    if "%" in host:
        raise FetchError(
            "bad_url",
            messages.INVALID_HOST,
            detail="The host name contains characters a host name cannot.",
        )
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            raise FetchError(
                "bad_url", messages.INVALID_HOST, detail="The host name is not a valid domain name."
            ) from None
    if _ends_in_number(host):
        value = parse_ipv4(host)
        if value is None:
            raise FetchError(
                "bad_url",
                messages.INVALID_HOST,
                detail="The host looks like an IP address but is not a valid one.",
            )
        ip = ipaddress.IPv4Address(value)
        return str(ip), ip
    name = host[:-1] if host.endswith(".") else host
    if not _HOST_CHARACTERS.match(name) or "" in name.split(".") or len(name) > 253:
        raise FetchError(
            "bad_url",
            messages.INVALID_HOST,
            detail="The host name contains characters a host name cannot.",
        )
    return name, None


def _ends_in_number(host: str) -> bool:
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    last = labels[-1]
    if last.isdigit() and last.isascii():
        return True
    return bool(re.fullmatch(r"0[xX][0-9a-fA-F]*", last))


def parse_ipv4(host: str) -> int | None:
    """The WHATWG IPv4 parser: 1 to 4 parts, each decimal, 0x-hex or 0-octal."""
    parts = host.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        number = _ipv4_number(part)
        if number is None:
            return None
        numbers.append(number)
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number * 256 ** (3 - index)
    return value


def _ipv4_number(part: str) -> int | None:
    if part == "":
        return None
    base = 10
    if part[:2].lower() == "0x":
        part, base = part[2:], 16
        if part == "":
            return 0
    elif len(part) > 1 and part[0] == "0":
        part, base = part[1:], 8
    digits = {10: "0123456789", 8: "01234567", 16: "0123456789abcdefABCDEF"}[base]
    if not part.isascii() or any(c not in digits for c in part):
        return None
    return int(part, base)

"""URL to platform: which registry entry serves the host of a URL.

Matching is by whole DNS labels from the right, so `cdn.instagram.com` belongs to
`instagram.com` but `instagram.com.evil.example` and `notinstagram.com` do not.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from takedown.platforms.registry import Platform, Registry, default_registry


def resolve(url: str, *, registry: Registry | None = None) -> Platform | None:
    """The platform serving `url`, or None for a host on no known platform.

    The most specific listed domain wins: `drive.google.com` beats `google.com`.
    """
    host = host_of(url)
    if host is None:
        return None
    by_domain = (registry or default_registry()).by_domain
    labels = host.split(".")
    for start in range(len(labels) - 1):
        platform = by_domain.get(".".join(labels[start:]))
        if platform is not None:
            return platform
    return None


def host_of(url: str) -> str | None:
    """The normalised host name of a URL or bare host, or None if it has none.

    Lowercased, without a trailing dot or port, and in its ASCII (punycode) form so a
    look-alike written in another script never equals the real name.
    """
    text = url.strip()
    if not text:
        return None
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    if not host or ":" in host:  # an IPv6 literal names no platform
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return host.lower()

"""What the fetcher may do: which hosts and ports, how many bytes, how long, how politely."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

PROJECT_URL = "https://github.com/takedown-project/takedown"


def _user_agent() -> str:
    try:
        release = version("takedown")
    except PackageNotFoundError:  # running from a checkout that was never installed
        release = "dev"
    return f"Takedown/{release} (+{PROJECT_URL})"


DEFAULT_USER_AGENT = _user_agent()


@dataclass(frozen=True)
class FetchPolicy:
    # Exact "host:port" pairs exempt from the private-address and port checks (tests, demos).
    allow: frozenset[str] = frozenset()
    ports: tuple[int, ...] = (80, 443)
    max_page_bytes: int = 5 * 1024 * 1024
    max_image_bytes: int = 25 * 1024 * 1024
    connect_timeout: float = 5.0
    # Wall-clock cap on one fetch, redirects and retries included: a server that trickles
    # bytes is cut off here however steadily it sends.
    total_timeout: float = 30.0
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    max_images_per_page: int = 500
    retries: int = 2
    backoff: float = 0.5
    # A Retry-After longer than this is not waited for: the fetch fails and a later
    # recheck tries again.
    max_retry_after: float = 10.0
    per_host_concurrency: int = 4
    # Seconds between the starts of two requests to the same host from this process.
    per_host_delay: float = 0.0
    # True, or the path of a CA bundle (tests with their own certificate authority).
    verify: bool | str = True
    accept_language: str = field(default="en;q=0.9, *;q=0.5")

    def __post_init__(self):
        object.__setattr__(self, "allow", frozenset(normalise_allow(self.allow)))
        object.__setattr__(self, "ports", tuple(int(port) for port in self.ports))


def normalise_allow(entries) -> set[str]:
    """Allow-list entries in the form the fetcher compares: lower-case host, explicit port."""
    if isinstance(entries, str):
        entries = [entries]
    normalised = set()
    for entry in entries:
        entry = entry.strip().lower()
        if not entry:
            continue
        host, sep, port = entry.rpartition(":")
        if not sep or not port.isdigit() or not host:
            raise ValueError(f"TAKEDOWN_FETCH_ALLOW entries must be host:port, not {entry!r}")
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        normalised.add(f"{host}:{int(port)}")
    return normalised


def policy_from_settings(settings) -> FetchPolicy:
    """Build a policy from any object with TAKEDOWN_FETCH_* attributes (Django's settings)."""
    defaults = FetchPolicy()
    total = float(getattr(settings, "TAKEDOWN_FETCH_TIMEOUT", defaults.total_timeout))
    return FetchPolicy(
        allow=frozenset(getattr(settings, "TAKEDOWN_FETCH_ALLOW", None) or ()),
        ports=tuple(getattr(settings, "TAKEDOWN_FETCH_PORTS", None) or defaults.ports),
        max_page_bytes=int(
            getattr(settings, "TAKEDOWN_FETCH_MAX_PAGE_BYTES", defaults.max_page_bytes)
        ),
        max_image_bytes=int(
            getattr(settings, "TAKEDOWN_FETCH_MAX_IMAGE_BYTES", defaults.max_image_bytes)
        ),
        connect_timeout=min(defaults.connect_timeout, total),
        total_timeout=total,
        max_images_per_page=int(
            getattr(settings, "TAKEDOWN_FETCH_MAX_IMAGES_PER_PAGE", defaults.max_images_per_page)
        ),
        per_host_concurrency=int(
            getattr(settings, "TAKEDOWN_FETCH_HOST_CONCURRENCY", defaults.per_host_concurrency)
        ),
        per_host_delay=float(
            getattr(settings, "TAKEDOWN_FETCH_HOST_DELAY", defaults.per_host_delay)
        ),
    )

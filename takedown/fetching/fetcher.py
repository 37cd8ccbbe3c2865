"""Fetch one URL safely: vetted addresses, manual redirects, byte and time caps, sniffed content."""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.client import HTTPException, RemoteDisconnected
from urllib.parse import urldefrag, urljoin

import requests
from requests.cookies import RequestsCookieJar, extract_cookies_to_jar
from urllib3.exceptions import HTTPError as Urllib3Error

from takedown.fetching import messages
from takedown.fetching.addresses import address_problem
from takedown.fetching.decoding import ACCEPT_ENCODING, BodyDecoder, TooLarge
from takedown.fetching.errors import FetchError
from takedown.fetching.extraction import page_title
from takedown.fetching.policy import FetchPolicy
from takedown.fetching.sniffing import sniff
from takedown.fetching.throttle import HostThrottle, default_throttle
from takedown.fetching.transport import Hop, PinnedAdapter
from takedown.fetching.urls import MAX_URL_LENGTH, CheckedURL, check_url

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
RETRY_STATUSES = {429, 500, 502, 503, 504}
# Kept as evidence: what identifies the content, the server and any CDN in front of it.
EVIDENCE_HEADERS = (
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "content-disposition",
    "last-modified",
    "etag",
    "date",
    "age",
    "expires",
    "cache-control",
    "location",
    "server",
    "via",
    "x-cache",
    "x-served-by",
    "cf-ray",
    "x-amz-cf-id",
    "x-robots-tag",
    "retry-after",
)
_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,image/*;q=0.8,*/*;q=0.5",
    "image": "image/avif,image/webp,image/apng,image/*,*/*;q=0.8",
    "any": "text/html,application/xhtml+xml;q=0.9,image/*;q=0.9,*/*;q=0.5",
}
_CHUNK = 64 * 1024
_SNIFF_BYTES = 1024
_MAX_HEADER_CHARS = 1024
_KIND_WORDS = {"html": "a web page", "image": "an image", "other": "neither a page nor an image"}

Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


# getaddrinfo has no timeout of its own; it runs here so the fetch can stop waiting for it.
_resolver_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="takedown-dns")


@dataclass(frozen=True)
class FetchResult:
    """One successful fetch. ``redirects`` lists each URL redirected to, in order, so the
    last is ``final_url``; ``headers`` is the evidence subset, names in lower case."""

    url: str
    final_url: str
    redirects: list[str]
    status: int
    headers: dict
    server_ip: str
    content: bytes = field(repr=False)
    kind: str
    sha256: str
    fetched_at: datetime
    title: str | None
    # Every response on the way, redirects and retried ones included: {"url", "status", "ip"}.
    hops: list[dict] = field(default_factory=list)

    def evidence(self) -> dict:
        """Everything but the content: what FetchRecord keeps."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "redirects": list(self.redirects),
            "status": self.status,
            "headers": dict(self.headers),
            "server_ip": self.server_ip,
            "sha256": self.sha256,
            "size": len(self.content),
            "kind": self.kind,
            "fetched_at": self.fetched_at.isoformat(),
            "title": self.title,
            "hops": [dict(hop) for hop in self.hops],
        }


@dataclass
class _Response:
    status: int
    headers: dict
    server_ip: str
    location: str | None = None
    body: bytes = b""


class Fetcher:
    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        resolver: Resolver | None = None,
        throttle: HostThrottle | None = None,
    ):
        self.policy = policy or FetchPolicy()
        self.resolver = resolver or system_resolver
        self.throttle = throttle or default_throttle

    def fetch(self, url: str, *, expect: str = "any") -> FetchResult:
        if expect not in _ACCEPT:
            raise ValueError(f"expect must be one of {sorted(_ACCEPT)}, not {expect!r}")
        policy = self.policy
        deadline = time.monotonic() + policy.total_timeout
        fetched_at = datetime.now(UTC)
        evidence: dict = {
            "url": url,
            "redirects": [],
            "hops": [],
            "fetched_at": fetched_at.isoformat(),
        }
        cap = {
            "page": policy.max_page_bytes,
            "image": policy.max_image_bytes,
            "any": max(policy.max_page_bytes, policy.max_image_bytes),
        }[expect]
        current = url
        # Cookies live for this one fetch, as in a private browser window: sites that set a
        # cookie and redirect back to the same address (consent and bot checks) then work.
        cookies = RequestsCookieJar()
        seen: set[tuple[str, tuple]] = set()
        try:
            for hops in range(policy.max_redirects + 1):
                checked = check_url(current, ports=policy.ports, allow=policy.allow)
                visit = (checked.url, _cookie_state(cookies))
                if visit in seen:
                    raise FetchError(
                        "redirect_loop", messages.REDIRECT_LOOP, detail=f"back to {checked.url}"
                    )
                seen.add(visit)
                if hops:
                    evidence["redirects"][-1] = checked.url
                evidence["final_url"] = checked.url
                addresses = self._addresses(checked, deadline)
                response = self._exchange(
                    checked, addresses, deadline, cap, expect, evidence, cookies
                )
                if response.location is None:
                    break
                next_url = _redirect_target(checked.url, response.location)
                if hops == policy.max_redirects:
                    raise FetchError(
                        "too_many_redirects",
                        messages.TOO_MANY_REDIRECTS,
                        detail=f"more than {policy.max_redirects} redirects",
                    )
                evidence["redirects"].append(_evidence_url(next_url))
                current = next_url
        except FetchError as error:
            if error.evidence is None and "status" in evidence:
                error.evidence = evidence
            raise
        return self._result(url, checked, response, evidence, fetched_at, expect)

    def _result(self, url, checked, response, evidence, fetched_at, expect) -> FetchResult:
        policy = self.policy
        if not 200 <= response.status < 300:
            raise FetchError(
                "http_status",
                messages.for_status(response.status),
                detail=f"HTTP status {response.status} from {checked.url}",
                status=response.status,
                evidence=evidence,
                retry_after=_retry_after_seconds(response.headers.get("retry-after")),
            )
        body = response.body
        kind = sniff(body, response.headers.get("content-type"))
        if expect == "image" and kind != "image":
            raise FetchError(
                "not_image",
                messages.NOT_IMAGE,
                detail=f"got {_KIND_WORDS[kind]}" if body else "got an empty response",
                status=response.status,
                evidence=evidence,
            )
        if expect == "page" and kind != "html":
            raise FetchError(
                "not_html",
                messages.NOT_PAGE,
                detail=f"got {_KIND_WORDS[kind]}",
                status=response.status,
                evidence=evidence,
            )
        if kind == "html" and len(body) > policy.max_page_bytes:
            raise _too_large(checked, policy.max_page_bytes, evidence)
        if kind == "image" and len(body) > policy.max_image_bytes:
            raise _too_large(checked, policy.max_image_bytes, evidence)
        return FetchResult(
            url=url,
            final_url=checked.url,
            redirects=list(evidence["redirects"]),
            status=response.status,
            headers=response.headers,
            server_ip=response.server_ip,
            content=body,
            kind=kind,
            sha256=hashlib.sha256(body).hexdigest(),
            fetched_at=fetched_at,
            title=page_title(body) if kind == "html" else None,
            hops=list(evidence["hops"]),
        )

    def _addresses(self, checked: CheckedURL, deadline: float) -> list[str]:
        if checked.ip is not None:
            addresses = [checked.ip]
        else:
            future = _resolver_pool.submit(self.resolver, checked.host, checked.port)
            try:
                found = future.result(timeout=max(deadline - time.monotonic(), 0.0))
            except FutureTimeout:
                raise FetchError(
                    "timeout", messages.TIMEOUT, detail=f"DNS lookup of {checked.host} too slow"
                ) from None
            except (OSError, UnicodeError):
                found = []
            addresses = []
            for text in found:
                try:
                    addresses.append(ipaddress.ip_address(text))
                except ValueError:
                    continue
            if not addresses:
                raise FetchError(
                    "dns", messages.NOT_FOUND_DNS, detail=f"no address for {checked.host}"
                )
        if checked.authority not in self.policy.allow:
            # Every address is judged, not only the one connected to: an answer that mixes
            # public and private addresses is itself a sign of a rebinding attempt.
            for address in addresses:
                problem = address_problem(address)
                if problem:
                    named = (
                        f"{address} is"
                        if checked.ip is not None
                        else f"{checked.host} points to {address},"
                    )
                    raise FetchError(
                        "blocked_address", messages.BLOCKED_ADDRESS, detail=f"{named} {problem}"
                    )
        return [str(address) for address in addresses]

    def _exchange(self, checked, addresses, deadline, cap, expect, evidence, cookies) -> _Response:
        policy = self.policy
        for attempt in range(policy.retries + 1):
            wait = None
            with self.throttle.slot(
                checked.host,
                concurrency=policy.per_host_concurrency,
                delay=policy.per_host_delay,
                deadline=deadline,
            ):
                hop = Hop(addresses, connect_timeout=policy.connect_timeout, deadline=deadline)
                adapter = PinnedAdapter(hop)
                hop.start_watchdog()
                try:
                    response = self._send(adapter, hop, checked, expect, cookies)
                    headers = _evidence_headers(response.headers)
                    evidence.update(status=response.status_code, headers=headers)
                    evidence["server_ip"] = hop.address
                    evidence["hops"].append(
                        {"url": checked.url, "status": response.status_code, "ip": hop.address}
                    )
                    status = response.status_code
                    if status in RETRY_STATUSES and attempt < policy.retries:
                        wait = self._retry_wait(response.headers.get("retry-after"), attempt)
                        if wait is not None and time.monotonic() + wait >= deadline:
                            wait = None
                    if wait is None:
                        location = response.headers.get("location")
                        if status in REDIRECT_STATUSES and location:
                            return _Response(status, headers, hop.address, location=location)
                        body = b""
                        if 200 <= status < 300:
                            body = self._read(response, hop, checked, cap, expect, evidence)
                        return _Response(status, headers, hop.address, body=body)
                finally:
                    hop.finish()
                    adapter.close()
            # Outside the per-host slot, so waiting does not hold up other fetches.
            time.sleep(wait)
        raise AssertionError("unreachable: the last attempt always returns")

    def _cap_for(self, head: bytes, headers, cap: int) -> int:
        kind = sniff(head, headers.get("content-type"))
        if kind == "html":
            return self.policy.max_page_bytes
        if kind == "image":
            return self.policy.max_image_bytes
        return cap

    def _retry_wait(self, retry_after: str | None, attempt: int) -> float | None:
        """Seconds to wait before retrying, or None if the server asks for too long a pause."""
        wait = self.policy.backoff * 2**attempt
        asked = _retry_after_seconds(retry_after)
        if asked is not None:
            if asked > self.policy.max_retry_after:
                return None
            wait = max(wait, asked)
        return wait

    def _send(self, adapter, hop, checked, expect, cookies) -> requests.Response:
        policy = self.policy
        try:
            request = self._request(checked, expect, cookies)
        except requests.exceptions.RequestException as error:
            raise FetchError("bad_url", messages.INVALID_ADDRESS, detail=str(error)) from None
        read_timeout = max(hop.remaining(), 0.001)
        try:
            response = adapter.send(
                request,
                stream=True,
                timeout=(policy.connect_timeout, read_timeout),
                verify=policy.verify,
                proxies={},
            )
        except requests.exceptions.RequestException as error:
            raise _send_error(error, hop, checked) from None
        extract_cookies_to_jar(cookies, request, response.raw)
        return response

    def _request(self, checked, expect, cookies) -> requests.PreparedRequest:
        policy = self.policy
        return requests.Request(
            "GET",
            checked.url,
            cookies=cookies,
            headers={
                "User-Agent": policy.user_agent,
                "Accept": _ACCEPT[expect],
                "Accept-Encoding": ACCEPT_ENCODING,
                "Accept-Language": policy.accept_language,
            },
        ).prepare()

    def _read(self, response, hop, checked, cap, expect, evidence) -> bytes:
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise _too_large(checked, cap, evidence)
        decoder = BodyDecoder(response.headers.get("content-encoding"), cap)
        received = 0
        # Fetching "any", the cap is the larger one until the first bytes tell a page from
        # an image; from then on it is the cap for what the content is.
        undecided = expect == "any"
        try:
            while True:
                chunk = response.raw.read(_CHUNK, decode_content=False)
                if not chunk:
                    break
                received += len(chunk)
                if received > cap:
                    raise TooLarge
                decoder.feed(chunk)
                if undecided and decoder.size >= _SNIFF_BYTES:
                    undecided = False
                    cap = self._cap_for(decoder.prefix(_SNIFF_BYTES), response.headers, cap)
                    decoder.limit = cap
                    if decoder.size > cap or received > cap:
                        raise TooLarge
            body = decoder.finish()
        except TooLarge:
            raise _too_large(checked, cap, evidence) from None
        except (Urllib3Error, HTTPException, OSError):
            if hop.finish():
                raise _timed_out(checked, evidence) from None
            raise FetchError(
                "connection",
                messages.CONNECTION_BROKEN,
                detail=f"{checked.host} closed the connection mid-response",
                evidence=evidence,
            ) from None
        if hop.finish():
            # The watchdog shut the socket; what looked like the end was the cut.
            raise _timed_out(checked, evidence)
        return body


def _cookie_state(cookies: RequestsCookieJar) -> tuple:
    return tuple(sorted((c.domain, c.path, c.name, c.value or "") for c in cookies))


def _evidence_headers(headers) -> dict[str, str]:
    kept = {}
    for name in EVIDENCE_HEADERS:
        if name in headers:
            value = headers[name]
            if name == "location":
                value = _evidence_url(value)
            elif len(value) > _MAX_HEADER_CHARS:
                value = value[:_MAX_HEADER_CHARS] + "[…]"
            kept[name] = value
    return kept


def _evidence_url(url: str) -> str:
    """A redirect target as evidence may keep it: a data: URL is content, so only its type."""
    if url[:5].lower() == "data:":
        media_type = url[5:].split(",", 1)[0][:100]
        return f"data:{media_type},[{len(url)} characters not kept]"
    return url if len(url) <= MAX_URL_LENGTH else url[:MAX_URL_LENGTH] + "[…]"


def _redirect_target(url: str, location: str) -> str:
    target = _header_text(location)
    try:
        return urldefrag(urljoin(url, target))[0]
    except ValueError:
        raise FetchError(
            "bad_url",
            messages.INVALID_ADDRESS,
            detail=f"redirect to an invalid URL: {_evidence_url(target)!r}",
        ) from None


def _header_text(value: str) -> str:
    """A header as the server meant it: http.client reads bytes as Latin-1, servers send UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8").strip()
    except UnicodeError:
        return value.strip()


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: it may be a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max((moment - datetime.now(UTC)).total_seconds(), 0.0)


def _protocol_cause(error: Exception) -> BaseException | None:
    """The http.client error inside requests' ConnectionError(urllib3 ProtocolError(...))."""
    for wrapped in error.args[:1]:
        for inner in getattr(wrapped, "args", ())[1:2]:
            if isinstance(inner, BaseException):
                return inner
    return None


def _send_error(error, hop: Hop, checked: CheckedURL) -> FetchError:
    # The watchdog's shutdown surfaces as whatever the socket was doing (a TLS error in a
    # handshake, a reset while waiting): the deadline is the real cause.
    if hop.expired or isinstance(error, requests.exceptions.Timeout):
        return FetchError("timeout", messages.TIMEOUT, detail=f"{checked.host} did not answer")
    if isinstance(error, requests.exceptions.SSLError):
        return FetchError("tls", messages.TLS, detail=f"{checked.host}: {error}")
    if isinstance(error, requests.exceptions.ConnectionError):
        if hop.address is None:
            return FetchError(
                "connection", messages.CONNECTION_FAILED, detail=f"{checked.host}: {error}"
            )
        cause = _protocol_cause(error)
        if isinstance(cause, HTTPException) and not isinstance(cause, RemoteDisconnected):
            # Connected, but what came back is not HTTP (or breaks its limits).
            return FetchError(
                "bad_response", messages.UNREADABLE_RESPONSE, detail=f"{checked.host}: {cause!r}"
            )
        return FetchError(
            "connection", messages.CONNECTION_BROKEN, detail=f"{checked.host}: {error}"
        )
    # Anything else requests objects to is in what the server sent (e.g. two different
    # Content-Length headers).
    return FetchError("bad_response", messages.UNREADABLE_RESPONSE, detail=str(error))


def _too_large(checked: CheckedURL, cap: int, evidence: dict) -> FetchError:
    return FetchError(
        "too_large",
        messages.TOO_LARGE,
        detail=f"{checked.url} is larger than the {_megabytes(cap)} cap",
        evidence=evidence,
    )


def _timed_out(checked: CheckedURL, evidence: dict) -> FetchError:
    return FetchError(
        "timeout",
        messages.TIMEOUT,
        detail=f"{checked.host} did not send the whole response in time",
        evidence=evidence,
    )


def _megabytes(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{size / 1024:g} kB" if size >= 1024 else f"{size} bytes"

"""The one exception the fetcher raises, with a reason code for code and sentences for people."""

from __future__ import annotations


class FetchError(Exception):
    """A URL could not be fetched safely.

    ``reason`` is a stable code the pipeline can branch on (``blocked_address``, ``bad_scheme``,
    ``bad_port``, ``bad_url``, ``credentials``, ``too_large``, ``timeout``, ``http_status``,
    ``too_many_redirects``, ``redirect_loop``, ``dns``, ``connection``, ``tls``, ``bad_response``,
    ``not_image``, ``not_html``).

    ``str()`` (also ``message``) is a fixed sentence from ``messages``, marked for
    translation so a page can show it in the reader's language (takedown/cases/problems.py
    stores it as it is); ``detail`` names the specifics (which host, address, port, size or
    status) for the evidence record and logs.
    ``evidence`` holds what was seen of the response (status, headers, server IP, redirects)
    when one arrived; ``retry_after`` the seconds a 429 or 503 asked the client to wait.
    """

    def __init__(
        self,
        reason: str,
        message: str,
        *,
        detail: str | None = None,
        status: int | None = None,
        evidence: dict | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.detail = detail or message
        self.status = status
        self.evidence = evidence
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"FetchError({self.reason!r}, {self.detail!r}, status={self.status!r})"

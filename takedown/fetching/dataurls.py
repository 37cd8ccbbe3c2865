"""Images carried inside a page as data: URLs, decoded in memory with a cap, never fetched."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote_to_bytes

from takedown.fetching import messages
from takedown.fetching.errors import FetchError


def data_url_media_type(url: str) -> str | None:
    """The media type of a data: URL ("image/png"), "text/plain" if omitted, None if not one."""
    if url[:5].lower() != "data:" or "," not in url:
        return None
    header = url[5 : url.index(",")]
    media_type = header.split(";", 1)[0].strip().lower()
    return media_type or "text/plain"


def decode_data_url(url: str, max_bytes: int) -> bytes:
    """The bytes of a data: URL; FetchError if it is malformed or decodes past ``max_bytes``."""
    if data_url_media_type(url) is None:
        raise FetchError("bad_url", messages.DATA_INVALID, detail="not a data: URL")
    header, payload = url[5:].split(",", 1)
    is_base64 = header.strip().lower().endswith(";base64")
    # Judge the size before decoding: base64 is 4 characters per 3 bytes, and a
    # percent-escape is 3 characters per byte, so neither is shorter than its output.
    estimate = len(payload) * 3 // 4 if is_base64 else len(payload)
    if estimate > max_bytes + 3:
        raise FetchError(
            "too_large", messages.DATA_TOO_LARGE, detail=f"data: URL over {max_bytes} bytes"
        )
    if is_base64:
        text = "".join(unquote_to_bytes(payload).decode("ascii", "replace").split())
        text += "=" * (-len(text) % 4)
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise FetchError(
                "bad_url", messages.DATA_INVALID, detail="data: URL with invalid base64"
            ) from None
    else:
        data = unquote_to_bytes(payload)
    if len(data) > max_bytes:
        raise FetchError(
            "too_large", messages.DATA_TOO_LARGE, detail=f"data: URL over {max_bytes} bytes"
        )
    return data

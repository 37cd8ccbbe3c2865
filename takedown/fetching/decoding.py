"""Content-Encoding decoded here, with a cap on the output, rather than by urllib3.

A few kilobytes of gzip can inflate to gigabytes; the cap applies to the bytes that come out
of every decoding step, so a bomb stops at the cap instead of at the end of memory.
"""

from __future__ import annotations

import zlib

from takedown.fetching import messages
from takedown.fetching.errors import FetchError

try:
    import brotli
except ImportError:  # pragma: no cover - brotli is a pinned dependency
    brotli = None

ACCEPT_ENCODING = "gzip, deflate, br" if brotli else "gzip, deflate"
_MAX_LAYERS = 2
_DECODE_ERRORS = (zlib.error, brotli.error) if brotli else (zlib.error,)


class TooLarge(Exception):
    pass


class _Zlib:
    def __init__(self, kind: str):
        self.kind = kind
        self._decompressor = None
        self._pending = b""

    def _start(self, data: bytes):
        if self.kind == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" should be zlib-wrapped, but some servers send raw deflate: tell by the header.
        if len(data) >= 2 and (data[0] & 0x0F) == 8 and ((data[0] << 8) | data[1]) % 31 == 0:
            return zlib.decompressobj(zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        if self._decompressor is None:
            data = self._pending + data
            if len(data) < 2:
                self._pending = data
                return b""
            self._pending = b""
            self._decompressor = self._start(data)
        out = bytearray()
        while data:
            chunk = self._decompressor.decompress(data, room - len(out) + 1)
            out += chunk
            if len(out) > room:
                raise TooLarge
            data = self._decompressor.unconsumed_tail
            if self._decompressor.eof:
                # A gzip body may hold several members one after another.
                rest = self._decompressor.unused_data
                if self.kind == "gzip" and rest.strip(b"\0"):
                    self._decompressor = self._start(rest)
                    data = rest
                else:
                    break
        return bytes(out)

    def flush(self, room: int) -> bytes:
        if self._decompressor is None:
            if self._pending:
                raise zlib.error("compressed stream cut short")
            return b""
        out = self._decompressor.flush()
        if len(out) > room:
            raise TooLarge
        if not self._decompressor.eof:
            # Framing said the body was complete, yet the stream never ended: a broken or
            # deliberately truncated body, whose partial content would mislead a hash.
            raise zlib.error("compressed stream cut short")
        return out


class _Brotli:
    def __init__(self):
        self._decompressor = brotli.Decompressor()
        self._fed = False

    def feed(self, data: bytes, room: int) -> bytes:
        self._fed = True
        out = bytearray(self._decompressor.process(data, output_buffer_limit=room + 1))
        while len(out) <= room and not self._decompressor.can_accept_more_data():
            out += self._decompressor.process(b"", output_buffer_limit=room - len(out) + 1)
        if len(out) > room:
            raise TooLarge
        return bytes(out)

    def flush(self, room: int) -> bytes:
        if self._fed and not self._decompressor.is_finished():
            raise brotli.error("compressed stream cut short")
        return b""


def _decoder(name: str):
    if name in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if name == "deflate":
        return _Zlib("deflate")
    if name == "br" and brotli is not None:
        return _Brotli()
    raise FetchError(
        "bad_response", messages.UNREADABLE_RESPONSE, detail=f"unknown Content-Encoding {name}"
    )


class BodyDecoder:
    """Feed raw body chunks, get decoded bytes; raises TooLarge past ``limit`` decoded bytes."""

    def __init__(self, content_encoding: str | None, limit: int):
        names = [
            name.strip().lower()
            for name in (content_encoding or "").split(",")
            if name.strip() and name.strip().lower() != "identity"
        ]
        if len(names) > _MAX_LAYERS:
            raise FetchError(
                "bad_response",
                messages.UNREADABLE_RESPONSE,
                detail=f"more than {_MAX_LAYERS} content encodings",
            )
        # Listed in the order applied, so undone last-first.
        self._layers = [_decoder(name) for name in reversed(names)]
        self.limit = limit
        self.size = 0
        self._parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        self._push(data, final=False)

    def prefix(self, size: int) -> bytes:
        """The first ``size`` decoded bytes (fewer if fewer have arrived)."""
        head = bytearray()
        for part in self._parts:
            head += part[: size - len(head)]
            if len(head) >= size:
                break
        return bytes(head)

    def finish(self) -> bytes:
        self._push(b"", final=True)
        return b"".join(self._parts)

    def _push(self, data: bytes, *, final: bool) -> None:
        try:
            for layer in self._layers:
                room = self.limit
                out = layer.feed(data, room) if data else b""
                if final:
                    out += layer.flush(room - len(out))
                data = out
        except _DECODE_ERRORS as error:
            raise FetchError(
                "bad_response",
                messages.UNREADABLE_RESPONSE,
                detail=f"compressed content could not be decompressed: {error}",
            ) from error
        if data:
            self.size += len(data)
            if self.size > self.limit:
                raise TooLarge
            self._parts.append(data)

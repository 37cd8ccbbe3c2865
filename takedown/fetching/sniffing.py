"""What the bytes are, judged from the bytes: a server's Content-Type is often wrong or hostile."""

from __future__ import annotations

import re

# ISO base media file brands (the 4 bytes after "ftyp") used by HEIF and AVIF images.
_HEIF_BRANDS = {
    b"heic",
    b"heix",
    b"hevc",
    b"hevx",
    b"heim",
    b"heis",
    b"mif1",
    b"msf1",
    b"avif",
    b"avis",
}

# The WHATWG MIME sniffing standard's HTML signatures, each followed by a space or ">".
_HTML_TAGS = re.compile(
    rb"<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|"
    rb"meta|link|img|section|article|main|header|nav|!--)[\s>/]",
    re.IGNORECASE,
)


def image_format(data: bytes) -> str | None:
    """The image format named by the magic bytes, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp":
        brands = {data[8:12]} | {data[i : i + 4] for i in range(16, min(len(data), 64), 4)}
        if brands & {b"avif", b"avis"}:
            return "avif"
        if brands & _HEIF_BRANDS:
            return "heif"
    if data[:2] == b"BM" and len(data) >= 26:
        return "bmp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def looks_like_html(data: bytes, content_type: str | None = None) -> bool:
    head = data[:1024]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:64]:
        # UTF-16 pages are rare and never what the checker needs to read.
        return False
    stripped = head.lstrip()
    if _HTML_TAGS.match(stripped):
        return True
    if stripped.startswith(b"<?xml") and re.search(rb"<html[\s>]", head, re.IGNORECASE):
        return True
    # A page declared as HTML that starts with text rather than a tag is still a page,
    # provided it is text: no control bytes that no HTML page contains.
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return not re.search(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]", head)
    return False


def sniff(data: bytes, content_type: str | None = None) -> str:
    """ "image", "html" or "other"."""
    if image_format(data):
        return "image"
    if looks_like_html(data, content_type):
        return "html"
    return "other"

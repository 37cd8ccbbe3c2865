"""Find the images a browser would show for an HTML page, as absolute URLs in page order.

Beyond ``<img src>``: the largest ``srcset`` candidate, ``<picture>`` sources, the
``data-*`` attributes lazy-loading scripts swap in, social-card meta tags, video posters,
CSS backgrounds, links straight to image files, JSON-LD and inline ``data:`` images.
Built on the standard library's tolerant ``html.parser``: see docs/fetching.md for the
measurement behind that choice.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

from takedown.fetching.dataurls import data_url_media_type

# Attributes that lazy-loading libraries (lazysizes, WordPress, jQuery lazyload,
# WooCommerce galleries, Lozad, Flickity …) fill with the real image URL.
LAZY_URL_ATTRIBUTES = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-lazy",
    "data-full",
    "data-full-src",
    "data-fullsrc",
    "data-large_image",
    "data-large-file",
    "data-medium-file",
    "data-orig-file",
    "data-orig-src",
    "data-original-src",
    "data-hi-res-src",
    "data-hires",
    "data-highres",
    "data-src-retina",
    "data-retina",
    "data-zoom-image",
    "data-zoom-src",
    "data-echo",
    "data-img",
    "data-img-src",
    "data-image",
    "data-bg",
    "data-background",
    "data-background-image",
    "data-pagespeed-lazy-src",
    "data-flickity-lazyload",
    "data-thumb",
)
LAZY_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "data-original-set")
META_IMAGE_NAMES = {
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
}
IMAGE_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".jpe",
    ".jfif",
    ".pjpeg",
    ".png",
    ".gif",
    ".webp",
    ".avif",
    ".heic",
    ".heif",
    ".bmp",
    ".tif",
    ".tiff",
)
# CSS properties whose url() values are pictures rather than fonts or stylesheets.
_CSS_IMAGE_PROPERTIES = {
    "background",
    "background-image",
    "border-image",
    "border-image-source",
    "list-style",
    "list-style-image",
    "content",
}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_DECLARATION = re.compile(r"([-a-zA-Z]+)\s*:\s*([^;{}]*)")
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s'"]*))\s*\)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_JSON_LD_MAX_CHARS = 1_000_000
_JSON_LD_MAX_DEPTH = 20
# data: images bigger than this stay out of the list: a page could otherwise carry
# tens of megabytes through the pipeline in one "URL".
MAX_DATA_URL_CHARS = 8 * 1024 * 1024


def decode_html(html: bytes | str) -> str:
    """Text of a page: byte-order mark, then <meta charset>, then UTF-8 (lenient)."""
    if isinstance(html, str):
        return html
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if html.startswith(bom):
            return html[len(bom) :].decode(encoding, "replace")
    match = _META_CHARSET.search(html[:4096])
    encoding = "utf-8"
    if match:
        with contextlib.suppress(LookupError):
            encoding = codecs.lookup(match.group(1).decode("ascii")).name
        # A page cannot really be UTF-16 if its meta tag was readable as ASCII.
        if encoding.startswith("utf-16"):
            encoding = "utf-8"
    return html.decode(encoding, "replace")


def parse_srcset(value: str) -> list[tuple[str, float | None, float | None]]:
    """(url, width, density) for each candidate, per the HTML standard's srcset parser."""
    candidates = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        if position >= length:
            break
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        descriptors = []
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            token, depth = "", 0
            while position < length:
                char = value[position]
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth = max(depth - 1, 0)
                if char == "," and depth == 0:
                    position += 1
                    break
                if char.isspace() and depth == 0:
                    if token:
                        descriptors.append(token)
                    token = ""
                else:
                    token += char
                position += 1
            if token:
                descriptors.append(token)
        width = density = None
        for descriptor in descriptors:
            number, unit = descriptor[:-1], descriptor[-1:].lower()
            try:
                amount = float(number)
            except ValueError:
                continue
            if unit == "w":
                width = amount
            elif unit == "x":
                density = amount
        if url:
            candidates.append((url, width, density))
    return candidates


def largest_srcset_candidate(value: str) -> str | None:
    candidates = parse_srcset(value)
    if not candidates:
        return None
    if any(width is not None for _, width, _ in candidates):
        return max(candidates, key=lambda c: c[1] or 0)[0]
    return max(candidates, key=lambda c: c[2] if c[2] is not None else 1.0)[0]


def css_image_urls(css: str) -> list[str]:
    urls = []
    for prop, value in _CSS_DECLARATION.findall(_CSS_COMMENT.sub("", css)):
        if prop.lower() in _CSS_IMAGE_PROPERTIES:
            urls.extend(
                next(g for g in groups if g) for groups in _CSS_URL.findall(value) if any(groups)
            )
    return urls


def json_ld_image_urls(text: str) -> list[str]:
    if len(text) > _JSON_LD_MAX_CHARS:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    urls: list[str] = []
    _walk_json_ld(data, urls, 0)
    return urls


def _walk_json_ld(node, urls: list[str], depth: int) -> None:
    if depth > _JSON_LD_MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _walk_json_ld(item, urls, depth + 1)
        return
    if not isinstance(node, dict):
        return
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    if "ImageObject" in types:
        for key in ("contentUrl", "url"):
            if isinstance(node.get(key), str):
                urls.append(node[key])
    for key in ("image", "thumbnailUrl", "thumbnail"):
        value = node.get(key)
        if isinstance(value, str):
            urls.append(value)
        elif isinstance(value, list):
            urls.extend(item for item in value if isinstance(item, str))
    for value in node.values():
        if isinstance(value, (dict, list)):
            _walk_json_ld(value, urls, depth + 1)


def _looks_like_image_file(url: str) -> bool:
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return path.endswith(IMAGE_EXTENSIONS)


class _ImageCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.base: str | None = None
        self._picture_depth = 0
        self._text_of: str | None = None  # "style" or "ld+json" while inside one
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes: dict[str, str] = {}
        for name, value in attrs:
            # As in browsers, the first of a repeated attribute wins.
            attributes.setdefault(name, value or "")
        get = attributes.get
        add = self.found.append
        if tag == "base" and self.base is None and get("href"):
            self.base = get("href")
        elif tag == "img":
            if get("src"):
                add(get("src"))
            if get("srcset"):
                self._add_srcset(get("srcset"))
            for name, value in attributes.items():
                # Unlisted data-* attributes of an <img> count when they name an image file.
                if (
                    name.startswith("data-")
                    and value
                    and name not in LAZY_URL_ATTRIBUTES
                    and name not in LAZY_SRCSET_ATTRIBUTES
                    and _looks_like_image_file(value)
                ):
                    add(value)
        elif tag == "picture":
            self._picture_depth += 1
        elif tag == "source" and self._picture_depth:
            if get("srcset"):
                self._add_srcset(get("srcset"))
            elif get("src"):
                add(get("src"))
        elif tag == "meta":
            name = (get("property") or get("name") or "").strip().lower()
            if (name in META_IMAGE_NAMES or get("itemprop", "").lower() == "image") and get(
                "content"
            ):
                add(get("content"))
        elif tag == "link":
            rels = get("rel", "").lower().split()
            if "image_src" in rels and get("href"):
                add(get("href"))
            elif "preload" in rels and get("as", "").lower() == "image":
                if get("imagesrcset"):
                    self._add_srcset(get("imagesrcset"))
                elif get("href"):
                    add(get("href"))
            elif get("itemprop", "").lower() == "image" and get("href"):
                add(get("href"))
        elif tag == "video" and get("poster"):
            add(get("poster"))
        elif tag == "input" and get("type", "").lower() == "image" and get("src"):
            add(get("src"))
        elif tag == "image":  # SVG <image>
            href = get("href") or get("xlink:href")
            if href:
                add(href)
        elif tag in ("a", "area") and get("href") and _looks_like_image_file(get("href")):
            add(get("href"))
        elif tag == "style":
            self._start_text("style")
        elif tag == "script" and get("type", "").strip().lower() == "application/ld+json":
            self._start_text("ld+json")
        if get("background") and tag in ("body", "table", "td", "th", "tr"):
            add(get("background"))
        for name in LAZY_URL_ATTRIBUTES:
            if get(name):
                add(get(name))
        for name in LAZY_SRCSET_ATTRIBUTES:
            if get(name):
                self._add_srcset(get(name))
        if get("style"):
            self.found.extend(css_image_urls(get("style")))

    def handle_endtag(self, tag):
        if tag == "picture" and self._picture_depth:
            self._picture_depth -= 1
        elif tag in ("style", "script") and self._text_of is not None:
            text = "".join(self._text)
            if self._text_of == "style":
                self.found.extend(css_image_urls(text))
            else:
                self.found.extend(json_ld_image_urls(text))
            self._text_of, self._text = None, []

    def handle_data(self, data):
        if self._text_of is not None:
            self._text.append(data)

    def _start_text(self, kind: str) -> None:
        self._text_of, self._text = kind, []

    def _add_srcset(self, value: str) -> None:
        best = largest_srcset_candidate(value)
        if best:
            self.found.append(best)


def resolve_image_url(raw: str, base: str) -> str | None:
    """An absolute http(s) URL without fragment, an image data: URL, or None."""
    raw = raw.strip(" \t\n\r\f").replace("\t", "").replace("\n", "").replace("\r", "")
    if not raw:
        return None
    if raw[:5].lower() == "data:":
        media_type = data_url_media_type(raw)
        # SVG is drawn, not photographed: nothing to fingerprint.
        if media_type and media_type.startswith("image/") and media_type != "image/svg+xml":
            return raw if len(raw) <= MAX_DATA_URL_CHARS else None
        return None
    try:
        url = urldefrag(urljoin(base, raw))[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def extract_images(html: bytes | str, base_url: str, *, limit: int) -> tuple[list[str], int]:
    """(image URLs in page order, deduplicated, at most ``limit``; how many more were found)."""
    collector = _ImageCollector()
    collector.feed(decode_html(html))
    collector.close()
    base = base_url
    if collector.base:
        declared = resolve_image_url(collector.base, base_url)
        if declared and not declared.startswith("data:"):
            base = declared
    seen: dict[str, None] = {}
    for raw in collector.found:
        url = resolve_image_url(raw, base)
        if url is not None:
            seen.setdefault(url)
    urls = list(seen)
    limit = max(limit, 0)
    return urls[:limit], max(len(urls) - limit, 0)


class _TitleReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "title" and not self.done:
            self.inside = True
        elif tag == "svg":
            self.done = self.done or self.inside

    def handle_endtag(self, tag):
        if tag == "title" and self.inside:
            self.inside, self.done = False, True

    def handle_data(self, data):
        if self.inside:
            self.parts.append(data)


def page_title(html: bytes | str, *, max_chars: int = 300) -> str | None:
    """The page's <title>, whitespace collapsed, or None. Reads only the start of the page."""
    reader = _TitleReader()
    text = decode_html(html[: 256 * 1024])
    for start in range(0, len(text), 16 * 1024):
        reader.feed(text[start : start + 16 * 1024])
        if reader.done:
            break
    title = " ".join("".join(reader.parts).split())
    return title[:max_chars] or None

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
from urllib.parse import urljoin, urlsplit

from takedown.fetching.dataurls import data_url_media_type
from takedown.fetching.urls import C0_AND_SPACE, MAX_URL_LENGTH

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
_LAZY_URL_SET = frozenset(LAZY_URL_ATTRIBUTES)
_LAZY_SRCSET_SET = frozenset(LAZY_SRCSET_ATTRIBUTES)
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
_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[^/?#\s.][^/?#\s]*(?:/(?!\.\.?(?:[/?#]|$))[^/?#]*)*(?:[?#]|$)"
)
_CSS_DECLARATION = re.compile(r"(?<![-a-zA-Z])([-a-zA-Z]+)\s*:\s*([^;{}]*)")
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s'"]*))\s*\)""", re.IGNORECASE)
_CSS_STRING = re.compile(r""""([^"]*)"|'([^']*)'""")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_JSON_LD_MAX_CHARS = 1_000_000
_JSON_LD_MAX_DEPTH = 20
# data: images bigger than this stay out of the list: a page could otherwise carry
# tens of megabytes through the pipeline in one "URL".
MAX_DATA_URL_CHARS = 8 * 1024 * 1024
# Shorter ones are lazy-loading placeholders (a 1x1 GIF is 78 characters as a data: URL):
# no picture that small can be matched, and one sits on nearly every lazy <img>.
MIN_DATA_URL_CHARS = 256


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
    try:
        return html.decode(encoding, "replace")
    except LookupError:  # a codec that is not a text encoding ("rot13", "base64")
        return html.decode("utf-8", "replace")


def parse_srcset(value: str) -> list[tuple[str, float | None, float | None]]:
    """(url, width, density) for each candidate, per the HTML standard's srcset parser."""
    candidates = []
    position, length = 0, len(value)
    while position < length:
        match = _SRCSET_URL.match(value, position)
        if match is None:
            break
        url, position = match.group(1), match.end()
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            # Descriptors run to the next comma outside parentheses.
            end = _descriptor_end(value, position)
            descriptors, position = value[position:end], end + 1
        width = density = None
        for descriptor in descriptors.split():
            unit = descriptor[-1:].lower()
            try:
                amount = float(descriptor[:-1])
            except ValueError:
                continue
            if unit == "w":
                width = amount
            elif unit == "x":
                density = amount
        if url:
            candidates.append((url, width, density))
    return candidates


def _descriptor_end(value: str, start: int) -> int:
    comma = value.find(",", start)
    if comma == -1:
        return len(value)
    if "(" not in value[start:comma]:
        return comma
    depth = 0
    for position in range(start, len(value)):
        char = value[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            return position
    return len(value)


def largest_srcset_candidate(value: str) -> str | None:
    candidates = parse_srcset(value)
    if not candidates:
        return None
    if any(width is not None for _, width, _ in candidates):
        return max(candidates, key=lambda c: c[1] or 0)[0]
    return max(candidates, key=lambda c: c[2] if c[2] is not None else 1.0)[0]


def _without_comments(css: str) -> str:
    # A loop rather than a regex: "/*" repeated without a "*/" makes a lazy regex quadratic.
    parts, position = [], 0
    while (start := css.find("/*", position)) != -1:
        parts.append(css[position:start])
        end = css.find("*/", start + 2)
        if end == -1:
            return "".join(parts)
        position = end + 2
    parts.append(css[position:])
    return "".join(parts)


def css_image_urls(css: str) -> list[str]:
    urls = []
    for prop, value in _CSS_DECLARATION.findall(_without_comments(css)):
        if prop.lower() in _CSS_IMAGE_PROPERTIES:
            urls.extend(
                next(g for g in groups if g) for groups in _CSS_URL.findall(value) if any(groups)
            )
            if "image-set(" in value.lower():
                # image-set("a.jpg" 1x, "a-2x.jpg" 2x) may name images by bare strings.
                urls.extend(a or b for a, b in _CSS_STRING.findall(value))
    return urls


def json_ld_image_urls(text: str) -> list[str]:
    if len(text) > _JSON_LD_MAX_CHARS:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # "[[[[…" nested past the interpreter's limit
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


class TolerantParser(HTMLParser):
    """html.parser that reads a broken ``<!`` construct as the HTML standard does.

    On Python 3.11 a malformed marked section or declaration (``<![x``, ``<!DOCTYPE x[``)
    raises AssertionError mid-document; the standard makes it a bogus comment up to ``>``.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)

    def parse_html_declaration(self, i):
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return -1 if end == -1 else end + 1


def read_to_end(parser: HTMLParser, text: str) -> None:
    """Feed a whole document, then end it the way the HTML standard does.

    What ``feed`` leaves unparsed is a construct still open at the end of the document: a
    tag, comment or declaration that never closes, which a browser drops, or the text of a
    ``<script>``/``<style>`` that never closes, which a browser keeps. ``close()`` would
    instead re-scan that remainder from every later ``<``, which takes quadratic time on
    Python 3.11 (a 1 MB page of unclosed tags held a worker for minutes).
    """
    parser.feed(text)
    if parser.rawdata and parser.cdata_elem is not None:
        parser.handle_data(parser.rawdata)
    parser.rawdata = ""


class _ImageCollector(TolerantParser):
    """Collects raw image URLs in document order; ``extract_images`` resolves them."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self.base: str | None = None
        self._picture_depth = 0
        self._text_of: str | None = None  # "style" or "ld+json" while inside one
        self._text: list[str] = []

    def read(self, text: str) -> None:
        read_to_end(self, text)
        if self._text_of is not None:  # a <style> or JSON-LD <script> left open
            self.handle_endtag("script" if self._text_of == "ld+json" else "style")

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
                    and name not in _LAZY_URL_SET
                    and name not in _LAZY_SRCSET_SET
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
        for name, value in attributes.items():
            if not value:
                continue
            if name in _LAZY_URL_SET:
                add(value)
            elif name in _LAZY_SRCSET_SET:
                self._add_srcset(value)
            elif name == "style" and ("url(" in value.lower() or "image-set(" in value.lower()):
                self.found.extend(css_image_urls(value))

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
    # As browsers do: leading and trailing C0 controls and spaces go.
    raw = raw.strip(C0_AND_SPACE)
    if "\t" in raw or "\n" in raw or "\r" in raw:
        raw = raw.replace("\t", "").replace("\n", "").replace("\r", "")
    if not raw:
        return None
    if raw[:5].lower() == "data:":
        media_type = data_url_media_type(raw)
        # SVG is drawn, not photographed: nothing to fingerprint.
        if media_type and media_type.startswith("image/") and media_type != "image/svg+xml":
            return raw if MIN_DATA_URL_CHARS <= len(raw) <= MAX_DATA_URL_CHARS else None
        return None
    if len(raw) > MAX_URL_LENGTH:
        return None
    if _PLAIN_ABSOLUTE.match(raw):
        # Already absolute and free of dot segments and backslashes: urljoin would return it
        # unchanged, slowly; a gallery page has thousands of these.
        url = raw.partition("#")[0]
        return url if "\\" not in url else resolve_slowly(url, base)
    return resolve_slowly(raw, base)


def resolve_slowly(raw: str, base: str) -> str | None:
    try:
        url = urljoin(base, raw).partition("#")[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return parts.scheme + url[len(parts.scheme) :]


def extract_images(html: bytes | str, base_url: str, *, limit: int) -> tuple[list[str], int]:
    """(image URLs in page order, deduplicated, at most ``limit``; how many more were found)."""
    collector = _ImageCollector()
    collector.read(decode_html(html))
    base = base_url
    if collector.base:
        declared = resolve_image_url(collector.base, base_url)
        if declared and not declared.startswith("data:"):
            base = declared
    seen: dict[str, None] = {}
    for raw in dict.fromkeys(collector.found):
        url = resolve_image_url(raw, base)
        if url is not None:
            seen.setdefault(url)
    urls = list(seen)
    limit = max(limit, 0)
    return urls[:limit], max(len(urls) - limit, 0)


class _TitleReader(TolerantParser):
    def __init__(self):
        super().__init__()
        self.inside = False
        self.done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "title" and not self.done:
            self.inside = True

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
    read_to_end(reader, text)
    title = " ".join("".join(reader.parts).split())
    return title[:max_chars] or None

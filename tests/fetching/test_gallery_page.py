"""A page that uses every way of showing an image, fetched and read end to end."""

import base64
import hashlib
import json

from takedown.fetching import decode_data_url, extract_images
from tests.fetching.conftest import make_fetcher

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 300
PNG = b"\x89PNG\r\n\x1a\n" + b"\x02" * 300
INLINE = "data:image/png;base64," + base64.b64encode(PNG).decode()

PAGE = """<!DOCTYPE html>
<html><head>
<title>Gallery &ndash; page 1</title>
<base href="/media/">
<meta property="og:image" content="/media/og.jpg">
<meta name="twitter:image" content="twitter.jpg">
<link rel="image_src" href="share.jpg">
<style>.hero { background-image: url("hero.jpg") }</style>
<script type="application/ld+json">LD</script>
</head><body>
<div class="hero"></div>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="lazy.jpg" class="lazyload">
<picture><source srcset="p-800.webp 800w, p-1600.webp 1600w"><img src="p.jpg"></picture>
<img src="thumb.jpg" srcset="thumb.jpg 1x, thumb@2x.jpg 2x">
<a href="/originals/full.jpeg"><img src="small.jpg"></a>
<div style="background:url(//HOST/media/bg.png)"></div>
<video poster="poster.jpg"></video>
<img src="INLINE">
<img src="lazy.jpg">
</body></html>"""

EXPECTED = [
    "og.jpg",
    "twitter.jpg",
    "share.jpg",
    "hero.jpg",
    "ld.jpg",
    "lazy.jpg",
    "p-1600.webp",
    "p.jpg",
    "thumb.jpg",
    "thumb@2x.jpg",
    "/originals/full.jpeg",
    "small.jpg",
    "bg.png",
    "poster.jpg",
]


def test_a_gallery_page_end_to_end(server):
    host = f"127.0.0.1:{server.port}"
    ld = json.dumps({"@type": "ImageObject", "contentUrl": "ld.jpg"})
    page = PAGE.replace("LD", ld).replace("HOST", host).replace("INLINE", INLINE).encode()
    server.routes["/gallery"] = lambda h: h.respond(200, page, "text/html; charset=utf-8")
    for name in EXPECTED:
        path = name if name.startswith("/") else f"/media/{name}"
        body = PNG if name.endswith(".png") else JPEG
        server.routes[path] = lambda h, body=body: h.respond(200, body, "image/jpeg")

    fetcher = make_fetcher(server)
    result = fetcher.fetch(server.url("/gallery"), expect="any")
    assert result.kind == "html"
    assert result.title == "Gallery \u2013 page 1"

    urls, skipped = extract_images(result.content, result.final_url, limit=100)
    assert skipped == 0
    web = [url for url in urls if not url.startswith("data:")]
    assert web == [
        server.url(name if name.startswith("/") else f"/media/{name}") for name in EXPECTED
    ]
    assert [url for url in urls if url.startswith("data:")] == [INLINE]
    assert decode_data_url(INLINE, max_bytes=10_000) == PNG

    fetched = [fetcher.fetch(url, expect="image") for url in web]
    assert all(image.kind == "image" for image in fetched)
    assert {image.sha256 for image in fetched} == {
        hashlib.sha256(JPEG).hexdigest(),
        hashlib.sha256(PNG).hexdigest(),
    }
    assert len(server.requests) == 1 + len(EXPECTED)

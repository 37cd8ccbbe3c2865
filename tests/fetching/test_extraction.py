import base64
import json
import time

import pytest

from takedown.fetching import FetchError, decode_data_url, extract_images, page_title
from takedown.fetching.extraction import largest_srcset_candidate, parse_srcset

BASE = "https://site.example/gallery/page.html"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 400
PNG_URL = "data:image/png;base64," + base64.b64encode(PNG).decode()


def images(html, base=BASE, limit=100):
    urls, skipped = extract_images(html, base, limit=limit)
    assert skipped == 0
    return urls


def test_img_src_relative_absolute_and_protocol_relative():
    html = '<img src="a.jpg"><img src="/b.png"><img src="//cdn.example/c.webp"><img src="https://x.example/d">'
    assert images(html) == [
        "https://site.example/gallery/a.jpg",
        "https://site.example/b.png",
        "https://cdn.example/c.webp",
        "https://x.example/d",
    ]


def test_img_srcset_takes_the_widest_candidate():
    html = '<img src="s.jpg" srcset="s.jpg 320w, l.jpg 1600w, m.jpg 800w">'
    assert images(html) == [
        "https://site.example/gallery/s.jpg",
        "https://site.example/gallery/l.jpg",
    ]


def test_srcset_with_densities_takes_the_highest():
    assert largest_srcset_candidate("a.jpg, b.jpg 2x, c.jpg 1.5x") == "b.jpg"


def test_srcset_urls_may_contain_commas():
    candidates = parse_srcset("img.jpg?a=1,2 100w, other,x.jpg 200w")
    assert [c[0] for c in candidates] == ["img.jpg?a=1,2", "other,x.jpg"]
    assert largest_srcset_candidate("https://c.example/i/w_300,h_200/p.jpg 300w") == (
        "https://c.example/i/w_300,h_200/p.jpg"
    )


def test_picture_sources():
    html = """<picture>
      <source type="image/avif" srcset="p.avif 1x, p@2x.avif 2x">
      <source media="(min-width: 800px)" srcset="wide.webp">
      <img src="p.jpg"></picture>
      <video><source src="clip.mp4"></video>"""
    assert images(html) == [
        "https://site.example/gallery/p@2x.avif",
        "https://site.example/gallery/wide.webp",
        "https://site.example/gallery/p.jpg",
    ]


@pytest.mark.parametrize(
    "attribute",
    [
        "data-src",
        "data-original",
        "data-lazy-src",
        "data-lazy",
        "data-full",
        "data-large_image",
        "data-orig-file",
        "data-hi-res-src",
        "data-zoom-image",
        "data-bg",
    ],
)
def test_lazy_loading_attributes(attribute):
    html = f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" {attribute}="real.jpg">'
    assert "https://site.example/gallery/real.jpg" in images(html)


@pytest.mark.parametrize("attribute", ["data-srcset", "data-lazy-srcset"])
def test_lazy_srcset_attributes(attribute):
    html = f'<img {attribute}="small.jpg 300w, big.jpg 1200w">'
    assert images(html) == ["https://site.example/gallery/big.jpg"]


def test_unlisted_data_attribute_on_img_counts_when_it_names_an_image_file():
    html = '<img data-photo-url="/p/123.JPG?v=2" data-id="123" data-caption="hello.jpg is nice">'
    assert images(html) == ["https://site.example/p/123.JPG?v=2"]


def test_open_graph_and_twitter_cards():
    html = """<head>
      <meta property="og:image" content="https://site.example/og.jpg">
      <meta property="og:image:secure_url" content="https://site.example/og-secure.jpg">
      <meta name="twitter:image" content="/tw.jpg">
      <meta name="twitter:image:src" content="/tw-src.jpg">
      <meta property="og:title" content="not an image">
    </head>"""
    assert images(html) == [
        "https://site.example/og.jpg",
        "https://site.example/og-secure.jpg",
        "https://site.example/tw.jpg",
        "https://site.example/tw-src.jpg",
    ]


def test_link_image_src_and_preload():
    html = """<link rel="image_src" href="/share.jpg">
      <link rel="preload" as="image" href="/hero.jpg">
      <link rel="stylesheet" href="/site.css">"""
    assert images(html) == ["https://site.example/share.jpg", "https://site.example/hero.jpg"]


def test_video_poster():
    assert images('<video poster="poster.jpg" src="v.mp4"></video>') == [
        "https://site.example/gallery/poster.jpg"
    ]


def test_inline_style_background_image():
    html = """<div style="background-image: url('bg1.jpg')"></div>
      <div style='background:#000 url(bg2.png) no-repeat'></div>
      <div style="background-image:url(&quot;bg3.webp&quot;)"></div>"""
    assert images(html) == [
        "https://site.example/gallery/bg1.jpg",
        "https://site.example/gallery/bg2.png",
        "https://site.example/gallery/bg3.webp",
    ]


def test_css_image_set_with_bare_strings():
    html = """<div style='background-image: image-set("a.jpg" 1x, "a-2x.jpg" 2x)'></div>"""
    assert images(html) == [
        "https://site.example/gallery/a.jpg",
        "https://site.example/gallery/a-2x.jpg",
    ]


def test_style_element_backgrounds_but_not_fonts_or_imports():
    html = """<style>
      @import url("theme.css");
      @font-face { font-family: X; src: url(font.woff2) format("woff2"); }
      /* .old { background: url(commented.jpg) } */
      .hero { background-image: url("/img/hero.jpg"); }
      .card::before { content: url(card.png); }
    </style>"""
    assert images(html) == [
        "https://site.example/img/hero.jpg",
        "https://site.example/gallery/card.png",
    ]


def test_links_to_image_files():
    html = """<a href="full/1.jpeg">1</a><a href="/photo.PNG?size=large#top">2</a>
      <a href="/about.html">about</a><a href="/file.jpg.html">not an image</a>"""
    assert images(html) == [
        "https://site.example/gallery/full/1.jpeg",
        "https://site.example/photo.PNG?size=large",
    ]


def test_json_ld_image_as_string_list_and_image_object():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "image": "/ld/string.jpg"},
            {"@type": "Product", "image": ["/ld/list1.jpg", "/ld/list2.jpg"]},
            {
                "@type": "ImageGallery",
                "associatedMedia": [{"@type": "ImageObject", "contentUrl": "/ld/object.jpg"}],
            },
            {"@type": "Person", "image": {"@type": "ImageObject", "url": "/ld/nested.jpg"}},
        ],
    }
    html = (
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
        '<script>var x = "/not-json-ld.jpg"</script>'
    )
    assert images(html) == [
        "https://site.example/ld/string.jpg",
        "https://site.example/ld/list1.jpg",
        "https://site.example/ld/list2.jpg",
        "https://site.example/ld/object.jpg",
        "https://site.example/ld/nested.jpg",
    ]


def test_json_ld_nested_past_the_recursion_limit_is_ignored():
    html = '<script type="application/ld+json">' + "[" * 100_000 + '</script><img src="ok.jpg">'
    assert images(html) == ["https://site.example/gallery/ok.jpg"]


def test_a_charset_that_is_not_a_text_encoding_falls_back_to_utf8():
    assert images(b'<meta charset="rot13"><img src="/a.jpg">') == ["https://site.example/a.jpg"]


def test_broken_json_ld_is_ignored():
    html = '<script type="application/ld+json">{"image": </script><img src="ok.jpg">'
    assert images(html) == ["https://site.example/gallery/ok.jpg"]


def test_data_urls_are_kept_and_decodable():
    html = f'<img src="{PNG_URL}"><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">'
    urls = images(html)
    assert urls == [PNG_URL]
    assert decode_data_url(urls[0], max_bytes=1000) == PNG


def test_tiny_data_url_placeholders_are_left_out():
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    html = f'<img src="{gif}" data-src="/real.jpg">'
    assert images(html) == ["https://site.example/real.jpg"]


def test_decode_data_url_percent_encoded_and_capped():
    assert decode_data_url("data:image/png,%89PNG", max_bytes=10) == b"\x89PNG"
    with pytest.raises(FetchError) as caught:
        decode_data_url(PNG_URL, max_bytes=10)
    assert caught.value.reason == "too_large"
    with pytest.raises(FetchError):
        decode_data_url("data:image/png;base64,!!!not base64!!!", max_bytes=1000)
    with pytest.raises(FetchError):
        decode_data_url("https://site.example/a.png", max_bytes=1000)


def test_base_href_applies_to_every_url():
    html = '<img src="a.jpg"><base href="https://cdn.example/assets/"><img src="b.jpg">'
    assert images(html) == ["https://cdn.example/assets/a.jpg", "https://cdn.example/assets/b.jpg"]


def test_relative_base_href_and_only_the_first_counts():
    html = '<base href="/static/"><base href="https://ignored.example/"><img src="a.jpg">'
    assert images(html) == ["https://site.example/static/a.jpg"]


def test_duplicates_are_dropped_in_page_order():
    html = '<meta property="og:image" content="/x.jpg"><img src="/y.jpg"><img src="/x.jpg#z">'
    assert images(html) == ["https://site.example/x.jpg", "https://site.example/y.jpg"]


def test_limit_keeps_the_first_and_counts_the_rest():
    html = "".join(f'<img src="/{n}.jpg">' for n in range(30))
    urls, skipped = extract_images(html, BASE, limit=10)
    assert urls == [f"https://site.example/{n}.jpg" for n in range(10)]
    assert skipped == 20


def test_non_web_urls_are_ignored():
    html = """<img src="javascript:alert(1)"><img src="blob:https://x/1"><img src="  ">
      <img src="ftp://x.example/a.jpg"><img src="mailto:a@b.example">"""
    assert images(html) == []


def test_entities_and_whitespace_in_urls():
    html = '<img src="  /a.jpg?x=1&amp;y=2\n">'
    assert images(html) == ["https://site.example/a.jpg?x=1&y=2"]


def test_svg_image_input_image_and_legacy_background():
    html = """<svg><image href="/svg.jpg"/><image xlink:href="/xlink.jpg"/></svg>
      <input type="image" src="/button.png"><table background="/table.gif"></table>"""
    assert images(html) == [
        "https://site.example/svg.jpg",
        "https://site.example/xlink.jpg",
        "https://site.example/button.png",
        "https://site.example/table.gif",
    ]


def test_noscript_fallbacks_are_read():
    html = '<img class="lazy"><noscript><img src="/real.jpg"></noscript>'
    assert images(html) == ["https://site.example/real.jpg"]


def test_bytes_in_a_declared_charset():
    html = '<meta charset="iso-8859-1"><img src="/caf\xe9.jpg">'.encode("latin-1")
    assert images(html) == ["https://site.example/caf\u00e9.jpg"]


def test_malformed_html_is_read_as_a_browser_reads_it():
    # The second "<img" is an attribute name of the first tag, whose src already won.
    html = "<div><p><img src=\"/a.jpg\"<img src=/b.jpg></div></p><img src='/c.jpg' / >"
    assert images(html) == ["https://site.example/a.jpg", "https://site.example/c.jpg"]


def test_page_title():
    assert page_title(b"<html><head><title>\n  My &amp; page </title>") == "My & page"
    assert page_title(b"<html><body>no title</body>") is None


HOSTILE_MARKUP = {
    "unclosed tags": "<img src=a " * 100_000,
    "unclosed comment": "<!--" + "a" * 1_000_000,
    "unclosed declarations": "<!" * 500_000,
    "unclosed end tags": "</a" * 300_000,
    "unclosed script": "<script>" + "<a" * 500_000,
    "letters in a style element": "<style>" + "a" * 1_000_000 + "</style>",
    "unclosed CSS comments": "<style>" + "/*" * 500_000 + "</style>",
    "unclosed quote": '<img src="' + "x" * 1_000_000,
    "srcset parentheses": '<img srcset="' + "a.jpg (" * 100_000 + '">',
    "long URL": '<img src="http://x.example/' + "a/" * 500_000 + '../b">',
    "deep nesting": "<div>" * 100_000 + '<img src="/deep.jpg">',
}


@pytest.mark.parametrize("name", HOSTILE_MARKUP)
def test_hostile_markup_is_read_in_linear_time(name):
    started = time.process_time()
    extract_images(HOSTILE_MARKUP[name], BASE, limit=10)
    assert time.process_time() - started < 2.0


def test_an_unclosed_tag_at_the_end_is_dropped_as_a_browser_drops_it():
    assert images('<img src="/a.jpg"><img src="/b.jpg" alt="never closed') == [
        "https://site.example/a.jpg"
    ]


def test_an_unclosed_style_element_is_still_read():
    assert images("<style>.x { background: url(/bg.jpg) }") == ["https://site.example/bg.jpg"]

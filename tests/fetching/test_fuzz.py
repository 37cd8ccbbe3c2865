"""Random input never escapes as anything but a FetchError, and never reaches the network."""

import random
import string

import pytest

from takedown.fetching import FetchError, extract_images
from takedown.fetching.urls import check_url

PIECES = [
    "http://",
    "https://",
    "HTTP://",
    "//",
    "\\\\",
    "@",
    ":",
    "[",
    "]",
    "::1",
    "::ffff:",
    "127.0.0.1",
    "0x7f",
    "0177",
    "2130706433",
    "%2e",
    "%00",
    "#",
    "?",
    "/",
    ".",
    "..",
    "xn--",
    "例え",
    "\uff11\uff12\uff17",
    "\t",
    "\n",
    " ",
    "user:pw@",
    ":80",
    ":65536",
    ":-1",
    "%",
    "&",
]


def random_url(rng):
    return "".join(
        rng.choice(PIECES) if rng.random() < 0.6 else rng.choice(string.printable)
        for _ in range(rng.randint(1, 12))
    )


def test_check_url_only_ever_raises_fetch_error():
    rng = random.Random(20261130)
    for _ in range(20_000):
        url = random_url(rng)
        try:
            checked = check_url(url, ports=(80, 443), allow=frozenset())
        except FetchError as error:
            assert error.reason in {"bad_url", "bad_scheme", "bad_port", "credentials"}
            continue
        assert checked.url.startswith(("http://", "https://"))
        assert checked.port in (80, 443)
        # The canonical form is stable: checking it again gives the same answer.
        assert check_url(checked.url, ports=(80, 443), allow=frozenset()) == checked


TAGS = [
    "<img src=",
    "<img srcset=",
    '<source srcset="',
    "<a href=",
    "<meta property=og:image content=",
    "<style>",
    "</style>",
    '<script type="application/ld+json">',
    "</script>",
    "<base href=",
    "<!--",
    "-->",
    "<![CDATA[",
    "<!",
    "<?",
    "</",
    ">",
    '"',
    "'",
    "url(",
    ")",
    ",",
    " 2x",
    " 100w",
    "data:image/png;base64,",
    "&amp;",
    "&#",
    "{",
    "}",
    "[",
    "]",
    "\x00",
    "<picture>",
]


@pytest.mark.parametrize("seed", range(5))
def test_extract_images_never_raises_on_random_markup(seed):
    rng = random.Random(seed)
    for _ in range(300):
        html = "".join(
            rng.choice(TAGS) if rng.random() < 0.5 else random_url(rng)
            for _ in range(rng.randint(1, 60))
        )
        urls, skipped = extract_images(html, "https://site.example/p/", limit=5)
        assert len(urls) <= 5 and skipped >= 0
        assert all(url.startswith(("http://", "https://", "data:")) for url in urls)

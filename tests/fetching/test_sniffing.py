import pytest

from takedown.fetching.sniffing import image_format, sniff


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"GIF89a\x01\x00", "gif"),
        (b"GIF87a\x01\x00", "gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "heif"),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf", "avif"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1", "avif"),
        (b"BM" + b"\x00" * 40, "bmp"),
        (b"II*\x00\x08\x00", "tiff"),
        (b"MM\x00*\x00\x00", "tiff"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42", None),
        (b"<html>", None),
    ],
)
def test_image_formats_from_magic_bytes(head, expected):
    assert image_format(head) == expected


@pytest.mark.parametrize(
    "page",
    [
        b"<!DOCTYPE html><html>",
        b"\xef\xbb\xbf  \n<!doctype HTML>",
        b"<html lang=en>",
        b"<!-- generated --><html>",
        b"<head><title>x</title>",
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">',
    ],
)
def test_html_is_recognised(page):
    assert sniff(page) == "html"


def test_text_declared_as_html_is_a_page_but_binary_is_not():
    assert sniff(b"Hello, this page starts with text", "text/html") == "html"
    assert sniff(b"Hello, this page starts with text", "text/plain") == "other"
    assert sniff(b"\x00\x01\x02binary", "text/html") == "other"


def test_content_type_never_turns_bytes_into_an_image():
    assert sniff(b"<html><body>", "image/jpeg") == "html"
    assert sniff(b"\xff\xd8\xff\xdb", "text/html") == "image"

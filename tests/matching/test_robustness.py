"""The re-uploads of issue 3, made in the test from real photos: each must match its own
reported image and no other (benchmarks/robustness.py measures the same at scale)."""

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from takedown.hashing import fingerprint_candidate, fingerprint_reported
from takedown.matching import Matcher
from tests.hashing.images import encode, photo

REPORTED = ("chelsea", "coffee", "astronaut", "rocket")


def crop(image, left, top, right, bottom):
    w, h = image.size
    return image.crop((int(w * left), int(h * top), int(w * (1 - right)), int(h * (1 - bottom))))


def aspect(image, ratio):
    w, h = image.size
    if w / h > ratio:
        width = int(h * ratio)
        return image.crop(((w - width) // 2, 0, (w - width) // 2 + width, h))
    height = int(w / ratio)
    return image.crop((0, (h - height) // 2, w, (h - height) // 2 + height))


def blurred_padding(image, ratio=9 / 16):
    w, h = image.size
    canvas = image.resize((w, int(w / ratio))).filter(ImageFilter.GaussianBlur(20))
    canvas.paste(image, (0, (canvas.height - h) // 2))
    return canvas


def caption(image):
    w, h = image.size
    canvas = Image.new("RGB", (w, int(h * 1.25)), "white")
    canvas.paste(image, (0, int(h * 0.25)))
    ImageDraw.Draw(canvas).text((10, 10), "look who it is " * 3, fill="black")
    return canvas


def screenshot(image):
    canvas = Image.new("RGB", (720, 1560), (245, 245, 245))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, 720, 60), fill="black")
    for line in range(6):
        draw.text((30, 90 + line * 20), "someone posted this · 2 h", fill=(40, 40, 40))
    shown = image.resize((720, int(image.height * 720 / image.width)))
    canvas.paste(shown, (0, 240))
    for line in range(10):
        draw.text((30, 260 + shown.height + line * 24), "comment " * 8, fill=(40, 40, 40))
    return canvas


def collage(image, others):
    canvas = Image.new("RGB", (1000, 1000), "white")
    for index, tile in enumerate([*others[:1], image, *others[1:3]]):
        canvas.paste(aspect(tile, 1.0).resize((495, 495)), ((index % 2) * 505, (index // 2) * 505))
    return canvas


def tilt(image, degrees):
    return crop(image.rotate(degrees, resample=Image.Resampling.BICUBIC), 0.07, 0.07, 0.07, 0.07)


# Tiles of the collages come from photos that are not reported.
OTHERS = [photo("camera"), photo("motorcycle_left"), photo("hubble_deep_field")]

TRANSFORMS = {
    "crop 20% left and top": lambda im: crop(im, 0.2, 0.2, 0.0, 0.0),
    "crop of every side": lambda im: crop(im, 0.12, 0.05, 0.2, 0.15),
    "square": lambda im: aspect(im, 1.0),
    "9:16": lambda im: aspect(im, 9 / 16),
    "mirror and crop": lambda im: ImageOps.mirror(crop(im, 0.05, 0.05, 0.05, 0.05)),
    "quarter turn": lambda im: im.rotate(90, expand=True),
    "tilt 4 degrees": lambda im: tilt(im, 4),
    "blurred padding": blurred_padding,
    "caption": caption,
    "screenshot": screenshot,
    "collage": lambda im: collage(im, [o for o in OTHERS if o.size != im.size]),
    "thumbnail": lambda im: im.resize((im.width // 3, im.height // 3)),
}


@pytest.fixture(scope="module")
def matcher():
    return Matcher((name, fingerprint_reported(encode(photo(name), "PNG"))) for name in REPORTED)


@pytest.mark.parametrize("transform", TRANSFORMS)
@pytest.mark.parametrize("name", REPORTED[:3])
def test_re_upload_matches_its_reported_image_and_no_other(matcher, transform, name):
    candidate = fingerprint_candidate(encode(TRANSFORMS[transform](photo(name)), quality=80))
    assert [result.reported_id for result in matcher.match(candidate)] == [name]


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_re_upload_of_an_unreported_photo_matches_nothing(matcher, transform):
    candidate = fingerprint_candidate(encode(TRANSFORMS[transform](photo("camera")), quality=80))
    assert matcher.match(candidate) == []

"""The robustness corpus: real photographs shipped in Debian and PyPI packages, and the
re-uploads a site makes of them (crops, flips, padding, overlays, screenshots, collages).

Every image is made in memory from a seed, so two runs see the same bytes. Nothing is
written to disk. Photographs only, never people's intimate images: wallpapers of
landscapes, plants and objects (Debian) and scikit-image's sample photographs.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import skimage.data
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

SEED = 20261130
# Candidates are made from the photo at a size sites serve; the reported image is the
# original file, as the person has it.
MASTER_SIDE = 1600
DISTRACTOR_SIDE = 1024

_SKIMAGE = Path(skimage.data.__file__).parent
_BACKGROUNDS = Path("/usr/share/backgrounds")
_MATE = _BACKGROUNDS / "mate"
_PLASMA = Path("/usr/share/wallpapers")
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# Debian packages that ship the photographs (also in .ci/apt-packages.txt).
PACKAGES = (
    "mate-backgrounds",
    "plasma-workspace-wallpapers",
    "lomiri-wallpapers-16.04",
    "lomiri-wallpapers-20.04",
    "ukui-wallpapers",
    "fonts-dejavu-core",
)


def _plasma(name: str) -> Path:
    images = _PLASMA / name / "contents/images"
    for size in ("2560x1600", "3200x2000", "5120x2880", "3840x2160"):
        for suffix in (".jpg", ".png"):
            if (images / f"{size}{suffix}").is_file():
                return images / f"{size}{suffix}"
    return images / "2560x1600.jpg"


def _lomiri(name: str) -> Path:
    return _BACKGROUNDS / f"{name}.jpg"


# The photographs that are reported (each one a different scene). scikit-image's
# motorcycle_right is left out: it is the same scene as motorcycle_left.
SOURCES: dict[str, Path] = {
    **{
        f"mate-{name}": _MATE / "nature" / f"{name}.jpg"
        for name in [
            "Aqua",
            "Blinds",
            "Dune",
            "FreshFlower",
            "Garden",
            "GreenMeadow",
            "LadyBird",
            "RainDrops",
            "Storm",
            "TwoWings",
            "Wood",
            "YellowFlower",
        ]
    },
    **{
        f"plasma-{name}": _plasma(name)
        for name in [
            "ColorfulCups",
            "Kite",
            "Path",
            "OneStandsOut",
            "Grey",
            "EveningGlow",
            "ColdRipple",
            "FallenLeaf",
            "summer_1am",
            "BytheWater",
        ]
    },
    **{
        f"lomiri-{name.split('_by_')[0]}": _lomiri(name)
        for name in (
            "Bridge_by_Sander_Klootwijk",
            "Dragonfly_by_Bolly",
            "Picture_0B_by_freespace",
            "Picture_1A_by_freespace",
            "Wine_by_Jakkub_Mede",
            "aitzgorri_by_Aitzol_Berasategi",
            "free_by_Peter_Nerlich",
            "friends_by_Aitzol_Berasategi",
            "greentock_by_Peter_Nerlich",
            "life_by_Aitzol_Berasategi",
            "picosdeeuropa_by_Aitzol_Berasategi",
            "sunset_by_Aitzol_Berasategi",
        )
    },
    **{
        f"skimage-{Path(name).stem}": _SKIMAGE / name
        for name in (
            "astronaut.png",
            "camera.png",
            "chelsea.png",
            "coffee.png",
            "rocket.jpg",
            "motorcycle_left.png",
            "hubble_deep_field.jpg",
        )
    },
}

# Never reported, never a source: crops of these are the strangers' images that a
# candidate must not be matched to. Photographs first (textures and scenes that look
# like the sources), then rendered wallpapers for variety.
DISTRACTOR_MATERIAL: dict[str, Path] = {
    "lomiri-analogpattern": _lomiri("analogpattern_by_Peter_Nerlich"),
    "lomiri-seeding": _lomiri("seeding_by_Clements_Engelhardt"),
    "lomiri-Kleiber": _lomiri("Kleiber_by_Lukas_Baubkus"),
    "lomiri-Infinite-Sea": _lomiri("Infinite-Sea_by_Aury88"),
    "mate-Elephants": _MATE / "abstract" / "Elephants.jpg",
    **{
        f"skimage-{Path(name).stem}": _SKIMAGE / name
        for name in (
            "brick.png",
            "grass.png",
            "gravel.png",
            "coins.png",
            "moon.png",
            "retina.jpg",
            "text.png",
            "ihc.png",
        )
    },
    **{
        f"plasma-{name}": _plasma(name)
        for name in [
            "Altai",
            "Autumn",
            "Canopee",
            "Cascade",
            "Cluster",
            "DarkestHour",
            "Elarun",
            "Flow",
            "Honeywave",
            "IceCold",
            "Kay",
            "Kokkini",
            "MilkyWay",
            "Opal",
            "PastelHills",
            "Patak",
            "SafeLanding",
            "Shell",
            "Volna",
        ]
    },
    **{
        f"ukui-{Path(name).stem}": _BACKGROUNDS / name
        for name in ("2004default.jpg", "calla.png", "city.png", "desert.png", "goldfish.png")
    },
}

# The other tiles of a collage and the other posts of a screenshot: never reported,
# so a match to them cannot be counted either way.
FILLERS: dict[str, Path] = {
    "skimage-clock_motion": _SKIMAGE / "clock_motion.png",
    "lomiri-umang": _lomiri("umang_by_Abhishek_Mudgal"),
    "lomiri-Fossa": _lomiri("Fossa_by_Jasper_Roks"),
    "lomiri-Painting-Colors": _lomiri("Painting-Colors_by__herobrine7gamer"),
    "ukui-rollpaper": _BACKGROUNDS / "rollpaper.png",
    "ukui-rhythm": _BACKGROUNDS / "rhythm.jpg",
    "ukui-string": _BACKGROUNDS / "string.jpg",
    "ukui-the-mouse": _BACKGROUNDS / "the-mouse.jpg",
    "ukui-fluent-color": _BACKGROUNDS / "fluent-color.png",
    "plasma-FlyingKonqui": _plasma("FlyingKonqui"),
}


def missing() -> list[Path]:
    paths = [*SOURCES.values(), *DISTRACTOR_MATERIAL.values(), *FILLERS.values(), _FONT]
    return [path for path in paths if not path.is_file()]


def rng_for(*keys: int) -> np.random.Generator:
    """An independent stream per image, whichever process makes it."""
    return np.random.default_rng([SEED, *keys])


def _open(path: Path, side: int) -> Image.Image:
    with Image.open(path) as image:
        image.draft("RGB", (side, side))
        rgb = ImageOps.exif_transpose(image).convert("RGB")
    rgb.thumbnail((side, side), Image.Resampling.LANCZOS)
    return rgb


@lru_cache(maxsize=8)
def master(name: str) -> Image.Image:
    """The source photo as a site would hold it (at most MASTER_SIDE a side)."""
    return _open(SOURCES[name], MASTER_SIDE)


@lru_cache(maxsize=len(FILLERS))
def _filler_photo(name: str) -> Image.Image:
    return _open(FILLERS[name], 1024)


@lru_cache(maxsize=4)
def _material(name: str) -> Image.Image:
    return _open(DISTRACTOR_MATERIAL[name], 2048)


def encode(image: Image.Image, fmt: str = "JPEG", quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    if fmt == "PNG":
        image.save(buffer, "PNG", compress_level=1)
    else:
        image.save(buffer, fmt, quality=quality)
    return buffer.getvalue()


def distractor_plan(count: int) -> list[tuple[str, int]]:
    """(material, index) for each distractor, spread evenly over the material and in
    material order, so that a process decodes each material once."""
    names = list(DISTRACTOR_MATERIAL)
    return [(names[i * len(names) // count], i) for i in range(count)]


def distractor(name: str, index: int) -> bytes:
    """A stranger's image: a random crop (30-90% a side) of a distractor, maybe mirrored."""
    rng = rng_for(1, index)
    image = _material(name)
    w, h = image.size
    cw, ch = int(w * rng.uniform(0.3, 0.9)), int(h * rng.uniform(0.3, 0.9))
    x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    crop = image.crop((x, y, x + cw, y + ch))
    if rng.random() < 0.5:
        crop = ImageOps.mirror(crop)
    crop.thumbnail((DISTRACTOR_SIDE, DISTRACTOR_SIDE), Image.Resampling.LANCZOS)
    return encode(crop, "JPEG", 90)


# --- Transform families: (photo, rng) -> bytes as a site would serve them --------------


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_FONT_BOLD if bold else _FONT), max(8, int(size)))


def _resize(image: Image.Image, scale: float) -> Image.Image:
    w, h = image.size
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _fit_width(image: Image.Image, width: int) -> Image.Image:
    return _resize(image, width / image.width)


def reencode(image, rng):
    scale = rng.uniform(0.4, 1.0)
    return encode(_resize(image, scale), "JPEG", int(rng.integers(70, 92)))


def thumbnail(image, rng):
    side = int(rng.choice([96, 128, 160, 200, 240, 320]))
    thumb = image.copy()
    thumb.thumbnail((side, side), Image.Resampling.BICUBIC)
    return encode(thumb, "JPEG", int(rng.integers(60, 85)))


def jpeg_low(image, rng):
    return encode(_resize(image, rng.uniform(0.5, 1.0)), "JPEG", int(rng.integers(8, 25)))


def webp_low(image, rng):
    return encode(_resize(image, rng.uniform(0.5, 1.0)), "WEBP", int(rng.integers(5, 30)))


def crop(image, rng):
    """Each side cut by up to 25%, independently."""
    w, h = image.size
    left, top, right, bottom = rng.uniform(0, 0.25, size=4)
    box = (int(w * left), int(h * top), int(w * (1 - right)), int(h * (1 - bottom)))
    return encode(image.crop(box), "JPEG", 85)


def aspect_crop(image, rng):
    """Square, 9:16 or 4:5, the largest such window at a random position."""
    ratio = float(rng.choice([1.0, 9 / 16, 4 / 5]))
    w, h = image.size
    cw, ch = (w, int(w / ratio)) if w / h < ratio else (int(h * ratio), h)
    cw, ch = min(cw, w), min(ch, h)
    x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    out = image.crop((x, y, x + cw, y + ch))
    return encode(_resize(out, min(1.0, 1080 / out.width)), "JPEG", 85)


def mirror(image, rng):
    return encode(_resize(ImageOps.mirror(image), rng.uniform(0.5, 1.0)), "JPEG", 85)


def rotate90(image, rng):
    turn = [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270]
    return encode(image.transpose(turn[int(rng.integers(0, 3))]), "JPEG", 85)


def tilt(image, rng):
    """3-5 degrees either way: cropped to the inner rectangle, or on a plain background."""
    angle = float(rng.uniform(3, 5) * rng.choice([-1, 1]))
    if rng.random() < 0.5:
        w, h = image.size
        turned = image.rotate(angle, Image.Resampling.BICUBIC, expand=False)
        # Largest axis-aligned box free of the corners for small angles.
        t = abs(np.tan(np.radians(angle)))
        dx, dy = int(h * t / 2 + 2), int(w * t / 2 + 2)
        return encode(turned.crop((dx, dy, w - dx, h - dy)), "JPEG", 85)
    fill = tuple(int(v) for v in rng.choice([0, 255], size=1).repeat(3))
    turned = image.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    return encode(turned, "JPEG", 85)


def _canvas_size(image: Image.Image, rng) -> tuple[int, int]:
    """A frame of another shape than the photo: 9:16, 1:1 or 16:9."""
    w, h = image.size
    for ratio in rng.permutation([9 / 16, 1.0, 16 / 9]):
        if abs(w / h - ratio) > 0.15:
            break
    long_side = 1080
    return (int(long_side * ratio), long_side) if ratio < 1 else (long_side, int(long_side / ratio))


def _fit_inside(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    scale = min(size[0] / image.width, size[1] / image.height)
    return _resize(image, scale)


def letterbox(image, rng):
    size = _canvas_size(image, rng)
    canvas = Image.new("RGB", size, (0, 0, 0))
    inner = _fit_inside(image, size)
    canvas.paste(inner, ((size[0] - inner.width) // 2, (size[1] - inner.height) // 2))
    return encode(canvas, "JPEG", 85)


def blur_pad(image, rng):
    """The photo over a blurred, enlarged copy of itself (story and reel format)."""
    size = _canvas_size(image, rng)
    scale = max(size[0] / image.width, size[1] / image.height)
    back = _resize(image, scale)
    left, top = (back.width - size[0]) // 2, (back.height - size[1]) // 2
    back = back.crop((left, top, left + size[0], top + size[1]))
    back = back.filter(ImageFilter.GaussianBlur(float(rng.uniform(15, 40))))
    back = ImageEnhance.Brightness(back).enhance(float(rng.uniform(0.6, 1.0)))
    inner = _fit_inside(image, size)
    back.paste(inner, ((size[0] - inner.width) // 2, (size[1] - inner.height) // 2))
    return encode(back, "JPEG", 85)


_HANDLES = ["@leaks_daily", "hotpics.example", "@anon_uploads", "sharezone.net", "© tubeclips"]
_CAPTIONS = [
    "you won't believe this",
    "found this one lol",
    "NEW!! full set in bio",
    "who is she? tag her",
    "repost if you agree",
]


def watermark(image, rng):
    """A translucent site handle: in a corner, or tiled diagonally across the photo."""
    out = image.convert("RGBA")
    w, h = out.size
    layer = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    text = str(rng.choice(_HANDLES))
    alpha = int(rng.integers(90, 180))
    if rng.random() < 0.5:
        font = _font(h * rng.uniform(0.04, 0.08), bold=True)
        box = draw.textbbox((0, 0), text, font=font)
        x = int(rng.choice([0.03 * w, w - box[2] - 0.03 * w]))
        y = int(rng.choice([0.03 * h, h - box[3] - 0.05 * h]))
        draw.text((x, y), text, font=font, fill=(255, 255, 255, alpha))
    else:
        font = _font(h * rng.uniform(0.05, 0.08), bold=True)
        step = int(h * 0.22)
        for row, y in enumerate(range(0, h, step)):
            draw.text(
                ((row % 2) * w // 4, y), f"{text}   " * 3, font=font, fill=(255, 255, 255, alpha)
            )
        layer = layer.rotate(float(rng.uniform(-30, 30)), Image.Resampling.BICUBIC)
    return encode(Image.alpha_composite(out, layer).convert("RGB"), "JPEG", 85)


def caption(image, rng):
    """A meme-style caption: a bar added above or below, or a band over the bottom."""
    w, h = image.size
    text = str(rng.choice(_CAPTIONS))
    font = _font(w * rng.uniform(0.045, 0.07), bold=True)
    if rng.random() < 0.6:
        bar = int(h * rng.uniform(0.12, 0.25))
        background = (255, 255, 255) if rng.random() < 0.6 else (0, 0, 0)
        canvas = Image.new("RGB", (w, h + bar), background)
        top = rng.random() < 0.6
        canvas.paste(image, (0, bar if top else 0))
        ink = (0, 0, 0) if background == (255, 255, 255) else (255, 255, 255)
        ImageDraw.Draw(canvas).text(
            (w * 0.05, (bar * 0.3) if top else h + bar * 0.3), text, font=font, fill=ink
        )
        return encode(canvas, "JPEG", 85)
    out = image.convert("RGBA")
    band = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(band)
    draw.rectangle((0, int(h * 0.8), w, int(h * 0.95)), fill=(0, 0, 0, 150))
    draw.text((w * 0.05, h * 0.83), text, font=font, fill=(255, 255, 255, 255))
    return encode(Image.alpha_composite(out, band).convert("RGB"), "JPEG", 85)


def colour(image, rng):
    """Brightness, contrast, saturation and a warm or cool cast, like a filter."""
    out = ImageEnhance.Brightness(image).enhance(float(rng.uniform(0.7, 1.3)))
    out = ImageEnhance.Contrast(out).enhance(float(rng.uniform(0.7, 1.3)))
    out = ImageEnhance.Color(out).enhance(float(rng.uniform(0.4, 1.6)))
    cast = np.asarray(out, dtype=np.float32) * rng.uniform(0.88, 1.12, size=3)
    return encode(Image.fromarray(np.clip(cast, 0, 255).astype(np.uint8)), "JPEG", 85)


def grayscale(image, rng):
    return encode(ImageOps.grayscale(_resize(image, rng.uniform(0.5, 1.0))), "JPEG", 85)


def blur(image, rng):
    radius = float(rng.uniform(0.004, 0.012) * max(image.size))
    return encode(image.filter(ImageFilter.GaussianBlur(radius)), "JPEG", 85)


def noise(image, rng):
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels + rng.normal(0, rng.uniform(8, 20), size=pixels.shape)
    return encode(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), "JPEG", 85)


def _filler(rng) -> Image.Image:
    image = _filler_photo(str(rng.choice(list(FILLERS))))
    w, h = image.size
    side = int(min(w, h) * rng.uniform(0.5, 1.0))
    x, y = int(rng.integers(0, w - side + 1)), int(rng.integers(0, h - side + 1))
    return image.crop((x, y, x + side, y + side))


def screenshot(image, rng):
    """The photo as a post in a phone app: status bar, header, actions, text, nav bar."""
    width, height = (1080, 2340) if rng.random() < 0.5 else (1170, 2532)
    dark = rng.random() < 0.4
    back, ink, soft = (
        ((0, 0, 0), (240, 240, 240), (60, 60, 60))
        if dark
        else (
            (255, 255, 255),
            (20, 20, 20),
            (215, 215, 215),
        )
    )
    accent = tuple(int(v) for v in rng.integers(0, 255, size=3))
    canvas = Image.new("RGB", (width, height), back)
    draw = ImageDraw.Draw(canvas)
    unit = width / 1080
    draw.text((40 * unit, 25 * unit), "9:41", font=_font(40 * unit, bold=True), fill=ink)
    draw.rectangle(
        (width - 130 * unit, 35 * unit, width - 60 * unit, 65 * unit), outline=ink, width=3
    )
    draw.rectangle((width - 125 * unit, 40 * unit, width - 85 * unit, 60 * unit), fill=ink)
    header = 110 * unit
    draw.rectangle(
        (0, header, width, header + 140 * unit), fill=accent if rng.random() < 0.5 else back
    )
    draw.ellipse((30 * unit, header + 25 * unit, 120 * unit, header + 115 * unit), fill=soft)
    draw.text(
        (150 * unit, header + 45 * unit),
        str(rng.choice(_HANDLES)),
        font=_font(44 * unit, bold=True),
        fill=ink,
    )
    top = int(header + 160 * unit)
    # Apps show a post at full width, cropped to at most 4:5 tall.
    post = _fit_width(image, width)
    if post.height > width * 5 / 4:
        cut = (post.height - int(width * 5 / 4)) // 2
        post = post.crop((0, cut, width, cut + int(width * 5 / 4)))
    canvas.paste(post, (0, top))
    y = top + post.height + int(30 * unit)
    for i in range(4):
        x = int((40 + 110 * i) * unit)
        draw.ellipse((x, y, x + 70 * unit, y + 70 * unit), outline=ink, width=5)
    y += int(110 * unit)
    font = _font(38 * unit)
    for line in range(int(rng.integers(2, 6))):
        words = " ".join(
            str(w) for w in rng.choice(_CAPTIONS[0].split() + _CAPTIONS[2].split(), size=6)
        )
        draw.text((40 * unit, y + line * 55 * unit), words, font=font, fill=ink)
    y += int(330 * unit)
    if y < height - 400 * unit:  # the next post starts below
        canvas.paste(_fit_width(_filler(rng), width), (0, y))
    nav = height - 160 * unit
    draw.rectangle((0, nav, width, height), fill=back)
    for i in range(5):
        x = int(width * (i + 0.5) / 5 - 35 * unit)
        draw.rounded_rectangle(
            (x, nav + 40 * unit, x + 70 * unit, nav + 110 * unit), 15, outline=ink, width=5
        )
    if rng.random() < 0.5:
        canvas = _resize(canvas, 0.5)
    return encode(canvas, "PNG") if rng.random() < 0.4 else encode(canvas, "JPEG", 85)


def collage(image, rng):
    """One tile of a 2x2 grid; the other three are other photos."""
    side = int(rng.choice([540, 600, 720]))
    gap = int(rng.choice([0, 4, 10]))
    canvas = Image.new("RGB", (2 * side + gap, 2 * side + gap), (255, 255, 255))
    mine = int(rng.integers(0, 4))
    for tile in range(4):
        if tile == mine:
            # A square centre-ish crop when the photo is not square, as collage apps do.
            w, h = image.size
            s = min(w, h)
            x, y = int(rng.integers(0, w - s + 1)), int(rng.integers(0, h - s + 1))
            picture = image.crop((x, y, x + s, y + s))
        else:
            picture = _filler(rng)
        picture = picture.resize((side, side), Image.Resampling.LANCZOS)
        canvas.paste(picture, ((tile % 2) * (side + gap), (tile // 2) * (side + gap)))
    return encode(canvas, "JPEG", 85)


FAMILIES: dict[str, Callable[[Image.Image, np.random.Generator], bytes]] = {
    "re-encode & downscale": reencode,
    "thumbnail": thumbnail,
    "JPEG low quality": jpeg_low,
    "WebP low quality": webp_low,
    "crop ≤25% a side": crop,
    "aspect crop (1:1, 9:16, 4:5)": aspect_crop,
    "mirror": mirror,
    "rotate 90°": rotate90,
    "tilt ±3-5°": tilt,
    "letterbox": letterbox,
    "blurred-background pad": blur_pad,
    "watermark": watermark,
    "caption": caption,
    "colour & brightness": colour,
    "grayscale": grayscale,
    "blur": blur,
    "noise": noise,
    "phone screenshot": screenshot,
    "2x2 collage": collage,
}


@dataclass(frozen=True)
class CandidateSpec:
    source: str
    family: str
    variant: int


def candidate_plan(sources: list[str], variants: int) -> list[CandidateSpec]:
    """Grouped by source, so each process decodes a source photo once."""
    return [
        CandidateSpec(source, family, variant)
        for source in sources
        for family in FAMILIES
        for variant in range(variants)
    ]


def candidate(spec: CandidateSpec) -> bytes:
    keys = (
        2,
        list(SOURCES).index(spec.source),
        list(FAMILIES).index(spec.family),
        spec.variant,
    )
    return FAMILIES[spec.family](master(spec.source), rng_for(*keys))


def main() -> int:
    """Lists what the corpus is made of and whether every photograph is installed."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="accepted for `make bench`")
    parser.parse_args()
    print(
        f"{len(SOURCES)} source photos, {len(DISTRACTOR_MATERIAL)} distractor images, "
        f"{len(FILLERS)} filler images, {len(FAMILIES)} transform families"
    )
    absent = missing()
    for path in absent:
        print("missing:", path)
    if absent:
        print("Install the Debian packages", ", ".join(PACKAGES))
        return 2
    spec = CandidateSpec(next(iter(SOURCES)), "phone screenshot", 0)
    if candidate(spec) != candidate(spec):
        print("The corpus is not deterministic: the same candidate came out twice different")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

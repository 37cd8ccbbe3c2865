"""The real photographs the browser-fingerprinting parity tests hash: shipped by
scikit-image and by Debian's wallpaper packages (ordinary photos only, never people)."""

from pathlib import Path

import skimage.data

_SKIMAGE = Path(skimage.data.__file__).parent
_MATE = Path("/usr/share/backgrounds/mate/nature")
_PLASMA = Path("/usr/share/wallpapers")

# Debian packages that ship the wallpaper photographs (also in .ci/apt-packages.txt).
WALLPAPER_PACKAGES = ("mate-backgrounds", "plasma-workspace-wallpapers")

# Chosen for variety: PNG and JPEG, colour and greyscale, small and 5 megapixels, with and
# without an embedded colour profile, smooth and highly textured.
PHOTOS: dict[str, Path] = {
    "astronaut.png": _SKIMAGE / "astronaut.png",
    "chelsea.png": _SKIMAGE / "chelsea.png",
    "coffee.png": _SKIMAGE / "coffee.png",
    "motorcycle_left.png": _SKIMAGE / "motorcycle_left.png",
    "camera.png": _SKIMAGE / "camera.png",
    "grass.png": _SKIMAGE / "grass.png",
    "rocket.jpg": _SKIMAGE / "rocket.jpg",
    "hubble_deep_field.jpg": _SKIMAGE / "hubble_deep_field.jpg",
    **{
        f"mate-{name}": _MATE / name
        for name in (
            "Aqua.jpg",
            "Blinds.jpg",
            "Dune.jpg",
            "FreshFlower.jpg",
            "Garden.jpg",
            "GreenMeadow.jpg",
            "LadyBird.jpg",
            "RainDrops.jpg",
            "Storm.jpg",
            "TwoWings.jpg",
            "Wood.jpg",
            "YellowFlower.jpg",
        )
    },
    **{
        f"plasma-{name}.jpg": _PLASMA / name / "contents/images/2560x1600.jpg"
        for name in ("ColorfulCups", "Kite", "Path", "OneStandsOut", "Grey", "EveningGlow")
    },
}


def missing_photos() -> list[Path]:
    return [path for path in PHOTOS.values() if not path.is_file()]

"""Times PDQ fingerprinting in the browser (decode + hash of a 12-megapixel photo in
headless Chromium; "extras" is the crop hashes and the pHashes, from the 384-pixel copy
they share) and measures its parity with pdqhash, for docs/performance.md and
docs/browser-fingerprinting.md.

    .venv/bin/python benchmarks/browser_pdq.py            # full run (about a minute)
    .venv/bin/python benchmarks/browser_pdq.py --quick    # smoke test
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser.harness import (
    LocalSite,
    browser_unavailable_reason,
    chromium,
    pdq_routes,
)
from tests.browser.photos import PHOTOS, missing_photos

# 4000 x 3000 is the 12 MP of most phone cameras; 5712 x 4284 the 24 MP of recent iPhones.
SIZES = {"12MP": (4000, 3000), "24MP": (5712, 4284)}
# Caps swept to show what resizing before hashing costs in parity.
CAPS = {"1 MP": 1024 * 1024, "2 MP": 2 * 1024 * 1024, "4 MP": 4 * 1024 * 1024}

TIME_IN_PAGE = """async ([url, runs]) => {
  const blob = await (await fetch(url)).blob();
  const decode = [], hash = [], extras = [], total = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const pixels = await TakedownPDQ.imageDataFromBlob(blob);
    const t1 = performance.now();
    result = TakedownPDQ.hashDihedral(pixels);
    const t2 = performance.now();
    const work = TakedownPDQ.shrinkImageData(pixels, 384);
    TakedownPDQ.hashCrops(work);
    TakedownPDQ.phashDihedral(work);
    const t3 = performance.now();
    decode.push(t1 - t0); hash.push(t2 - t1); extras.push(t3 - t2); total.push(t3 - t0);
  }
  return {decode, hash, extras, total, hash0: result.hashes[0], quality: result.quality};
}"""

HASH_IN_PAGE = """async ([names, maxPixels]) => {
  const out = {};
  for (const name of names) {
    const blob = await (await fetch("/photo/" + name)).blob();
    out[name] = await TakedownPDQ.hashBlob(blob, maxPixels ? {maxPixels} : undefined);
  }
  return out;
}"""


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def to_hex(bits: np.ndarray) -> str:
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def reference(data: bytes) -> tuple[list[str], int]:
    """pdqhash's eight dihedral hashes (the first is the PDQ) and quality."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = np.asarray(ImageOps.exif_transpose(image).convert("RGB"))
    variants, quality = pdqhash.compute_dihedral(rgb)
    return [to_hex(bits) for bits in variants], quality


def phone_photo(size: tuple[int, int]) -> bytes:
    """A real photo (4:3, 2560 x 1920) resized to a phone camera's size, as a JPEG."""
    with Image.open(PHOTOS["mate-Wood.jpg"]) as image:
        buffer = io.BytesIO()
        image.convert("RGB").resize(size, Image.LANCZOS).save(buffer, "JPEG", quality=90)
        return buffer.getvalue()


def summary(distances: list[int]) -> str:
    return f"max {max(distances)}, mean {statistics.mean(distances):.2f} bits"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few runs, no parity sweep")
    args = parser.parse_args()
    reason = browser_unavailable_reason()
    if reason or missing_photos():
        print(f"skipped: {reason or 'photos missing, see tests/browser/photos.py'}")
        return 0
    runs = 2 if args.quick else 7
    sizes = {"12MP": SIZES["12MP"]} if args.quick else SIZES

    routes = pdq_routes()
    photos = {name: path.read_bytes() for name, path in PHOTOS.items()}
    content_type = {".png": "image/png", ".jpg": "image/jpeg"}
    for name, data in photos.items():
        routes[f"/photo/{name}"] = (content_type[Path(name).suffix], data)
    phones = {label: phone_photo(size) for label, size in sizes.items()}
    for label, data in phones.items():
        routes[f"/phone/{label}.jpg"] = ("image/jpeg", data)

    with LocalSite(routes) as site, chromium() as browser:
        page = browser.new_page()
        page.goto(site.url("/"))
        print(f"Chromium {browser.version}, {runs} runs each, median (min) in ms")
        for label, data in phones.items():
            timing = page.evaluate(TIME_IN_PAGE, [f"/phone/{label}.jpg", runs])
            expected, quality = reference(data)
            parts = ", ".join(
                f"{part} {statistics.median(timing[part]):.0f} ({min(timing[part]):.0f})"
                for part in ("decode", "hash", "extras", "total")
            )
            print(
                f"{label} JPEG ({len(data) // 1024} KiB): {parts}; "
                f"distance to pdqhash at full size {hamming(timing['hash0'], expected[0])} bits, "
                f"quality {timing['quality']} vs {quality}"
            )
        if args.quick:
            return 0

        expected = {name: reference(data) for name, data in photos.items()}
        caps: dict[str, int | None] = {"default cap": None, **CAPS}
        for label, cap in caps.items():
            results = page.evaluate(HASH_IN_PAGE, [list(photos), cap])
            distances = [hamming(results[n]["hash"], expected[n][0][0]) for n in photos]
            dihedral = [
                hamming(a, b)
                for n in photos
                for a, b in zip(results[n]["hashes"], expected[n][0], strict=True)
            ]
            quality = [abs(results[n]["quality"] - expected[n][1]) for n in photos]
            print(
                f"{len(photos)} photos, {label}: PDQ {summary(distances)}; "
                f"dihedral {summary(dihedral)}; quality difference max {max(quality)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How fast matching is: fingerprinting a 12- and a 1-megapixel JPEG, checking one candidate
image against one case, and querying the reported-hash index at 10^4 to 10^6 hashes
beside the plain numpy scan (and faiss's exhaustive binary index when installed).

    .venv/bin/python benchmarks/speed.py            # full run, one process
    .venv/bin/python benchmarks/speed.py --quick    # smoke test for `make bench`
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from takedown.matching.index import ReportedIndex, pdq_words, scan_distances

# The operating point the Matcher uses for whole images (PDQ's authors' 31 bits).
QUERY_DISTANCE = 31
# Hashes of one candidate checked together (its regions and their flips).
BATCH = 64
PHOTO = "plasma-ColorfulCups"
CASE_SIZE = 10  # reported images in one case, a generous count


def clock() -> float:
    """CPU time of this process: the machine these run on is shared, and other work
    taking the core would otherwise count as ours. Faiss is held to one thread so that
    its CPU time is its time."""
    return time.process_time()


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and best of `runs` calls, in milliseconds (one warm-up call first)."""
    function()
    times = []
    for _ in range(runs):
        start = clock()
        function()
        times.append((clock() - start) * 1000)
    return statistics.median(times), min(times)


def photo_jpeg(size: tuple[int, int]) -> bytes:
    """A real photo resized (up, for 12 MP) to `size`, as a camera-quality JPEG."""
    with Image.open(corpus.SOURCES[PHOTO]) as image:
        rgb = image.convert("RGB")
    ratio = size[0] / size[1]
    w, h = rgb.size
    cw, ch = (w, int(w / ratio)) if w / h < ratio else (int(h * ratio), h)
    rgb = rgb.crop(((w - cw) // 2, (h - ch) // 2, (w + cw) // 2, (h + ch) // 2))
    buffer = io.BytesIO()
    rgb.resize(size, Image.Resampling.BICUBIC).save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def fingerprinting(runs: int) -> list[str]:
    try:
        from takedown.hashing import fingerprint_candidate, fingerprint_reported
        from takedown.matching import Matcher
    except ImportError as error:
        return [f"(takedown.hashing / matching not importable: {error})"]
    rows = [
        "| image | fingerprint_reported (all variants) | fingerprint_candidate |",
        "|---|---:|---:|",
    ]
    images = {"12 MP, 4000 x 3000": (4000, 3000), "1 MP, 1155 x 866": (1155, 866)}
    for label, size in images.items():
        data = photo_jpeg(size)
        reported = timed(lambda data=data: fingerprint_reported(data), runs)
        candidate = timed(lambda data=data: fingerprint_candidate(data), runs)
        rows.append(
            f"| {label} ({len(data) // 1024} KiB) | {reported[0]:.0f} ms (best {reported[1]:.0f})"
            f" | {candidate[0]:.0f} ms (best {candidate[1]:.0f}) |"
        )
    # One case: CASE_SIZE reported photos; the candidate a re-upload of one of them.
    names = list(corpus.SOURCES)[:CASE_SIZE]
    case = [(name, fingerprint_reported(corpus.SOURCES[name].read_bytes())) for name in names]
    matcher = Matcher(case)
    rng = corpus.rng_for(9)
    checks = {
        "candidate check, 1 MP JPEG re-upload (decode + fingerprint + match one case)": (
            corpus.reencode(corpus.master(names[0]), rng)
        ),
        "candidate check, phone screenshot (decode + fingerprint + match one case)": (
            corpus.screenshot(corpus.master(names[1]), rng)
        ),
    }
    rows += ["", "| check | median | best | matched |", "|---|---:|---:|---|"]
    for label, data in checks.items():
        median, best = timed(lambda data=data: matcher.match(fingerprint_candidate(data)), runs)
        found = [r.reported_id for r in matcher.match(fingerprint_candidate(data))]
        rows.append(f"| {label} | {median:.0f} ms | {best:.0f} ms | {found} |")
    return rows


def faiss_multihash(words: np.ndarray):
    """faiss's own multi-index hashing, set up like ReportedIndex (16 slices of 16 bits,
    keys within 1 bit), so the two compare on the same design."""
    try:
        import faiss
    except ImportError:
        return None, 0.0
    faiss.omp_set_num_threads(1)
    index = faiss.IndexBinaryMultiHash(256, 16, 16)
    index.nflip = 1
    start = clock()
    index.add(np.ascontiguousarray(words).view(np.uint8).reshape(len(words), 32))
    build_ms = (clock() - start) * 1000

    def query(word: np.ndarray):
        batch = np.ascontiguousarray(word.reshape(-1, 4)).view(np.uint8)
        return index.range_search(batch, QUERY_DISTANCE + 1)

    return query, build_ms


def to_hex(words: np.ndarray) -> list[str]:
    text = words.astype(">u8").tobytes().hex()
    return [text[i : i + 64] for i in range(0, len(text), 64)]


def faiss_flat(words: np.ndarray):
    try:
        import faiss
    except ImportError:
        return None
    faiss.omp_set_num_threads(1)
    index = faiss.IndexBinaryFlat(256)
    # faiss counts bits per byte, so any byte order works if queries use the same one.
    index.add(np.ascontiguousarray(words).view(np.uint8).reshape(len(words), 32))

    def query(word: np.ndarray):
        # range_search keeps distances strictly below the radius.
        batch = np.ascontiguousarray(word.reshape(-1, 4)).view(np.uint8)
        return index.range_search(batch, QUERY_DISTANCE + 1)

    return query


def index_queries(sizes: list[int], queries: int) -> list[str]:
    rng = np.random.default_rng(corpus.SEED)
    rows = [
        f"| stored hashes | ReportedIndex (≤{QUERY_DISTANCE}) | plain numpy scan | "
        f"faiss IndexBinaryFlat, 1 thread | faiss IndexBinaryMultiHash | {BATCH} hashes at "
        f"once: ReportedIndex.query_many | {BATCH} at once: faiss flat | index build "
        "(ours, faiss multi-hash) | found |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size in sizes:
        rows.append(index_row(size, queries, rng))
        gc.collect()
    return rows


def per_query(run_one: Callable[[int], object], queries: int) -> str:
    times = []
    for i in range(queries):
        start = clock()
        run_one(i)
        times.append((clock() - start) * 1000)
    return f"{statistics.median(times):.2f} ms (max {max(times):.2f})"


def index_row(size: int, queries: int, rng: np.random.Generator) -> str:
    """Random stored hashes, queried with near copies (8 to 30 bits away) of some of them."""
    words = rng.integers(0, 2**64, size=(size, 4), dtype=np.uint64)
    probes = words[rng.choice(size, size=queries, replace=False)].copy()
    for probe in probes:
        for bit in rng.choice(256, size=int(rng.integers(8, 31)), replace=False):
            probe[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    hexes, probe_hexes = to_hex(words), to_hex(probes)
    index = ReportedIndex()
    index.add(range(size), hexes)
    start = clock()
    index.query(probe_hexes[0], QUERY_DISTANCE)  # builds the slice tables
    build_ms = (clock() - start) * 1000
    stored, probe_words = pdq_words(hexes), pdq_words(probe_hexes)

    found = sum(bool(index.query(h, QUERY_DISTANCE)) for h in probe_hexes)
    ours = per_query(lambda i: index.query(probe_hexes[i], QUERY_DISTANCE), queries)
    scan = per_query(
        lambda i: np.flatnonzero(scan_distances(stored, probe_words[i]) <= QUERY_DISTANCE),
        queries,
    )
    batches = [slice(i, i + BATCH) for i in range(0, queries - BATCH + 1, BATCH // 4)]
    ours_many = per_query(
        lambda i: index.query_many(probe_hexes[batches[i]], QUERY_DISTANCE), len(batches)
    )
    flat = faiss_flat(stored)
    faiss_cell = faiss_many = multi_cell = "not installed"
    multi_build = ""
    if flat:
        faiss_cell = per_query(lambda i: flat(probe_words[i]), queries)
        faiss_many = per_query(lambda i: flat(probe_words[batches[i]]), len(batches))
        del flat
        multi, multi_ms = faiss_multihash(stored)
        multi_cell = per_query(lambda i: multi(probe_words[i]), queries)
        multi_build = f", {multi_ms:.0f} ms"
    return (
        f"| {size:,} | {ours} | {scan} | {faiss_cell} | {multi_cell} | {ours_many} | "
        f"{faiss_many} | {build_ms:.0f} ms{multi_build} | {found}/{queries} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    missing = corpus.missing()
    if missing:
        print("Photographs missing; install the Debian packages", ", ".join(corpus.PACKAGES))
        return 2
    runs = 2 if args.quick else 7
    sizes = [10**4, 10**5] if args.quick else [10**4, 10**5, 10**6]
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, one process, "
        f"load average {os.getloadavg()[1]:.1f}; CPU time, median of {runs} runs after a "
        "warm-up\n"
    )
    print("\n".join(fingerprinting(runs)))
    print()
    print("\n".join(index_queries(sizes, queries=2 * BATCH if args.quick else 200)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

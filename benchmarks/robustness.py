"""Recall per transform family and false positives of plain PDQ, PDQ with its dihedral
variants, pHash and our Matcher, side by side on one corpus (benchmarks/corpus.py).

    .venv/bin/python benchmarks/robustness.py            # full run, 2 processes
    .venv/bin/python benchmarks/robustness.py --quick    # smoke test for `make bench`

The reported set is every source photo (the original file) plus distractor photos; each
candidate is a re-upload of one source. A match to any other reported image is a false
positive; the full run checks more than a million such non-matching pairs.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import math
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import imagehash
import numpy as np
import pdqhash
from PIL import Image, ImageOps

# corpus.py sits beside this script; takedown itself is installed (make setup).
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

# The usual thresholds: PDQ's authors recommend 31 of 256 bits; 10 of 64 is the common
# cut-off for pHash.
PDQ_THRESHOLD = 31
PHASH_THRESHOLD = 10
# Baselines hash both sides resized to fit this square: 0 to 10 bits (mean 6) from the
# full-size PDQ on 14 of the sources, and ten times faster on the 20-megapixel originals.
BASELINE_SIDE = 512
MIN_NON_MATCHING_PAIRS = 1_000_000
# Families the issue holds to a lower recall target.
HARD_FAMILIES = {"phone screenshot": 0.95, "2x2 collage": 0.90}
DEFAULT_TARGET = 0.99
METHODS = (
    "plain PDQ ≤31",
    "PDQ + dihedral ≤31",
    "pHash ≤10",
    "Matcher",
    "Matcher, browser print",
    "browser print + learned keypoints",
)


@dataclass(frozen=True)
class Reported:
    id: str
    fingerprint: object  # takedown.hashing.Fingerprint, or None without the hashing module
    pdq: np.ndarray  # (4,) uint64
    phash: int
    # With --learned: the browser print with the corners of a re-encoded copy of the photo
    # found whole, as takedown/cases/keypoint_learning.py gives it.
    learned: object = None


@dataclass(frozen=True)
class Outcome:
    spec: corpus.CandidateSpec
    matched: dict[str, frozenset[str]]  # method -> reported ids it matched
    detail: list[tuple[str, str, int]]  # the Matcher's (id, algorithm, distance)
    nearest_other: tuple[int, int]  # closest non-source reported: dihedral PDQ, pHash bits
    fingerprint_ms: float
    match_ms: float


def words(bits: np.ndarray) -> np.ndarray:
    return np.frombuffer(np.packbits(bits.astype(np.uint8)).tobytes(), dtype=">u8").astype(
        np.uint64
    )


def decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (BASELINE_SIDE, BASELINE_SIDE))
        rgb = ImageOps.exif_transpose(image).convert("RGB")
    rgb.thumbnail((BASELINE_SIDE, BASELINE_SIDE), Image.Resampling.BICUBIC)
    return rgb


def baseline_hashes(image: Image.Image) -> tuple[np.ndarray, int]:
    """The eight dihedral PDQ hashes (original first) and the 64-bit pHash."""
    variants, _quality = pdqhash.compute_dihedral(np.asarray(image))
    dihedral = np.stack([words(bits) for bits in variants])
    return dihedral, int(str(imagehash.phash(image)), 16)


def hashing_module():
    try:
        from takedown.hashing import (
            fingerprint_candidate,
            fingerprint_from_browser,
            fingerprint_reported,
        )
        from takedown.matching import Matcher
    except ImportError as error:
        _STATE["import_error"] = str(error)
        return None
    return fingerprint_reported, fingerprint_candidate, Matcher, fingerprint_from_browser


def browser_print(fingerprint, from_browser):
    """What pdq.js sends for the same photo: PDQ, quality, its flips, the crop hashes and
    the pHash of each flip, but no keypoints (the server's own hashes stand in for
    pdq.js's, as the browser parity tests hold them)."""
    from takedown.hashing.browser import browser_payload

    return from_browser(browser_payload(fingerprint))


def make_reported(task: tuple) -> Reported:
    kind, name, index = task
    if kind == "source":
        data = corpus.SOURCES[name].read_bytes()
        reported_id = name
    else:
        data = corpus.distractor(name, index)
        reported_id = f"distractor-{index}-{name}"
    image = decode(data)
    dihedral, phash = baseline_hashes(image)
    module = hashing_module()
    fingerprint = module[0](data) if module else None
    learned = None
    if module and _OPTIONS.get("learned"):
        learned = learned_print(fingerprint, data, module, reported_id)
    return Reported(reported_id, fingerprint, dihedral[0], phash, learned)


def learned_print(fingerprint, data: bytes, module, reported_id: str):
    """The browser print once it has learned corners from a copy found whole: the photo
    at most 1600 pixels a side (as the corpus's candidates start), re-encoded and
    downscaled as a site serves it, with its own seed (never a candidate's)."""
    from takedown.hashing.fingerprint import whole_image_keypoints

    with Image.open(io.BytesIO(data)) as opened:
        image = ImageOps.exif_transpose(opened).convert("RGB")
    image.thumbnail((1600, 1600), Image.Resampling.LANCZOS)
    seed = sum(reported_id.encode()) * 7919
    copy = module[1](corpus.reencode(image, np.random.default_rng(seed)))
    points = whole_image_keypoints(copy.features)
    printed = browser_print(fingerprint, module[3])
    features = {**printed.features, "keypoints": [points] if points else []}
    return dataclasses.replace(printed, features=features)


_OPTIONS: dict = {}


_STATE: dict = {}


def _init_worker(reported: list[Reported]) -> None:
    _STATE["ids"] = np.array([r.id for r in reported])
    _STATE["pdq"] = np.stack([r.pdq for r in reported])
    _STATE["phash"] = np.array([r.phash for r in reported], dtype=np.uint64)
    module = hashing_module()
    if module and all(r.fingerprint is not None for r in reported):
        _STATE["fingerprint_candidate"] = module[1]
        _STATE["matcher"] = module[2]([(r.id, r.fingerprint) for r in reported])
        _STATE["browser_matcher"] = module[2](
            [(r.id, browser_print(r.fingerprint, module[3])) for r in reported]
        )
        if all(r.learned is not None for r in reported):
            _STATE["learned_matcher"] = module[2]([(r.id, r.learned) for r in reported])


def check_candidate(spec: corpus.CandidateSpec) -> Outcome:
    data = corpus.candidate(spec)
    ids = _STATE["ids"]
    dihedral, phash = baseline_hashes(decode(data))
    pdq_distances = np.bitwise_count(dihedral[:, None, :] ^ _STATE["pdq"][None]).sum(axis=2)
    phash_distances = np.bitwise_count(_STATE["phash"] ^ np.uint64(phash))
    matched = {
        METHODS[0]: frozenset(ids[pdq_distances[0] <= PDQ_THRESHOLD]),
        METHODS[1]: frozenset(ids[pdq_distances.min(axis=0) <= PDQ_THRESHOLD]),
        METHODS[2]: frozenset(ids[phash_distances <= PHASH_THRESHOLD]),
    }
    others = ids != spec.source
    nearest_other = (
        int(pdq_distances.min(axis=0)[others].min()),
        int(phash_distances[others].min()),
    )
    detail, fingerprint_ms, match_ms = [], math.nan, math.nan
    if "matcher" in _STATE:
        # CPU time: the workers are single-threaded and the machine is shared.
        start = time.process_time()
        try:
            fingerprint = _STATE["fingerprint_candidate"](data)
        except ValueError as error:  # DecodeError: counted as a miss, and listed
            matched[METHODS[3]] = matched[METHODS[4]] = frozenset()
            return Outcome(spec, matched, [("error", str(error), 0)], nearest_other, 0, 0)
        middle = time.process_time()
        results = _STATE["matcher"].match(fingerprint)
        end = time.process_time()
        fingerprint_ms, match_ms = (middle - start) * 1000, (end - middle) * 1000
        matched[METHODS[3]] = frozenset(str(r.reported_id) for r in results)
        matched[METHODS[4]] = frozenset(
            str(r.reported_id) for r in _STATE["browser_matcher"].match(fingerprint)
        )
        if "learned_matcher" in _STATE:
            matched[METHODS[5]] = frozenset(
                str(r.reported_id) for r in _STATE["learned_matcher"].match(fingerprint)
            )
        detail = [(str(r.reported_id), r.algorithm, r.distance) for r in results]
    return Outcome(spec, matched, detail, nearest_other, fingerprint_ms, match_ms)


def plan(args: argparse.Namespace) -> tuple[list[corpus.CandidateSpec], list[tuple]]:
    families = args.family
    if args.quick:
        sources = list(corpus.SOURCES)[::7]
        candidates = corpus.candidate_plan(sources, variants=args.variants or 1)
        distractors = 20
    else:
        sources = list(corpus.SOURCES)
        candidates = corpus.candidate_plan(sources, variants=args.variants or 3)
        # Every candidate is checked against every reported image but its own source.
        reported_needed = math.ceil(MIN_NON_MATCHING_PAIRS / len(candidates)) + 1
        distractors = reported_needed - len(sources) + 10
    if args.distractors is not None:
        distractors = args.distractors
    if families:
        candidates = [c for c in candidates if c.family in families]
    reported = [("source", name, 0) for name in sources]
    reported += [("distractor", name, i) for name, i in corpus.distractor_plan(distractors)]
    return candidates, reported


def table(outcomes: list[Outcome], n_reported: int, methods: list[str]) -> str:
    by_family: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_family[outcome.spec.family].append(outcome)

    def recall(group: list[Outcome], method: str) -> str:
        hits = sum(o.spec.source in o.matched[method] for o in group)
        return f"{hits / len(group):.3f}"

    lines = [
        "| transform | candidates | target | " + " | ".join(methods) + " |",
        "|---|---:|---:|" + "---:|" * len(methods),
    ]
    for family in corpus.FAMILIES:
        group = by_family.get(family)
        if group:
            target = HARD_FAMILIES.get(family, DEFAULT_TARGET)
            cells = " | ".join(recall(group, m) for m in methods)
            lines.append(f"| {family} | {len(group)} | {target:.2f} | {cells} |")
    easy = [o for o in outcomes if o.spec.family not in HARD_FAMILIES]
    if easy:
        lines.append(
            f"| **all but screenshot and collage** | {len(easy)} | {DEFAULT_TARGET:.2f} | "
            + " | ".join(f"**{recall(easy, m)}**" for m in methods)
            + " |"
        )
    lines.append(
        f"| **all** | {len(outcomes)} | | "
        + " | ".join(f"**{recall(outcomes, m)}**" for m in methods)
        + " |"
    )
    pairs = len(outcomes) * (n_reported - 1)
    false = {m: sum(len(o.matched[m] - {o.spec.source}) for o in outcomes) for m in methods}
    lines.append(
        f"| **false positives** (of {pairs:,} non-matching pairs) | | 0 | "
        + " | ".join(f"**{false[m]}**" for m in methods)
        + " |"
    )
    return "\n".join(lines)


def failures(outcomes: list[Outcome], limit: int = 40) -> str:
    """The Matcher's misses per family and every false positive, for whoever tunes it."""
    method = METHODS[3]
    lines = []
    errors = [(o, d) for o in outcomes for d in o.detail if d[0] == "error"]
    lines.append(f"Candidates the Matcher could not fingerprint: {len(errors)}")
    for outcome, (_, message, _) in errors:
        lines.append(
            f"- {outcome.spec.source} / {outcome.spec.family} #{outcome.spec.variant}: {message}"
        )
    false = [
        (o, d)
        for o in outcomes
        for d in o.detail
        if d[0] not in (o.spec.source, "error") and method in o.matched
    ]
    lines.append(f"Matcher false positives: {len(false)}")
    for outcome, (reported_id, algorithm, distance) in false:
        spec = outcome.spec
        lines.append(
            f"- {spec.source} / {spec.family} #{spec.variant} → {reported_id} "
            f"({algorithm}, distance {distance})"
        )
    lines.append("")
    lines.append("Matcher misses (source / variant), first few per family:")
    for family in corpus.FAMILIES:
        misses = [
            f"{o.spec.source} #{o.spec.variant}"
            for o in outcomes
            if o.spec.family == family
            and method in o.matched
            and o.spec.source not in o.matched[method]
        ]
        if misses:
            shown = ", ".join(misses[:limit]) + (" …" if len(misses) > limit else "")
            lines.append(f"- {family} ({len(misses)}): {shown}")
    return "\n".join(lines)


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the run costs whatever
    else the machine is doing."""
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few sources, one variant each")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--report", type=Path, help="also write the table (and misses) here")
    parser.add_argument(
        "--variants", type=int, help="variants per source and family (default 3, quick 1)"
    )
    parser.add_argument(
        "--distractors",
        type=int,
        help="distractors to report (default: enough for a million non-matching pairs)",
    )
    parser.add_argument(
        "--family",
        action="append",
        default=[],
        help="only this transform family (repeatable); false positives then count fewer pairs",
    )
    parser.add_argument(
        "--learned",
        action="store_true",
        help="add a column: browser prints with corners learned from a copy found whole",
    )
    args = parser.parse_args()
    _OPTIONS["learned"] = args.learned

    missing = corpus.missing()
    if missing:
        print("Photographs missing; install the Debian packages", ", ".join(corpus.PACKAGES))
        for path in missing:
            print("  ", path)
        return 2

    if hashing_module() is None:
        print(
            f"No Matcher column: takedown.hashing or .matching fails to import: "
            f"{_STATE['import_error']}"
        )
    started = time.perf_counter()
    unknown = set(args.family) - set(corpus.FAMILIES)
    if unknown:
        parser.error(f"unknown families {sorted(unknown)}; choose from {list(corpus.FAMILIES)}")
    candidates, reported_tasks = plan(args)
    context = multiprocessing.get_context("fork")
    with context.Pool(args.processes) as pool:
        reported = pool.map(make_reported, reported_tasks, chunksize=4)
    reported_seconds = time.perf_counter() - started
    print(
        f"{len(reported)} reported images fingerprinted in {reported_seconds:.0f} s",
        file=sys.stderr,
    )
    outcomes = []
    with context.Pool(args.processes, _init_worker, (reported,)) as pool:
        for outcome in pool.imap(check_candidate, candidates, chunksize=4):
            outcomes.append(outcome)
            if len(outcomes) % max(1, len(candidates) // 10) == 0:
                elapsed = time.perf_counter() - started
                print(
                    f"{len(outcomes)}/{len(candidates)} candidates, {elapsed:.0f} s",
                    file=sys.stderr,
                )
    total_seconds = time.perf_counter() - started

    methods = [m for m in METHODS if all(m in o.matched for o in outcomes)]
    result = table(outcomes, len(reported), methods)
    n_sources = sum(1 for kind, *_ in reported_tasks if kind == "source")
    timings = [o.fingerprint_ms for o in outcomes if not math.isnan(o.fingerprint_ms)]
    match_times = [o.match_ms for o in outcomes if not math.isnan(o.match_ms)]
    summary = [
        f"{len(candidates)} candidates from {len(set(c.source for c in candidates))} source "
        f"photos x {len({c.family for c in candidates})} families; {len(reported)} reported images "
        f"({n_sources} sources + {len(reported) - n_sources} distractors).",
        f"Run time {total_seconds:.0f} s on {args.processes} processes "
        f"(reported fingerprints {reported_seconds:.0f} s), {cpu_seconds():.0f} s of CPU, "
        f"load average {os.getloadavg()[1]:.1f} at the end; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"{multiprocessing.cpu_count()} cores.",
    ]
    nearest = min(o.nearest_other[0] for o in outcomes), min(o.nearest_other[1] for o in outcomes)
    summary.append(
        f"Closest non-matching pair: PDQ (any of 8 dihedral variants) {nearest[0]} bits, "
        f"pHash {nearest[1]} bits."
    )
    if timings:
        summary.append(
            f"Matcher per candidate (CPU time): fingerprint_candidate median "
            f"{statistics.median(timings):.0f} ms, match against all reported median "
            f"{statistics.median(match_times):.1f} ms (max {max(match_times):.1f})."
        )
    text = result + "\n\n" + "\n".join(summary)
    print(text)
    if args.report:
        command = " ".join(["benchmarks/robustness.py", *sys.argv[1:]])
        extra = failures(outcomes) if METHODS[3] in methods else ""
        args.report.write_text(f"`{command}`\n\n{text}\n\n{extra}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

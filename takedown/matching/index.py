"""All reported PDQ hashes of an organisation, answering "which are within d bits of this?"
fast enough to check every image of a scanned page against a million of them.

Multi-index hashing (Norouzi, Punjani & Fleet, "Fast search in Hamming space with
multi-index hashing", CVPR 2012) over 16 slices of 16 bits: if two 256-bit hashes differ
in at most d bits, at least one slice differs in at most d // 16 bits (pigeonhole), so a
query looks up only the slices' near keys and checks those rows exactly. Measured against
a plain numpy XOR + popcount scan and faiss's flat and multi-hash binary indexes in
benchmarks/speed.py (docs/performance.md): at 10^6 hashes and d = 31 it is some 30 times
faster than the scan and about 3 times faster than either faiss index, with no extra
dependency.

Rows added since the last build sit in a small tail that is scanned; the slices are rebuilt
once the tail or the removed rows grow past a fraction of the whole, so adding one case's
images to a large index stays cheap. Not safe for concurrent mutation: one writer, or a
lock held by the caller.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import numpy as np

HASH_BITS = 256
WORDS = HASH_BITS // 64
SLICES = 16
SLICE_BITS = HASH_BITS // SLICES
# A query whose slices would need keys this far apart probes so many buckets that the
# exact scan is as fast; above it we scan (d >= 48 for 16 slices of 16 bits).
MAX_SLICE_RADIUS = 2
# Below this many rows the scan beats building and probing slices.
MIN_INDEXED_ROWS = 4096
# The tail (scanned) may grow to this fraction of the indexed rows before a rebuild.
TAIL_FRACTION = 1 / 16

_POPCOUNT16 = np.bitwise_count(np.arange(1 << SLICE_BITS, dtype=np.uint16))
_PROBE_MASKS = [
    np.flatnonzero(radius >= _POPCOUNT16).astype(np.int64) for radius in range(MAX_SLICE_RADIUS + 1)
]


def pdq_words(hexes: Sequence[str]) -> np.ndarray:
    """64-character hex PDQ hashes → an (n, 4) uint64 array; ValueError names a bad one."""
    for position, value in enumerate(hexes):
        if not isinstance(value, str) or len(value) != HASH_BITS // 4:
            raise ValueError(
                f"PDQ hash {position} is not {HASH_BITS // 4} hexadecimal characters: {value!r}"
            )
    try:
        raw = bytes.fromhex("".join(hexes))
    except ValueError:
        bad = next(i for i, h in enumerate(hexes) if not _is_hex(h))
        raise ValueError(f"PDQ hash {bad} is not hexadecimal: {hexes[bad]!r}") from None
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hexes), WORDS)


def _is_hex(value: str) -> bool:
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


def scan_distances(words: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Hamming distance from one (4,) query to every row of an (n, 4) array."""
    return np.bitwise_count(words ^ query).sum(axis=1, dtype=np.uint16)


class ReportedIndex:
    """PDQ hashes keyed by reported-image id; one id may hold several hashes (variants)."""

    def __init__(self) -> None:
        self._words = np.zeros((0, WORDS), dtype=np.uint64)
        self._codes = np.zeros(0, dtype=np.int64)  # row -> position of its id in _id_values
        self._alive = np.zeros(0, dtype=bool)
        self._code_of: dict[Hashable, int] = {}
        self._id_values: list[Hashable] = []
        self._size = 0  # rows in use (the arrays have spare capacity beyond)
        self._dead = 0
        self._indexed = 0  # rows [0, _indexed) are in the slice tables
        self._order: np.ndarray | None = None  # (SLICES * _indexed,) rows sorted per slice
        self._starts: np.ndarray | None = None  # (SLICES, 2**16 + 1) bucket offsets

    def __len__(self) -> int:
        return self._size - self._dead

    def __contains__(self, reported_id: Hashable) -> bool:
        return reported_id in self._code_of

    def add(self, ids: Iterable[Hashable], pdq_hex_list: Iterable[str]) -> None:
        ids = list(ids)
        hexes = list(pdq_hex_list)
        if len(ids) != len(hexes):
            raise ValueError(f"{len(ids)} ids for {len(hexes)} PDQ hashes")
        if not ids:
            return
        words = pdq_words(hexes)
        codes = []
        for reported_id in ids:
            code = self._code_of.get(reported_id)
            if code is None:
                code = self._code_of[reported_id] = len(self._id_values)
                self._id_values.append(reported_id)
            codes.append(code)
        self._reserve(self._size + len(ids))
        rows = slice(self._size, self._size + len(ids))
        self._words[rows] = words
        self._codes[rows] = codes
        self._alive[rows] = True
        self._size += len(ids)

    def remove(self, ids: Iterable[Hashable]) -> None:
        """Forget every hash of these ids; unknown ids are ignored."""
        codes = [self._code_of.pop(i) for i in set(ids) if i in self._code_of]
        if not codes:
            return
        gone = np.isin(self._codes[: self._size], codes) & self._alive[: self._size]
        self._alive[: self._size][gone] = False
        self._dead += int(gone.sum())
        if self._dead > self._size // 4:
            self._compact()

    def query(self, pdq_hex: str, max_distance: int) -> list[tuple[Hashable, int]]:
        """(id, distance) of every id with a hash within max_distance bits, nearest first;
        each id once, at its nearest hash."""
        return self.query_many([pdq_hex], max_distance)

    def query_many(self, pdq_hexes: Iterable[str], max_distance: int) -> list[tuple[Hashable, int]]:
        """Like query, for several hashes of one image (its regions, its flips) at once: each
        id once, at its nearest distance to any of them, nearest first."""
        queries = pdq_words(list(pdq_hexes))
        if max_distance < 0 or self._size == 0 or len(queries) == 0:
            return []
        rows, dists = self._search(queries, int(max_distance))
        keep = self._alive[rows]
        return self._nearest_per_id(rows[keep], dists[keep])

    def _search(self, queries: np.ndarray, max_distance: int) -> tuple[np.ndarray, np.ndarray]:
        """(row, distance) of every pair within max_distance (a row may repeat)."""
        self._maybe_rebuild()
        slice_radius = max_distance // SLICES
        found_rows, found_dists = [], []
        first_scanned = 0
        if self._order is not None and slice_radius <= MAX_SLICE_RADIUS:
            query_of, rows = self._probe(queries, slice_radius)
            dists = np.bitwise_count(self._words[rows] ^ queries[query_of]).sum(
                axis=1, dtype=np.uint16
            )
            near = dists <= max_distance
            found_rows.append(rows[near])
            found_dists.append(dists[near])
            first_scanned = self._indexed
        scanned = self._words[first_scanned : self._size]
        for query in queries:
            dists = scan_distances(scanned, query)
            near = np.flatnonzero(dists <= max_distance)
            found_rows.append(near + first_scanned)
            found_dists.append(dists[near])
        return np.concatenate(found_rows), np.concatenate(found_dists)

    def _probe(self, queries: np.ndarray, slice_radius: int) -> tuple[np.ndarray, np.ndarray]:
        """(query, row) pairs sharing a slice key within slice_radius bits of each other."""
        masks = _PROBE_MASKS[slice_radius]
        keys = queries.view(np.uint16).astype(np.int64)[:, :, None] ^ masks  # (Q, SLICES, P)
        tables = np.arange(SLICES)[None, :, None]
        lo = self._starts[tables, keys]
        counts = (self._starts[tables, keys + 1] - lo).ravel()
        # Flattened gather of every bucket range [lo, lo + count) in one arange.
        lo = (lo + tables * self._indexed).ravel()
        total = int(counts.sum())
        ends = np.cumsum(counts)
        positions = np.arange(total) + np.repeat(lo - (ends - counts), counts)
        query_of = np.repeat(np.arange(len(queries)).repeat(SLICES * len(masks)), counts)
        # A row near the query shows up in several slices; _nearest_per_id drops repeats.
        return query_of, self._order[positions]

    def _nearest_per_id(self, rows: np.ndarray, dists: np.ndarray) -> list[tuple[Hashable, int]]:
        codes = self._codes[rows]
        by_code = np.lexsort((dists, codes))
        codes, dists = codes[by_code], dists[by_code]
        first = np.ones(len(codes), dtype=bool)
        first[1:] = codes[1:] != codes[:-1]
        codes, dists = codes[first], dists[first]
        nearest = np.argsort(dists, kind="stable")
        return [
            (self._id_values[code], distance)
            for code, distance in zip(codes[nearest].tolist(), dists[nearest].tolist(), strict=True)
        ]

    def _maybe_rebuild(self) -> None:
        if self._size < MIN_INDEXED_ROWS:
            return
        if self._size - self._indexed > max(1024, self._indexed * TAIL_FRACTION):
            self._build()

    def _build(self) -> None:
        n = self._size
        slices = self._words[:n].view(np.uint16)  # (n, SLICES), the layout queries use too
        order = np.empty((SLICES, n), dtype=np.int32 if n < 2**31 else np.int64)
        starts = np.zeros((SLICES, (1 << SLICE_BITS) + 1), dtype=np.int64)
        for table in range(SLICES):
            keys = slices[:, table]
            order[table] = np.argsort(keys, kind="stable")
            np.cumsum(np.bincount(keys, minlength=1 << SLICE_BITS), out=starts[table, 1:])
        self._order = order.ravel()
        self._starts = starts
        self._indexed = n

    def _compact(self) -> None:
        keep = np.flatnonzero(self._alive[: self._size])
        self._words = self._words[keep].copy()
        self._codes = self._codes[keep].copy()
        self._alive = np.ones(len(keep), dtype=bool)
        self._size = len(keep)
        self._dead = 0
        self._indexed = 0
        self._order = self._starts = None

    def _reserve(self, rows: int) -> None:
        if rows <= len(self._words):
            return
        capacity = max(rows, 2 * len(self._words), 1024)
        words = np.zeros((capacity, WORDS), dtype=np.uint64)
        words[: self._size] = self._words[: self._size]
        codes = np.zeros(capacity, dtype=np.int64)
        codes[: self._size] = self._codes[: self._size]
        alive = np.zeros(capacity, dtype=bool)
        alive[: self._size] = self._alive[: self._size]
        self._words, self._codes, self._alive = words, codes, alive

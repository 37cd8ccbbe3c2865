"""ReportedIndex returns exactly what a brute-force scan over the same hashes returns."""

import numpy as np
import pytest

from takedown.matching.index import MIN_INDEXED_ROWS, ReportedIndex


def random_hashes(rng, n):
    return [rng.bytes(32).hex() for _ in range(n)]


def near(rng, hex_hash, bits):
    """The hash with `bits` distinct bits flipped."""
    value = int(hex_hash, 16)
    for bit in rng.choice(256, size=bits, replace=False):
        value ^= 1 << int(bit)
    return f"{value:064x}"


def hamming(a, b):
    return (int(a, 16) ^ int(b, 16)).bit_count()


def brute_force(entries, query, max_distance):
    best = {}
    for reported_id, hex_hash in entries:
        distance = hamming(hex_hash, query)
        if distance <= max_distance and distance < best.get(reported_id, 257):
            best[reported_id] = distance
    return best


def clustered_entries(rng, n_ids, per_id):
    """Ids with several hashes each, in clusters of near hashes so that queries land near
    many rows at many distances (uniform random hashes are all ~128 bits apart)."""
    entries = []
    centres = random_hashes(rng, max(1, n_ids // 20))
    for reported_id in range(n_ids):
        centre = centres[reported_id % len(centres)]
        for _ in range(per_id):
            entries.append((reported_id, near(rng, centre, int(rng.integers(0, 70)))))
    return entries


def check_queries(index, entries, rng, queries=40):
    hashes = [h for _, h in entries]
    for _ in range(queries):
        query = near(rng, hashes[int(rng.integers(len(hashes)))], int(rng.integers(0, 40)))
        for max_distance in (0, 8, 15, 16, 31, 32, 47, 48, 70):
            expected = brute_force(entries, query, max_distance)
            got = index.query(query, max_distance)
            assert dict(got) == expected, (query, max_distance)
            assert len(got) == len(expected)
            assert [d for _, d in got] == sorted(d for _, d in got)


@pytest.mark.parametrize("n_ids", [50, MIN_INDEXED_ROWS + 500])
def test_query_equals_brute_force(n_ids):
    rng = np.random.default_rng(n_ids)
    entries = clustered_entries(rng, n_ids, per_id=2)
    index = ReportedIndex()
    index.add([i for i, _ in entries], [h for _, h in entries])
    assert len(index) == len(entries)
    check_queries(index, entries, rng)


def test_rows_added_after_the_build_are_found():
    rng = np.random.default_rng(1)
    entries = clustered_entries(rng, MIN_INDEXED_ROWS * 2, per_id=1)
    index = ReportedIndex()
    index.add([i for i, _ in entries], [h for _, h in entries])
    index.query(entries[0][1], 10)  # builds the slice tables
    extra = [(f"late-{i}", near(rng, entries[i][1], 5)) for i in range(300)]
    index.add([i for i, _ in extra], [h for _, h in extra])
    check_queries(index, entries + extra, rng, queries=20)


def test_removed_ids_are_never_returned_and_compaction_keeps_the_rest():
    rng = np.random.default_rng(2)
    entries = clustered_entries(rng, MIN_INDEXED_ROWS + 1000, per_id=2)
    index = ReportedIndex()
    index.add([i for i, _ in entries], [h for _, h in entries])
    index.query(entries[0][1], 31)
    removed = set(range(0, len(entries) // 2, 3))
    index.remove(removed)
    kept = [(i, h) for i, h in entries if i not in removed]
    assert len(index) == len(kept)
    check_queries(index, kept, rng, queries=20)
    # Past a quarter of the rows removed the index compacts; results must not change.
    more = set(range(1, len(entries) // 2, 2)) - removed
    index.remove(more)
    kept = [(i, h) for i, h in kept if i not in more]
    assert len(index) == len(kept)
    check_queries(index, kept, rng, queries=20)
    assert removed.isdisjoint(i for i, _ in index.query(entries[0][1], 256))


def test_an_id_with_several_hashes_is_returned_once_at_its_nearest():
    rng = np.random.default_rng(3)
    base = random_hashes(rng, 1)[0]
    index = ReportedIndex()
    index.add(["photo", "photo", "photo"], [near(rng, base, 20), base, near(rng, base, 9)])
    assert index.query(base, 31) == [("photo", 0)]
    assert "photo" in index


def test_removing_unknown_ids_and_querying_an_empty_index_are_harmless():
    index = ReportedIndex()
    index.remove(["nobody"])
    assert index.query("0" * 64, 31) == []
    assert len(index) == 0


@pytest.mark.parametrize(
    "bad",
    ["abc", "g" * 64, "0" * 63, "0" * 65, None],
)
def test_malformed_hashes_are_refused_with_the_reason(bad):
    index = ReportedIndex()
    with pytest.raises(ValueError, match="PDQ hash"):
        index.add([1], [bad])
    with pytest.raises(ValueError, match="PDQ hash"):
        index.query(bad, 31)


def test_ids_and_hashes_must_pair_up():
    with pytest.raises(ValueError, match="2 ids for 1 PDQ hashes"):
        ReportedIndex().add([1, 2], ["0" * 64])


def test_query_many_returns_each_id_at_its_nearest_over_all_queries():
    rng = np.random.default_rng(4)
    entries = clustered_entries(rng, MIN_INDEXED_ROWS + 200, per_id=2)
    index = ReportedIndex()
    index.add([i for i, _ in entries], [h for _, h in entries])
    hashes = [h for _, h in entries]
    for _ in range(10):
        queries = [near(rng, hashes[int(rng.integers(len(hashes)))], 12) for _ in range(5)]
        expected = {}
        for query in queries:
            for reported_id, distance in brute_force(entries, query, 31).items():
                expected[reported_id] = min(distance, expected.get(reported_id, 257))
        got = index.query_many(queries, 31)
        assert dict(got) == expected
        assert len(got) == len(expected)


def test_an_id_removed_and_added_again_has_only_its_new_hashes():
    rng = np.random.default_rng(5)
    old, new = random_hashes(rng, 2)
    index = ReportedIndex()
    index.add(["photo", *range(MIN_INDEXED_ROWS)], [old, *random_hashes(rng, MIN_INDEXED_ROWS)])
    assert index.query(old, 10) == [("photo", 0)]
    index.remove(["photo"])
    assert "photo" not in index
    index.add(["photo"], [new])
    assert index.query(old, 31) == []
    assert index.query(new, 31) == [("photo", 0)]

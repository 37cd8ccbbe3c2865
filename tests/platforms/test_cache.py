from takedown.platforms.cache import TtlCache


def test_value_is_returned_until_its_timeout_passes():
    now = [0.0]
    cache = TtlCache(clock=lambda: now[0])
    cache.set("k", "v", timeout=10)
    now[0] = 9.9
    assert cache.get("k") == "v"
    now[0] = 10.0
    assert cache.get("k", "gone") == "gone"


def test_oldest_unused_entry_is_evicted_past_the_limit():
    cache = TtlCache(max_entries=2)
    cache.set("a", 1, timeout=60)
    cache.set("b", 2, timeout=60)
    cache.get("a")
    cache.set("c", 3, timeout=60)
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c")) == (1, 3)


def test_no_timeout_keeps_the_value():
    now = [0.0]
    cache = TtlCache(clock=lambda: now[0])
    cache.set("k", "v")
    now[0] = 1e12
    assert cache.get("k") == "v"

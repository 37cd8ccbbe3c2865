import pytest

from takedown.fetching import Fetcher, FetchPolicy
from takedown.fetching.throttle import HostThrottle
from tests.fetching.servers import LocalServer


@pytest.fixture
def server():
    test_server = LocalServer().start()
    yield test_server
    test_server.stop()


def offline_resolver(host, port):
    """Tests never ask real DNS: only localhost resolves."""
    if host == "localhost":
        return ["127.0.0.1"]
    raise OSError(f"no DNS in tests ({host})")


def make_fetcher(server=None, *, resolver=offline_resolver, **policy):
    """A fetcher with short caps whose allow-list holds only ``server``."""
    policy.setdefault("allow", {f"127.0.0.1:{server.port}"} if server else set())
    policy.setdefault("connect_timeout", 1.0)
    policy.setdefault("total_timeout", 3.0)
    policy.setdefault("backoff", 0.01)
    return Fetcher(FetchPolicy(**policy), resolver=resolver, throttle=HostThrottle())

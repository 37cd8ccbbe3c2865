import pytest

from tests.authorization.world import build_world
from tests.staff import sign_in_verified


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def caseworker(world):
    return world.users["caseworker_assigned"]


@pytest.fixture
def cw_client(client, world, caseworker):
    sign_in_verified(client, caseworker)
    return client


@pytest.fixture
def rechecks(monkeypatch):
    """Records request_recheck calls; the real one (takedown.cases.scanning) queues scans."""
    import importlib
    import sys
    import types

    calls = []
    try:
        scanning = importlib.import_module("takedown.cases.scanning")
    except ImportError:
        scanning = types.ModuleType("takedown.cases.scanning")
        monkeypatch.setitem(sys.modules, "takedown.cases.scanning", scanning)
    monkeypatch.setattr(scanning, "request_recheck", calls.append, raising=False)
    return calls

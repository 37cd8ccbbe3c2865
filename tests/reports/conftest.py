import pytest

from tests.followup import factories


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture
def worker(org):
    return factories.caseworker(org=org)

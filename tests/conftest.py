import pytest

from takedown.cases.services import case_create


@pytest.fixture
def case(db):
    case, _pin = case_create()
    return case

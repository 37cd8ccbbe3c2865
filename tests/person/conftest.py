import re

import pytest

from takedown.cases.models import Case


def start_case(client) -> tuple[Case, str]:
    """Starts a case the way a person does; returns it with the PIN shown once."""
    response = client.post("/start/")
    assert response.status_code == 200
    pin = re.search(r'id="pin">(\d{8})<', response.text).group(1)
    reference = re.search(r'id="reference">(TD-[0-9A-Z]{4}-[0-9A-Z]{4})<', response.text).group(1)
    return Case.objects.get(reference=reference), pin


@pytest.fixture
def started(client, db):
    """A client that has just started a case (its session sees it)."""
    case, pin = start_case(client)
    return client, case, pin

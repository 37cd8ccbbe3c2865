import pytest

from takedown.platforms import AbuseContact
from tests.followup import factories

# The scan pipeline's local site and photos, for the tests that run the real rechecks.
from tests.scanning.conftest import photos, reported, site  # noqa: F401


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture
def worker(org):
    return factories.caseworker(org=org)


@pytest.fixture
def followed(org, worker):
    """(case, target, notice): a TAKE IT DOWN notice to X, sent, deadline 48 h later."""
    case = factories.person_case(org, assignee=worker)
    target = factories.matched_target(case)
    return case, target, factories.sent_notice(case, [target])


@pytest.fixture(autouse=True)
def no_rdap(monkeypatch):
    """The host lookup would reach the RDAP registries; tests answer for them."""

    def lookup(url):
        return AbuseContact(
            network="EXAMPLE-NET 203.0.113.0/24",
            organisation="Example Hosting",
            email="abuse@hosting.example",
            rdap_url="https://rdap.example/ip/203.0.113.7",
            source="https://rdap.example/ip/203.0.113.7",
        )

    monkeypatch.setattr("takedown.followup.escalations.abuse_contact", lookup)

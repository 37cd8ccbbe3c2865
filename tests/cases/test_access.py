import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.http import Http404

from takedown.cases.access import get_visible_case, grant_session_access, visible_cases
from takedown.cases.models import Membership, Organization
from takedown.cases.services import case_create


@pytest.fixture
def people(db):
    User = get_user_model()
    org = Organization.objects.create(name="Helpline", slug="helpline")
    other_org = Organization.objects.create(name="Other", slug="other")
    users = {
        name: User.objects.create_user(name, password="x")
        for name in ("owner", "stranger", "assigned", "colleague", "outsider", "orgadmin")
    }
    users["superuser"] = User.objects.create_superuser("root", password="x")
    Membership.objects.create(organization=org, user=users["assigned"])
    Membership.objects.create(organization=org, user=users["colleague"])
    Membership.objects.create(organization=other_org, user=users["outsider"])
    Membership.objects.create(organization=org, user=users["orgadmin"], role="admin")
    case, _ = case_create(owner=users["owner"], organization=org)
    case.assignees.add(users["assigned"])
    return case, users


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("owner", True),
        ("assigned", True),
        ("stranger", False),
        ("colleague", False),
        ("outsider", False),
        ("orgadmin", False),
        ("superuser", False),
    ],
)
def test_only_owner_and_assigned_caseworkers_see_a_case(people, who, sees):
    case, users = people
    assert visible_cases(user=users[who]).filter(pk=case.pk).exists() is sees


def test_a_session_that_proved_the_pin_sees_the_case_and_no_other(people):
    case, _users = people
    other, _ = case_create()
    session = SessionStore()
    grant_session_access(session, other)
    assert list(visible_cases(user=None, session=session)) == [other]
    assert get_visible_case(user=None, session=session, reference=other.reference) == other
    with pytest.raises(Http404):
        get_visible_case(user=None, session=session, reference=case.reference)


def test_an_anonymous_visitor_sees_nothing(people):
    assert not visible_cases(user=None, session=SessionStore()).exists()

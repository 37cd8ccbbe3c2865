"""The people and the case every row of the authorisation matrix is checked against.

person_a owns the case; it is with organisation 1 and assigned to caseworker_assigned.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from takedown.cases.models import (
    Candidate,
    Membership,
    Notice,
    Organization,
    ReportedImage,
    Target,
    TargetStatus,
)
from takedown.cases.models import Match as MatchRow
from takedown.cases.services import case_create
from takedown.dashboard.authorisations import authorisation_record
from tests.staff import make_member, sign_in_verified

ROLES = (
    "anonymous",
    "person_a",
    "person_b",
    "caseworker_assigned",
    "caseworker_same_org",
    "caseworker_other_org",
    "org_admin",
    "superuser",
)
PLATFORM = "reddit"


@dataclass
class World:
    users: dict
    case: object
    other_case: object
    organization: object
    target: object
    reported_image: object
    notice: object
    authorisation: object

    def kwargs(self) -> dict:
        """Values for the URL parameters views take, by parameter name."""
        return {
            "reference": self.case.reference,
            "case_id": self.case.pk,
            "platform": PLATFORM,
            "target_id": self.target.pk,
            "reported_image_id": self.reported_image.pk,
            "image_id": self.reported_image.pk,
            "notice_id": self.notice.pk,
            "authorisation_id": self.authorisation.pk,
            "organization": self.organization.slug,
            "slug": self.organization.slug,
        }

    def sign_in(self, client, role: str) -> None:
        user = self.users.get(role)
        if user is None:
            return
        if role.startswith(("caseworker", "org_admin", "superuser")):
            sign_in_verified(client, user)
        else:
            client.force_login(user)


def build_world() -> World:
    users = get_user_model().objects
    org1 = Organization.objects.create(name="Helpline One", slug="helpline-one", country="US")
    org2 = Organization.objects.create(name="Helpline Two", slug="helpline-two", country="ES")
    person_a = users.create_user(username="person_a", password="x", email="a@example.org")
    person_b = users.create_user(username="person_b", password="x", email="b@example.org")
    assigned = make_member("caseworker_assigned", org1)
    same_org = make_member("caseworker_same_org", org1)
    other_org = make_member("caseworker_other_org", org2)
    admin = make_member("org_admin", org1, role=Membership.Role.ADMIN)
    superuser = make_member("superuser", None, is_superuser=True, is_staff=True)

    case, _pin = case_create(owner=person_a, organization=org1)
    case.full_name = "Alex Example"
    case.email = "alex@example.org"
    case.country = "US"
    case.save()
    case.assignees.add(assigned)
    other_case, _pin = case_create(owner=person_b, organization=org2)
    other_case.assignees.add(other_org)

    reported = ReportedImage.objects.create(case=case, sha256="a" * 64, pdq="f" * 64)
    target = Target.objects.create(
        case=case,
        url="https://www.reddit.com/r/example/comments/1",
        platform=PLATFORM,
        status=TargetStatus.MATCHED,
    )
    candidate = Candidate.objects.create(
        target=target,
        image_url="https://i.redd.it/1.jpg",
        sha256="b" * 64,
        pdq="f" * 64,
        fetched_at=timezone.now(),
    )
    MatchRow.objects.create(
        reported_image=reported, candidate=candidate, algorithm="PDQ", distance=4, confidence=0.98
    )
    notice = Notice.objects.create(case=case, platform=PLATFORM, legal_basis="platform-policy")
    notice.targets.add(target)
    authorisation = authorisation_record(
        case=case,
        organization=org1,
        given_by="Alex Example",
        method="signed_form",
        given_at=timezone.now() - timedelta(days=1),
        actor=assigned,
        affirmations=["not-consensual", "accurate"],
    )
    return World(
        users={
            "person_a": person_a,
            "person_b": person_b,
            "caseworker_assigned": assigned,
            "caseworker_same_org": same_org,
            "caseworker_other_org": other_org,
            "org_admin": admin,
            "superuser": superuser,
        },
        case=case,
        other_case=other_case,
        organization=org1,
        target=target,
        reported_image=reported,
        notice=notice,
        authorisation=authorisation,
    )

"""A caseworker's case with a matched URL and a notice, as the follow-up finds them."""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model

from takedown.cases.models import (
    Candidate,
    CaseStatus,
    Match,
    Membership,
    Notice,
    NoticeStatus,
    Organization,
    ReportedImage,
    Target,
    TargetStatus,
)
from takedown.cases.services import case_create

SENT_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def organization(slug="helpline", **fields):
    return Organization.objects.get_or_create(slug=slug, defaults={"name": slug, **fields})[0]


def caseworker(username="cw", org=None, role=Membership.Role.CASEWORKER):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@helpline.example", password="pw-for-tests-only"
    )
    Membership.objects.create(organization=org or organization(), user=user, role=role)
    return user


def person_case(org, *, assignee=None, country="US"):
    case, _pin = case_create(organization=org)
    case.full_name = "Alex Example"
    case.email = "alex@example.org"
    case.signature = "Alex Example"
    case.country = country
    case.status = CaseStatus.ACTIVE
    case.save()
    if assignee:
        case.assignees.add(assignee)
    return case


def matched_target(case, url="https://x.com/someone/status/1", platform="x"):
    target = Target.objects.create(
        case=case,
        url=url,
        platform=platform,
        status=TargetStatus.MATCHED,
        last_checked_at=SENT_AT,
    )
    reported = case.reported_images.first() or ReportedImage.objects.create(
        case=case, sha256="a" * 64, pdq="f" * 64
    )
    candidate = Candidate.objects.create(
        target=target, image_url=url + "/photo.jpg", sha256="b" * 64, pdq="e" * 64
    )
    Match.objects.create(
        reported_image=reported,
        candidate=candidate,
        algorithm="pdq",
        distance=12,
        confidence=0.97,
    )
    return target


def sent_notice(case, targets, *, basis="take-it-down", platform="x", sent_at=SENT_AT):
    notice = Notice.objects.create(
        case=case,
        platform=platform,
        legal_basis=basis,
        subject="Notice",
        text="The notice as sent.",
        status=NoticeStatus.SENT,
        sent_at=sent_at,
    )
    notice.targets.set(targets)
    return notice

import io
from datetime import timedelta

from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from takedown.cases.models import (
    Candidate,
    Event,
    FetchRecord,
    Match,
    Notice,
    NoticeOutcome,
    NoticeStatus,
    ReportedImage,
    Target,
)
from takedown.cases.services import case_delete

PDQ = "f" * 16 + "0" * 16 + "a5" * 16
PHASH = "c3c3c3c3c3c3c3c3"
SHA = "ab" * 32
NAME = "Lucía Fernández"


def build_full_case(case):
    case.full_name = NAME
    case.email = "lucia@example.org"
    case.save()
    image = ReportedImage.objects.create(
        case=case, label="playa", pdq=PDQ, pdq_quality=90, phash=PHASH, sha256=SHA
    )
    target = Target.objects.create(
        case=case, url="https://images.example.net/g/123", status="matched"
    )
    candidate = Candidate.objects.create(
        target=target,
        image_url="https://images.example.net/i/1.jpg",
        pdq=PDQ,
        phash=PHASH,
        sha256=SHA,
    )
    Match.objects.create(reported_image=image, candidate=candidate, algorithm="pdq", distance=3)
    now = timezone.now()
    FetchRecord.objects.create(
        target=target, kind="page", fetched_at=now, url=target.url, sha256=SHA
    )
    notice = Notice.objects.create(
        case=case,
        platform="imgur",
        legal_basis="take-it-down",
        text=f"I, {NAME}, request removal",
        status=NoticeStatus.REMOVED,
        sent_at=now - timedelta(hours=30),
        removed_at=now,
    )
    notice.targets.add(target)
    Event.objects.create(case=case, kind="notice_sent", detail={"notice": notice.pk})


def test_deleting_a_case_removes_every_row_about_the_person(case):
    build_full_case(case)
    case_delete(case=case)
    for model in (ReportedImage, Target, Candidate, Match, FetchRecord, Notice, Event):
        assert not model.objects.exists(), model.__name__
    assert not apps.get_model("cases", "Case").objects.exists()


def test_deleting_a_case_keeps_only_an_anonymous_outcome(case):
    build_full_case(case)
    case_delete(case=case)
    outcome = NoticeOutcome.objects.get()
    assert (outcome.platform, outcome.legal_basis, outcome.removed) == (
        "imgur",
        "take-it-down",
        True,
    )
    assert outcome.hours_to_removal == 30
    assert outcome.sent_month.day == 1


def test_nothing_fingerprinting_the_person_survives_in_a_database_dump(case):
    build_full_case(case)
    reference = case.reference
    case_delete(case=case)
    dump = io.StringIO()
    call_command("dumpdata", "cases", stdout=dump)
    for trace in (PDQ, PHASH, SHA, NAME, reference, "images.example.net"):
        assert trace not in dump.getvalue()

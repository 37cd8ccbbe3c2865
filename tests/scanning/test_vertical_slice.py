"""The whole path in one test, on SQLite with in-process tasks (issue 2's vertical slice):
hash a local image, fetch a URL safely, match, store the match, render a notice."""

from datetime import UTC

import pytest

from takedown.cases.models import Match, Notice, Target, TargetStatus
from takedown.cases.scanning import request_scan
from takedown.notices.draft import draft
from takedown.notices.facts import (
    ACCURATE,
    NOT_CONSENSUAL,
    Evidence,
    MatchedUrl,
    NoticeFacts,
    Recipient,
    Requester,
)
from takedown.notices.render import render_text
from tests.scanning.images import add_reported

pytestmark = pytest.mark.django_db


def test_from_a_local_image_to_a_plain_text_notice(
    case, site, photos, tmp_path, django_capture_on_commit_callbacks
):
    # 1. The person's photo, hashed in memory with PDQ and pHash; only hashes are kept.
    original = tmp_path / "photo.jpg"
    original.write_bytes(photos["original"])
    reported = add_reported(case, original.read_bytes(), label="photo")
    assert len(reported.pdq) == 64 and len(reported.phash) == 16

    # 2. A page where someone re-posted it, smaller and recompressed.
    page = site.page("/thread/7", [site.image("/media/7.jpg", photos["reupload"])])
    target = Target.objects.create(case=case, url=page)

    # 3. Fetch safely, match and store, through the same task a worker runs.
    with django_capture_on_commit_callbacks(execute=True):
        request_scan(target)
    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    match = Match.objects.select_related("candidate").get(reported_image=reported)

    # 4. A notice naming the URL and how it matched, rendered as plain text and stored.
    facts = NoticeFacts(
        requester=Requester(name="Alex Example", email="alex@example.org"),
        recipient=Recipient(platform_name="Example Hosting", kind="abuse"),
        urls=(
            MatchedUrl(
                url=target.url,
                evidence=Evidence(
                    found_at=match.created_at.astimezone(UTC),
                    algorithm="PDQ",
                    sha256=match.candidate.sha256,
                    pdq=match.candidate.pdq,
                    distance=match.distance,
                    confidence=match.confidence,
                ),
            ),
        ),
        affirmations=frozenset({NOT_CONSENSUAL, ACCURATE}),
    )
    text = render_text(draft("host-abuse", facts=facts, language="en"))
    notice = Notice.objects.create(
        case=case, platform=target.platform, legal_basis="host-abuse", text=text
    )
    notice.targets.add(target)

    stored = Notice.objects.get(pk=notice.pk)
    assert page in stored.text
    assert match.candidate.sha256 in stored.text
    assert "Alex Example" in stored.text
    assert "PDQ" in stored.text

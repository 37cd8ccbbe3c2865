"""The follow-up with the real scan pipeline against a local site: a notice is sent, the
recheck finds the page gone, the notice is recorded removed with its time to removal;
the content comes back and a re-upload draft opens."""

from datetime import timedelta

import pytest
from django.utils import timezone

from takedown.cases.models import NoticeStatus, Target, TargetStatus
from takedown.cases.tasks import scan_target
from takedown.followup.tasks import follow_up_notices, recheck_open_notices
from tests.followup import factories


@pytest.fixture
def sent(case, reported, site, photos):
    page = site.page("/posts/42", [site.image("/img/1.jpg", photos["reupload"])])
    target = Target.objects.create(case=case, url=page)
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    # The local site is on no platform; pretend it is X so a notice can name it.
    Target.objects.filter(pk=target.pk).update(
        platform="x", last_checked_at=timezone.now() - timedelta(hours=30)
    )
    notice = factories.sent_notice(case, [target], sent_at=timezone.now() - timedelta(hours=10))
    return target, notice


def test_recheck_finds_the_page_gone_and_the_removal_is_recorded(
    sent, site, django_capture_on_commit_callbacks
):
    target, notice = sent
    site.add("/posts/42", b"gone", "text/plain", status=404)
    with django_capture_on_commit_callbacks(execute=True):
        assert recheck_open_notices() == 1
    target.refresh_from_db()
    assert target.status == TargetStatus.REMOVED
    assert follow_up_notices()["removed"] == 1
    notice.refresh_from_db()
    assert notice.status == NoticeStatus.REMOVED
    assert notice.removed_at == target.removed_at
    assert 9 <= (notice.removed_at - notice.sent_at).total_seconds() / 3600 <= 11


def test_content_back_after_removal_opens_a_reupload_draft(
    sent,
    site,
    photos,
    django_capture_on_commit_callbacks,
):
    from takedown.cases import scanning

    target, notice = sent
    site.add("/posts/42", b"gone", "text/plain", status=404)
    assert scanning.recheck(target.pk).removed
    follow_up_notices()
    site.page("/posts/42", [site.url("/img/1.jpg")])
    assert not scanning.recheck(target.pk).removed
    assert follow_up_notices()["reuploaded"] == 1
    draft = notice.case.notices.get(status=NoticeStatus.DRAFTED)
    assert list(draft.targets.all()) == [target]
    assert follow_up_notices()["reuploaded"] == 0


def test_the_evidence_package_of_a_real_scan_holds_no_image_bytes(sent, site, photos):
    import io
    import zipfile

    from takedown.notices.pdf import weasyprint_available
    from takedown.reports.evidence import evidence_package

    if not weasyprint_available():
        pytest.skip("needs WeasyPrint")
    target, notice = sent
    archive = zipfile.ZipFile(io.BytesIO(evidence_package(notice.case)))
    names = archive.namelist()
    assert any(name.endswith("fetches.json") for name in names)
    served = photos["reupload"]
    for name in names:
        content = archive.read(name)
        assert served[100:164] not in content, name
        assert b"\xff\xd8\xff" not in content, f"JPEG data in {name}"
    assert target.url.encode() in archive.read(f"{notice.case.reference}/data/targets.csv")

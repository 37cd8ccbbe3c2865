"""A reported image found again on a platform already notified opens a new notice draft."""

from takedown.cases.models import Event, NoticeStatus, TargetStatus
from takedown.followup.reuploads import on_new_match
from tests.followup import factories


def new_match(case, url, platform="x"):
    target = factories.matched_target(case, url=url, platform=platform)
    return target, target.candidates.get().matches.get()


def test_new_url_on_notified_platform_opens_one_draft(followed):
    case, _target, notice = followed
    target, match = new_match(case, "https://x.com/other/status/7")
    draft = on_new_match(match)
    assert draft is not None and draft.pk != notice.pk
    assert draft.status == NoticeStatus.DRAFTED
    assert draft.legal_basis == "take-it-down" and draft.platform == "x"
    assert list(draft.targets.all()) == [target]
    assert target.url in draft.text
    assert on_new_match(match.pk) == draft  # twice: nothing new
    assert case.notices.filter(status=NoticeStatus.DRAFTED).count() == 1
    assert Event.objects.filter(case=case, kind="reupload_detected").count() == 1
    # A second re-upload joins the same draft rather than opening another.
    other, other_match = new_match(case, "https://x.com/other/status/8")
    assert on_new_match(other_match) == draft
    assert set(draft.targets.all()) == {target, other}


def test_platform_never_notified_opens_nothing(followed):
    case, _target, _notice = followed
    _other, match = new_match(case, "https://www.reddit.com/r/a/1", platform="reddit")
    assert on_new_match(match) is None


def test_more_evidence_for_a_url_already_asked_for_is_not_a_reupload(followed):
    _case, target, _notice = followed
    assert on_new_match(target.candidates.get().matches.get()) is None


def test_url_back_after_removal_is_a_reupload(followed):
    _case, target, notice = followed
    notice.status = NoticeStatus.REMOVED
    notice.save()
    target.status = TargetStatus.MATCHED
    target.save()
    draft = on_new_match(target.candidates.get().matches.get())
    assert draft is not None and list(draft.targets.all()) == [target]


def test_recheck_finding_content_back_opens_a_draft_once(followed):
    from takedown.followup.reuploads import sweep_reuploads

    case, target, notice = followed
    notice.status = NoticeStatus.REMOVED
    notice.save()
    # What takedown.cases.scanning.recheck does when the content is back: no new Match.
    target.status, target.removed_at = TargetStatus.MATCHED, None
    target.save()
    assert sweep_reuploads() == 1
    assert sweep_reuploads() == 0
    draft = case.notices.get(status=NoticeStatus.DRAFTED)
    assert list(draft.targets.all()) == [target]


def test_the_sweep_finds_a_new_url_without_being_called(followed):
    from takedown.followup.reuploads import sweep_reuploads

    case, _target, _notice = followed
    target, _match = new_match(case, "https://x.com/other/status/77")
    new_match(case, "https://www.reddit.com/r/a/2", platform="reddit")  # never notified
    assert sweep_reuploads() == 1
    assert sweep_reuploads() == 0
    draft = case.notices.get(status=NoticeStatus.DRAFTED)
    assert list(draft.targets.all()) == [target]


def test_the_check_task_opens_the_draft(followed):
    from takedown.followup.tasks import check_reupload

    case, _target, _notice = followed
    _other, match = new_match(case, "https://x.com/other/status/79")
    draft_id = check_reupload.delay(match.pk).get()
    assert case.notices.get(status=NoticeStatus.DRAFTED).pk == draft_id

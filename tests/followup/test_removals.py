from datetime import timedelta

from takedown.cases.models import Event, NoticeStatus, TargetStatus
from takedown.followup.removals import record_removals
from tests.followup import factories
from tests.followup.factories import SENT_AT


def remove(target, hours):
    target.status = TargetStatus.REMOVED
    target.removed_at = SENT_AT + timedelta(hours=hours)
    target.save()


def test_notice_is_removed_when_its_last_url_goes(followed):
    case, first, notice = followed
    second = factories.matched_target(case, url="https://x.com/someone/status/2")
    notice.targets.add(second)
    remove(first, 5)
    assert record_removals() == 0
    notice.refresh_from_db()
    assert notice.status == NoticeStatus.SENT
    remove(second, 30)
    assert record_removals() == 1
    assert record_removals() == 0
    notice.refresh_from_db()
    assert notice.status == NoticeStatus.REMOVED
    assert notice.removed_at == SENT_AT + timedelta(hours=30)
    event = Event.objects.get(case=case, kind="notice_removed")
    assert event.detail["hours_to_removal"] == 30


def test_drafted_notices_are_not_marked(followed):
    _case, target, notice = followed
    notice.status = NoticeStatus.DRAFTED
    notice.save()
    remove(target, 3)
    assert record_removals() == 0

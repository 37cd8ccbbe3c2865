from datetime import timedelta

import pytest
import time_machine

from takedown.cases.models import NoticeStatus, TargetStatus
from takedown.followup import rechecks
from takedown.followup.tasks import recheck_open_notices
from tests.followup import factories
from tests.followup.factories import SENT_AT


@pytest.fixture
def queued(monkeypatch):
    seen = []
    monkeypatch.setattr(rechecks, "request_recheck", lambda target: seen.append(target.url))
    return seen


def test_urls_under_open_notices_are_rechecked_each_interval(followed, queued, settings):
    settings.TAKEDOWN_RECHECK_HOURS = 6
    _case, target, _notice = followed
    with time_machine.travel(SENT_AT + timedelta(hours=2), tick=False):
        assert recheck_open_notices() == 0
    with time_machine.travel(SENT_AT + timedelta(hours=6), tick=False):
        assert recheck_open_notices() == 1
    assert queued == [target.url]


def test_removed_and_unsent_urls_are_left_alone(followed, queued):
    case, target, _notice = followed
    drafted_only = factories.matched_target(case, url="https://x.com/someone/status/9")
    draft = factories.sent_notice(case, [drafted_only])
    draft.status, draft.sent_at = NoticeStatus.DRAFTED, None
    draft.save()
    target.status = TargetStatus.REMOVED
    target.save()
    with time_machine.travel(SENT_AT + timedelta(days=5), tick=False):
        assert recheck_open_notices() == 0
    assert queued == []


def test_a_run_queues_one_batch_longest_unchecked_first(followed, queued):
    case, _first, notice = followed
    others = [
        factories.matched_target(case, url=f"https://x.com/someone/status/{n}")
        for n in (10, 11, 12)
    ]
    for hours, target in zip((40, 50, 60), others, strict=True):
        target.last_checked_at = SENT_AT - timedelta(hours=hours)
        target.save()
        notice.targets.add(target)
    with time_machine.travel(SENT_AT + timedelta(days=2), tick=False):
        assert rechecks.recheck_open_notices(batch=2) == 2
    assert queued == [others[2].url, others[1].url]

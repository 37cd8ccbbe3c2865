"""A notice is sent, its deadline passes: the reminders and the escalation drafts appear
exactly once each, however often beat runs the task."""

from datetime import timedelta

import time_machine
from django.core import mail

from takedown.cases.models import Event, Notice, NoticeStatus
from takedown.followup.models import Escalation, EscalationKind, NoticeReminder
from takedown.followup.tasks import follow_up_notices
from tests.followup import factories
from tests.followup.factories import SENT_AT


def at(hours):
    return time_machine.travel(SENT_AT + timedelta(hours=hours), tick=False)


def test_reminder_before_the_deadline_only(followed):
    _case, _target, _notice = followed
    with at(23):
        assert follow_up_notices()["reminded"] == 0
    with at(25):  # 48 h deadline: the 24-hours-before reminder is due
        result = follow_up_notices()
    assert result == {"removed": 0, "reminded": 1, "escalated": 0, "reuploaded": 0}
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["cw@helpline.example"]
    assert "Deadline in 24 hours" in mail.outbox[0].subject
    # The reminder names the case, never the person.
    assert "Alex" not in mail.outbox[0].body
    assert not Escalation.objects.exists()


def test_deadline_passing_reminds_and_escalates_exactly_once(followed):
    case, _target, notice = followed
    with at(25):
        follow_up_notices()
    with at(49):
        first = follow_up_notices()
        second = follow_up_notices()
    assert first["reminded"] == 1 and first["escalated"] == 5
    assert second == {"removed": 0, "reminded": 0, "escalated": 0, "reuploaded": 0}
    assert [m.subject.split(":")[0] for m in mail.outbox] == [
        "Deadline in 24 hours",
        "Deadline passed",
    ]
    assert sorted(NoticeReminder.objects.values_list("offset_hours", flat=True)) == [-24, 0]
    steps = {(s.kind, s.recipient) for s in Escalation.objects.all()}
    assert steps == {
        (EscalationKind.SECOND_NOTICE, ""),
        (EscalationKind.HOST_ABUSE, ""),
        (EscalationKind.DEINDEX, "google-search"),
        (EscalationKind.DEINDEX, "bing"),
        (EscalationKind.REGULATOR, "ftc"),
    }
    drafts = Notice.objects.filter(escalates=notice)
    assert drafts.count() == 5
    assert all(d.status == NoticeStatus.DRAFTED for d in drafts)
    assert Event.objects.filter(case=case, kind="escalation_drafted").count() == 5
    assert Event.objects.filter(case=case, kind="deadline_reminder").count() == 2


def test_escalation_drafts_carry_the_text_and_the_urls(followed):
    _case, target, _notice = followed
    with at(49):
        follow_up_notices()
    second = Escalation.objects.get(kind=EscalationKind.SECOND_NOTICE).draft
    assert second.subject.startswith("Second notice")
    assert target.url in second.text
    assert "48 hours" in second.text
    assert list(second.targets.all()) == [target]
    # The person confirmed what TAKE IT DOWN asks; a host report also needs them to
    # vouch for accuracy, which nobody may assume: the draft says what is missing.
    host = Escalation.objects.get(kind=EscalationKind.HOST_ABUSE)
    assert "accuracy_statement" in host.problem
    assert host.draft.text == ""
    regulator = Escalation.objects.get(kind=EscalationKind.REGULATOR)
    assert regulator.draft.channel == "regulator:ftc"
    assert regulator.draft.text
    assert Escalation.objects.get(recipient="bing").draft.platform == "bing"


def test_beat_down_for_days_sends_only_the_latest_reminder(followed):
    with at(48 + 80):
        follow_up_notices()
    assert len(mail.outbox) == 1
    assert "72 hours past the deadline" in mail.outbox[0].subject
    assert sorted(NoticeReminder.objects.values_list("offset_hours", flat=True)) == [-24, 0, 72]


def test_removed_notice_is_not_chased(followed):
    _case, target, _notice = followed
    target.status = "removed"
    target.removed_at = SENT_AT + timedelta(hours=30)
    target.save()
    with at(49):
        result = follow_up_notices()
    assert result == {"removed": 1, "reminded": 0, "escalated": 0, "reuploaded": 0}
    assert mail.outbox == []


def test_missing_facts_still_draft_each_step_with_the_reason(followed):
    case, _target, _notice = followed
    case.signature = ""
    case.save()
    with at(49):
        follow_up_notices()
    second = Escalation.objects.get(kind=EscalationKind.SECOND_NOTICE)
    assert second.draft.text == ""
    assert "signature" in second.problem


def test_no_regulator_step_where_the_law_has_none(org, worker):

    case = factories.person_case(org, assignee=worker, country="US")
    target = factories.matched_target(case, url="https://www.reddit.com/r/x/1", platform="reddit")
    factories.sent_notice(case, [target], basis="platform-policy", platform="reddit")
    with at(24 * 60):
        follow_up_notices()
    assert not Escalation.objects.filter(kind=EscalationKind.REGULATOR).exists()


def test_a_sent_escalation_is_reminded_but_not_escalated_again(followed):
    with at(49):
        follow_up_notices()
    second = Escalation.objects.get(kind=EscalationKind.SECOND_NOTICE).draft
    second.status, second.sent_at = NoticeStatus.SENT, SENT_AT + timedelta(hours=50)
    second.save()
    with at(50 + 49):
        result = follow_up_notices()
    assert result["escalated"] == 0
    assert NoticeReminder.objects.filter(notice=second).exists()


def test_one_broken_notice_does_not_stop_the_others(followed, monkeypatch, caplog):
    case, _target, good = followed
    other = factories.matched_target(case, url="https://x.com/someone/status/5")
    broken = factories.sent_notice(case, [other], basis="no-such-law")
    broken.deadline_at = SENT_AT + timedelta(hours=1)
    broken.save()
    from takedown.followup import escalations

    real = escalations.escalate_notice

    def fail_for_broken(notice, **kwargs):
        if notice.pk == broken.pk:
            raise RuntimeError("boom")
        return real(notice, **kwargs)

    monkeypatch.setattr(escalations, "escalate_notice", fail_for_broken)
    with at(49):
        result = follow_up_notices()
    assert result["escalated"] == 5
    assert Escalation.objects.filter(original=good).count() == 5
    assert f"Follow-up of notice {broken.pk} failed" in caplog.text


def test_unknown_basis_gets_drafts_saying_why(followed):
    case, _target, _good = followed
    other = factories.matched_target(case, url="https://x.com/someone/status/6")
    odd = factories.sent_notice(case, [other], basis="no-such-law")
    odd.deadline_at = SENT_AT + timedelta(hours=1)
    odd.save()
    with at(2):
        follow_up_notices()
    second = Escalation.objects.get(original=odd, kind=EscalationKind.SECOND_NOTICE)
    assert "no-such-law" in second.problem
    assert not Escalation.objects.filter(original=odd, kind=EscalationKind.REGULATOR).exists()


def test_a_failed_e_mail_is_tried_again_on_the_next_run(followed, monkeypatch):
    import smtplib

    from takedown.followup import reminders

    def down(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    working = reminders.send_mail
    monkeypatch.setattr(reminders, "send_mail", down)
    with at(25):
        assert follow_up_notices()["reminded"] == 0
    assert not NoticeReminder.objects.exists()
    monkeypatch.setattr(reminders, "send_mail", working)
    with at(26):
        assert follow_up_notices()["reminded"] == 1
    assert len(mail.outbox) == 1

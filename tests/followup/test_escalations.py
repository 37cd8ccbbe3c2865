"""Redrafting an escalation step at sending time, from facts the sender builds (with the
statements on the authorisation to act), gives the right kind of document."""

from dataclasses import replace
from datetime import timedelta

import time_machine

from takedown.followup.escalations import escalation_document, escalation_for, original_facts
from takedown.followup.models import EscalationKind
from takedown.followup.tasks import follow_up_notices
from takedown.notices.draft import REGULATOR_COMPLAINT, SECOND_NOTICE
from takedown.notices.facts import ACCURATE
from tests.followup.factories import SENT_AT


def drafted_steps(followed):
    _case, _target, notice = followed
    with time_machine.travel(SENT_AT + timedelta(hours=49), tick=False):
        follow_up_notices()
    return {(s.kind, s.recipient): s for s in notice.escalation_steps.all()}


def test_each_step_redrafts_as_its_own_kind(followed):
    steps = drafted_steps(followed)
    facts = original_facts(followed[2])
    second = escalation_document(steps[(EscalationKind.SECOND_NOTICE, "")], facts)
    assert second.kind == SECOND_NOTICE
    assert second.facts.prior[0].sent_at == SENT_AT
    complaint = escalation_document(steps[(EscalationKind.REGULATOR, "ftc")], facts)
    assert complaint.kind == REGULATOR_COMPLAINT and complaint.regulator.slug == "ftc"


def test_host_report_completes_once_the_person_vouched_for_accuracy(followed):
    steps = drafted_steps(followed)
    host_step = steps[(EscalationKind.HOST_ABUSE, "")]
    assert host_step.host_email == "abuse@hosting.example"
    facts = original_facts(followed[2])
    # The statements an authorisation to act records, as the sending code passes them.
    vouched = replace(facts, affirmations=facts.affirmations | {ACCURATE})
    document = escalation_document(host_step, vouched)
    assert document.facts.recipient.email == "abuse@hosting.example"
    assert document.facts.recipient.platform_name == "Example Hosting"
    deindex = escalation_document(steps[(EscalationKind.DEINDEX, "bing")], vouched)
    assert deindex.facts.recipient.platform_slug == "bing"


def test_escalation_for_finds_the_step_of_a_stored_draft(followed):
    steps = drafted_steps(followed)
    step = steps[(EscalationKind.SECOND_NOTICE, "")]
    assert escalation_for(step.draft) == step
    assert escalation_for(followed[2]) is None

"""When a deadline passes with the content still up, draft every next step at once: a
second notice, a report to the hosting provider, de-indexing requests to the search
engines, and a complaint to the regulator where the law has one.

Drafts only: a caseworker reads and sends them. Each step is drafted once per notice
(the Escalation row is unique), however often the task runs. The sending code redrafts a
step with `escalation_document`, from facts it builds with the authorisation on file, so
that what goes out is a second notice or a complaint, not a copy of the first notice.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from takedown.cases.models import Notice, NoticeStatus
from takedown.cases.services import event_record
from takedown.followup.drafting import CannotDraft, facts_for, recipient_of
from takedown.followup.models import Escalation, EscalationKind
from takedown.followup.selectors import (
    deadline_due_by,
    deadline_of,
    each_notice,
    open_notices,
)
from takedown.notices import bases
from takedown.notices import escalation as escalate
from takedown.notices.basis import MissingElements, Regulator, UnknownBasis
from takedown.notices.draft import BasisNotApplicable, UnsupportedLanguage, draft
from takedown.notices.draft import Notice as Document
from takedown.notices.facts import NoticeFacts, Recipient
from takedown.notices.render import render_text
from takedown.platforms import AbuseLookupError, abuse_contact

# Search engines asked to de-index the URLs: the registry slugs of their removal forms.
SEARCH_ENGINES = ("google-search", "bing")
MAX_STEPS = 3 + len(SEARCH_ENGINES)

DRAFTING_ERRORS = (
    CannotDraft,
    MissingElements,
    BasisNotApplicable,
    UnknownBasis,
    UnsupportedLanguage,
)


def regulator_of(notice: Notice) -> Regulator | None:
    try:
        return bases.get(notice.legal_basis).regulator(notice.case.country)
    except UnknownBasis:
        return None


def host_contact(notice: Notice) -> tuple[str, str, str]:
    """(name, abuse e-mail, RDAP record) of the network hosting the notice's first URL."""
    target = notice.targets.first()
    if target is None:
        raise CannotDraft("The notice covers no URL.")
    try:
        contact = abuse_contact(target.url)
    except AbuseLookupError as error:
        raise CannotDraft(error.message) from error
    if not contact.email:
        raise CannotDraft(f"The network {contact.network} lists no abuse mailbox.")
    return contact.organisation or contact.network, contact.email, contact.rdap_url


def original_facts(notice: Notice) -> NoticeFacts:
    """The first notice's facts, rebuilt from the case (see drafting.py for what goes in)."""
    recipient = recipient_of(notice.platform, notice.legal_basis, notice.channel)
    return facts_for(notice, recipient=recipient)


def escalation_document(step: Escalation, facts: NoticeFacts, *, now=None) -> Document:
    """The step's document, drafted from `facts`: the facts of the notice it follows up
    (recipient: the original platform). Raises what drafting raises when something is
    missing."""
    original = step.original
    now = now or timezone.now()
    first = draft(original.legal_basis, facts=facts, language=original.language, now=now)
    cited = {"sent_at": original.sent_at, "reference": original.reference, "now": now}
    if step.kind == EscalationKind.SECOND_NOTICE:
        return escalate.draft_second_notice(first, **cited)
    if step.kind == EscalationKind.REGULATOR:
        return escalate.draft_regulator_complaint(first, **cited)
    if step.kind == EscalationKind.DEINDEX:
        engine = recipient_of(step.recipient, "deindex")
        return escalate.draft_deindex(first, search_engine=engine, **cited)
    if step.kind == EscalationKind.HOST_ABUSE:
        if not step.host_email:
            raise CannotDraft(step.problem or "No abuse contact was found for the host.")
        host = Recipient(
            platform_name=step.host_name, kind="abuse", email=step.host_email, url=step.host_url
        )
        return escalate.draft_host_abuse(first, host=host, **cited)
    raise ValueError(f"unknown escalation step {step.kind!r}")


def escalation_for(notice: Notice) -> Escalation | None:
    """The step a stored draft is, if it is one (for the sending code)."""
    return Escalation.objects.filter(draft=notice).select_related("original__case").first()


def _planned_steps(notice: Notice) -> list[dict]:
    """(kind, recipient, and the draft Notice's platform, basis and channel) of each step."""
    steps = [
        {
            "kind": EscalationKind.SECOND_NOTICE,
            "platform": notice.platform,
            "legal_basis": notice.legal_basis,
            "channel": notice.channel,
        },
        {
            "kind": EscalationKind.HOST_ABUSE,
            "platform": notice.platform,
            "legal_basis": "host-abuse",
            "channel": "host",
        },
    ]
    steps += [
        {
            "kind": EscalationKind.DEINDEX,
            "recipient": engine,
            "platform": engine,
            "legal_basis": "deindex",
        }
        for engine in SEARCH_ENGINES
    ]
    regulator = regulator_of(notice)
    if regulator is not None:
        steps.append(
            {
                "kind": EscalationKind.REGULATOR,
                "recipient": regulator.slug,
                "platform": notice.platform,
                "legal_basis": notice.legal_basis,
                "channel": f"regulator:{regulator.slug}"[:64],
            }
        )
    return steps


def _create_step(notice: Notice, plan: dict, facts, *, now) -> Escalation | None:
    """One transaction per step: a worker that dies half-way leaves no step without its
    draft, and a step that exists already is left alone."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                step = Escalation.objects.create(
                    original=notice, kind=plan["kind"], recipient=plan.get("recipient", "")
                )
        except IntegrityError:
            return None
        subject = text = problem = ""
        try:
            if step.kind == EscalationKind.HOST_ABUSE:
                step.host_name, step.host_email, step.host_url = host_contact(notice)
            if isinstance(facts, CannotDraft):
                raise facts
            document = escalation_document(step, facts, now=now)
            subject, text = document.subject, render_text(document)
        except DRAFTING_ERRORS as error:
            problem = getattr(error, "problem", "") or str(error)
        step.draft = Notice.objects.create(
            case=notice.case,
            platform=plan["platform"],
            channel=plan.get("channel", ""),
            legal_basis=plan["legal_basis"],
            language=notice.language,
            subject=subject,
            text=text,
            status=NoticeStatus.DRAFTED,
            escalates=notice,
        )
        step.draft.targets.set(notice.targets.all())
        step.problem = problem
        step.save()
        event_record(
            case=notice.case,
            kind="escalation_drafted",
            notice=notice.pk,
            draft=step.draft.pk,
            step=step.kind,
            recipient=step.recipient,
            complete=not problem,
        )
        return step


def escalate_notice(notice: Notice, *, now=None) -> list[Escalation]:
    now = now or timezone.now()
    done = set(notice.escalation_steps.values_list("kind", "recipient"))
    todo = [p for p in _planned_steps(notice) if (p["kind"], p.get("recipient", "")) not in done]
    if not todo:
        return []
    try:
        facts = original_facts(notice)
    except DRAFTING_ERRORS as error:
        facts = error if isinstance(error, CannotDraft) else CannotDraft(str(error))
    made = [_create_step(notice, plan, facts, now=now) for plan in todo]
    return [step for step in made if step is not None]


def escalate_overdue(*, now=None) -> int:
    """Draft escalations for every open notice whose deadline has passed."""
    now = now or timezone.now()
    drafted = 0
    # Escalations are drafted from the first notice only: a second notice that also goes
    # unanswered is the caseworker's call, not a chain of ever more drafts.
    originals = (
        open_notices()
        .filter(escalates__isnull=True)
        .filter(deadline_due_by(now))
        # At most five steps (second notice, host, two search engines, regulator): a
        # notice with all of them is done.
        .annotate(steps=Count("escalation_steps"))
        .filter(steps__lt=MAX_STEPS)
        .select_related("case")
    )
    for notice in originals.iterator():
        deadline = deadline_of(notice)
        if deadline is not None and now >= deadline:
            with each_notice(notice):
                drafted += len(escalate_notice(notice, now=now))
    return drafted

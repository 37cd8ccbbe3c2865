"""When a deadline passes with the content still up, draft every next step at once: a
second notice, a report to the hosting provider, de-indexing requests to the search
engines, and a complaint to the regulator where the law has one.

Drafts only: a caseworker reads and sends them. Each step is drafted once per notice
(the Escalation row is unique), however often the task runs.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from takedown.cases.models import Notice, NoticeStatus
from takedown.cases.services import event_record
from takedown.followup.drafting import CannotDraft, facts_for, recipient_of
from takedown.followup.models import Escalation, EscalationKind
from takedown.followup.selectors import deadline_of, each_notice, open_notices
from takedown.notices import bases
from takedown.notices import escalation as escalate
from takedown.notices.basis import MissingElements, UnknownBasis
from takedown.notices.draft import BasisNotApplicable, UnsupportedLanguage, draft
from takedown.notices.facts import Recipient
from takedown.notices.render import render_text
from takedown.platforms import AbuseLookupError, abuse_contact

# Search engines asked to de-index the URLs: the registry slugs of their removal forms.
SEARCH_ENGINES = ("google-search", "bing")
MAX_STEPS = 3 + len(SEARCH_ENGINES)


def original_draft(notice: Notice, *, now):
    """The notice as it was drafted, rebuilt from the case, for the escalations to cite."""
    recipient = recipient_of(notice.platform, notice.legal_basis, notice.channel)
    facts = facts_for(notice, recipient=recipient)
    try:
        return draft(notice.legal_basis, facts=facts, language=notice.language, now=now)
    except (MissingElements, BasisNotApplicable, UnknownBasis, UnsupportedLanguage) as error:
        raise CannotDraft(str(error)) from error


def host_recipient(notice: Notice) -> Recipient:
    target = notice.targets.first()
    if target is None:
        raise CannotDraft("The notice covers no URL.")
    try:
        contact = abuse_contact(target.url)
    except AbuseLookupError as error:
        raise CannotDraft(error.message) from error
    if not contact.email:
        raise CannotDraft(f"The network {contact.network} lists no abuse mailbox.")
    return Recipient(
        platform_name=contact.organisation or contact.network,
        kind="abuse",
        email=contact.email,
        url=contact.rdap_url,
    )


def _step(
    notice: Notice,
    *,
    kind: str,
    recipient: str = "",
    platform: str,
    legal_basis: str,
    channel: str = "",
    write: Callable[[], object],
) -> Escalation | None:
    """Create the step and its draft Notice once; the text when it can be written.

    One transaction: a worker that dies half-way leaves no step without its draft.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                step = Escalation.objects.create(original=notice, kind=kind, recipient=recipient)
        except IntegrityError:
            return None
        return _fill_step(
            step, notice, platform=platform, legal_basis=legal_basis, channel=channel, write=write
        )


def _fill_step(step, notice, *, platform, legal_basis, channel, write) -> Escalation:
    subject = text = problem = ""
    try:
        written = write()
        subject, text = written.subject, render_text(written)
    except (CannotDraft, MissingElements, BasisNotApplicable) as error:
        problem = getattr(error, "problem", "") or str(error)
    draft_notice = Notice.objects.create(
        case=notice.case,
        platform=platform,
        channel=channel[:64],
        legal_basis=legal_basis,
        language=notice.language,
        subject=subject,
        text=text,
        status=NoticeStatus.DRAFTED,
        escalates=notice,
    )
    draft_notice.targets.set(notice.targets.all())
    step.draft = draft_notice
    step.problem = problem
    step.save(update_fields=["draft", "problem"])
    event_record(
        case=notice.case,
        kind="escalation_drafted",
        notice=notice.pk,
        draft=draft_notice.pk,
        step=step.kind,
        recipient=step.recipient,
        complete=not problem,
    )
    return step


def escalate_notice(notice: Notice, *, now=None) -> list[Escalation]:
    now = now or timezone.now()
    done = set(notice.escalation_steps.values_list("kind", "recipient"))

    def step(**options):
        if (options["kind"], options.get("recipient", "")) in done:
            return None
        return _step(notice, **options)

    sent_at, reference = notice.sent_at, notice.reference
    cache = {}

    def original():
        if "original" not in cache:
            try:
                cache["original"] = original_draft(notice, now=now)
            except CannotDraft as error:
                cache["original"] = error
        if isinstance(cache["original"], CannotDraft):
            raise cache["original"]
        return cache["original"]

    steps = [
        step(
            kind=EscalationKind.SECOND_NOTICE,
            platform=notice.platform,
            legal_basis=notice.legal_basis,
            channel=notice.channel,
            write=lambda: escalate.draft_second_notice(
                original(), sent_at=sent_at, reference=reference, now=now
            ),
        ),
        step(
            kind=EscalationKind.HOST_ABUSE,
            platform=notice.platform,
            legal_basis="host-abuse",
            channel="host",
            write=lambda: escalate.draft_host_abuse(
                original(),
                host=host_recipient(notice),
                sent_at=sent_at,
                reference=reference,
                now=now,
            ),
        ),
    ]
    for engine in SEARCH_ENGINES:
        steps.append(
            step(
                kind=EscalationKind.DEINDEX,
                recipient=engine,
                platform=engine,
                legal_basis="deindex",
                write=lambda engine=engine: escalate.draft_deindex(
                    original(),
                    search_engine=recipient_of(engine, "deindex"),
                    sent_at=sent_at,
                    reference=reference,
                    now=now,
                ),
            )
        )
    try:
        regulator = bases.get(notice.legal_basis).regulator(notice.case.country)
    except UnknownBasis:
        regulator = None
    if regulator is not None:
        steps.append(
            step(
                kind=EscalationKind.REGULATOR,
                recipient=regulator.slug,
                platform=notice.platform,
                legal_basis=notice.legal_basis,
                channel=f"regulator:{regulator.slug}",
                write=lambda: escalate.draft_regulator_complaint(
                    original(), sent_at=sent_at, reference=reference, now=now
                ),
            )
        )
    return [made for made in steps if made is not None]


def escalate_overdue(*, now=None) -> int:
    """Draft escalations for every open notice whose deadline has passed."""
    now = now or timezone.now()
    drafted = 0
    # Escalations are drafted from the first notice only: a second notice that also goes
    # unanswered is the caseworker's call, not a chain of ever more drafts.
    originals = (
        open_notices()
        .filter(escalates__isnull=True)
        .filter(Q(deadline_at__isnull=True) | Q(deadline_at__lte=now))
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

"""Escalation texts for when a notice goes unanswered.

A second notice after the deadline; an abuse report to the site's host or CDN; a
de-indexing request to a search engine; a complaint to the regulator where the law has
one (FTC, the national data protection authority, eSafety, the Digital Services
Coordinator). Each is drafted from the original notice's facts, so it can say no more
than the person approved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from takedown.notices.draft import (
    REGULATOR_COMPLAINT,
    SECOND_NOTICE,
    Notice,
    check,
    draft,
)
from takedown.notices.facts import PriorNotice, Recipient


class NoRegulator(LookupError):
    code = "no-regulator"
    message = "There is no regulator to complain to under this law in your country."


def prior_of(notice: Notice, *, sent_at: datetime, reference: str = "") -> PriorNotice:
    deadline = notice.basis.deadline
    return PriorNotice(
        recipient_name=notice.facts.recipient.platform_name,
        basis_title=notice.basis.title_es if notice.language == "es" else notice.basis.title,
        sent_at=sent_at,
        due_at=deadline.due(sent_at) if deadline else None,
        reference=reference,
    )


def draft_second_notice(
    original: Notice, *, sent_at: datetime, reference: str = "", now: datetime | None = None
) -> Notice:
    facts = replace(
        original.facts, prior=(prior_of(original, sent_at=sent_at, reference=reference),)
    )
    check(original.basis, facts)
    return replace(
        original,
        facts=facts,
        kind=SECOND_NOTICE,
        original=original,
        drafted_at=now or original.drafted_at,
    )


def draft_regulator_complaint(
    original: Notice, *, sent_at: datetime, reference: str = "", now: datetime | None = None
) -> Notice:
    regulator = original.basis.regulator(original.facts.country)
    if regulator is None:
        raise NoRegulator(original.basis.slug)
    facts = replace(
        original.facts, prior=(prior_of(original, sent_at=sent_at, reference=reference),)
    )
    check(original.basis, facts)
    return replace(
        original,
        facts=facts,
        kind=REGULATOR_COMPLAINT,
        regulator=regulator,
        original=original,
        drafted_at=now or original.drafted_at,
    )


def draft_host_abuse(
    original: Notice,
    *,
    host: Recipient,
    sent_at: datetime | None = None,
    reference: str = "",
    now: datetime | None = None,
) -> Notice:
    """Report to the hosting provider or CDN; cites the ignored notice when one was sent."""
    prior = (prior_of(original, sent_at=sent_at, reference=reference),) if sent_at else ()
    facts = replace(original.facts, recipient=host, prior=prior)
    return draft("host-abuse", facts=facts, language=original.language, now=now)


def draft_deindex(
    original: Notice,
    *,
    search_engine: Recipient,
    sent_at: datetime | None = None,
    reference: str = "",
    now: datetime | None = None,
) -> Notice:
    prior = (prior_of(original, sent_at=sent_at, reference=reference),) if sent_at else ()
    facts = replace(original.facts, recipient=search_engine, prior=prior)
    return draft("deindex", facts=facts, language=original.language, now=now)

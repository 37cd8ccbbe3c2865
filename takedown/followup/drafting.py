"""Stored notices ↔ the notices layer: rebuild the facts of a sent notice so that a follow-up
(second notice, complaint, re-upload notice) can be drafted from them.

A follow-up says no more than the notice it follows: the person's details as the case holds
them, the matched URLs with their hashes, and the statements the original's legal basis
required, which the person must have confirmed for the original to be drafted at all.
"""

from __future__ import annotations

from dataclasses import replace

from takedown.cases.models import Match, Notice, Target
from takedown.notices import bases
from takedown.notices.basis import LegalBasis, UnknownBasis
from takedown.notices.facts import (
    AFFIRMATIONS,
    Evidence,
    MatchedUrl,
    NoticeFacts,
    Recipient,
    Requester,
)
from takedown.notices.recipients import recipient_for


class CannotDraft(Exception):
    """No text could be drafted; `problem` says why, for the caseworker."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def recipient_of(platform_slug: str, basis_slug: str, channel_slug: str = "") -> Recipient:
    from takedown.platforms import get

    try:
        platform = get(platform_slug)
    except LookupError as error:
        raise CannotDraft(f"Unknown platform {platform_slug!r}.") from error
    try:
        return recipient_for(platform, basis_slug, channel_slug)
    except LookupError as error:
        raise CannotDraft(str(error)) from error


def matched_url(target: Target) -> MatchedUrl:
    best = (
        Match.objects.filter(candidate__target=target)
        .select_related("candidate")
        .order_by("distance", "-confidence", "pk")
        .first()
    )
    if best is None:
        return MatchedUrl(url=target.url)
    return MatchedUrl(
        url=target.url,
        evidence=Evidence(
            found_at=best.created_at,
            algorithm=best.algorithm,
            sha256=best.candidate.sha256,
            pdq=best.candidate.pdq,
            distance=best.distance,
            confidence=best.confidence,
        ),
    )


def confirmed_statements(basis: LegalBasis, facts: NoticeFacts) -> frozenset[str]:
    """The statements this basis requires: those whose absence the basis reports missing."""
    missing_without = set(basis.missing(facts))
    required = set()
    for statement in AFFIRMATIONS:
        with_it = replace(facts, affirmations=facts.affirmations | {statement})
        if set(basis.missing(with_it)) < missing_without:
            required.add(statement)
    return frozenset(required)


def facts_for(notice: Notice, *, recipient: Recipient, targets=None) -> NoticeFacts:
    case = notice.case
    try:
        basis = bases.get(notice.legal_basis)
    except UnknownBasis as error:
        raise CannotDraft(f"Unknown legal basis {notice.legal_basis!r}.") from error
    urls = tuple(matched_url(t) for t in (targets if targets is not None else notice.targets.all()))
    facts = NoticeFacts(
        requester=Requester(
            name=case.full_name,
            email=case.email,
            postal_address=case.postal_address,
            phone=case.phone,
            signature=case.signature,
        ),
        recipient=recipient,
        urls=urls,
        country=case.country,
    )
    return replace(facts, affirmations=confirmed_statements(basis, facts))

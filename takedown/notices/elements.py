"""Elements many laws share, built once so each basis module only names its clause."""

from __future__ import annotations

from takedown.notices.basis import Element
from takedown.notices.facts import (
    ACCURATE,
    NOT_CONSENSUAL,
    NoticeFacts,
)


def _filled(value: str) -> bool:
    return bool(value and value.strip())


def _represented(facts: NoticeFacts) -> bool:
    return facts.representation is not None


def signature(clause: str) -> Element:
    return Element(
        code="signature",
        question="Type your full name as your electronic signature.",
        clause=clause,
        present=lambda f: _filled(f.requester.signature),
    )


def requester_name(clause: str) -> Element:
    return Element(
        code="requester_name",
        question="What is your full name?",
        clause=clause,
        present=lambda f: _filled(f.requester.name),
    )


def requester_email(clause: str) -> Element:
    return Element(
        code="requester_email",
        question="What e-mail address should the platform answer to?",
        clause=clause,
        present=lambda f: _filled(f.requester.email) and "@" in f.requester.email,
    )


def postal_address(clause: str) -> Element:
    return Element(
        code="postal_address",
        question="What postal address can be given in the notice?",
        clause=clause,
        present=lambda f: _filled(f.requester.postal_address),
    )


def urls(clause: str) -> Element:
    return Element(
        code="urls",
        question="Where is the image? Give the exact web address (URL) of each copy.",
        clause=clause,
        present=lambda f: bool(f.urls) and all(_filled(u.url) for u in f.urls),
    )


def not_consensual(clause: str) -> Element:
    return Element(
        code="not_consensual_statement",
        question="Do you confirm, in good faith, that the image was shared without consent?",
        clause=clause,
        present=lambda f: f.confirmed(NOT_CONSENSUAL),
    )


def accuracy(clause: str) -> Element:
    return Element(
        code="accuracy_statement",
        question="Do you confirm that everything in this notice is accurate and complete?",
        clause=clause,
        present=lambda f: f.confirmed(ACCURATE),
    )


def country(clause: str) -> Element:
    return Element(
        code="country",
        question="Which country do you live in?",
        clause=clause,
        present=lambda f: len(f.country.strip()) == 2,
    )


def represented_name(clause: str) -> Element:
    return Element(
        code="represented_name",
        question="What is the full name of the person you are acting for?",
        clause=clause,
        present=lambda f: (
            f.representation is not None and _filled(f.representation.represented_name)
        ),
        applies=_represented,
    )


def authority(clause: str) -> Element:
    return Element(
        code="authority",
        question="How has that person authorised you to act for them?",
        clause=clause,
        present=lambda f: f.representation is not None and _filled(f.representation.authority),
        applies=_represented,
    )

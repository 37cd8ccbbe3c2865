"""Test data for notices: complete facts for each basis, and how to remove each element."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from takedown.notices.facts import (
    ACCURATE,
    AFFIRMATIONS,
    NOT_AUTHORISED_USE,
    NOT_CONSENSUAL,
    UNDER_PENALTY_OF_PERJURY,
    Evidence,
    MatchedUrl,
    NoticeFacts,
    Recipient,
    Representation,
    Requester,
)

NOW = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)

ADDRESS = {
    "ES": "Calle de Ejemplo 12, 3º B, 28004 Madrid, Spain",
    "AU": "12 Example Street, Fitzroy VIC 3065, Australia",
    "GB": "Flat 2, 10 Example Road, London N1 1AA, United Kingdom",
    "US": "100 Example Avenue, Apt 4, Austin, TX 78701, USA",
}
PHONE = {"ES": "+34 600 000 000", "AU": "+61 400 000 000", "GB": "+44 7700 900000"}

COUNTRY = {"gdpr-17": "ES", "dsa-16": "ES", "esafety": "AU", "uk": "GB", "deindex": "ES"}

RECIPIENTS = {
    "example-social": Recipient(
        platform_name="Example Social",
        channel_name="Privacy violation report",
        kind="form",
        url="https://help.example-social.test/report/ncii",
        fields=("Full name", "Email address", "URLs", "Description", "Signature"),
        fields_known=True,
        platform_slug="example-social",
        channel_slug="ncii-form",
    ),
    "example-tube": Recipient(
        platform_name="ExampleTube",
        channel_name="Legal removals",
        kind="email",
        email="legal@exampletube.test",
        platform_slug="example-tube",
        channel_slug="legal-email",
    ),
}

URLS = (
    MatchedUrl(
        url="https://www.example-social.test/p/Cx8fK2mQ/",
        evidence=Evidence(
            found_at=datetime(2026, 11, 20, 9, 14, tzinfo=UTC),
            algorithm="PDQ",
            distance=12,
            confidence=0.95,
            sha256="9f2b5c" + "0" * 56 + "a1",
            pdq="f8e0c1a3" * 8,
        ),
    ),
    MatchedUrl(
        url="https://cdn.example-social.test/v/t51/4471_n.jpg?stp=dst-jpg",
        evidence=Evidence(
            found_at=datetime(2026, 11, 21, 22, 3, tzinfo=UTC),
            algorithm="SHA-256",
            distance=0,
            sha256="3c1d" + "e" * 58 + "07",
            pdq="0a1b2c3d" * 8,
        ),
    ),
)


TUBE_URLS = (
    MatchedUrl(
        url="https://www.exampletube.test/watch?v=q3Zr8TnV0aE",
        evidence=Evidence(
            found_at=datetime(2026, 10, 12, 7, 41, tzinfo=UTC),
            algorithm="PDQ",
            distance=18,
            confidence=0.9,
            sha256="b7e1" + "5" * 58 + "c2",
            pdq="77aa10fe" * 8,
        ),
    ),
)


def complete_facts(
    slug: str,
    *,
    represented: bool = False,
    ai_made: bool = False,
    recipient: str = "example-social",
) -> NoticeFacts:
    """Facts that satisfy every element of `slug`, with the variants asked for."""
    country = COUNTRY.get(slug, "US")
    requester = Requester(
        name="Lucía Fernández Ortega" if not represented else "Sam Rivera",
        email="lucia.f@example.org" if not represented else "sam@helpline.example.org",
        postal_address=ADDRESS[country],
        phone=PHONE.get(country, "+1 512 555 0100"),
        signature="Lucía Fernández Ortega" if not represented else "Sam Rivera",
    )
    representation = (
        Representation(
            represented_name="Lucía Fernández Ortega",
            authority="written authorisation signed by her on 2 November 2026, "
            "held on file by the Example Helpline",
        )
        if represented
        else None
    )
    return NoticeFacts(
        requester=requester,
        recipient=RECIPIENTS[recipient],
        urls=TUBE_URLS if recipient == "example-tube" else URLS,
        affirmations=frozenset(AFFIRMATIONS),
        representation=representation,
        ai_made=ai_made,
        took_photo=True,
        work_description=(
            "a photograph she took of herself in March 2025"
            if represented
            else "a photograph I took of myself in March 2025"
        ),
        country=country,
    )


def _without(facts: NoticeFacts, affirmation: str) -> NoticeFacts:
    return replace(facts, affirmations=facts.affirmations - {affirmation})


def _requester(facts: NoticeFacts, **changes: str) -> NoticeFacts:
    return replace(facts, requester=replace(facts.requester, **changes))


def _representation(facts: NoticeFacts, **changes: str) -> NoticeFacts:
    assert facts.representation is not None
    return replace(facts, representation=replace(facts.representation, **changes))


# element code -> facts with that element taken away
REMOVE = {
    "signature": lambda f: _requester(f, signature=""),
    "requester_name": lambda f: _requester(f, name=""),
    "requester_email": lambda f: _requester(f, email=""),
    "postal_address": lambda f: _requester(f, postal_address=""),
    "urls": lambda f: replace(f, urls=()),
    "not_consensual_statement": lambda f: _without(f, NOT_CONSENSUAL),
    "accuracy_statement": lambda f: _without(f, ACCURATE),
    "good_faith_statement": lambda f: _without(f, NOT_AUTHORISED_USE),
    "perjury_statement": lambda f: _without(f, UNDER_PENALTY_OF_PERJURY),
    "country": lambda f: replace(f, country=""),
    "australian_resident": lambda f: replace(f, country=""),
    "copyright_ownership": lambda f: replace(f, took_photo=False),
    "copyright_work": lambda f: replace(f, work_description=""),
    "represented_name": lambda f: _representation(f, represented_name=""),
    "authority": lambda f: _representation(f, authority=""),
}

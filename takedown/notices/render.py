"""Render a `Notice` to HTML (preview and PDF share this) and to plain text.

Legal wording lives in one whole-document template per basis and language under
`templates/notices/<slug>/<language>.html`; see docs/notices.md for why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from takedown.notices.countries import country_name
from takedown.notices.draft import Notice
from takedown.notices.facts import Evidence, NoticeFacts, PriorNotice
from takedown.notices.regulators import EEA_COUNTRIES
from takedown.notices.text import html_to_text

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}

# Bits in each perceptual hash, so a distance can be read as "12 of 256".
_HASH_BITS = {"PDQ": 256, "pHash": 64}

_ALGORITHMS = {
    "en": {
        "PDQ": "Matched by PDQ perceptual hash",
        "pHash": "Matched by pHash perceptual hash",
        "SHA-256": "Matched as an identical file",
    },
    "es": {
        "PDQ": "Coincidencia por hash perceptual PDQ",
        "pHash": "Coincidencia por hash perceptual pHash",
        "SHA-256": "Coincidencia exacta del archivo",
    },
}


def format_moment(moment: datetime, language: str) -> str:
    """An unambiguous date and time in UTC, in the notice's language."""
    moment = moment.astimezone(UTC)
    month = _MONTHS[language][moment.month - 1]
    if language == "es":
        return f"{moment.day} de {month} de {moment.year}, {moment:%H:%M} UTC"
    return f"{moment.day} {month} {moment.year}, {moment:%H:%M} UTC"


@dataclass(frozen=True)
class _Item:
    url: str
    evidence: bool
    # Only web addresses become links: a "javascript:" URL in a preview would run.
    linkable: bool = False
    found_at: str = ""
    algorithm: str = ""
    distance: int | None = None
    bits: int | None = None
    confidence: str = ""
    sha256: str = ""
    pdq: str = ""


def _item(url: str, evidence: Evidence | None, language: str) -> _Item:
    linkable = url.lower().startswith(("https://", "http://"))
    if evidence is None:
        return _Item(url=url, evidence=False, linkable=linkable)
    return _Item(
        url=url,
        evidence=True,
        linkable=linkable,
        found_at=format_moment(evidence.found_at, language),
        algorithm=_ALGORITHMS[language].get(evidence.algorithm, evidence.algorithm),
        # An exact SHA-256 match has no distance worth printing.
        distance=evidence.distance if evidence.algorithm in _HASH_BITS else None,
        bits=_HASH_BITS.get(evidence.algorithm),
        confidence=f"{evidence.confidence:.0%}" if evidence.confidence is not None else "",
        sha256=evidence.sha256,
        pdq=evidence.pdq,
    )


def _priors(priors: tuple[PriorNotice, ...], language: str) -> list[dict[str, str]]:
    return [
        {
            "recipient_name": prior.recipient_name,
            "basis_title": prior.basis_title,
            "reference": prior.reference,
            "sent_at_text": format_moment(prior.sent_at, language),
            "due_at_text": format_moment(prior.due_at, language) if prior.due_at else "",
        }
        for prior in priors
    ]


def context(notice: Notice, *, preview: bool = False) -> dict[str, Any]:
    facts: NoticeFacts = notice.facts
    language = notice.language
    country = facts.country.strip().upper()
    regulator = notice.regulator or notice.basis.regulator(country)
    deadline = notice.basis.deadline
    original = notice.original
    return {
        "notice": notice,
        "basis": notice.basis,
        "facts": facts,
        "recipient": facts.recipient,
        "requester": facts.requester,
        "representation": facts.representation,
        # Free text goes in only with the person's approval for this notice.
        "explanation": facts.approved_explanation,
        "urls": [_item(u.url, u.evidence, language) for u in facts.urls],
        "date": format_moment(notice.drafted_at, language),
        "country_name": country_name(country, language),
        "uk": country in ("GB", "UK"),
        "eea": country in EEA_COUNTRIES or country in ("GB", "UK"),
        "regulator": regulator,
        "deadline_text": deadline.describe(language) if deadline else "",
        "duty": notice.basis.duty[language],
        "days_since": (notice.drafted_at - facts.prior[0].sent_at).days if facts.prior else 0,
        "priors": _priors(facts.prior, language),
        "preview": preview,
        "body_template": notice.template_name,
        "original": original,
        "original_priors": _priors(original.facts.prior, language) if original else [],
        "body_of_original": original.template_name if original else "",
    }


def render_html(notice: Notice, *, preview: bool = False) -> str:
    """The whole notice as an HTML document: the preview page and the PDF use this."""
    with translation.override(notice.language):
        return render_to_string("notices/document.html", context(notice, preview=preview))


def render_text(notice: Notice) -> str:
    return html_to_text(render_html(notice))

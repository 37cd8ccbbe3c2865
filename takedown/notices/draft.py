"""Drafting: facts + legal basis -> a complete `Notice`, or the list of what is missing.

A notice lacking any required element is never produced: `draft` raises
`MissingElements` naming each one, and the form asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from takedown.notices import bases
from takedown.notices.basis import LegalBasis, MissingElements, Regulator
from takedown.notices.facts import NoticeFacts

LANGUAGES = ("en", "es")

NOTICE = "notice"
SECOND_NOTICE = "second-notice"
REGULATOR_COMPLAINT = "regulator-complaint"


class UnsupportedLanguage(ValueError):
    code = "unsupported-language"
    message = "Notices can be written in English or Spanish."


class BasisNotApplicable(ValueError):
    code = "basis-not-applicable"

    def __init__(self, basis: LegalBasis, message: str):
        super().__init__(f"{basis.slug}: {message}")
        self.basis = basis
        self.message = message


@dataclass(frozen=True)
class Notice:
    """A complete notice, ready to render. Holds only approved facts and hashes."""

    basis: LegalBasis
    facts: NoticeFacts
    language: str
    drafted_at: datetime
    kind: str = NOTICE
    regulator: Regulator | None = None  # the addressee of a regulator complaint
    original: Notice | None = None  # for an escalation: the notice it follows up

    @property
    def subject(self) -> str:
        subject = self.basis.subject[self.language].format(
            platform=self.facts.recipient.platform_name
        )
        if self.kind == SECOND_NOTICE:
            prefix = "Segundo aviso" if self.language == "es" else "Second notice"
            return f"{prefix}: {subject}"
        if self.kind == REGULATOR_COMPLAINT:
            if self.language == "es":
                return (
                    f"Reclamación: {self.facts.recipient.platform_name} no ha retirado "
                    "imágenes íntimas publicadas sin consentimiento"
                )
            return (
                f"Complaint: {self.facts.recipient.platform_name} has not removed intimate "
                "images published without consent"
            )
        return subject

    @property
    def template_name(self) -> str:
        if self.kind == NOTICE:
            return f"notices/{self.basis.slug}/{self.language}.html"
        return f"notices/escalations/{self.kind}.{self.language}.html"

    @property
    def title(self) -> str:
        return self.basis.title_es if self.language == "es" else self.basis.title

    @property
    def statute(self) -> str:
        return (
            (self.basis.statute_es or self.basis.statute)
            if self.language == "es"
            else (self.basis.statute)
        )


def check(basis: LegalBasis, facts: NoticeFacts) -> None:
    """Raise if the facts cannot make a notice under this basis."""
    if facts.representation is not None and not basis.supports_representative:
        raise BasisNotApplicable(basis, "This notice cannot be sent by a representative.")
    if facts.ai_made and not basis.supports_ai_made:
        raise BasisNotApplicable(basis, "This notice does not cover AI-made images.")
    missing = basis.missing(facts)
    if missing:
        raise MissingElements(basis, missing)


def draft(
    basis_slug: str,
    *,
    facts: NoticeFacts,
    language: str,
    now: datetime | None = None,
) -> Notice:
    """Draft a notice to one recipient covering all its matched URLs."""
    if language not in LANGUAGES:
        raise UnsupportedLanguage(language)
    basis = bases.get(basis_slug)
    check(basis, facts)
    return Notice(
        basis=basis,
        facts=facts,
        language=language,
        drafted_at=now or datetime.now(UTC),
    )

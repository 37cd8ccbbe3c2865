"""What a legal basis is: its required elements, its deadline, its regulator.

Each law we write notices under is one module in `bases/` that declares a `LegalBasis`.
Nothing here knows about Django; messages are plain English constants the web layer
can translate.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from takedown.notices.facts import NoticeFacts


def _always(_facts: NoticeFacts) -> bool:
    return True


@dataclass(frozen=True)
class Element:
    """One thing a notice must contain for the law to make the platform act on it."""

    code: str  # stable name, e.g. "signature"; forms and error lists use it
    question: str  # the plain-language question the form asks to get it
    clause: str  # the clause it rests on, e.g. "17 U.S.C. 512(c)(3)(A)(i)"
    present: Callable[[NoticeFacts], bool]
    # Some elements apply only in some situations (e.g. the authority of a representative).
    applies: Callable[[NoticeFacts], bool] = _always


@dataclass(frozen=True)
class Deadline:
    """How long the law gives the recipient to act."""

    clause: str
    hours: int = 0
    months: int = 0
    note: str = ""
    clause_es: str = ""

    def due(self, sent_at: datetime) -> datetime:
        if self.hours:
            return sent_at + timedelta(hours=self.hours)
        return _add_months(sent_at, self.months)

    def describe(self, language: str) -> str:
        if self.hours:
            return f"{self.hours} horas" if language == "es" else f"{self.hours} hours"
        if language == "es":
            return "un mes" if self.months == 1 else f"{self.months} meses"
        return "one month" if self.months == 1 else f"{self.months} months"


def _add_months(moment: datetime, months: int) -> datetime:
    # GDPR periods run to the same date of the following month (Regulation 1182/71,
    # Art. 3(2)(c)); where that month is shorter, to its last day.
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class Regulator:
    """Where a complaint goes when the recipient does not act."""

    slug: str
    name: str
    name_es: str
    clause: str  # what gives the person the right to complain
    url: str = ""
    clause_es: str = ""  # reads after "como permite ..."


@dataclass(frozen=True)
class LegalBasis:
    slug: str
    title: str
    title_es: str
    jurisdiction: str  # "US", "EU", "UK", "AU" or "any"
    statute: str  # the statute or clause the notice rests on
    elements: tuple[Element, ...]
    # None where the law sets no deadline; `deadline_note` then says what it does say.
    deadline: Deadline | None
    deadline_note: str
    # Given the person's country, who to complain to; None where there is no regulator.
    regulator: Callable[[str], Regulator | None]
    supports_representative: bool
    supports_ai_made: bool
    subject: dict[str, str]  # per language; formatted with {platform}
    # One sentence per language, said to the recipient in a second notice: what the law
    # (or its own policy) requires of it.
    duty: dict[str, str]
    warning: str = ""  # shown to the person before they send (e.g. publication of notices)
    statute_es: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def missing(self, facts: NoticeFacts) -> tuple[str, ...]:
        return tuple(
            element.code
            for element in self.elements
            if element.applies(facts) and not element.present(facts)
        )

    def element(self, code: str) -> Element:
        for element in self.elements:
            if element.code == code:
                return element
        raise KeyError(code)


class MissingElements(Exception):
    """A notice cannot be produced: these required elements are missing."""

    code = "missing-elements"
    message = "The notice cannot be written yet: some required information is missing."

    def __init__(self, basis: LegalBasis, codes: tuple[str, ...]):
        super().__init__(f"{basis.slug}: missing {', '.join(codes)}")
        self.basis = basis
        self.codes = codes

    @property
    def questions(self) -> tuple[tuple[str, str], ...]:
        """(code, question) pairs, in the order the law lists the elements."""
        return tuple((code, self.basis.element(code).question) for code in self.codes)


class UnknownBasis(LookupError):
    code = "unknown-basis"
    message = "There is no legal basis with that name."

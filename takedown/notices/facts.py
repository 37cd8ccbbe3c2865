"""What a notice may say: the facts the person gave and approved, and the evidence.

A notice is drafted from these and nothing else, so nothing the person did not approve
(and never an image) can reach a platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Statements the person (or their representative) must confirm before a notice may make
# them on their behalf. Stable codes: forms and the command line use them.
NOT_CONSENSUAL = "not-consensual"  # the depiction was published without consent
ACCURATE = "accurate"  # the information in the notice is accurate (and complete)
NOT_AUTHORISED_USE = "not-authorised-use"  # DMCA: use not authorised by owner, agent or law
UNDER_PENALTY_OF_PERJURY = "under-penalty-of-perjury"  # DMCA: accuracy and authority, sworn

AFFIRMATIONS = (NOT_CONSENSUAL, ACCURATE, NOT_AUTHORISED_USE, UNDER_PENALTY_OF_PERJURY)


@dataclass(frozen=True)
class Requester:
    """Who sends the notice: the person depicted, or their representative."""

    name: str
    email: str
    postal_address: str = ""
    phone: str = ""
    # An electronic signature is the typed full name the person chose to sign with.
    signature: str = ""


@dataclass(frozen=True)
class Representation:
    """Set when the requester acts for the person depicted."""

    represented_name: str
    # How the requester is authorised, in words that can go in the notice
    # (e.g. "written authorisation signed on 2 November 2026").
    authority: str = ""


@dataclass(frozen=True)
class Evidence:
    """How one URL was matched: hashes and scores only, never the image."""

    found_at: datetime
    algorithm: str  # e.g. "PDQ", "pHash", "SHA-256"
    sha256: str = ""
    pdq: str = ""
    distance: int | None = None  # Hamming distance for perceptual hashes
    confidence: float | None = None  # 0..1 where the matcher gives one


@dataclass(frozen=True)
class MatchedUrl:
    url: str
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Recipient:
    """The platform and the channel the notice goes to.

    Built from `takedown.platforms` objects by `from_platform`; tests and the web layer
    may build one directly.
    """

    platform_name: str
    channel_name: str = ""
    kind: str = ""  # e.g. "form", "email", "dmca-agent", "deindex-form", "abuse"
    url: str = ""
    email: str = ""
    fields: tuple[str, ...] = ()
    fields_known: bool = False
    operator: str = ""
    platform_slug: str = ""
    channel_slug: str = ""

    @classmethod
    def from_platform(cls, platform: Any, channel: Any) -> Recipient:
        """Adapt a `takedown.platforms` Platform and one of its Channels."""
        return cls(
            platform_name=platform.name,
            channel_name=channel.name,
            kind=channel.kind,
            url=channel.url or "",
            email=channel.email or "",
            fields=tuple(channel.fields or ()),
            fields_known=bool(channel.fields_known),
            operator=getattr(platform, "operator", "") or "",
            platform_slug=platform.slug,
            channel_slug=channel.slug,
        )


@dataclass(frozen=True)
class PriorNotice:
    """An earlier notice an escalation refers to."""

    recipient_name: str
    basis_title: str
    sent_at: datetime
    due_at: datetime | None = None
    reference: str = ""  # the platform's ticket number, if it gave one


@dataclass(frozen=True)
class NoticeFacts:
    requester: Requester
    recipient: Recipient
    urls: tuple[MatchedUrl, ...]
    affirmations: frozenset[str] = field(default_factory=frozenset)
    representation: Representation | None = None
    ai_made: bool = False  # AI-made or altered imagery ("digital forgery", "deepfake")
    took_photo: bool = False  # the person took the photo or video (owns the copyright)
    work_description: str = ""  # DMCA: the original photo or video, described in words
    country: str = ""  # ISO 3166-1 alpha-2 country the person lives in
    # Free text from the person. Used only when they approved it for this notice.
    explanation: str = ""
    explanation_approved: bool = False
    search_terms: tuple[str, ...] = ()  # de-indexing: queries that show the results
    prior: tuple[PriorNotice, ...] = ()  # earlier notices about the same URLs

    @property
    def approved_explanation(self) -> str:
        return self.explanation.strip() if self.explanation_approved else ""

    @property
    def depicted_name(self) -> str:
        if self.representation:
            return self.representation.represented_name
        return self.requester.name

    def confirmed(self, affirmation: str) -> bool:
        return affirmation in self.affirmations

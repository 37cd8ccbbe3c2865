"""The data model. Image pixels are never a field here: only fingerprints and URLs."""

from takedown.cases.models.cases import Case, CaseStatus
from takedown.cases.models.events import Event
from takedown.cases.models.notices import Notice, NoticeOutcome, NoticeStatus
from takedown.cases.models.organizations import Membership, Organization
from takedown.cases.models.scanning import (
    Candidate,
    FetchRecord,
    Match,
    ReportedImage,
    Target,
    TargetStatus,
)

__all__ = [
    "Candidate",
    "Case",
    "CaseStatus",
    "Event",
    "FetchRecord",
    "Match",
    "Membership",
    "Notice",
    "NoticeOutcome",
    "NoticeStatus",
    "Organization",
    "ReportedImage",
    "Target",
    "TargetStatus",
]

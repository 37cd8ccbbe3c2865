"""What the caseworker side adds to a case. Everything that names the person is encrypted
and deleted with the case; audit rows outlive it but no longer point at it."""

from takedown.dashboard.models.audit import AuditAction, AuditEntry
from takedown.dashboard.models.authorisations import AuthorisationMethod, AuthorisationToAct
from takedown.dashboard.models.drafts import NoticeChoices
from takedown.dashboard.models.invitations import HelplineInvitation
from takedown.dashboard.models.notes import CaseFlag, CaseNote, FlagKind

__all__ = [
    "AuditAction",
    "AuditEntry",
    "AuthorisationMethod",
    "AuthorisationToAct",
    "CaseFlag",
    "CaseNote",
    "FlagKind",
    "HelplineInvitation",
    "NoticeChoices",
]

"""Taking, assigning and transferring cases within an organisation, and a person inviting a
helpline to their case with a code they hand over themselves."""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from takedown.cases.models import Case, Membership
from takedown.cases.services import event_record
from takedown.dashboard.models import HelplineInvitation
from takedown.dashboard.roles import is_org_admin

INVITATION_VALID_FOR = timedelta(days=14)
# Without look-alike characters, so it can be read out over the phone.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class AssignmentError(ValueError):
    """A sentence the caseworker can act on."""


def _may_manage(*, case: Case, actor) -> bool:
    return case.assignees.filter(pk=actor.pk).exists() or is_org_admin(actor, case.organization)


def _check_member(*, case: Case, user) -> None:
    if case.organization_id is None:
        raise AssignmentError(_("This case is not with any organisation yet."))
    if not Membership.objects.filter(organization_id=case.organization_id, user=user).exists():
        raise AssignmentError(_("%(user)s is not a member of this organisation.") % {"user": user})


@transaction.atomic
def case_assign(*, case: Case, assignee, actor) -> None:
    """Add a caseworker of the case's organisation to the case."""
    if not _may_manage(case=case, actor=actor):
        raise AssignmentError(_("Only a caseworker on the case or an organisation admin can."))
    _check_member(case=case, user=assignee)
    case.assignees.add(assignee)
    event_record(case=case, kind="case_assigned", actor=actor, assignee=assignee.pk)


@transaction.atomic
def case_transfer(*, case: Case, to, actor) -> None:
    """Hand the case to a colleague: they are assigned, everyone else is taken off it."""
    if not _may_manage(case=case, actor=actor):
        raise AssignmentError(_("Only a caseworker on the case or an organisation admin can."))
    _check_member(case=case, user=to)
    previous = list(case.assignees.values_list("pk", flat=True))
    case.assignees.set([to])
    event_record(case=case, kind="case_transferred", actor=actor, to=to.pk, previous=previous)


def _digest(code: str) -> str:
    normalised = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normalised.encode()).hexdigest()


def invitation_create(*, case: Case, actor=None) -> str:
    """A new code for the person to give a helpline; shown once, only its digest is kept."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    HelplineInvitation.objects.create(
        case=case, code_digest=_digest(code), expires_at=timezone.now() + INVITATION_VALID_FOR
    )
    event_record(case=case, kind="helpline_invited", actor=actor)
    return code


@transaction.atomic
def invitation_accept(*, code: str, caseworker, organization) -> Case:
    """The helpline takes the case: it joins the organisation and the caseworker is assigned."""
    if not Membership.objects.filter(organization=organization, user=caseworker).exists():
        raise AssignmentError(_("You are not a member of this organisation."))
    invitation = (
        HelplineInvitation.objects.select_for_update()
        .select_related("case")
        .filter(code_digest=_digest(code))
        .first()
    )
    # One message for unknown, used and expired codes: a guesser learns nothing.
    if (
        invitation is None
        or invitation.accepted_at is not None
        or invitation.expires_at <= timezone.now()
    ):
        raise AssignmentError(_("This code is not valid. Ask the person for a new one."))
    case = invitation.case
    if case.organization_id not in (None, organization.pk):
        raise AssignmentError(_("This case is already with another organisation."))
    case.organization = organization
    case.save(update_fields=["organization", "updated_at"])
    case.assignees.add(caseworker)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = organization
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    event_record(
        case=case, kind="helpline_accepted", actor=caseworker, organization=organization.pk
    )
    return case

"""Recording the audit log: every dashboard view, change and export writes one row."""

from takedown.dashboard.models import AuditAction, AuditEntry


def audit_record(*, actor, action: str, what: str, case=None, organization=None, **detail):
    actor = actor if getattr(actor, "is_authenticated", False) else None
    if case is not None and actor is not None and case.owner_id == actor.pk:
        # The person's own account would name them once the case is gone: the log records
        # that the case's owner acted, not who they are.
        actor = None
        detail["by_owner"] = True
    if case is not None:
        organization = organization or case.organization_id
        # Once the case is deleted the row can still say it was about a case, not which.
        detail["had_case"] = True
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        what=what,
        case=case,
        organization_id=getattr(organization, "pk", organization),
        detail=detail,
    )


def audit_view(request, what: str, case=None, **detail):
    return audit_record(actor=request.user, action=AuditAction.VIEW, what=what, case=case, **detail)


def audit_change(request, what: str, case=None, **detail):
    return audit_record(
        actor=request.user, action=AuditAction.CHANGE, what=what, case=case, **detail
    )


def audit_export(request, what: str, case=None, organization=None, **detail):
    """For exports (statistics, CSV/XLSX, evidence packages) built elsewhere."""
    return audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        what=what,
        case=case,
        organization=organization,
        **detail,
    )

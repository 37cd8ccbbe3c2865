"""Reaching a case from a dashboard page: only through `get_visible_case`, always audited."""

from takedown.cases.access import get_visible_case
from takedown.dashboard.audit import audit_view


def visible_case(request, reference: str, *, what: str):
    case = get_visible_case(user=request.user, session=None, reference=reference)
    audit_view(request, what, case=case)
    return case

"""Who may see a case (DESIGN invariant 3): its owner, the person who proved its PIN in this
session, and the caseworkers it is assigned to. Nobody else: not other caseworkers of the
organisation, not organisation admins, not superusers. Every view, export and task that
reads a case goes through `visible_cases` or `get_visible_case`.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from takedown.cases.models import Case

SESSION_KEY = "takedown_case_ids"


def session_case_ids(session) -> list[int]:
    return list(session.get(SESSION_KEY, []))


def grant_session_access(session, case: Case) -> None:
    """After a correct case number and PIN: this browser session may see the case."""
    ids = set(session_case_ids(session))
    ids.add(case.pk)
    session[SESSION_KEY] = sorted(ids)
    session.cycle_key()  # a new session id once privileges change: no session fixation


def revoke_session_access(session, case_id: int) -> None:
    session[SESSION_KEY] = [i for i in session_case_ids(session) if i != case_id]


def visible_cases(*, user, session=None) -> QuerySet[Case]:
    rule = Q(pk__in=session_case_ids(session)) if session is not None else Q(pk__in=[])
    if user is not None and user.is_authenticated:
        # A subquery rather than a join: no case repeats, so no DISTINCT over the caseload.
        assigned = Case.assignees.through.objects.filter(user=user).values("case_id")
        rule |= Q(owner=user) | Q(pk__in=assigned)
    return Case.objects.filter(rule)


def get_visible_case(*, user, session, reference: str) -> Case:
    """The case with this number if the requester may see it; 404 otherwise, so that a
    stranger cannot even learn whether a case number exists."""
    case = visible_cases(user=user, session=session).filter(reference=reference).first()
    if case is None:
        raise Http404("No such case")
    return case

"""Who may see an organisation's reports: its members. Aggregates only; anything about a
single case goes through takedown.cases.access instead."""

from django.http import Http404

from takedown.cases.models import Membership, Organization


def member_organization(user, slug: str, *, admin: bool = False) -> Organization:
    """The organisation if `user` is a member (an admin when `admin`); 404 otherwise, so a
    stranger cannot tell which organisations exist."""
    if not user.is_authenticated:
        raise Http404("No such organisation")
    memberships = Membership.objects.filter(user=user, organization__slug=slug)
    if admin:
        memberships = memberships.filter(role=Membership.Role.ADMIN)
    membership = memberships.select_related("organization").first()
    if membership is None:
        raise Http404("No such organisation")
    return membership.organization

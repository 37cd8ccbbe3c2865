"""Who is a caseworker or an organisation admin, from their memberships.

Roles decide which dashboard pages a user may open; which *cases* they may see is decided
by `takedown.cases.access` alone (assignment), never by role.
"""

from django.db.models import QuerySet

from takedown.cases.models import Membership, Organization


def memberships(user) -> QuerySet[Membership]:
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("organization")


def is_staff_member(user) -> bool:
    return user.is_authenticated and Membership.objects.filter(user=user).exists()


def admin_organizations(user) -> QuerySet[Organization]:
    if not user.is_authenticated:
        return Organization.objects.none()
    return Organization.objects.filter(
        memberships__user=user, memberships__role=Membership.Role.ADMIN
    )


def is_org_admin(user, organization=None) -> bool:
    orgs = admin_organizations(user)
    if organization is not None:
        orgs = orgs.filter(pk=organization.pk)
    return orgs.exists()


def colleagues(organization) -> QuerySet:
    """Members of the organisation who can take cases."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(memberships__organization=organization, is_active=True)
        .order_by("username")
        .distinct()
    )

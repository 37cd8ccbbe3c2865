"""Authorisations to act: recording them, revoking them, and the check the notice send path
makes before a caseworker sends anything in a person's name."""

from django.utils import timezone
from django.utils.translation import gettext as _

from takedown.cases.models import Case
from takedown.cases.services import event_record
from takedown.dashboard.models import AuthorisationToAct


class NotAuthorisedToAct(PermissionError):
    def __init__(self, *, platform: str, legal_basis: str):
        super().__init__(
            _(
                "No authorisation to act is on file for %(platform)s under %(basis)s. "
                "Record the person's authorisation before sending."
            )
            % {"platform": platform, "basis": legal_basis}
        )
        self.platform = platform
        self.legal_basis = legal_basis


def authorisation_record(
    *,
    case: Case,
    organization,
    given_by: str,
    method: str,
    given_at,
    actor,
    platforms=(),
    legal_bases=(),
    affirmations=(),
    expires_at=None,
) -> AuthorisationToAct:
    authorisation = AuthorisationToAct.objects.create(
        case=case,
        organization=organization,
        given_by=given_by,
        method=method,
        given_at=given_at,
        platforms=sorted(platforms),
        legal_bases=sorted(legal_bases),
        affirmations=sorted(affirmations),
        expires_at=expires_at,
        recorded_by=actor,
    )
    event_record(case=case, kind="authorisation_recorded", actor=actor, id=authorisation.pk)
    return authorisation


def authorisation_revoke(*, authorisation: AuthorisationToAct, actor) -> None:
    if authorisation.revoked_at is None:
        authorisation.revoked_at = timezone.now()
        authorisation.save(update_fields=["revoked_at"])
        event_record(
            case=authorisation.case, kind="authorisation_revoked", actor=actor, id=authorisation.pk
        )


def authorisation_for(
    *, case: Case, platform: str, legal_basis: str, at=None
) -> AuthorisationToAct | None:
    """The newest authorisation of the case's organisation that covers this notice."""
    if case.organization_id is None:
        return None
    candidates = AuthorisationToAct.objects.filter(
        case=case, organization_id=case.organization_id, revoked_at__isnull=True
    )
    for authorisation in candidates:
        if authorisation.covers(platform=platform, legal_basis=legal_basis, at=at):
            return authorisation
    return None


def acts_for_someone(*, case: Case, actor) -> bool:
    return case.owner_id is None or case.owner_id != actor.pk


def require_authorisation(
    *, case: Case, actor, platform: str, legal_basis: str
) -> AuthorisationToAct | None:
    """Raise unless the actor may send this notice: the person themselves, or a caseworker
    with an authorisation in scope and in force. Returns the authorisation relied on."""
    if not acts_for_someone(case=case, actor=actor):
        return None
    authorisation = authorisation_for(case=case, platform=platform, legal_basis=legal_basis)
    if authorisation is None:
        raise NotAuthorisedToAct(platform=platform, legal_basis=legal_basis)
    return authorisation


def authority_text(authorisation: AuthorisationToAct, language: str) -> str:
    """How the representative is authorised, in words that go into the notice."""
    day = authorisation.given_at.date().isoformat()
    if language == "es":
        methods = {
            "signed_form": "autorización escrita firmada",
            "email": "autorización por correo electrónico",
            "in_app": "autorización dada en la aplicación",
            "phone": "autorización verbal por teléfono",
            "in_person": "autorización verbal en persona",
        }
        return f"{methods.get(authorisation.method, 'autorización')} del {day}"
    methods = {
        "signed_form": "signed written authorisation",
        "email": "written authorisation by e-mail",
        "in_app": "authorisation given in the Takedown app",
        "phone": "verbal authorisation by telephone",
        "in_person": "verbal authorisation in person",
    }
    return f"{methods.get(authorisation.method, 'authorisation')} dated {day}"

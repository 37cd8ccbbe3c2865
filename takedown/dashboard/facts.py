"""A case's facts for a notice a caseworker sends on the person's behalf.

Only what the person gave and the authorisation on file go in: the statements they
confirmed, their name as the person represented, and the hashes of each match.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from takedown.cases.models import Case, Match
from takedown.dashboard.authorisations import authority_text
from takedown.dashboard.models import AuthorisationToAct
from takedown.notices.facts import Evidence, MatchedUrl, NoticeFacts, Representation, Requester
from takedown.notices.recipients import recipient_for


@dataclass(frozen=True)
class DraftOptions:
    language: str = "en"
    ai_made: bool = False
    took_photo: bool = False
    work_description: str = ""
    sign: bool = False
    # The helpline's postal address, where a law wants the sender's.
    postal_address: str = ""
    # Set when the person sends the notice themselves (the person's notice wizard): the
    # statements are theirs, confirmed in the wizard, and so is the typed signature.
    by_person: bool = False
    affirmations: tuple[str, ...] = ()
    # The person's own details for this notice only (kept encrypted with the draft, not on
    # the case: a person who did not opt in to contact keeps no e-mail address there).
    name: str = ""
    email: str = ""
    signature: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> DraftOptions:
        return cls(**{key: data[key] for key in cls.__dataclass_fields__ if key in data})


def lookup_platform(slug: str):
    """The registry platform, or None for a host the registry does not know."""
    from takedown.platforms import get

    try:
        return get(slug)
    except KeyError:
        return None


def matched_urls(targets) -> tuple[MatchedUrl, ...]:
    """Each target's URL with the evidence of its closest match, in one query."""
    best: dict[int, Match] = {}
    matches = (
        Match.objects.filter(candidate__target__in=[t.pk for t in targets])
        .select_related("candidate")
        .order_by("distance", "pk")
    )
    for match in matches:
        best.setdefault(match.candidate.target_id, match)
    urls = []
    for target in targets:
        match = best.get(target.pk)
        evidence = None
        if match is not None:
            evidence = Evidence(
                found_at=match.candidate.fetched_at or match.created_at,
                algorithm=match.algorithm,
                sha256=match.candidate.sha256,
                pdq=match.candidate.pdq,
                distance=match.distance,
                confidence=match.confidence,
            )
        urls.append(MatchedUrl(url=target.url, evidence=evidence))
    return tuple(urls)


def sender_name(user, organization) -> str:
    name = user.get_full_name() or user.get_username()
    return f"{name}, {organization.name}" if organization else name


def case_facts(
    *,
    case: Case,
    platform,
    basis_slug: str,
    targets,
    sender,
    authorisation: AuthorisationToAct | None,
    options: DraftOptions,
) -> NoticeFacts:
    acting_for = not options.by_person and case.owner_id != sender.pk
    name = sender_name(sender, case.organization) if acting_for else case.full_name
    email = sender.email if acting_for else case.email
    if options.by_person:
        name, email, signature = options.name, options.email, options.signature
        affirmations = options.affirmations
    else:
        signature = name if options.sign else ""
        affirmations = authorisation.affirmations if authorisation else ()
    return NoticeFacts(
        requester=Requester(
            name=name,
            email=email,
            postal_address=options.postal_address,
            signature=signature,
        ),
        recipient=recipient_for(platform, basis_slug),
        urls=matched_urls(targets),
        affirmations=frozenset(affirmations),
        representation=(
            Representation(
                represented_name=case.full_name,
                authority=authority_text(authorisation, options.language) if authorisation else "",
            )
            if acting_for
            else None
        ),
        ai_made=options.ai_made,
        took_photo=options.took_photo,
        work_description=options.work_description,
        country=case.country,
    )

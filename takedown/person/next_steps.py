"""What the person can do next about each platform where their photos were found: the
ways that platform takes removal requests (the platform registry) and the law each rests
on (takedown.notices), in the person's language. The notice itself is drafted from these
with the details each law requires."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from takedown.notices.bases import BASES, UnknownBasis
from takedown.notices.bases import get as get_basis
from takedown.platforms import registry

# The order requests are suggested in: the laws with a short deadline first, the
# platform's own rules next, copyright last (it fits only if the person took the photo).
_ORDER = list(BASES)
_PREFERRED = ["take-it-down", "gdpr-17", "dsa-16", "uk", "esafety", "platform-policy", "dmca"]


@dataclass(frozen=True)
class Route:
    channel: str
    how: str  # words for the kind of channel
    url: str | None
    email: str | None
    laws: list[dict]


def _how(kind: str) -> str:
    return {
        "web-form": _("a form on its website"),
        "email": _("e-mail"),
        "dmca-agent": _("its copyright agent"),
        "deindex-form": _("a removal form"),
        "in-app": _("the report button in its app"),
        "postal": _("post"),
    }.get(kind, kind)


def _law(slug: str, language: str) -> dict | None:
    try:
        basis = get_basis(slug)
    except UnknownBasis:
        return None
    deadline = basis.deadline.describe(language) if basis.deadline else ""
    return {
        "slug": slug,
        "title": basis.title_es if language == "es" and basis.title_es else basis.title,
        "deadline": deadline,
        "own_photo_only": slug == "dmca",
    }


def _rank(slug: str) -> int:
    return _PREFERRED.index(slug) if slug in _PREFERRED else len(_PREFERRED) + _ORDER.index(slug)


def routes_for(platform_slug: str, language: str) -> list[Route]:
    """The platform's channels, the most useful first; [] for a site the registry does not
    know (its host's abuse contact is then the way, which a caseworker looks up)."""
    try:
        platform = registry.get(platform_slug)
    except LookupError:
        return []
    routes = []
    for channel in platform.channels:
        slugs = sorted((s for s in channel.legal_bases if s in BASES), key=_rank)
        laws = [law for law in (_law(s, language) for s in slugs) if law]
        routes.append(
            Route(
                channel=channel.name,
                how=_how(channel.kind),
                url=channel.url if channel.url and channel.url.startswith("https://") else None,
                email=channel.email,
                laws=laws,
            )
        )
    return sorted(routes, key=lambda r: min((_rank(law["slug"]) for law in r.laws), default=99))

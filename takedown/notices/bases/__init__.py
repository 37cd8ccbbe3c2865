"""The legal bases, one module each, under their stable slugs."""

from takedown.notices.bases import (
    deindex,
    dmca,
    dsa_16,
    esafety,
    gdpr_17,
    host_abuse,
    platform_policy,
    take_it_down,
    uk,
)
from takedown.notices.basis import LegalBasis, UnknownBasis

BASES: dict[str, LegalBasis] = {
    module.BASIS.slug: module.BASIS
    for module in (
        take_it_down,
        dmca,
        gdpr_17,
        dsa_16,
        uk,
        esafety,
        deindex,
        host_abuse,
        platform_policy,
    )
}


def get(slug: str) -> LegalBasis:
    try:
        return BASES[slug]
    except KeyError:
        raise UnknownBasis(slug) from None

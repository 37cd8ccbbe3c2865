"""Abuse report to the hosting provider or CDN in front of a site.

When a site ignores a notice, or has no channel, the company hosting it (or the CDN
proxying it) can act under its acceptable-use policy. In the EU the report is also a
notice under DSA Art. 16, which gives a hosting provider actual knowledge (Art. 16(3)).
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import LegalBasis

BASIS = LegalBasis(
    slug="host-abuse",
    title="Abuse report: non-consensual intimate images on a site you host or serve",
    title_es="Denuncia de abuso: imágenes íntimas sin consentimiento en un sitio que usted "
    "aloja o sirve",
    jurisdiction="any",
    statute="The provider's acceptable-use policy; in the EU, Regulation (EU) 2022/2065 "
    "(Digital Services Act), Art. 16",
    statute_es="La política de uso aceptable del proveedor; en la UE, Reglamento (UE) "
    "2022/2065 (Reglamento de Servicios Digitales), art. 16",
    elements=(
        # Mirrors DSA Art. 16(2)(a)-(d), the most demanding notice a host may receive.
        elements.not_consensual("DSA Art. 16(2)(a); acceptable-use policy"),
        elements.urls("DSA Art. 16(2)(b)"),
        elements.requester_name("DSA Art. 16(2)(c)"),
        elements.requester_email("DSA Art. 16(2)(c)"),
        elements.accuracy("DSA Art. 16(2)(d)"),
        elements.represented_name("DSA Art. 16(1)"),
        elements.authority("DSA Art. 16(1)"),
    ),
    deadline=None,
    deadline_note="No deadline in law; in the EU the host must act in a timely, diligent "
    "manner (DSA Art. 16(6)).",
    regulator=regulators.none,
    supports_representative=True,
    supports_ai_made=True,
    duty={
        "en": "Your acceptable-use policy does not allow this content, and in the European Union "
        "Article 16(6) of the Digital Services Act requires a timely decision.",
        "es": "Su política de uso aceptable no permite este contenido y, en la Unión Europea, el "
        "artículo 16.6 del Reglamento de Servicios Digitales exige una decisión oportuna.",
    },
    subject={
        "en": "Abuse report: non-consensual intimate images served through {platform}",
        "es": "Denuncia de abuso: imágenes íntimas sin consentimiento servidas a través de "
        "{platform}",
    },
)

"""EU Digital Services Act notice of illegal content, Art. 16 of Regulation (EU) 2022/2065.

A notice with the four elements of Art. 16(2) gives the hosting provider actual knowledge
(Art. 16(3)); it must confirm receipt (16(4)), decide "in a timely, diligent,
non-arbitrary and objective manner" (16(6)) and tell the sender its decision (16(5)).
The explanation of illegality (16(2)(a)) rests on GDPR Arts. 6(1) and 9(1), and on
Directive (EU) 2024/1385 Art. 5(1)(a)-(b), which makes Member States criminalise sharing
intimate or manipulated material without consent (transposition due by June 2027).
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import LegalBasis

BASIS = LegalBasis(
    slug="dsa-16",
    title="Notice of illegal content under Article 16 of the Digital Services Act",
    title_es="Notificación de contenido ilícito conforme al artículo 16 del Reglamento de "
    "Servicios Digitales",
    jurisdiction="EU",
    statute="Regulation (EU) 2022/2065 (Digital Services Act), Art. 16",
    statute_es="Reglamento (UE) 2022/2065 (Reglamento de Servicios Digitales), art. 16",
    elements=(
        # Art. 16(2)(a): a sufficiently substantiated explanation of why the information is
        # illegal content. We substantiate it from the person's confirmation that it was
        # published without consent and the country whose law applies.
        elements.not_consensual("DSA Art. 16(2)(a)"),
        elements.country("DSA Art. 16(2)(a)"),
        # Art. 16(2)(b): the exact electronic location, such as the exact URL or URLs.
        elements.urls("DSA Art. 16(2)(b)"),
        # Art. 16(2)(c): the name and e-mail address of the person submitting the notice.
        elements.requester_name("DSA Art. 16(2)(c)"),
        elements.requester_email("DSA Art. 16(2)(c)"),
        # Art. 16(2)(d): statement of bona fide belief that the notice is accurate and complete.
        elements.accuracy("DSA Art. 16(2)(d)"),
        # Art. 16(1): "any individual or entity" may notify, so a representative may too;
        # saying for whom keeps the explanation substantiated.
        elements.represented_name("DSA Art. 16(1)"),
        elements.authority("DSA Art. 16(1)"),
    ),
    deadline=None,
    deadline_note="The DSA sets no fixed deadline: the provider must act in a timely, "
    "diligent, non-arbitrary and objective manner (Art. 16(6)).",
    regulator=regulators.digital_services_coordinator,
    supports_representative=True,
    supports_ai_made=True,
    duty={
        "en": "Article 16(6) of the Digital Services Act requires you to decide on notices in a "
        "timely, diligent, non-arbitrary and objective manner.",
        "es": "El artículo 16.6 del Reglamento de Servicios Digitales les obliga a resolver las "
        "notificaciones de manera oportuna, diligente, no arbitraria y objetiva.",
    },
    subject={
        "en": "Notice of illegal content (Art. 16 DSA): non-consensual intimate images on "
        "{platform}",
        "es": "Notificación de contenido ilícito (art. 16 RSD): imágenes íntimas sin "
        "consentimiento en {platform}",
    },
)

"""United Kingdom: a report of illegal content under the Online Safety Act 2023 regime.

The Act gives no individual a statutory notice form. It makes sharing an intimate image
without consent an offence (Sexual Offences Act 2003 s. 66B, inserted by OSA 2023 s. 188;
an image that only "appears to show" the person counts, s. 66B(1)(a)), a priority offence under
OSA 2023 Sch. 7, and puts user-to-user services under a duty to take illegal content down
swiftly once alerted (OSA 2023 s. 10(3)(b)) and to run reporting and complaints
procedures (ss. 20, 21). The notice relies on that and on the platform's own terms.
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import LegalBasis

BASIS = LegalBasis(
    slug="uk",
    title="Report of illegal intimate image content (UK Online Safety Act 2023)",
    title_es="Denuncia de contenido íntimo ilícito (Ley de Seguridad en Línea del Reino Unido "
    "de 2023)",
    jurisdiction="UK",
    statute="Online Safety Act 2023, ss. 10(3)(b), 20 and 21 and Sch. 7; Sexual Offences "
    "Act 2003, s. 66B",
    elements=(
        # SOA 2003 s. 66B(1)(b): the person depicted does not consent to the sharing.
        elements.not_consensual("Sexual Offences Act 2003 s. 66B(1)(b)"),
        # OSA 2023 s. 10(3)(b): the provider is "alerted by a person": where, exactly.
        elements.urls("Online Safety Act 2023 s. 10(3)(b)"),
        # OSA 2023 s. 21: complaints procedures answer the complainant: who and how.
        elements.requester_name("Online Safety Act 2023 s. 21"),
        elements.requester_email("Online Safety Act 2023 s. 21"),
        elements.represented_name("Online Safety Act 2023 s. 20"),
        elements.authority("Online Safety Act 2023 s. 20"),
    ),
    deadline=None,
    deadline_note="No fixed deadline: illegal content must be taken down 'swiftly' once the "
    "provider is alerted (s. 10(3)(b)). Ofcom enforces the duties but does not decide "
    "individual complaints.",
    # Ofcom regulates systems, not individual reports; for personal data the ICO hears
    # complaints under the UK GDPR (use gdpr-17 with country GB).
    regulator=regulators.none,
    supports_representative=True,
    supports_ai_made=True,
    duty={
        "en": "Section 10(3)(b) of the Online Safety Act 2023 requires you to take illegal content "
        "down swiftly once you are alerted to it.",
        "es": "El artículo 10(3)(b) de la Online Safety Act 2023 les obliga a retirar con rapidez "
        "el contenido ilícito una vez advertidos de su existencia.",
    },
    subject={
        "en": "Report of illegal content: intimate images shared without consent on {platform}",
        "es": "Denuncia de contenido ilícito: imágenes íntimas compartidas sin consentimiento "
        "en {platform}",
    },
)

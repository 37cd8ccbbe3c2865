"""Australia: image-based abuse under the Online Safety Act 2021 (Cth).

Posting an intimate image of a person without consent breaches s. 75 when either person
is ordinarily resident in Australia. The person can complain to the eSafety
Commissioner (s. 32) or give an objection notice (s. 33), and the Commissioner can order
removal within 24 hours (s. 77). This notice asks the service to remove the image now,
before that, and says the person may go to eSafety.
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import Element, LegalBasis

BASIS = LegalBasis(
    slug="esafety",
    title="Request to remove an intimate image (Online Safety Act 2021, Australia)",
    title_es="Solicitud de retirada de una imagen íntima (Ley de Seguridad en Línea de 2021, "
    "Australia)",
    jurisdiction="AU",
    statute="Online Safety Act 2021 (Cth), ss. 15, 32, 33, 75 and 77",
    elements=(
        # s. 75(2) / s. 32: the person did not consent to the image being posted.
        elements.not_consensual("Online Safety Act 2021 s. 75(2)"),
        # s. 77(2): the image must be identified well enough to be removed.
        elements.urls("Online Safety Act 2021 s. 77(2)"),
        # s. 33(1)(c) / s. 75(1)(d)-(e): the scheme needs a link to Australia.
        Element(
            code="australian_resident",
            question="Do you live in Australia?",
            clause="Online Safety Act 2021 ss. 33(1)(c)(i) and 75(1)(e)",
            present=lambda f: f.country.strip().upper() == "AU",
        ),
        elements.requester_name("Online Safety Act 2021 s. 32"),
        elements.requester_email("Online Safety Act 2021 s. 32"),
        # s. 33(3): an authorised person may act on behalf of the depicted person.
        elements.represented_name("Online Safety Act 2021 s. 33(3)"),
        elements.authority("Online Safety Act 2021 s. 33(3)"),
    ),
    deadline=None,
    deadline_note="The Act sets no deadline for a service answering a person directly; a "
    "removal notice from eSafety must be complied with within 24 hours (s. 77(1)(f)).",
    regulator=regulators.esafety,
    supports_representative=True,
    # s. 15: an intimate image is material that depicts, "or appears to depict", the person.
    supports_ai_made=True,
    duty={
        "en": "The eSafety Commissioner can require you to remove an intimate image within 24 "
        "hours (Online Safety Act 2021, s. 77).",
        "es": "La Comisionada de eSafety puede exigirles retirar una imagen íntima en un plazo de "
        "24 horas (Online Safety Act 2021, art. 77).",
    },
    subject={
        "en": "Image-based abuse: request to remove intimate images from {platform} "
        "(Online Safety Act 2021)",
        "es": "Abuso basado en imágenes: solicitud de retirada de imágenes íntimas de "
        "{platform} (Online Safety Act 2021)",
    },
)

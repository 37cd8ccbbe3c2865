"""Report under the platform's own policy against non-consensual intimate imagery.

Every large platform forbids sharing intimate images without consent in its terms; a
report under that policy needs no statute and works everywhere. Use it where no law
applies, or alongside a legal notice.
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import LegalBasis

BASIS = LegalBasis(
    slug="platform-policy",
    title="Report under your policy on non-consensual intimate imagery",
    title_es="Denuncia conforme a su política sobre imágenes íntimas sin consentimiento",
    jurisdiction="any",
    statute="The platform's terms of service and its policy on non-consensual intimate imagery",
    statute_es="Las condiciones de servicio de la plataforma y su política sobre imágenes "
    "íntimas sin consentimiento",
    elements=(
        # The platforms' own report forms ask for these; no statute fixes them.
        elements.urls("platform policy"),
        elements.not_consensual("platform policy"),
        elements.requester_name("platform policy"),
        elements.requester_email("platform policy"),
        elements.represented_name("platform policy"),
        elements.authority("platform policy"),
    ),
    deadline=None,
    deadline_note="A platform's own policy sets no binding deadline.",
    regulator=regulators.none,
    supports_representative=True,
    supports_ai_made=True,
    duty={
        "en": "Your own policy does not allow this content.",
        "es": "Su propia política no permite este contenido.",
    },
    subject={
        "en": "Non-consensual intimate images on {platform}: request for removal",
        "es": "Imágenes íntimas sin consentimiento en {platform}: solicitud de retirada",
    },
)

"""Search-engine de-indexing request: remove results that lead to the images.

Google and Bing remove non-consensual intimate images and fake explicit images from
results under their own published policies; for a person in the EEA or the UK the right
to erasure also covers search results (CJEU C-131/12 Google Spain; GDPR Art. 17).
De-indexing does not remove the image from the site: send the site a notice as well.
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import LegalBasis

BASIS = LegalBasis(
    slug="deindex",
    title="Request to remove search results linking to non-consensual intimate images",
    title_es="Solicitud de eliminación de resultados de búsqueda que enlazan a imágenes "
    "íntimas sin consentimiento",
    jurisdiction="any",
    statute="The search engine's policy on non-consensual intimate imagery; for the EEA and "
    "UK, GDPR Art. 17 (CJEU C-131/12, Google Spain)",
    statute_es="La política del buscador sobre imágenes íntimas sin consentimiento; en el "
    "EEE y el Reino Unido, art. 17 RGPD (TJUE C-131/12, Google Spain)",
    elements=(
        # The search engines' NCII forms ask for the result URLs and a statement that the
        # imagery is intimate and shared without consent; GDPR Art. 17(1) in the EEA.
        elements.urls("search engine NCII policy; GDPR Art. 17(1)"),
        elements.not_consensual("search engine NCII policy; GDPR Art. 17(1)(d)"),
        elements.requester_name("search engine NCII policy; GDPR Art. 12(6)"),
        elements.requester_email("search engine NCII policy; GDPR Art. 12(3)"),
        elements.represented_name("search engine NCII policy"),
        elements.authority("search engine NCII policy"),
    ),
    deadline=None,
    deadline_note="The search engines' policies set no deadline; in the EEA and UK a request "
    "that also relies on GDPR Art. 17 must be answered within one month (Art. 12(3)).",
    regulator=regulators.data_protection_authority,
    supports_representative=True,
    supports_ai_made=True,
    duty={
        "en": "Your own policies provide for removing such results.",
        "es": "Sus propias políticas prevén la eliminación de estos resultados.",
    },
    subject={
        "en": "Request to remove search results: non-consensual intimate images ({platform})",
        "es": "Solicitud de eliminación de resultados de búsqueda: imágenes íntimas sin "
        "consentimiento ({platform})",
    },
)

"""Right to erasure under GDPR Art. 17 (and the UK GDPR, which keeps the same article).

An intimate image of an identifiable person is personal data, and data concerning their
sex life is a special category (Art. 9(1)); published without consent it is processed
unlawfully, so it must be erased (Art. 17(1)(d)), and any consent is withdrawn
(Art. 17(1)(b)). The controller answers within one month (Art. 12(3)).
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import Deadline, LegalBasis

BASIS = LegalBasis(
    slug="gdpr-17",
    title="Request for erasure under Article 17 GDPR",
    title_es="Solicitud de supresión conforme al artículo 17 del RGPD",
    jurisdiction="EU",
    statute="Regulation (EU) 2016/679 (GDPR), Art. 17(1)(b) and (d), Art. 9(1) and Art. 12(3)",
    statute_es="Reglamento (UE) 2016/679 (RGPD), art. 17.1.b) y d), art. 9.1 y art. 12.3",
    elements=(
        # Art. 17(1): the data subject has the right to obtain erasure; the controller may
        # ask for information to confirm identity (Art. 12(6)), so the request names them.
        elements.requester_name("GDPR Art. 17(1), Art. 12(6)"),
        # Art. 12(3): where the request is made electronically the answer is too.
        elements.requester_email("GDPR Art. 12(3)"),
        # Art. 17(1): "personal data concerning him or her": which data, where.
        elements.urls("GDPR Art. 17(1)"),
        # Art. 17(1)(d) unlawful processing / (b) no consent: the ground relied on.
        elements.not_consensual("GDPR Art. 17(1)(b) and (d)"),
        # Art. 3 (territorial scope) and Art. 77: which law and which authority.
        elements.country("GDPR Art. 3 and Art. 77"),
        # Art. 80(1) and general agency: a representative acts on the data subject's mandate.
        elements.represented_name("GDPR Art. 80(1)"),
        elements.authority("GDPR Art. 80(1)"),
    ),
    deadline=Deadline(
        clause="GDPR Art. 12(3)",
        clause_es="RGPD, art. 12.3",
        months=1,
        note="One month from receipt; the controller may extend by two further months only "
        "if it tells the person why within the first month.",
    ),
    deadline_note="One month from receipt (Art. 12(3)); extendable by two months with reasons.",
    regulator=regulators.data_protection_authority,
    supports_representative=True,
    # An altered or generated image of an identifiable person is still personal data.
    supports_ai_made=True,
    duty={
        "en": "Article 12(3) GDPR requires an answer within one month of receiving a request.",
        "es": "El artículo 12.3 del RGPD exige responder en el plazo de un mes desde la "
        "recepción de la solicitud.",
    },
    subject={
        "en": "Request for erasure under Article 17 GDPR: intimate images on {platform}",
        "es": "Solicitud de supresión (art. 17 RGPD): imágenes íntimas en {platform}",
    },
)

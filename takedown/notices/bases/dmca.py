"""DMCA notification of claimed infringement, 17 U.S.C. 512(c)(3).

Only for a person who owns the copyright: they took the photo or video themselves. A
copyright notice may be forwarded to the uploader and published (e.g. in the Lumen
database) with the sender's name, so the person is warned before sending.
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import Element, LegalBasis
from takedown.notices.facts import NOT_AUTHORISED_USE, UNDER_PENALTY_OF_PERJURY

WARNING = (
    "A copyright notice can be passed on to the person who posted the image and published "
    "in public databases such as Lumen, with your name on it. If that worries you, use a "
    "privacy-based notice instead, or ask a representative to send it for you."
)

BASIS = LegalBasis(
    slug="dmca",
    title="DMCA notification of claimed infringement",
    title_es="Notificación de infracción de derechos de autor (DMCA)",
    jurisdiction="US",
    statute="17 U.S.C. 512(c)(3)",
    elements=(
        # 512(c)(3)(A)(i): signature of a person authorized to act for the owner of an
        # exclusive right. Only the person who took the photo owns that right.
        Element(
            code="copyright_ownership",
            question="Did you take this photo or video yourself?",
            clause="17 U.S.C. 512(c)(3)(A)(i)",
            present=lambda f: f.took_photo,
        ),
        elements.signature("17 U.S.C. 512(c)(3)(A)(i)"),
        # 512(c)(3)(A)(ii): identification of the copyrighted work.
        Element(
            code="copyright_work",
            question="Describe your original photo or video in a few words "
            "(for example: a photo I took of myself in 2024).",
            clause="17 U.S.C. 512(c)(3)(A)(ii)",
            present=lambda f: bool(f.work_description.strip()),
        ),
        # 512(c)(3)(A)(iii): identification of the infringing material and information
        # reasonably sufficient to locate it.
        elements.urls("17 U.S.C. 512(c)(3)(A)(iii)"),
        # 512(c)(3)(A)(iv): information reasonably sufficient to contact the complaining
        # party, "such as an address, telephone number, and ... e-mail". Designated agents
        # routinely reject notices without a postal address, so we require one.
        elements.requester_name("17 U.S.C. 512(c)(3)(A)(iv)"),
        elements.requester_email("17 U.S.C. 512(c)(3)(A)(iv)"),
        elements.postal_address("17 U.S.C. 512(c)(3)(A)(iv)"),
        # 512(c)(3)(A)(v): good-faith belief that the use is not authorized by the owner,
        # its agent, or the law.
        Element(
            code="good_faith_statement",
            question="Do you confirm, in good faith, that nobody had your permission "
            "(or any legal right) to post it?",
            clause="17 U.S.C. 512(c)(3)(A)(v)",
            present=lambda f: f.confirmed(NOT_AUTHORISED_USE),
        ),
        # 512(c)(3)(A)(vi): accuracy, and under penalty of perjury, authority to act.
        Element(
            code="perjury_statement",
            question="Do you confirm, under penalty of perjury, that the notice is accurate "
            "and that you own the copyright or may act for its owner?",
            clause="17 U.S.C. 512(c)(3)(A)(vi)",
            present=lambda f: f.confirmed(UNDER_PENALTY_OF_PERJURY),
        ),
        elements.represented_name("17 U.S.C. 512(c)(3)(A)(i)"),
        elements.authority("17 U.S.C. 512(c)(3)(A)(vi)"),
    ),
    deadline=None,
    deadline_note="The DMCA sets no deadline: the provider keeps its safe harbour only if it "
    "acts 'expeditiously' (17 U.S.C. 512(c)(1)(C)).",
    regulator=regulators.none,
    supports_representative=True,
    # Only an alteration of the person's own photo: the forgery is then an unauthorized
    # derivative work (17 U.S.C. 106(2)). A wholly generated image has no copyright of theirs.
    supports_ai_made=True,
    duty={
        "en": "Under 17 U.S.C. 512(c)(1)(C), a service provider keeps its safe harbour only if it "
        "responds expeditiously to a notification like mine.",
        "es": "Conforme a 17 U.S.C. 512(c)(1)(C), el prestador solo conserva la exención de "
        "responsabilidad si actúa con prontitud ante una notificación como la mía.",
    },
    subject={
        "en": "DMCA notice of copyright infringement (17 U.S.C. 512(c)(3)) on {platform}",
        "es": "Notificación DMCA de infracción de derechos de autor (17 U.S.C. 512(c)(3)) "
        "en {platform}",
    },
    warning=WARNING,
)

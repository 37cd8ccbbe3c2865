"""US TAKE IT DOWN Act (Pub. L. 119-12): notice-and-removal request to a covered platform.

The request's contents are fixed by 47 U.S.C. 223a(a)(1)(B); the platform must remove the
depiction, and make reasonable efforts to remove known identical copies, within 48 hours
of a valid request (223a(a)(3)). The FTC enforces it (223a(b)).
"""

from takedown.notices import elements, regulators
from takedown.notices.basis import Deadline, LegalBasis

BASIS = LegalBasis(
    slug="take-it-down",
    title="TAKE IT DOWN Act notice-and-removal request",
    title_es="Solicitud de retirada según la Ley TAKE IT DOWN (EE. UU.)",
    jurisdiction="US",
    statute="47 U.S.C. 223a (TAKE IT DOWN Act, Pub. L. 119-12, sec. 3)",
    elements=(
        # 223a(a)(1)(B)(i): physical or electronic signature of the identifiable
        # individual or an authorized person acting on their behalf.
        elements.signature("47 U.S.C. 223a(a)(1)(B)(i)"),
        # 223a(a)(1)(B)(ii): identification of, and information reasonably sufficient to
        # locate, the intimate visual depiction.
        elements.urls("47 U.S.C. 223a(a)(1)(B)(ii)"),
        # 223a(a)(1)(B)(iii): brief statement of good-faith belief that the depiction is
        # not consensual, with relevant information.
        elements.not_consensual("47 U.S.C. 223a(a)(1)(B)(iii)"),
        # 223a(a)(1)(B)(iv): information sufficient to contact the individual or the
        # authorized person.
        elements.requester_name("47 U.S.C. 223a(a)(1)(B)(iv)"),
        elements.requester_email("47 U.S.C. 223a(a)(1)(B)(iv)"),
        # 223a(a)(1)(A): "an authorized person acting on behalf of such individual".
        elements.represented_name("47 U.S.C. 223a(a)(1)(A)"),
        elements.authority("47 U.S.C. 223a(a)(1)(A)"),
    ),
    deadline=Deadline(
        clause="47 U.S.C. 223a(a)(3)",
        hours=48,
        note="Remove as soon as possible, and no later than 48 hours after a valid request, "
        "with reasonable efforts to remove known identical copies.",
    ),
    deadline_note="48 hours after the platform receives a valid request.",
    regulator=regulators.ftc,
    supports_representative=True,
    # "Digital forgery": 47 U.S.C. 223(h)(1)(B), added by sec. 2 of the Act.
    supports_ai_made=True,
    duty={
        "en": "47 U.S.C. 223a(a)(3) requires removal within 48 hours of a valid request.",
        "es": "47 U.S.C. 223a(a)(3) exige la retirada en un plazo de 48 horas desde una "
        "solicitud válida.",
    },
    subject={
        "en": "TAKE IT DOWN Act removal request: non-consensual intimate images on {platform}",
        "es": "Solicitud de retirada (TAKE IT DOWN Act): imágenes íntimas sin consentimiento "
        "en {platform}",
    },
)

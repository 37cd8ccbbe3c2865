"""Form assist: for platforms that only take web forms, each field's answer in order.

The person copies each answer into the platform's form. Answers come from the same
approved facts and wording as the notice; nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from takedown.notices.countries import country_name
from takedown.notices.draft import Notice
from takedown.notices.render import render_text

NOT_LEGAL_ADVICE = {
    "en": "Copy each answer into the form, in this order, and check it before you submit. "
    "Takedown is not a law firm, and this is not legal advice.",
    "es": "Copie cada respuesta en el formulario, en este orden, y revísela antes de enviarlo. "
    "Takedown no es un despacho de abogados y esto no es asesoramiento jurídico.",
}

UNKNOWN_FIELDS = {
    "en": "We do not know this form's exact fields; these are the answers such forms "
    "usually ask for.",
    "es": "No conocemos los campos exactos de este formulario; estas son las respuestas "
    "que suelen pedir.",
}

# Used when the registry does not know the form's fields.
USUAL_FIELDS = ("Full name", "Email address", "URLs", "Description", "Signature")


@dataclass(frozen=True)
class FormField:
    label: str  # the field as the form names it
    key: str  # what we filled it with; "unknown" means the person answers it themselves
    text: str


@dataclass(frozen=True)
class FormAssist:
    url: str
    platform_name: str
    channel_name: str
    fields: tuple[FormField, ...]
    fields_known: bool
    note: str
    unknown_fields_note: str


# (key, words that identify it in a field label). Order matters: first match wins, so
# the specific ("represented person's name") comes before the general ("name").
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("authority", ("authority", "authoris", "authoriz", "autoriza")),
    ("represented_name", ("represent", "behalf", "affected person", "persona afectada")),
    ("relationship", ("relationship", "who are you", "are you the", "relación")),
    ("ai_made", ("ai", "synthetic", "deepfake", "altered", "manipulated", "generad")),
    ("copyright_work", ("copyright", "original work", "obra")),
    ("search_terms", ("search", "query", "búsqueda")),
    ("email", ("email", "e-mail", "correo")),
    ("signature", ("signature", "sign", "firma")),
    ("urls", ("url", "link", "location", "enlace", "dirección web")),
    ("phone", ("phone", "teléfono", "telefono")),
    ("postal_address", ("address", "dirección", "street")),
    ("country", ("country", "país", "pais", "residence")),
    (
        "description",
        (
            "description",
            "describe",
            "explain",
            "details",
            "why",
            "additional",
            "information",
            "descripción",
            "statement",
        ),
    ),
    ("name", ("name", "nombre")),
)


def field_key(label: str) -> str:
    lowered = label.lower().replace("_", " ")
    tokens = set(re.split(r"\W+", lowered))
    for key, needles in _KEYWORDS:
        for needle in needles:
            # Short needles ("ai") must be whole words, or "email" would match.
            if (needle in tokens) if len(needle) <= 2 else (needle in lowered):
                return key
    return "unknown"


def _body_text(notice: Notice) -> str:
    """The notice from its heading on, without the To/From/Date lines."""
    text = render_text(notice)
    marker = "\n" + "=" * 3
    start = text.find(marker)
    if start < 0:
        return text
    after_rule = text.find("\n\n", start + 1)
    return text[after_rule:].strip() if after_rule > 0 else text


def _answer(key: str, notice: Notice) -> str:
    facts = notice.facts
    requester = facts.requester
    es = notice.language == "es"
    representation = facts.representation
    answers = {
        "name": requester.name,
        "email": requester.email,
        "signature": requester.signature,
        "urls": "\n".join(item.url for item in facts.urls),
        "phone": requester.phone,
        "postal_address": requester.postal_address,
        "country": country_name(facts.country, notice.language),
        "represented_name": representation.represented_name if representation else "",
        "authority": representation.authority if representation else "",
        "copyright_work": facts.work_description,
        "search_terms": "\n".join(facts.search_terms),
        "ai_made": ("Sí" if es else "Yes") if facts.ai_made else "No",
        "description": _body_text(notice),
    }
    if key == "relationship":
        if representation:
            return (
                f"Representante autorizado/a de {representation.represented_name}"
                if es
                else f"Authorised representative of {representation.represented_name}"
            )
        return "Soy la persona que aparece en las imágenes" if es else "I am the person depicted"
    return answers.get(key, "")


def form_assist(notice: Notice) -> FormAssist:
    recipient = notice.facts.recipient
    labels = recipient.fields if recipient.fields_known and recipient.fields else USUAL_FIELDS
    fields = []
    for label in labels:
        key = field_key(label)
        fields.append(FormField(label=label, key=key, text=_answer(key, notice)))
    return FormAssist(
        url=recipient.url,
        platform_name=recipient.platform_name,
        channel_name=recipient.channel_name,
        fields=tuple(fields),
        fields_known=bool(recipient.fields_known and recipient.fields),
        note=NOT_LEGAL_ADVICE[notice.language],
        unknown_fields_note="" if recipient.fields_known else UNKNOWN_FIELDS[notice.language],
    )

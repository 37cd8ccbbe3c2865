"""The person writes their own removal request to one platform: their answers become
`NoticeFacts`, `takedown.notices.draft` refuses a notice that lacks anything its law
requires, and the draft is kept (encrypted) as a `Notice` they can read and download.

The details they type (name, e-mail, address, signature) are kept only inside that
encrypted notice text, not on the case: nothing else here reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from takedown.cases.models import Case, Notice, NoticeStatus, Target, TargetStatus
from takedown.cases.services import event_record
from takedown.dashboard.facts import matched_urls
from takedown.notices.basis import MissingElements
from takedown.notices.draft import BasisNotApplicable, draft
from takedown.notices.facts import (
    ACCURATE,
    NOT_AUTHORISED_USE,
    NOT_CONSENSUAL,
    UNDER_PENALTY_OF_PERJURY,
    NoticeFacts,
    Requester,
)
from takedown.notices.recipients import NoChannelForBasis, recipient_for
from takedown.notices.render import render_text
from takedown.platforms import registry

# Which form field answers each element a law requires (takedown/notices/elements.py and
# the bases' own elements), so a missing element is shown at the question that asks it.
FIELD_FOR_ELEMENT = {
    "requester_name": "full_name",
    "requester_email": "email",
    "postal_address": "postal_address",
    "signature": "signature",
    "country": "country",
    "australian_resident": "country",
    "not_consensual_statement": "not_consensual",
    "accuracy_statement": "accurate",
    "good_faith_statement": "not_authorised_use",
    "perjury_statement": "perjury",
    "copyright_ownership": "took_photo",
    "copyright_work": "work_description",
}


def element_message(code: str) -> str:
    messages = {
        "requester_name": _("This law needs your full name"),
        "requester_email": _("This law needs an e-mail address the website can answer to"),
        "postal_address": _("This law needs a postal address"),
        "signature": _("This law needs your signature: type your full name"),
        "country": _("This law needs the country you live in"),
        "australian_resident": _("This law applies only to people who live in Australia"),
        "not_consensual_statement": _("Confirm that the image was shared without your consent"),
        "accuracy_statement": _("Confirm that what the request says is accurate"),
        "good_faith_statement": _("Confirm that nobody had your permission to post it"),
        "perjury_statement": _("Confirm this statement, which copyright law requires"),
        "copyright_ownership": _("Copyright law applies only if you took the photo yourself"),
        "copyright_work": _("Describe your original photo or video in a few words"),
        "urls": _("There are no addresses with your photos on this website yet"),
    }
    return messages.get(code, _("Something this law requires is missing"))


class NoticeRefused(ValueError):
    """The notice cannot be written; `.errors` maps form fields (or None) to messages."""

    def __init__(self, errors: dict[str | None, list[str]]):
        super().__init__(errors)
        self.errors = errors


@dataclass(frozen=True)
class Answers:
    basis: str
    full_name: str
    email: str
    signature: str = ""
    postal_address: str = ""
    country: str = ""
    ai_made: bool = False
    took_photo: bool = False
    work_description: str = ""
    not_consensual: bool = False
    accurate: bool = False
    not_authorised_use: bool = False
    perjury: bool = False


def matched_targets(case: Case, platform_slug: str) -> list[Target]:
    return list(
        case.targets.filter(platform=platform_slug, status=TargetStatus.MATCHED).order_by("pk")
    )


def _facts(answers: Answers, recipient, urls) -> NoticeFacts:
    affirmations = {
        code
        for code, given in (
            (NOT_CONSENSUAL, answers.not_consensual),
            (ACCURATE, answers.accurate),
            (NOT_AUTHORISED_USE, answers.not_authorised_use),
            (UNDER_PENALTY_OF_PERJURY, answers.perjury),
        )
        if given
    }
    return NoticeFacts(
        requester=Requester(
            name=answers.full_name,
            email=answers.email,
            postal_address=answers.postal_address,
            signature=answers.signature,
        ),
        recipient=recipient,
        urls=urls,
        affirmations=frozenset(affirmations),
        ai_made=answers.ai_made,
        took_photo=answers.took_photo,
        work_description=answers.work_description,
        country=answers.country,
    )


@transaction.atomic
def notice_write(*, case: Case, platform_slug: str, answers: Answers, language: str) -> Notice:
    platform = registry.get(platform_slug)
    targets = matched_targets(case, platform_slug)
    try:
        recipient = recipient_for(platform, answers.basis)
        drafted = draft(
            answers.basis,
            facts=_facts(answers, recipient, matched_urls(targets)),
            language=language,
        )
    except NoChannelForBasis as error:
        raise NoticeRefused(
            {"basis": [_("This website does not take requests under this law")]}
        ) from error
    except BasisNotApplicable as error:
        if answers.ai_made:
            message = _("This law does not cover AI-made or altered images: choose another")
        else:
            message = _("This law does not fit your answers: choose another")
        raise NoticeRefused({"basis": [message]}) from error
    except MissingElements as missing:
        errors: dict[str | None, list[str]] = {}
        for code in missing.codes:
            errors.setdefault(FIELD_FOR_ELEMENT.get(code), []).append(element_message(code))
        raise NoticeRefused(errors) from missing
    # Writing again replaces the unsent draft to the same website under the same law.
    notice = case.notices.filter(
        platform=platform_slug, legal_basis=answers.basis, status=NoticeStatus.DRAFTED
    ).first() or Notice(case=case)
    notice.platform = platform_slug
    notice.channel = recipient.channel_slug
    notice.legal_basis = answers.basis
    notice.language = language
    notice.subject = drafted.subject
    notice.text = render_text(drafted)
    notice.save()
    notice.targets.set(targets)
    if answers.country and answers.country != case.country:
        case.country = answers.country
        case.save(update_fields=["country", "updated_at"])
    event_record(case=case, kind="notice_drafted", notice=notice.pk, by="person")
    return notice

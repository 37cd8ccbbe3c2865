"""The person's notice wizard: which law to use, what is still missing, and the notice.

Drafting, storing and sending reuse the caseworker services (takedown.dashboard.facts and
bulk) with `DraftOptions(by_person=True)`, so a notice the person sends is built exactly
like one a caseworker sends. What the person answers is kept in the session as one
encrypted token until the notice is drafted, then with the draft (encrypted, deleted with
the case); only the country goes on the case. Their name and e-mail never go on the case:
the contact page promises to keep no e-mail address from someone who did not opt in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from takedown.cases.encryption import decrypt, encrypt
from takedown.cases.models import Case, Target, TargetStatus
from takedown.dashboard.facts import DraftOptions, case_facts, lookup_platform
from takedown.notices import bases
from takedown.notices.countries import country_name
from takedown.notices.draft import Notice, draft
from takedown.notices.facts import NoticeFacts
from takedown.notices.recipients import NoChannelForBasis, recipient_for
from takedown.notices.regulators import EEA_COUNTRIES

# The order a law is suggested in, by where the person lives: the law that makes the
# platform act fastest for them first (docs/notices.md, "Which notice to send").
_BY_REGION = {
    "US": ["take-it-down", "platform-policy", "deindex", "host-abuse"],
    "EEA": ["gdpr-17", "dsa-16", "platform-policy", "take-it-down", "deindex", "host-abuse"],
    "GB": ["uk", "gdpr-17", "platform-policy", "take-it-down", "deindex", "host-abuse"],
    "AU": ["esafety", "platform-policy", "take-it-down", "deindex", "host-abuse"],
    "other": ["platform-policy", "take-it-down", "deindex", "host-abuse"],
}
DMCA = "dmca"
# A country the list of countries does not name: two letters, as the notices need, from
# the range ISO 3166 leaves for private use.
ELSEWHERE = "ZZ"

# Situation questions asked before the law is chosen, in order.
SITUATION = ("country", "took_photo", "under_18", "ai_made")

# For images of someone under 18, NCMEC's services come first (issue 6): Take It Down
# hashes the image on the person's own device and shares the hash with participating
# platforms; the CyberTipline is the US reporting line for child sexual abuse material.
NCMEC_TAKE_IT_DOWN = "https://takeitdown.ncmec.org/"
NCMEC_CYBERTIPLINE = "https://report.cybertip.org/"


def region(country: str) -> str:
    country = country.upper()
    if country in ("GB", "UK"):
        return "GB"
    if country in EEA_COUNTRIES:
        return "EEA"
    return country if country in ("US", "AU") else "other"


def explanation(slug: str) -> str:
    """Each law in plain words: what it is and what it makes the website do."""
    return {
        "take-it-down": _(
            "A US law. Websites that let people post must remove an intimate image shared "
            "without consent within 48 hours of a valid request. It also covers images made "
            "or changed with AI."
        ),
        "gdpr-17": _(
            "Your right, under European data protection law, to have personal data about "
            "you erased. The website must answer within one month."
        ),
        "dsa-16": _(
            "A notice under the EU Digital Services Act. The website must look at it "
            "promptly and tell you what it decided."
        ),
        "uk": _(
            "In the United Kingdom sharing intimate images without consent is a crime, and "
            "websites must take such images down swiftly once they know."
        ),
        "esafety": _(
            "Australia's scheme for image-based abuse. If the website does not act, the "
            "eSafety Commissioner can order removal within 24 hours."
        ),
        "platform-policy": _(
            "The website's own rules forbid intimate images shared without consent. This "
            "works anywhere, but no law sets a deadline."
        ),
        "deindex": _(
            "Asks a search engine to stop showing the pages in its results. The pages "
            "themselves stay online until the website removes them."
        ),
        "host-abuse": _(
            "A report to the company that hosts the website, under its rules for acceptable use."
        ),
        DMCA: _(
            "Copyright: only if you took the photo or video yourself. Websites act on these "
            "quickly."
        ),
    }.get(slug, "")


DMCA_WARNING = gettext_noop(
    "A copyright notice can be passed on to the person who posted the image and published "
    "in public databases, with your name on it. If that worries you, choose another law."
)


@dataclass(frozen=True)
class LawChoice:
    slug: str
    title: str
    explanation: str
    deadline: str
    suggested: bool
    warning: str = ""


def _state_key(case: Case, platform: str) -> str:
    return f"notice-wizard:{case.pk}:{platform}"


def load_state(session, case: Case, platform: str) -> dict:
    token = session.get(_state_key(case, platform))
    if not token:
        return {}
    try:
        return json.loads(decrypt(token))
    except Exception:  # a token from a rotated-out key: start the questions again
        return {}


def save_state(session, case: Case, platform: str, state: dict) -> None:
    session[_state_key(case, platform)] = encrypt(json.dumps(state))


def clear_state(session, case: Case, platform: str) -> None:
    session.pop(_state_key(case, platform), None)


def matched_targets(case: Case, platform: str) -> list[Target]:
    return list(case.targets.filter(platform=platform, status=TargetStatus.MATCHED))


def accepted_bases(platform) -> list[str]:
    seen: list[str] = []
    for channel in platform.channels:
        for slug in channel.legal_bases:
            if slug in bases.BASES and slug not in seen:
                seen.append(slug)
    return seen


def law_choices(platform, *, country: str, took_photo: bool, language: str) -> list[LawChoice]:
    """The laws this platform accepts, the best for this person first; DMCA only for the
    person who took the photo."""
    order = _BY_REGION[region(country)]
    accepted = [s for s in accepted_bases(platform) if took_photo or s != DMCA]
    if country == ELSEWHERE:
        # A DSA notice states the country the person lives in; "ZZ" is not one.
        accepted = [s for s in accepted if s != "dsa-16"]
    accepted.sort(key=lambda s: order.index(s) if s in order else len(order) + (s == DMCA))
    choices = []
    for index, slug in enumerate(accepted):
        basis = bases.get(slug)
        choices.append(
            LawChoice(
                slug=slug,
                title=basis.title_es if language == "es" else basis.title,
                explanation=explanation(slug),
                deadline=basis.deadline.describe(language) if basis.deadline else "",
                suggested=index == 0,
                warning=_(DMCA_WARNING) if slug == DMCA else "",
            )
        )
    return choices


def options(state: dict, language: str) -> DraftOptions:
    return DraftOptions(
        language=language,
        ai_made=bool(state.get("ai_made")),
        took_photo=bool(state.get("took_photo")),
        work_description=state.get("work_description", ""),
        by_person=True,
        affirmations=tuple(state.get("affirmations", ())),
        name=state.get("name", ""),
        email=state.get("email", ""),
        signature=state.get("signature", ""),
        postal_address=state.get("postal_address", ""),
    )


def facts(case: Case, platform, state: dict, language: str) -> NoticeFacts:
    return case_facts(
        case=case,
        platform=platform,
        basis_slug=state["basis"],
        targets=matched_targets(case, platform.slug),
        sender=None,
        authorisation=None,
        options=options(state, language),
    )


# Elements the generator may name that another question already answers.
_ASKED_AS = {"australian_resident": "country", "copyright_ownership": "took_photo"}


def missing(case: Case, platform, state: dict, language: str) -> list[str]:
    """The question codes still to ask, in the order the law lists its elements."""
    basis = bases.get(state["basis"])
    return [
        _ASKED_AS.get(code, code) for code in basis.missing(facts(case, platform, state, language))
    ]


# The person is asked who they are first and signs last, whatever order the law lists
# its elements in.
_ASKING_ORDER = (
    "country",
    "took_photo",
    "requester_name",
    "requester_email",
    "postal_address",
    "copyright_work",
    "not_consensual_statement",
    "good_faith_statement",
    "accuracy_statement",
    "perjury_statement",
    "signature",
)


def asking_order(code: str) -> int:
    return _ASKING_ORDER.index(code) if code in _ASKING_ORDER else len(_ASKING_ORDER)


def next_step(case: Case, platform, state: dict, language: str) -> tuple[str, str]:
    """("question", code), ("minor", ""), ("basis", ""), or ("check", "")."""
    if not case.country:
        return "question", "country"
    for code in SITUATION[1:]:
        if code not in state:
            return "question", code
        if code == "under_18" and state["under_18"] and not state.get("minor_seen"):
            return "minor", ""
    if not state.get("basis"):
        return "basis", ""
    codes = missing(case, platform, state, language)
    if codes:
        return "question", min(codes, key=asking_order)
    return "check", ""


def drafted_notice(case: Case, platform, state: dict, language: str) -> Notice:
    """The complete notice; raises MissingElements (or BasisNotApplicable,
    NoChannelForBasis) exactly as the generator does."""
    return draft(state["basis"], facts=facts(case, platform, state, language), language=language)


def channel_kind(platform, basis_slug: str) -> str:
    """ "email" when the notice can go by e-mail from here, otherwise "form"."""
    try:
        recipient = recipient_for(platform, basis_slug)
    except NoChannelForBasis:
        return "none"
    return "email" if recipient.email else "form"


def platform_for(slug: str):
    return lookup_platform(slug)


GUIDE_ORDER = (
    "take-it-down",
    "gdpr-17",
    "dsa-16",
    "uk",
    "esafety",
    "platform-policy",
    "deindex",
    "host-abuse",
    DMCA,
)


def country_label(code: str, language: str) -> str:
    if code == ELSEWHERE:
        return _("Somewhere else")
    return country_name(code, language)


def law_title(slug: str, language: str) -> str:
    basis = bases.get(slug)
    return basis.title_es if language == "es" else basis.title

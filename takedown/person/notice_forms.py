"""The notice wizard's questions: one per page, each for one thing the law needs.

Each question knows its form field, what it shows when asked again, and where its answer
goes: the country on the case, everything else in the wizard's encrypted session state
(takedown/person/notice_wizard.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from takedown.notices.countries import COUNTRIES
from takedown.notices.facts import (
    ACCURATE,
    NOT_AUTHORISED_USE,
    NOT_CONSENSUAL,
    UNDER_PENALTY_OF_PERJURY,
)
from takedown.person.notice_wizard import ELSEWHERE

YES_NO = (("yes", _("Yes")), ("no", _("No")))


def _country_choices():
    spanish = (get_language() or "en").startswith("es")
    named = sorted(
        ((code, names[1] if spanish else names[0]) for code, names in COUNTRIES.items()),
        key=lambda pair: pair[1].removeprefix("the ").removeprefix("el ").removeprefix("los "),
    )
    return [("", ""), *named, (ELSEWHERE, _("Somewhere else"))]


@dataclass(frozen=True)
class Question:
    code: str
    kind: str  # "radios", "checkbox", "text", "email", "textarea", "select"
    title: object  # the question, shown as the page heading
    required: object  # the error when there is no answer
    hint: object = ""
    label: object = ""  # a checkbox's own words
    # (case, state) -> the current answer; (case, state, value) -> stores it.
    load: Callable | None = None
    store: Callable | None = None


# Each returns the question's `load` and `store`, as keyword arguments.
def _flag(name: str):
    def load(_case, state):
        return {True: "yes", False: "no"}.get(state.get(name), "")

    def store(_case, state, value):
        state[name] = value == "yes"

    return {"load": load, "store": store}


def _affirmation(code: str):
    def load(_case, state):
        return code in state.get("affirmations", ())

    def store(_case, state, value):
        confirmed = set(state.get("affirmations", ()))
        confirmed.add(code) if value else confirmed.discard(code)
        state["affirmations"] = sorted(confirmed)

    return {"load": load, "store": store}


def _state_text(name: str):
    def load(_case, state):
        return state.get(name, "")

    def store(_case, state, value):
        state[name] = value

    return {"load": load, "store": store}


QUESTIONS = {
    q.code: q
    for q in (
        Question(
            "country",
            "select",
            _("Which country do you live in?"),
            _("Choose the country you live in"),
            hint=_("Some laws protect you because of where you live."),
            load=lambda case, _s: case.country,
            store=lambda case, _s, v: (
                setattr(case, "country", v),
                case.save(update_fields=["country", "updated_at"]),
            ),
        ),
        Question(
            "took_photo",
            "radios",
            _("Did you take the photo or video yourself?"),
            _("Choose yes if you took it yourself, or no"),
            hint=_("For example a selfie. This decides whether a copyright notice is possible."),
            **_flag("took_photo"),
        ),
        Question(
            "under_18",
            "radios",
            _("Were you under 18 when the photo or video was made?"),
            _("Choose yes if you were under 18, or no"),
            hint=_(
                "If you were, there are services made for exactly this, and we show them first."
            ),
            **_flag("under_18"),
        ),
        Question(
            "ai_made",
            "radios",
            _("Was the image made or changed with AI?"),
            _("Choose yes if it was made or changed with AI, or no"),
            hint=_("For example a “deepfake” or an “undressing” app. The request then says so."),
            **_flag("ai_made"),
        ),
        Question(
            "requester_name",
            "text",
            _("What is your full name?"),
            _("Enter your full name"),
            hint=_("The website needs it to act on the request. It is sent only to them."),
            **_state_text("name"),
        ),
        Question(
            "requester_email",
            "email",
            _("What e-mail address should the website answer to?"),
            _("Enter an e-mail address, like name@example.com"),
            hint=_("Use an address that only you can read. You get a copy of the request."),
            **_state_text("email"),
        ),
        Question(
            "postal_address",
            "textarea",
            _("What postal address can go in the request?"),
            _("Enter a postal address"),
            hint=_(
                "A copyright notice must give one. It may be the address of a helpline or a "
                "post office box."
            ),
            **_state_text("postal_address"),
        ),
        Question(
            "signature",
            "text",
            _("Sign the request: type your full name"),
            _("Type your full name to sign the request"),
            hint=_("Typing your name is your electronic signature."),
            **_state_text("signature"),
        ),
        Question(
            "copyright_work",
            "textarea",
            _("Describe your original photo or video in a few words"),
            _("Describe your original photo or video"),
            hint=_("For example: a photo I took of myself in 2024. Do not describe what it shows."),
            **_state_text("work_description"),
        ),
        Question(
            "not_consensual_statement",
            "checkbox",
            _("Confirm that you did not agree to this"),
            _("Tick the box to confirm it, or the request cannot be sent"),
            label=_("I believe in good faith that this image was shared without my consent."),
            **_affirmation(NOT_CONSENSUAL),
        ),
        Question(
            "accuracy_statement",
            "checkbox",
            _("Confirm that the request is accurate"),
            _("Tick the box to confirm it, or the request cannot be sent"),
            label=_("Everything in this request is accurate and complete, as far as I know."),
            **_affirmation(ACCURATE),
        ),
        Question(
            "good_faith_statement",
            "checkbox",
            _("Confirm that nobody had your permission"),
            _("Tick the box to confirm it, or the request cannot be sent"),
            label=_(
                "I believe in good faith that nobody had my permission, or any legal right, "
                "to post it."
            ),
            **_affirmation(NOT_AUTHORISED_USE),
        ),
        Question(
            "perjury_statement",
            "checkbox",
            _("Confirm under penalty of perjury"),
            _("Tick the box to confirm it, or the request cannot be sent"),
            hint=_("A copyright notice must say this. Saying it falsely is a crime in the US."),
            label=_(
                "Under penalty of perjury, this request is accurate and I own the copyright "
                "in the photo or video."
            ),
            **_affirmation(UNDER_PENALTY_OF_PERJURY),
        ),
    )
}


def question_form(question: Question, data=None, initial=None) -> forms.Form:
    messages = {"required": question.required, "invalid": question.required}
    if question.kind == "radios":
        field = forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, error_messages=messages)
    elif question.kind == "select":
        field = forms.ChoiceField(choices=_country_choices(), error_messages=messages)
    elif question.kind == "checkbox":
        field = forms.BooleanField(label=question.label, error_messages=messages)
    elif question.kind == "email":
        field = forms.EmailField(max_length=254, error_messages=messages)
    elif question.kind == "textarea":
        field = forms.CharField(max_length=1000, widget=forms.Textarea, error_messages=messages)
    else:
        field = forms.CharField(max_length=200, error_messages=messages)
    if question.kind != "checkbox":
        field.label = question.title
    field.help_text = question.hint
    form = forms.Form(data, initial={"answer": initial} if initial not in (None, "") else None)
    form.fields["answer"] = field
    return form


class LawForm(forms.Form):
    basis = forms.CharField(
        error_messages={"required": _("Choose the law the request rests on")},
    )

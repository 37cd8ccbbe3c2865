from django import forms
from django.utils.translation import gettext_lazy as _

from takedown.cases.models import CaseStatus
from takedown.dashboard.models import AuthorisationMethod, FlagKind
from takedown.notices import bases
from takedown.notices.facts import AFFIRMATIONS


class SignInForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class CaseloadForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any")), ("open", _("Open")), *CaseStatus.choices],
    )
    platform = forms.CharField(label=_("Platform"), required=False, max_length=64)
    legal_basis = forms.ChoiceField(
        label=_("Legal basis"),
        required=False,
        choices=[("", _("Any")), *((slug, b.title) for slug, b in sorted(bases.BASES.items()))],
    )
    overdue = forms.BooleanField(label=_("Notices overdue"), required=False)
    unnoticed = forms.BooleanField(label=_("Matches without a notice"), required=False)
    flag = forms.ChoiceField(
        label=_("Flag"), required=False, choices=[("", _("Any")), *FlagKind.choices]
    )
    assignee = forms.CharField(label=_("Assigned to"), required=False, max_length=20)
    created_from = forms.DateField(label=_("Opened from"), required=False)
    created_to = forms.DateField(label=_("Opened until"), required=False)
    reference = forms.CharField(
        label=_("Case number"),
        required=False,
        max_length=20,
        help_text=_("Names, contact details and notes are encrypted and cannot be searched."),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("updated", _("Recently changed")),
            ("reference", _("Case number")),
        ],
    )


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))


class FlagForm(forms.Form):
    """Sets the flag, or clears it when it is already set."""

    kind = forms.ChoiceField(label=_("Flag"), choices=FlagKind.choices)


class AssignForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Caseworker"), queryset=None)
    transfer = forms.BooleanField(
        label=_("Transfer: take everyone else off the case"), required=False
    )

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = colleagues


def _affirmation_choices():
    labels = {
        "not-consensual": _("The images were published without my consent"),
        "accurate": _("The information in the notice is accurate"),
        "not-authorised-use": _("The use is not authorised by me, my agent or the law"),
        "under-penalty-of-perjury": _("I state the above under penalty of perjury"),
    }
    return [(code, labels[code]) for code in AFFIRMATIONS]


class AuthorisationForm(forms.Form):
    given_by = forms.CharField(label=_("Given by (full name)"), max_length=200)
    method = forms.ChoiceField(label=_("How it was given"), choices=AuthorisationMethod.choices)
    given_at = forms.DateTimeField(label=_("When (YYYY-MM-DD HH:MM)"))
    platforms = forms.CharField(
        label=_("Platforms (slugs, comma-separated; empty for all)"), required=False
    )
    legal_bases = forms.MultipleChoiceField(
        label=_("Legal bases (none ticked for all)"),
        required=False,
        choices=[(slug, b.title) for slug, b in sorted(bases.BASES.items())],
        widget=forms.CheckboxSelectMultiple,
    )
    affirmations = forms.MultipleChoiceField(
        label=_("Statements the person confirmed"),
        required=False,
        choices=_affirmation_choices,
        widget=forms.CheckboxSelectMultiple,
    )
    expires_at = forms.DateTimeField(label=_("Expires (optional)"), required=False)

    def clean_platforms(self):
        raw = self.cleaned_data["platforms"]
        return sorted({slug.strip() for slug in raw.split(",") if slug.strip()})


class DraftForm(forms.Form):
    legal_basis = forms.ChoiceField(label=_("Legal basis"), choices=())
    language = forms.ChoiceField(
        label=_("Language of the notice"), choices=[("en", _("English")), ("es", _("Spanish"))]
    )
    ai_made = forms.BooleanField(label=_("The images are AI-made or altered"), required=False)
    took_photo = forms.BooleanField(label=_("The person took the photo"), required=False)
    work_description = forms.CharField(
        label=_("The original photo, in words (DMCA)"), required=False, max_length=500
    )
    postal_address = forms.CharField(
        label=_("Your organisation's postal address"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    sign = forms.BooleanField(label=_("Sign with my name"), required=False)

    def __init__(self, *args, basis_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_basis"].choices = basis_choices


class InvitationAcceptForm(forms.Form):
    code = forms.CharField(label=_("Invitation code from the person"), max_length=20)


class AuditFilterForm(forms.Form):
    user = forms.IntegerField(label=_("User"), required=False)
    date_from = forms.DateField(label=_("From"), required=False)
    date_to = forms.DateField(label=_("Until"), required=False)

"""The person's forms: one question per page, messages that say what to do."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from takedown.cases.references import normalise_reference

MAX_URL_LENGTH = 2048  # Target.url's column
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
MAX_LABEL_LENGTH = 100


class ReturnForm(forms.Form):
    reference = forms.CharField(
        label=_("Case number"),
        help_text=_("For example, TD-7K2M-9QXH"),
        max_length=40,
        error_messages={"required": _("Enter your case number")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "username",
                "autocapitalize": "characters",
                "spellcheck": "false",
            }
        ),
    )
    pin = forms.CharField(
        label=_("PIN"),
        help_text=_("The 8 digits you saved when you started"),
        max_length=40,
        strip=True,
        error_messages={"required": _("Enter your PIN")},
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "inputmode": "numeric"}
        ),
    )

    def clean_reference(self):
        return normalise_reference(self.cleaned_data["reference"])

    def clean_pin(self):
        # People paste with spaces or dashes in the middle; the PIN is its digits.
        return "".join(ch for ch in self.cleaned_data["pin"] if not ch.isspace() and ch != "-")


class SavedForm(forms.Form):
    """The "I have saved them" step. The PIN comes back so that a password manager can
    offer to save the pair; the server only checks it against the case."""

    pin = forms.CharField(max_length=40, widget=forms.PasswordInput(render_value=True))
    saved = forms.BooleanField(
        label=_("I have saved my case number and PIN"),
        error_messages={
            "required": _("Confirm that you have saved your case number and PIN"),
        },
    )


class PhotoUploadForm(forms.Form):
    """The fallback for a photo the browser cannot read, or a browser without JavaScript."""

    photo = forms.FileField(
        label=_("Photo"),
        error_messages={
            "required": _("Choose a photo"),
            "empty": _("The photo you chose is empty"),
        },
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )
    label = forms.CharField(
        label=_("A name for this photo"),
        help_text=_("Only you and your caseworker see it. For example, “beach photo”."),
        max_length=MAX_LABEL_LENGTH,
        error_messages={
            "required": _("Give the photo a name, so you can tell it from the others"),
            "max_length": _("The name must be %(limit_value)d characters or fewer"),
        },
    )


class UrlsForm(forms.Form):
    urls = forms.CharField(
        label=_("Web addresses where the images are"),
        help_text=_(
            "Paste one address on each line. Copy them from the address bar of your browser."
        ),
        widget=forms.Textarea(
            attrs={"rows": 6, "autocomplete": "off", "spellcheck": "false", "inputmode": "url"}
        ),
        error_messages={"required": _("Paste at least one web address")},
    )

    def __init__(self, *args, existing: set[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.existing = existing or set()

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines()]
        urls: list[str] = []
        problems: list[str] = []
        for number, line in enumerate(lines, start=1):
            if not line:
                continue
            url, problem = _check_url(line)
            if problem:
                problems.append(
                    _("Line %(number)d: %(problem)s") % {"number": number, "problem": problem}
                )
            elif url in self.existing or url in urls:
                continue  # already on the case or twice in the paste: once is enough
            else:
                urls.append(url)
        if problems:
            raise forms.ValidationError(problems)
        if not urls:
            raise forms.ValidationError(_("These addresses are already on your case"))
        room = settings.TAKEDOWN_MAX_TARGETS_PER_CASE - len(self.existing)
        if len(urls) > room:
            raise forms.ValidationError(
                ngettext(
                    "A case can hold %(limit)d addresses. You can add %(room)d more address.",
                    "A case can hold %(limit)d addresses. You can add %(room)d more addresses.",
                    max(room, 0),
                )
                % {"limit": settings.TAKEDOWN_MAX_TARGETS_PER_CASE, "room": max(room, 0)}
            )
        return urls


def _check_url(text: str) -> tuple[str, str]:
    """(normalised URL, "") or ("", what is wrong in words)."""
    if len(text) > MAX_URL_LENGTH:
        return "", str(_("the address is too long (more than 2,048 characters)"))
    scheme = _SCHEME.match(text)
    if scheme and "." not in scheme.group(1) and not text.startswith(scheme.group(0) + "//"):
        # "javascript:…", "mailto:…", "data:…": a scheme, but not one of the web's.
        return "", str(_("the address must start with http:// or https://"))
    if "://" not in text:
        # People copy "example.com/page" from a share sheet; the web is https.
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return "", str(_("this is not a web address"))
    if parts.scheme.lower() not in ("http", "https"):
        return "", str(_("the address must start with http:// or https://"))
    if not host or "." not in host.strip("."):
        return "", str(_("this is not a web address"))
    if any(ch.isspace() for ch in text):
        return "", str(_("a web address cannot contain spaces"))
    # Scheme and host are case-insensitive; the rest of the address is not.
    url = parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()
    if len(url) > MAX_URL_LENGTH:
        return "", str(_("the address is too long (more than 2,048 characters)"))
    return url, ""


def _email_field(autocomplete: str, *, required: bool = True) -> forms.EmailField:
    """An e-mail address box, the same on every form that asks for one."""
    return forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        required=required,
        error_messages={
            "required": _("Enter your e-mail address"),
            "invalid": _("Enter an e-mail address like name@example.com"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": autocomplete, "spellcheck": "false"}),
    )


class AccountForm(forms.Form):
    email = _email_field("email")
    password = forms.CharField(
        label=_("Choose a password"),
        help_text=_("At least 10 characters. A password manager can make one for you."),
        min_length=10,
        max_length=200,
        strip=False,
        error_messages={
            "required": _("Choose a password"),
            "min_length": _("The password must be at least %(limit_value)d characters"),
        },
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    contact_opt_in = forms.BooleanField(
        label=_("You may e-mail me about this case"),
        help_text=_("For example, when a website removes an image. We never e-mail you otherwise."),
        required=False,
    )


class ContactForm(forms.Form):
    contact_opt_in = forms.BooleanField(
        label=_("You may e-mail me about this case"),
        required=False,
    )
    email = _email_field("email", required=False)

    def clean(self):
        data = super().clean()
        if data.get("contact_opt_in") and not data.get("email"):
            self.add_error("email", _("Enter the e-mail address we may write to"))
        return data


class SignInForm(forms.Form):
    # Named "username" so that django-axes counts failures per account.
    username = _email_field("username")
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=200,
        error_messages={"required": _("Enter your password")},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class NoticeForm(forms.Form):
    """The person's answers for one removal request. Which are required depends on the
    law chosen; `takedown.notices` says which are missing, at the question that asks."""

    basis = forms.ChoiceField(
        label=_("Which request do you want to send?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of request")},
    )
    country = forms.ChoiceField(label=_("Which country do you live in?"), required=False)
    ai_made = forms.BooleanField(
        label=_("The image is AI-made or altered (for example, a face swap)"), required=False
    )
    took_photo = forms.BooleanField(label=_("I took this photo or video myself"), required=False)
    work_description = forms.CharField(
        label=_("If you took it: describe the original in a few words"),
        help_text=_("For example: a photo I took of myself in 2024. Only for copyright."),
        max_length=300,
        required=False,
    )
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address the website can answer to"),
        help_text=_("It goes in the request. Consider an address only for this."),
        max_length=254,
        required=False,
        error_messages={"invalid": _("Enter an e-mail address like name@example.com")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    postal_address = forms.CharField(
        label=_("Postal address (only if the law asks for one)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )
    signature = forms.CharField(
        label=_("Your signature: type your full name"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    not_consensual = forms.BooleanField(
        label=_("I confirm, in good faith, that the image was shared without my consent"),
        required=False,
    )
    accurate = forms.BooleanField(
        label=_("I confirm that what this request says is accurate and complete"),
        required=False,
    )
    not_authorised_use = forms.BooleanField(
        label=_("Copyright only: nobody had my permission, or any legal right, to post it"),
        required=False,
    )
    perjury = forms.BooleanField(
        label=_(
            "Copyright only: under penalty of perjury, this request is accurate and I own "
            "the copyright"
        ),
        required=False,
    )

    def __init__(self, *args, laws: list[tuple[str, str]], countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["basis"].choices = laws
        self.fields["country"].choices = [("", _("Another country")), *countries]

from django import forms
from django.utils.translation import gettext_lazy as _

from takedown.cases.models import Organization

MONTHS = [
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]


class OrganizationSettingsForm(forms.ModelForm):
    fiscal_year_start_month = forms.TypedChoiceField(
        label=_("Fiscal year starts in"), choices=MONTHS, coerce=int
    )

    class Meta:
        model = Organization
        fields = ["retention_days", "fiscal_year_start_month"]
        help_texts = {
            "retention_days": _(
                "Closed and withdrawn cases are deleted this many days after they were "
                "closed, every night. Only anonymous counts stay. Leave empty to keep them "
                "until someone deletes them."
            ),
        }

    def clean_retention_days(self):
        days = self.cleaned_data["retention_days"]
        if days is not None and days < 1:
            raise forms.ValidationError(_("Keep closed cases for at least one day."))
        return days


class PeriodForm(forms.Form):
    per = forms.ChoiceField(
        label=_("Count cases per"),
        required=False,
        choices=[("month", _("month")), ("quarter", _("quarter")), ("year", _("year"))],
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput({"type": "date"})
    )
    end = forms.DateField(
        label=_("Until (not included)"), required=False, widget=forms.DateInput({"type": "date"})
    )

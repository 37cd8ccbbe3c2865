"""GOV.UK Frontend form markup for Django form fields: label, hint, error message and the
right classes and aria-describedby, so each template stays one line per question."""

from django import forms, template

register = template.Library()


def _widget_class(field) -> str:
    widget = field.field.widget
    if isinstance(widget, forms.Textarea):
        return "govuk-textarea"
    if isinstance(widget, forms.CheckboxInput):
        return "govuk-checkboxes__input"
    if isinstance(widget, forms.FileInput):
        return "govuk-file-upload"
    return "govuk-input"


@register.inclusion_tag("person/_field.html")
def govuk_field(field, label_class="govuk-label--m", width="", extra_class=""):
    kind = _widget_class(field)
    classes = [kind]
    if extra_class:
        classes.append(extra_class)
    if width:
        classes.append(f"govuk-input--width-{width}")
    if field.errors and kind in ("govuk-input", "govuk-textarea", "govuk-file-upload"):
        classes.append(f"{kind}--error")
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
    attrs = {"class": " ".join(classes)}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return {
        "field": field,
        "widget": field.as_widget(attrs=attrs),
        "checkbox": kind == "govuk-checkboxes__input",
        "label_class": label_class,
    }


@register.inclusion_tag("person/_error_summary.html")
def govuk_error_summary(form):
    items = []
    if form is not None and form.errors:
        for error in form.non_field_errors():
            first = next(iter(form.visible_fields()), None)
            items.append((f"#{first.auto_id}" if first else "#main-content", error))
        for field in form.visible_fields():
            for error in field.errors:
                items.append((f"#{field.auto_id}", error))
    return {"items": items}

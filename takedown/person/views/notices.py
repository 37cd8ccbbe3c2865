"""The person writes a removal request to one website, reads it, and downloads it."""

from urllib.parse import quote, urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from takedown.notices.countries import COUNTRIES
from takedown.person.forms import NoticeForm
from takedown.person.next_steps import routes_for
from takedown.person.notices import Answers, NoticeRefused, matched_targets, notice_write
from takedown.person.results import platform_name
from takedown.person.views.common import case_view, person_view
from takedown.platforms import registry

# Mail apps on phones take a few thousand characters from a mailto: link reliably.
MAILTO_BODY_LIMIT = 6000


def _language() -> str:
    return (get_language() or "en")[:2]


def _laws(platform_slug: str, language: str) -> list[tuple[str, str]]:
    laws: dict[str, str] = {}
    for route in routes_for(platform_slug, language):
        for law in route.laws:
            laws.setdefault(law["slug"], law["title"])
    return list(laws.items())


def _countries(language: str) -> list[tuple[str, str]]:
    index = 1 if language == "es" else 0
    return sorted(((code, names[index]) for code, names in COUNTRIES.items()), key=lambda c: c[1])


@person_view
def notice_write_view(request, case, platform):
    try:
        registry.get(platform)
    except LookupError:
        raise Http404("No such platform") from None
    language = _language()
    laws = _laws(platform, language)
    form = NoticeForm(
        request.POST if request.method == "POST" else None,
        initial={"country": case.country, "basis": laws[0][0] if laws else None},
        laws=laws,
        countries=_countries(language),
    )
    if request.method == "POST" and form.is_valid():
        try:
            notice = notice_write(
                case=case,
                platform_slug=platform,
                answers=Answers(**form.cleaned_data),
                language=language,
            )
        except NoticeRefused as refused:
            for field, messages in refused.errors.items():
                for message in messages:
                    form.add_error(field, message)
        else:
            return redirect(reverse("person:notice", args=[case.reference, notice.pk]))
    context = {
        "case": case,
        "platform": platform,
        "name": platform_name(platform, ""),
        "pages": matched_targets(case, platform),
        "form": form,
    }
    return render(request, "person/notice_write.html", context, status=400 if form.errors else 200)


@case_view
def notice(request, case, notice_id):
    notice = get_object_or_404(case.notices, pk=notice_id)
    channel = None
    try:
        platform = registry.get(notice.platform)
        channel = next((c for c in platform.channels if c.slug == notice.channel), None)
    except LookupError:
        pass
    mailto = ""
    if channel is not None and channel.email:
        # Sent from the person's own e-mail app, in one tap; a body too long for some mail
        # apps to take from a link is left to paste.
        query = {"subject": notice.subject}
        if len(notice.text) <= MAILTO_BODY_LIMIT:
            query["body"] = notice.text
        mailto = f"mailto:{channel.email}?{urlencode(query, quote_via=quote)}"
    return render(
        request,
        "person/notice.html",
        {
            "case": case,
            "notice": notice,
            "name": platform_name(notice.platform, ""),
            "channel": channel,
            "mailto": mailto,
            "body_in_mailto": "body=" in mailto,
        },
    )


@case_view
def notice_download(request, case, notice_id):
    notice = get_object_or_404(case.notices, pk=notice_id)
    response = HttpResponse(
        f"{notice.subject}\n\n{notice.text}", content_type="text/plain; charset=utf-8"
    )
    name = f"{case.reference}-{notice.platform}-{notice.legal_basis}.txt"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

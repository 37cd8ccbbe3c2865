"""The notice wizard's pages: from "Write the request" to a sent notice.

Situation questions, the law, one page per missing element, check your answers, the
exact text, then e-mail or form assist, then a confirmation. Only the person goes
through it (their PIN session or their account): it writes and signs in their name.
"""

import logging
from smtplib import SMTPException

from anymail.exceptions import AnymailError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from takedown.cases.models import NoticeStatus
from takedown.dashboard.bulk import record_sent, store_draft
from takedown.notices import bases
from takedown.notices.basis import MissingElements
from takedown.notices.draft import BasisNotApplicable
from takedown.notices.form_assist import form_assist
from takedown.notices.mail import NoEmailChannel, send_notice, to_eml
from takedown.notices.pdf import PdfUnavailable, render_pdf
from takedown.notices.recipients import NoChannelForBasis
from takedown.notices.render import format_moment, render_text
from takedown.person import notice_wizard as wizard
from takedown.person.notice_forms import QUESTIONS, LawForm, question_form
from takedown.person.views.common import case_view, is_the_person, no_store

logger = logging.getLogger(__name__)


def _language() -> str:
    language = (get_language() or "en")[:2]
    return language if language in ("en", "es") else "en"


def wizard_view(view):
    """The case through get_visible_case (case_view), then: only the person, and only a
    platform in the registry where something of theirs was found."""

    @case_view
    def wrapper(request, case, platform, *args, **kwargs):
        if not is_the_person(request, case):
            raise Http404("No such case")
        found = wizard.platform_for(platform)
        if found is None or not wizard.matched_targets(case, platform):
            raise Http404("Nothing found on this platform")
        state = wizard.load_state(request.session, case, platform)
        return view(request, case, found, state, *args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


def _url(name, case, platform, **kwargs):
    return reverse(
        f"person:{name}", kwargs={"reference": case.reference, "platform": platform.slug, **kwargs}
    )


def _go_on(case, platform, state):
    step, code = wizard.next_step(case, platform, state, _language())
    if step == "question":
        return redirect(_url("notice_question", case, platform, code=code))
    return redirect(_url(f"notice_{step}", case, platform))


def _context(case, platform, **extra):
    return {"case": case, "platform": platform, **extra}


@wizard_view
def notice_start(request, case, platform, state):
    return render(
        request,
        "person/notice_start.html",
        _context(
            case,
            platform,
            pages=wizard.matched_targets(case, platform.slug),
            accepted=bool(wizard.accepted_bases(platform)),
        ),
    )


@wizard_view
def notice_next(request, case, platform, state):
    if not wizard.accepted_bases(platform):
        raise Http404("This platform takes no notice we can write")
    return _go_on(case, platform, state)


@wizard_view
def notice_question(request, case, platform, state, code):
    question = QUESTIONS.get(code)
    if question is None:
        raise Http404("No such question")
    if request.method == "POST":
        form = question_form(question, request.POST)
        if form.is_valid():
            question.store(case, state, form.cleaned_data["answer"])
            wizard.save_state(request.session, case, platform.slug, state)
            if state.get("basis") == wizard.DMCA and not state.get("took_photo"):
                state.pop("basis")  # copyright is only for the person who took it
                wizard.save_state(request.session, case, platform.slug, state)
            if request.GET.get("change") and state.get("basis"):
                return redirect(_url("notice_check", case, platform))
            return _go_on(case, platform, state)
    else:
        form = question_form(question, initial=question.load(case, state))
    status = 400 if form.is_bound else 200
    return render(
        request,
        "person/notice_question.html",
        _context(case, platform, form=form, question=question, field=form["answer"]),
        status=status,
    )


@wizard_view
def notice_minor(request, case, platform, state):
    """Under 18 when it was made: NCMEC's Take It Down and the CyberTipline come first."""
    if request.method == "POST":
        state["minor_seen"] = True
        wizard.save_state(request.session, case, platform.slug, state)
        return _go_on(case, platform, state)
    return render(
        request,
        "person/notice_minor.html",
        _context(
            case,
            platform,
            take_it_down=wizard.NCMEC_TAKE_IT_DOWN,
            cybertipline=wizard.NCMEC_CYBERTIPLINE,
        ),
    )


DOWNLOADS = {
    "txt": ("text/plain; charset=utf-8", "txt"),
    "eml": ("message/rfc822", "eml"),
    "pdf": ("application/pdf", "pdf"),
}


@wizard_view
def notice_download(request, case, platform, state, fmt):
    """The request as a file the person keeps or sends themselves: text, e-mail or PDF."""
    if fmt not in DOWNLOADS:
        raise Http404("No such format")
    drafted, elsewhere = _draft_or_redirect(request, case, platform, state)
    if elsewhere:
        return elsewhere
    if fmt == "txt":
        body = render_text(drafted).encode()
    elif fmt == "eml":
        body = to_eml(drafted)
    else:
        try:
            body = render_pdf(drafted)
        except PdfUnavailable:
            raise Http404("PDF output is not available on this server") from None
    content_type, extension = DOWNLOADS[fmt]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="request-{platform.slug}-{drafted.basis.slug}.{extension}"'
    )
    return response


@wizard_view
def notice_basis(request, case, platform, state):
    language = _language()
    step, code = wizard.next_step(case, platform, state, language)
    if step == "minor" or (step == "question" and code in wizard.SITUATION):
        return _go_on(case, platform, state)  # the situation comes before the law
    choices = wizard.law_choices(
        platform, country=case.country, took_photo=bool(state["took_photo"]), language=language
    )
    if not choices:
        raise Http404("This platform takes no notice we can write")
    form = LawForm(request.POST or None, initial={"basis": state.get("basis")})
    if request.method == "POST" and form.is_valid():
        slug = form.cleaned_data["basis"]
        if slug == wizard.DMCA and not state.get("took_photo"):
            form.add_error(
                "basis",
                _(
                    "A copyright (DMCA) notice is only for the person who took the photo or "
                    "video. Choose another law."
                ),
            )
        elif slug not in {choice.slug for choice in choices}:
            form.add_error("basis", _("Choose one of the laws on this page"))
        else:
            state["basis"] = slug
            wizard.save_state(request.session, case, platform.slug, state)
            return _go_on(case, platform, state)
    status = 400 if form.is_bound else 200
    current = state.get("basis") or choices[0].slug
    return render(
        request,
        "person/notice_basis.html",
        _context(
            case,
            platform,
            form=form,
            choices=choices,
            current=current,
            dmca_hidden=not state.get("took_photo")
            and wizard.DMCA in wizard.accepted_bases(platform),
        ),
        status=status,
    )


def _answers(case, platform, state, language):
    """Rows for check your answers: what the person said, each with a Change link."""
    basis = bases.get(state["basis"])
    facts = wizard.facts(case, platform, state, language)
    yes, no = _("Yes"), _("No")
    rows = [
        (QUESTIONS["country"].title, wizard.country_label(case.country, language), "country"),
        (QUESTIONS["took_photo"].title, yes if state.get("took_photo") else no, "took_photo"),
        (QUESTIONS["under_18"].title, yes if state.get("under_18") else no, "under_18"),
        (QUESTIONS["ai_made"].title, yes if state.get("ai_made") else no, "ai_made"),
    ]
    law = basis.title_es if language == "es" else basis.title
    for element in basis.elements:
        code = element.code
        if not element.applies(facts) or code not in QUESTIONS or code in wizard.SITUATION:
            continue
        question = QUESTIONS[code]
        value = question.load(case, state)
        if question.kind == "checkbox":
            value = _("Confirmed") if value else _("Not confirmed")
        rows.append((question.title, value, code))
    rows[4:] = sorted(rows[4:], key=lambda row: wizard.asking_order(row[2]))
    return law, rows


@wizard_view
def notice_check(request, case, platform, state):
    language = _language()
    step, _code = wizard.next_step(case, platform, state, language)
    if step != "check":
        return _go_on(case, platform, state)
    law, rows = _answers(case, platform, state, language)
    return render(
        request,
        "person/notice_check.html",
        _context(
            case,
            platform,
            law=law,
            rows=rows,
            pages=wizard.matched_targets(case, platform.slug),
        ),
    )


def _draft_or_redirect(request, case, platform, state):
    """(drafted notice, None), or (None, a redirect to the question that is missing)."""
    if wizard.next_step(case, platform, state, _language())[0] != "check":
        return None, _go_on(case, platform, state)
    try:
        return wizard.drafted_notice(case, platform, state, _language()), None
    except MissingElements:
        return None, _go_on(case, platform, state)
    except (BasisNotApplicable, NoChannelForBasis):
        state.pop("basis", None)
        wizard.save_state(request.session, case, platform.slug, state)
        return None, redirect(_url("notice_basis", case, platform))


def _actor(request):
    return request.user if request.user.is_authenticated else None


def _store(request, case, platform, state, drafted):
    return store_draft(
        case,
        drafted,
        wizard.matched_targets(case, platform.slug),
        wizard.options(state, drafted.language),
        _actor(request),
    )


@wizard_view
def notice_preview(request, case, platform, state):
    drafted, elsewhere = _draft_or_redirect(request, case, platform, state)
    if elsewhere:
        return elsewhere
    return _preview(request, case, platform, state, drafted)


def _preview(request, case, platform, state, drafted, send_error=""):
    notice = _store(request, case, platform, state, drafted)
    return render(
        request,
        "person/notice_preview.html",
        _context(
            case,
            platform,
            notice=notice,
            drafted=drafted,
            text=render_text(drafted),
            recipient=drafted.facts.recipient,
            by_email=bool(drafted.facts.recipient.email),
            warning=_(wizard.DMCA_WARNING) if drafted.basis.slug == wizard.DMCA else "",
            send_error=send_error,
        ),
        status=503 if send_error else 200,
    )


def _finish(request, case, platform, state, drafted, via):
    notice = case.notices.filter(
        platform=platform.slug, legal_basis=drafted.basis.slug, status=NoticeStatus.DRAFTED
    ).first() or _store(request, case, platform, state, drafted)
    record_sent(notice=notice, drafted=drafted, actor=_actor(request), via=via)
    wizard.clear_state(request.session, case, platform.slug)
    return redirect(
        reverse("person:notice_sent", kwargs={"reference": case.reference, "notice_id": notice.pk})
    )


@wizard_view
def notice_send(request, case, platform, state):
    if request.method != "POST":
        return redirect(_url("notice_preview", case, platform))
    drafted, elsewhere = _draft_or_redirect(request, case, platform, state)
    if elsewhere:
        return elsewhere
    try:
        send_notice(drafted)
    except NoEmailChannel:
        return redirect(_url("notice_form", case, platform))
    except (SMTPException, OSError, AnymailError):
        # The mail provider refused or could not be reached: nothing was sent, the draft
        # stays, and the person is told plainly what they can do.
        logger.exception("Sending a notice for case %s failed", case.pk)
        return _preview(
            request,
            case,
            platform,
            state,
            drafted,
            send_error=_(
                "We could not send the e-mail just now. Nothing was sent. Try again in a few "
                "minutes, or download the request below and send it yourself."
            ),
        )
    return _finish(request, case, platform, state, drafted, via="email")


@wizard_view
def notice_form(request, case, platform, state):
    """Form assist: the platform's form and each answer to copy into it, in order."""
    drafted, elsewhere = _draft_or_redirect(request, case, platform, state)
    if elsewhere:
        return elsewhere
    if request.method == "POST":
        return _finish(request, case, platform, state, drafted, via="web-form")
    _store(request, case, platform, state, drafted)
    assist = form_assist(drafted)
    return render(
        request,
        "person/notice_form.html",
        _context(
            case,
            platform,
            assist=assist,
            url=assist.url if assist.url.startswith("https://") else "",
        ),
    )


@case_view
def notice_sent(request, case, notice_id):
    if not is_the_person(request, case):
        raise Http404("No such case")
    notice = case.notices.filter(pk=notice_id, status=NoticeStatus.SENT).first()
    if notice is None:
        raise Http404("No such notice")
    language = _language()
    basis = bases.get(notice.legal_basis)
    platform = wizard.platform_for(notice.platform)
    event = case.events.filter(kind="notice_sent", detail__notice=notice.pk).last()
    return render(
        request,
        "person/notice_sent.html",
        {
            "case": case,
            "notice": notice,
            "reference": f"{case.reference}-{notice.pk}",
            "platform_name": platform.name if platform else notice.platform,
            "law": basis.title_es if language == "es" else basis.title,
            "deadline": format_moment(notice.deadline_at, language) if notice.deadline_at else "",
            "by_form": bool(event and event.detail.get("via") == "web-form"),
        },
    )


@no_store
def notice_guide(request):
    """Which law to use, in plain words: the short form of docs/notices.md."""
    return render(
        request,
        "person/notice_guide.html",
        {
            "laws": [
                (wizard.law_title(slug, _language()), wizard.explanation(slug))
                for slug in wizard.GUIDE_ORDER
            ]
        },
    )

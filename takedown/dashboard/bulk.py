"""A platform's worth of work in one step: recheck live URLs, draft every notice to one
platform, send the drafts. Each case gets its own result; one failure stops nothing else."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from takedown.cases.models import Case, Notice, NoticeStatus, Target, TargetStatus
from takedown.cases.services import event_record
from takedown.dashboard.authorisations import (
    NotAuthorisedToAct,
    authorisation_for,
    require_authorisation,
)
from takedown.dashboard.facts import DraftOptions, case_facts, lookup_platform
from takedown.dashboard.models import NoticeChoices
from takedown.followup.drafting import CannotDraft
from takedown.followup.escalations import escalation_document, escalation_for
from takedown.notices import bases
from takedown.notices.basis import MissingElements
from takedown.notices.draft import BasisNotApplicable, draft
from takedown.notices.mail import NoEmailChannel, send_notice
from takedown.notices.recipients import NoChannelForBasis
from takedown.notices.render import render_text


def live_targets(targets):
    return targets.exclude(status=TargetStatus.REMOVED)


def recheck(targets) -> int:
    """Queue a recheck of each target; returns how many."""
    from takedown.cases.scanning import request_recheck

    count = 0
    for target in targets:
        request_recheck(target)
        count += 1
    return count


@dataclass
class DraftResult:
    case: Case
    notice: Notice | None = None
    # (code, question) for each required element the notice still lacks.
    missing: tuple[tuple[str, str], ...] = ()
    problem: str = ""
    authorised: bool = False


def _matched_targets(case: Case, platform_slug: str) -> list[Target]:
    return list(case.targets.filter(platform=platform_slug, status=TargetStatus.MATCHED))


def draft_platform_notices(
    *, cases, platform_slug: str, basis_slug: str, actor, options: DraftOptions
) -> list[DraftResult]:
    """One notice per case for all its matched URLs on the platform, or what is missing."""
    platform = lookup_platform(platform_slug)
    results = []
    for case in cases:
        result = DraftResult(case=case)
        results.append(result)
        targets = _matched_targets(case, platform_slug)
        if platform is None:
            result.problem = _("This platform is not in the registry: write to its host.")
            continue
        if not targets:
            result.problem = _("No matched URLs on this platform.")
            continue
        authorisation = None
        if case.owner_id != actor.pk:
            authorisation = authorisation_for(
                case=case, platform=platform_slug, legal_basis=basis_slug
            )
        result.authorised = authorisation is not None or case.owner_id == actor.pk
        try:
            facts = case_facts(
                case=case,
                platform=platform,
                basis_slug=basis_slug,
                targets=targets,
                sender=actor,
                authorisation=authorisation,
                options=options,
            )
            drafted = draft(basis_slug, facts=facts, language=options.language)
        except MissingElements as missing:
            result.missing = missing.questions
            continue
        except (NoChannelForBasis, BasisNotApplicable) as error:
            result.problem = str(error)
            continue
        result.notice = store_draft(case, drafted, targets, options, actor)
    return results


@transaction.atomic
def store_draft(case, drafted, targets, options: DraftOptions, actor) -> Notice:
    """Keep a drafted notice on the case (shared with the person's notice wizard)."""
    # Drafting again replaces the unsent draft for the same platform and law.
    notice = case.notices.filter(
        platform=drafted.facts.recipient.platform_slug,
        legal_basis=drafted.basis.slug,
        status=NoticeStatus.DRAFTED,
    ).first() or Notice(case=case)
    notice.platform = drafted.facts.recipient.platform_slug
    notice.channel = drafted.facts.recipient.channel_slug
    notice.legal_basis = drafted.basis.slug
    notice.language = drafted.language
    notice.subject = drafted.subject
    notice.text = render_text(drafted)
    notice.save()
    notice.targets.set(targets)
    NoticeChoices.objects.update_or_create(
        notice=notice, defaults={"choices": json.dumps(options.to_dict())}
    )
    event_record(case=case, kind="notice_drafted", actor=actor, notice=notice.pk)
    return notice


@dataclass
class SendResult:
    notice: Notice
    sent: bool = False
    problem: str = ""
    missing: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def notice_send(*, notice: Notice, actor) -> SendResult:
    """Send one drafted notice by e-mail. The notice send path: a caseworker acting for
    the person needs an authorisation in scope and in force, checked here, at sending."""
    result = SendResult(notice=notice)
    case = notice.case
    if notice.status != NoticeStatus.DRAFTED:
        result.problem = _("This notice was already sent.")
        return result
    try:
        authorisation = require_authorisation(
            case=case, actor=actor, platform=notice.platform, legal_basis=notice.legal_basis
        )
    except NotAuthorisedToAct as error:
        result.problem = str(error)
        return result
    # An escalation step (takedown/followup) is drafted from the facts of the notice it
    # follows, then written as its own kind: second notice, complaint, host report.
    step = escalation_for(notice)
    first = step.original if step else notice
    platform = lookup_platform(first.platform)
    if platform is None:
        result.problem = _("This platform is not in the registry: write to its host.")
        return result
    choices = getattr(notice, "dashboard_choices", None)
    options = DraftOptions.from_dict(json.loads(choices.choices) if choices else {})
    try:
        facts = case_facts(
            case=case,
            platform=platform,
            basis_slug=first.legal_basis,
            targets=list(notice.targets.all()),
            sender=actor,
            authorisation=authorisation,
            options=options,
        )
        if step:
            drafted = escalation_document(step, facts)
        else:
            drafted = draft(notice.legal_basis, facts=facts, language=notice.language)
        send_notice(drafted)
    except MissingElements as missing:
        result.missing = missing.questions
        return result
    except (NoChannelForBasis, BasisNotApplicable, CannotDraft) as error:
        result.problem = str(error)
        return result
    except NoEmailChannel:
        result.problem = _("This platform takes reports through a web form: use form assist.")
        return result
    record_sent(notice=notice, drafted=drafted, actor=actor)
    result.sent = True
    return result


def record_sent(*, notice: Notice, drafted, actor, via: str = "email") -> Notice:
    """Mark a notice sent with the text that went, its legal deadline and a timeline event
    (shared with the person's notice wizard, where `via` may be a platform's web form)."""
    sent_at = timezone.now()
    basis = bases.get(notice.legal_basis)
    notice.subject = drafted.subject
    notice.text = render_text(drafted)
    notice.status = NoticeStatus.SENT
    notice.sent_at = sent_at
    notice.deadline_at = basis.deadline.due(sent_at) if basis.deadline else None
    notice.save()
    detail = {"notice": notice.pk} if via == "email" else {"notice": notice.pk, "via": via}
    event_record(case=notice.case, kind="notice_sent", actor=actor, **detail)
    return notice


def send_notices(*, notices, actor) -> list[SendResult]:
    return [notice_send(notice=notice, actor=actor) for notice in notices]

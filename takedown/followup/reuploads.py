"""Re-upload detection: a reported image found again on a platform that was already sent a
notice for this case (a new URL, or a URL that came back after removal) opens a new notice
draft to that platform under the same law, ready for a caseworker to check and send.

The follow-up task sweeps for them every run (`sweep_reuploads`), so nothing depends on
the scan calling in; a caller that wants the draft at once calls `on_new_match(match)` (or
queues `takedown.followup.tasks.check_reupload`). Calling either twice changes nothing.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from takedown.cases.models import Match, Notice, NoticeStatus, Target, TargetStatus
from takedown.cases.services import event_record
from takedown.followup.drafting import CannotDraft, facts_for, recipient_of
from takedown.followup.selectors import each_target
from takedown.notices.basis import MissingElements
from takedown.notices.draft import BasisNotApplicable, UnsupportedLanguage, draft
from takedown.notices.render import render_text


def _covered_by_open_notice(target: Target, platform_notices) -> bool:
    """Already asked for and not yet removed: more evidence, not a re-upload."""
    return any(
        notice.status != NoticeStatus.REMOVED and target in notice.targets.all()
        for notice in platform_notices
    )


def _write(previous: Notice, target: Target) -> tuple[str, str, str]:
    """(subject, text, problem) of a notice like `previous`, for `target` alone."""
    try:
        recipient = recipient_of(previous.platform, previous.legal_basis, previous.channel)
        facts = facts_for(previous, recipient=recipient, targets=[target])
        written = draft(previous.legal_basis, facts=facts, language=previous.language)
    except (CannotDraft, MissingElements, BasisNotApplicable, UnsupportedLanguage) as error:
        return "", "", getattr(error, "problem", "") or str(error)
    return written.subject, render_text(written), ""


def on_new_match(match: Match | int) -> Notice | None:
    """Open (or extend) a draft if this match is a re-upload; returns that draft."""
    match_id = match.pk if isinstance(match, Match) else match
    match = Match.objects.select_related("candidate__target__case").filter(pk=match_id).first()
    if match is None:  # deleted with its case meanwhile
        return None
    return on_target_matched(match.candidate.target)


def on_target_matched(target: Target) -> Notice | None:
    """The reported image is at this URL: a re-upload if the platform was notified before
    and no notice still open asks for this URL."""
    case = target.case
    if not target.platform:
        return None
    with transaction.atomic():
        # Serialise re-upload handling per case, so two matches found at once open one draft.
        type(case).objects.select_for_update().filter(pk=case.pk).first()
        sent = list(
            case.notices.filter(platform=target.platform, sent_at__isnull=False)
            .prefetch_related("targets")
            .order_by("-sent_at")
        )
        if not sent or _covered_by_open_notice(target, sent):
            return None
        previous = sent[0]
        existing = case.notices.filter(
            platform=target.platform,
            legal_basis=previous.legal_basis,
            status=NoticeStatus.DRAFTED,
            escalates__isnull=True,
        ).first()
        if existing is not None:
            if existing.targets.filter(pk=target.pk).exists():
                return existing
            existing.targets.add(target)
            event_record(case=case, kind="reupload_detected", target=target.pk, notice=existing.pk)
            return existing
        subject, text, problem = _write(previous, target)
        notice = Notice.objects.create(
            case=case,
            platform=previous.platform,
            channel=previous.channel,
            legal_basis=previous.legal_basis,
            language=previous.language,
            subject=subject,
            text=text,
            status=NoticeStatus.DRAFTED,
        )
        notice.targets.add(target)
        event_record(
            case=case,
            kind="reupload_detected",
            target=target.pk,
            notice=notice.pk,
            previous=previous.pk,
            complete=not problem,
            problem=problem,
            at=timezone.now().isoformat(),
        )
        return notice


def sweep_reuploads() -> int:
    """Every run of the follow-up: matched URLs on a platform this case already notified
    that no open or drafted notice asks for. That is a URL the scan found after the notice
    went (a re-upload elsewhere on the platform), or one a recheck found back after its
    removal (takedown.cases.scanning.recheck sets it matched again, with no new Match).
    """
    notified = Notice.objects.filter(
        case=OuterRef("case"), platform=OuterRef("platform"), sent_at__isnull=False
    )
    unanswered = [s for s in NoticeStatus.values if s != NoticeStatus.REMOVED]
    due = (
        Target.objects.filter(status=TargetStatus.MATCHED)
        .exclude(platform="")
        .filter(Exists(notified))
        .exclude(notices__status__in=unanswered)
        .select_related("case")
    )
    opened = 0
    for target in due.iterator():
        with each_target(target):
            opened += on_target_matched(target) is not None
    return opened

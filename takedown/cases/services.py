"""Actions that change cases. Views, commands and tasks call these; none write models directly."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from takedown.cases.models import Case, CaseStatus, Event, NoticeOutcome, NoticeStatus
from takedown.cases.references import new_pin, new_reference


def event_record(*, case: Case, kind: str, actor=None, **detail) -> Event:
    return Event.objects.create(case=case, kind=kind, actor=actor, detail=detail)


def case_create(
    *, owner=None, organization=None, language: str = "en", actor=None
) -> tuple[Case, str]:
    """Open a case. Returns it with its PIN, which is shown once and never stored in clear."""
    pin = new_pin()
    for _attempt in range(5):
        case = Case(
            owner=owner, organization=organization, language=language, reference=new_reference()
        )
        case.set_pin(pin)
        try:
            with transaction.atomic():
                case.save()
        except IntegrityError:
            continue  # the random reference was taken; draw again
        event_record(case=case, kind="case_created", actor=actor)
        return case, pin
    raise RuntimeError("Could not draw an unused case number after 5 attempts.")


@transaction.atomic
def case_delete(*, case: Case) -> None:
    """Delete the case and everything that names or fingerprints the person (invariant 5).

    Only anonymous outcomes of sent notices stay, for removal statistics.
    """
    outcomes = [
        NoticeOutcome(
            organization_id=case.organization_id,
            platform=notice.platform,
            legal_basis=notice.legal_basis,
            sent_month=notice.sent_at.date().replace(day=1),
            removed=notice.status == NoticeStatus.REMOVED,
            hours_to_removal=(
                int((notice.removed_at - notice.sent_at).total_seconds() // 3600)
                if notice.removed_at
                else None
            ),
        )
        for notice in case.notices.filter(sent_at__isnull=False)
    ]
    NoticeOutcome.objects.bulk_create(outcomes)
    case.delete()


def case_close(*, case: Case, actor=None) -> None:
    case.status = CaseStatus.CLOSED
    case.closed_at = timezone.now()
    case.save(update_fields=["status", "closed_at", "updated_at"])
    event_record(case=case, kind="case_closed", actor=actor)

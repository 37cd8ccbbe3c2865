"""Notes, flags and hand-made marks on a case; each change also goes on the timeline."""

from django.utils import timezone

from takedown.cases.models import Case, Target, TargetStatus
from takedown.cases.services import event_record
from takedown.dashboard.models import CaseFlag, CaseNote


def note_add(*, case: Case, author, text: str) -> CaseNote:
    note = CaseNote.objects.create(case=case, author=author, text=text.strip())
    event_record(case=case, kind="note_added", actor=author, note=note.pk)
    return note


def flag_set(*, case: Case, kind: str, actor) -> None:
    _flag, created = CaseFlag.objects.get_or_create(
        case=case, kind=kind, defaults={"set_by": actor}
    )
    if created:
        event_record(case=case, kind="flag_set", actor=actor, flag=kind)


def flag_clear(*, case: Case, kind: str, actor) -> None:
    deleted, _ = CaseFlag.objects.filter(case=case, kind=kind).delete()
    if deleted:
        event_record(case=case, kind="flag_cleared", actor=actor, flag=kind)


def target_mark_removed(*, target: Target, actor) -> bool:
    """The caseworker saw the content gone (the platform wrote back, or a check by eye).

    The follow-up rechecks still run; a notice counts as complied with once all its URLs
    are removed. False when it was already marked.
    """
    if target.status == TargetStatus.REMOVED:
        return False
    target.status = TargetStatus.REMOVED
    target.removed_at = timezone.now()
    target.save(update_fields=["status", "removed_at"])
    event_record(
        case=target.case, kind="target_removed", actor=actor, target=target.pk, by_hand=True
    )
    return True

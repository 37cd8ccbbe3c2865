"""Notes and flags on a case; each change also goes on the case timeline."""

from takedown.cases.models import Case
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

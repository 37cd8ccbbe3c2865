"""Rows for the person's notice wizard (takedown/person/views/notices.py).

The wizard writes and signs a request in the person's own name, so only the person goes
through it: their account or the browser session that proved the PIN. A caseworker, even
the one assigned, drafts from the dashboard instead and is refused here.
"""

from tests.authorization.rows_person import CASE, EVERYONE


def _sent(world) -> int:
    """The confirmation page shows only a sent notice; the world's starts as a draft."""
    world.notice.status = "sent"
    world.notice.save(update_fields=["status"])
    return world.notice.pk


PERSON_ONLY = {**CASE, "caseworker_assigned": "deny"}

ROWS = {
    "person:notice_guide": EVERYONE,
    "person:notice_start": PERSON_ONLY,
    "person:notice_next": PERSON_ONLY,
    "person:notice_question": {**PERSON_ONLY, "_kwargs": {"code": "requester_name"}},
    "person:notice_basis": PERSON_ONLY,
    "person:notice_check": PERSON_ONLY,
    "person:notice_preview": PERSON_ONLY,
    "person:notice_send": PERSON_ONLY,
    "person:notice_form": PERSON_ONLY,
    "person:notice_minor": PERSON_ONLY,
    "person:notice_file": {**PERSON_ONLY, "_kwargs": {"fmt": "txt"}},
    "person:notice_sent": {**PERSON_ONLY, "_kwargs": {"notice_id": lambda world: _sent(world)}},
}

"""Rows for the person's pages (takedown/person/urls.py).

A case page is for whoever may see the case (takedown.cases.access): its owner, a browser
session that proved the PIN, and the caseworkers it is assigned to; nobody else, not even
an organisation admin or a superuser.
"""

ROLES = (
    "anonymous",
    "person_a",
    "person_b",
    "caseworker_assigned",
    "caseworker_same_org",
    "caseworker_other_org",
    "org_admin",
    "superuser",
)

EVERYONE = dict.fromkeys(ROLES, "allow")
CASE = {
    **dict.fromkeys(ROLES, "deny"),
    "person_a": "allow",
    "caseworker_assigned": "allow",
}
THE_PERSON = {**CASE, "caseworker_assigned": "deny"}

ROWS = {
    # Public pages: starting, coming back, leaving.
    "person:exit": EVERYONE,
    "person:start": EVERYONE,
    "person:return": EVERYONE,
    "person:sign_in": EVERYONE,
    "person:signed_out": EVERYONE,
    "person:deleted": EVERYONE,
    # Lists only the requester's own cases (or sends them to the return form).
    "person:my_cases": EVERYONE,
    # One case.
    "person:case": CASE,
    "person:saved": CASE,
    "person:sign_out": CASE,
    # Only the person decides these; the caseworker the case is assigned to may not.
    "person:contact": THE_PERSON,
    "person:delete": THE_PERSON,
    "person:account": THE_PERSON,
    "person:photos": CASE,
    "person:photo_add": CASE,
    "person:photo_fingerprints": CASE,
    "person:photo_upload": CASE,
    "person:photo_delete": CASE,  # image_id: the world's reported image
    "person:urls_add": CASE,
    "person:scan": CASE,
    "person:results_warning": CASE,
    "person:results": CASE,
    "person:next_steps": CASE,
    "person:status": CASE,
    "person:notice_write": THE_PERSON,
    "person:notice": CASE,
    "person:notice_download": CASE,
    "javascript-catalog": EVERYONE,
}

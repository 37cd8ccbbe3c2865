"""Rows for takedown/dashboard/urls.py.

Case pages: only the caseworker assigned to the case. Organisation pages: only the admin.
The person's invitation page: only the person. Neither an organisation admin nor a
superuser can open a case they are not assigned to (DESIGN invariant 3).
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


def only(*allowed):
    return {role: "allow" if role in allowed else "deny" for role in ROLES}


STAFF = ("caseworker_assigned", "caseworker_same_org", "caseworker_other_org", "org_admin")
ASSIGNED = only("caseworker_assigned")

ROWS = {
    "dashboard:login": only(*ROLES),
    "dashboard:logout": only(*ROLES),
    "dashboard:home": only(*STAFF),
    "dashboard:caseload": only(*STAFF),
    "dashboard:invitation_accept": only(*STAFF),
    "dashboard:platform_work": only(*STAFF),
    "dashboard:case_detail": ASSIGNED,
    "dashboard:case_note_add": ASSIGNED,
    "dashboard:case_flag": ASSIGNED,
    "dashboard:case_assign": ASSIGNED,
    "dashboard:case_authorisations": ASSIGNED,
    "dashboard:authorisation_revoke": ASSIGNED,
    "dashboard:case_recheck": ASSIGNED,
    "dashboard:target_removed": ASSIGNED,
    "dashboard:case_platform_draft": ASSIGNED,
    "dashboard:case_send": ASSIGNED,
    "dashboard:case_invite": only("person_a"),
    "dashboard:org_queue": only("org_admin"),
    "dashboard:org_case_assign": only("org_admin"),
    "dashboard:audit_log": only("org_admin"),
}

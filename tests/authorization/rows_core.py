"""Rows for the project's own pages (takedown/urls.py)."""

EVERYONE = dict.fromkeys(
    (
        "anonymous",
        "person_a",
        "person_b",
        "caseworker_assigned",
        "caseworker_same_org",
        "caseworker_other_org",
        "org_admin",
        "superuser",
    ),
    "allow",
)

ROWS = {
    "home": EVERYONE,
    "set_language": EVERYONE,
}

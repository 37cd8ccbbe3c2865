"""Who may open the reports URLs (takedown/reports/urls.py), for the authorisation matrix.

URL arguments: `slug` is the organisation of person A's case, `reference` is A's case,
`fmt` is "csv" or "xlsx". "deny" is a 404 (or, anonymous, the login redirect): nobody
learns whether a case or an organisation exists.

The statistics, funder report and notice exports are the organisation's own aggregates,
open to its members only; the notice export lists only the cases the member may see, so
the caseworker of the same organisation who is not assigned gets a file without A's case
(tests/reports/test_views.py proves it). The evidence package is one case: its owner and
its assigned caseworkers only. Organisation settings: its admins only.
"""

_MEMBERS = {
    "anonymous": "deny",
    "person_a": "deny",
    "person_b": "deny",
    "caseworker_assigned": "allow",
    "caseworker_same_org": "allow",
    "caseworker_other_org": "deny",
    "org_admin": "allow",
    "superuser": "deny",
}

ROWS = {
    "reports:statistics": dict(_MEMBERS),
    "reports:funder_report": dict(_MEMBERS),
    "reports:notices_export": {**_MEMBERS, "_kwargs": {"fmt": "csv"}},
    "reports:evidence": {
        "anonymous": "deny",
        "person_a": "allow",
        "person_b": "deny",
        "caseworker_assigned": "allow",
        "caseworker_same_org": "deny",
        "caseworker_other_org": "deny",
        "org_admin": "deny",
        "superuser": "deny",
    },
    "reports:organization_settings": {
        "anonymous": "deny",
        "person_a": "deny",
        "person_b": "deny",
        "caseworker_assigned": "deny",
        "caseworker_same_org": "deny",
        "caseworker_other_org": "deny",
        "org_admin": "allow",
        "superuser": "deny",
    },
}

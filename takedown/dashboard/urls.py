from django.urls import path

from takedown.dashboard.views import (
    accounts,
    bulk,
    caseload,
    cases,
    home,
    invitations,
    organization,
)

app_name = "dashboard"

urlpatterns = [
    path("sign-in/", accounts.sign_in, name="login"),
    path("sign-out/", accounts.sign_out, name="logout"),
    path("", home.home, name="home"),
    path("cases/", caseload.caseload_list, name="caseload"),
    path("cases/<str:reference>/", cases.case_detail, name="case_detail"),
    path("cases/<str:reference>/notes/", cases.case_note_add, name="case_note_add"),
    path("cases/<str:reference>/flags/", cases.case_flag, name="case_flag"),
    path("cases/<str:reference>/assign/", cases.case_assign_view, name="case_assign"),
    path(
        "cases/<str:reference>/authorisations/",
        cases.case_authorisations,
        name="case_authorisations",
    ),
    path(
        "cases/<str:reference>/authorisations/<int:authorisation_id>/revoke/",
        cases.authorisation_revoke_view,
        name="authorisation_revoke",
    ),
    path(
        "cases/<str:reference>/targets/<int:target_id>/removed/",
        cases.target_removed_view,
        name="target_removed",
    ),
    path("cases/<str:reference>/recheck/", bulk.case_recheck, name="case_recheck"),
    path(
        "cases/<str:reference>/platforms/<slug:platform>/draft/",
        bulk.case_platform_draft,
        name="case_platform_draft",
    ),
    path("cases/<str:reference>/send/", bulk.case_send, name="case_send"),
    path("cases/<str:reference>/invite/", invitations.case_invite, name="case_invite"),
    path("platforms/<slug:platform>/", bulk.platform_work, name="platform_work"),
    path("invitations/", invitations.invitation_accept_view, name="invitation_accept"),
    path("organisation/queue/", organization.org_queue, name="org_queue"),
    path(
        "organisation/cases/<str:reference>/assign/",
        organization.org_case_assign,
        name="org_case_assign",
    ),
    path("organisation/audit/", organization.audit_log, name="audit_log"),
]

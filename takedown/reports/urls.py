from django.urls import path, re_path

from takedown.reports import views

app_name = "reports"

urlpatterns = [
    path("<slug:slug>/statistics/", views.statistics, name="statistics"),
    path("<slug:slug>/funder-report/", views.funder_report, name="funder_report"),
    re_path(
        r"^(?P<slug>[-\w]+)/notices\.(?P<fmt>csv|xlsx)$",
        views.notices_export,
        name="notices_export",
    ),
    path("<slug:slug>/settings/", views.organization_settings, name="organization_settings"),
    path("cases/<str:reference>/evidence.zip", views.evidence, name="evidence"),
]

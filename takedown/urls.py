from django.contrib import admin
from django.urls import include, path

from takedown.cases import views

urlpatterns = [
    path("", views.home, name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("reports/", include("takedown.reports.urls")),
    path("dashboard/", include("takedown.dashboard.urls")),
]

from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from django_otp.admin import OTPAdminSite

from takedown.cases import views

# The admin site asks for a TOTP code too, and lets in only sessions verified with one:
# a superuser can read every organisation's cases, so a password alone must not do.
admin.site.__class__ = OTPAdminSite

urlpatterns = [
    path("", views.home, name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("admin/", admin.site.urls),
    path("reports/", include("takedown.reports.urls")),
    path("dashboard/", include("takedown.dashboard.urls")),
    path("", include("takedown.person.urls")),
]

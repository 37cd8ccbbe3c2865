from django.contrib import admin

from takedown.cases import models
from takedown.cases.encryption import encrypted_fields


class MembershipInline(admin.TabularInline):
    model = models.Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(models.Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "country", "retention_days"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "slug"]
    inlines = [MembershipInline]


PERSONAL_FIELDS = encrypted_fields(models.Case)


class TargetInline(admin.TabularInline):
    model = models.Target
    extra = 0
    fields = ["url", "platform", "status", "images_done", "images_total", "last_checked_at"]
    readonly_fields = ["images_done", "images_total", "last_checked_at"]


class ReportedImageInline(admin.TabularInline):
    model = models.ReportedImage
    extra = 0
    fields = ["source", "pdq", "pdq_quality", "phash"]
    readonly_fields = fields


@admin.register(models.Case)
class CaseAdmin(admin.ModelAdmin):
    # Lists show no personal data: a name on a screen is a name someone can read over a shoulder.
    list_display = ["reference", "status", "organization", "created_at"]
    list_filter = ["status", "organization"]
    search_fields = ["reference"]
    readonly_fields = ["reference", "created_at", "updated_at"]
    # The admin is for operators, who are not among those who may read a case
    # (takedown/cases/access.py): it shows a case's structure, never the person's details.
    exclude = ["pin_hash", *PERSONAL_FIELDS]
    filter_horizontal = ["assignees"]
    inlines = [ReportedImageInline, TargetInline]


@admin.register(models.Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["url", "platform", "status", "images_done", "images_total", "last_checked_at"]
    list_filter = ["status", "platform"]
    raw_id_fields = ["case"]


@admin.register(models.Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["case", "platform", "legal_basis", "status", "sent_at", "deadline_at"]
    list_filter = ["status", "legal_basis", "platform"]
    raw_id_fields = ["case", "escalates"]
    filter_horizontal = ["targets"]
    exclude = encrypted_fields(models.Notice)


@admin.register(models.Match)
class MatchAdmin(admin.ModelAdmin):
    list_display = ["reported_image", "candidate", "algorithm", "distance", "confidence"]
    raw_id_fields = ["reported_image", "candidate"]


@admin.register(models.Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["case", "kind", "actor", "created_at"]
    list_filter = ["kind"]
    raw_id_fields = ["case"]

from django.urls import path

from takedown.person.views import (
    access,
    case,
    delete,
    notice_wizard,
    notices,
    photos,
    results,
    start,
    targets,
)

app_name = "person"

urlpatterns = [
    path("exit/", access.quick_exit, name="exit"),
    path("start/", start.before_start, name="start"),
    path("return/", access.return_to_case, name="return"),
    path("account/sign-in/", access.account_sign_in, name="sign_in"),
    path("cases/", access.my_cases, name="my_cases"),
    path("signed-out/", access.signed_out, name="signed_out"),
    path("deleted/", delete.deleted, name="deleted"),
    path("case/<str:reference>/", case.case_home, name="case"),
    path("case/<str:reference>/saved/", start.saved, name="saved"),
    path("case/<str:reference>/sign-out/", access.sign_out, name="sign_out"),
    path("case/<str:reference>/contact/", case.contact, name="contact"),
    path("case/<str:reference>/delete/", delete.delete, name="delete"),
    path("case/<str:reference>/account/", case.account, name="account"),
    path("case/<str:reference>/photos/", photos.photos, name="photos"),
    path("case/<str:reference>/photos/add/", photos.photo_add, name="photo_add"),
    path(
        "case/<str:reference>/photos/fingerprints/",
        photos.photo_fingerprints,
        name="photo_fingerprints",
    ),
    path("case/<str:reference>/photos/upload/", photos.photo_upload, name="photo_upload"),
    path(
        "case/<str:reference>/photos/<int:image_id>/delete/",
        photos.photo_delete,
        name="photo_delete",
    ),
    path("case/<str:reference>/urls/", targets.urls_add, name="urls_add"),
    path("case/<str:reference>/scan/", targets.scan, name="scan"),
    path("case/<str:reference>/results/", results.results_warning, name="results_warning"),
    path("case/<str:reference>/results/found/", results.results, name="results"),
    path("case/<str:reference>/results/next/", results.next_steps, name="next_steps"),
    path("case/<str:reference>/status/", results.status, name="status"),
    path(
        "case/<str:reference>/requests/<slug:platform>/write/",
        notices.notice_write_view,
        name="notice_write",
    ),
    path("case/<str:reference>/requests/<int:notice_id>/", notices.notice, name="notice"),
    path(
        "case/<str:reference>/requests/<int:notice_id>/download/",
        notices.notice_download,
        name="notice_download",
    ),
    # The notice wizard (views/notice_wizard.py): one question per page, then sending.
    path("notices/guide/", notice_wizard.notice_guide, name="notice_guide"),
    path(
        "case/<str:reference>/notice/<slug:platform>/",
        notice_wizard.notice_start,
        name="notice_start",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/next/",
        notice_wizard.notice_next,
        name="notice_next",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/question/<slug:code>/",
        notice_wizard.notice_question,
        name="notice_question",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/under-18/",
        notice_wizard.notice_minor,
        name="notice_minor",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/law/",
        notice_wizard.notice_basis,
        name="notice_basis",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/check/",
        notice_wizard.notice_check,
        name="notice_check",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/preview/",
        notice_wizard.notice_preview,
        name="notice_preview",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/send/",
        notice_wizard.notice_send,
        name="notice_send",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/form/",
        notice_wizard.notice_form,
        name="notice_form",
    ),
    path(
        "case/<str:reference>/notice/<slug:platform>/download/<slug:fmt>/",
        notice_wizard.notice_download,
        name="notice_file",
    ),
    path(
        "case/<str:reference>/sent/<int:notice_id>/", notice_wizard.notice_sent, name="notice_sent"
    ),
]

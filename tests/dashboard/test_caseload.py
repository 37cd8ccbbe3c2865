from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from takedown.cases.models import Case, CaseStatus, Notice, NoticeStatus, Target
from takedown.cases.services import case_create
from takedown.dashboard.notes import flag_set


@pytest.fixture
def caseload(world, caseworker):
    """Five cases of the caseworker besides the world's, each with one distinguishing fact."""
    made = {}
    for name in ("closed", "on_x", "overdue", "waiting", "old"):
        case, _pin = case_create(organization=world.organization)
        case.assignees.add(caseworker)
        made[name] = case
    made["closed"].status = CaseStatus.CLOSED
    made["closed"].save()
    Target.objects.create(case=made["on_x"], url="https://x.com/a/1", platform="x")
    Notice.objects.create(
        case=made["overdue"],
        platform="x",
        legal_basis="take-it-down",
        status=NoticeStatus.SENT,
        sent_at=timezone.now() - timedelta(days=3),
        deadline_at=timezone.now() - timedelta(days=1),
    )
    Notice.objects.create(
        case=made["on_x"],
        platform="x",
        legal_basis="dmca",
        status=NoticeStatus.SENT,
        sent_at=timezone.now(),
        deadline_at=timezone.now() + timedelta(days=1),
    )
    flag_set(case=made["waiting"], kind="waiting_for_person", actor=caseworker)
    Case.objects.filter(pk=made["old"].pk).update(created_at=timezone.now() - timedelta(days=400))
    made["world"] = world.case
    return made


def listed(client, **params):
    response = client.get(reverse("dashboard:caseload"), params)
    assert response.status_code == 200
    return {case.reference for case in response.context["page"]}


def refs(caseload, *names):
    return {caseload[name].reference for name in names}


def test_lists_only_the_cases_assigned_to_me(cw_client, caseload, world):
    assert listed(cw_client) == refs(caseload, *caseload)
    assert world.other_case.reference not in listed(cw_client)


def test_filters(cw_client, caseload):
    everyone_open = set(caseload) - {"closed"}
    assert listed(cw_client, status="open") == refs(caseload, *everyone_open)
    assert listed(cw_client, status="closed") == refs(caseload, "closed")
    assert listed(cw_client, platform="x") == refs(caseload, "on_x")
    assert listed(cw_client, legal_basis="take-it-down") == refs(caseload, "overdue")
    assert listed(cw_client, overdue="on") == refs(caseload, "overdue")
    assert listed(cw_client, flag="waiting_for_person") == refs(caseload, "waiting")
    assert listed(cw_client, unnoticed="on") == set()  # the world's match has a notice


def test_date_filters(cw_client, caseload):
    a_year_ago = (timezone.now() - timedelta(days=365)).date().isoformat()
    assert listed(cw_client, created_to=a_year_ago) == refs(caseload, "old")
    assert refs(caseload, "old").isdisjoint(listed(cw_client, created_from=a_year_ago))


def test_assignee_filter(cw_client, caseload, world):
    colleague = world.users["caseworker_same_org"]
    caseload["on_x"].assignees.add(colleague)
    assert listed(cw_client, assignee=str(colleague.pk)) == refs(caseload, "on_x")
    assert listed(cw_client, assignee="me") == refs(caseload, *caseload)


def test_search_by_case_number(cw_client, caseload):
    reference = caseload["waiting"].reference
    assert listed(cw_client, reference=reference[-5:].lower()) == {reference}
    response = cw_client.get(reverse("dashboard:caseload"))
    assert "encrypted and cannot be searched" in response.text


def test_sorts(cw_client, caseload):
    response = cw_client.get(reverse("dashboard:caseload"), {"sort": "oldest"})
    assert next(iter(response.context["page"])).reference == caseload["old"].reference
    by_ref = [
        c.reference
        for c in cw_client.get(reverse("dashboard:caseload"), {"sort": "reference"}).context["page"]
    ]
    assert by_ref == sorted(by_ref)


def test_rows_show_counts_and_next_deadline(cw_client, caseload):
    response = cw_client.get(reverse("dashboard:caseload"), {"platform": "x"})
    [row] = response.context["page"]
    assert row.targets_count == 1
    assert row.overdue_count == 0
    assert row.next_deadline is not None
    assert row.assignee_names == ["caseworker_assigned"]
    waiting = cw_client.get(reverse("dashboard:caseload"), {"flag": "waiting_for_person"})
    assert "Waiting for the person" in waiting.text


def test_pages_of_fifty(cw_client, world, caseworker):
    for _n in range(60):
        case, _pin = case_create(organization=world.organization)
        case.assignees.add(caseworker)
    first = cw_client.get(reverse("dashboard:caseload"))
    assert len(first.context["page"]) == 50
    second = cw_client.get(reverse("dashboard:caseload"), {"page": 2})
    assert len(second.context["page"]) == 11


def test_queries_do_not_grow_with_the_page(
    cw_client, world, caseworker, django_assert_max_num_queries
):
    def add(n):
        for _i in range(n):
            case, _pin = case_create(organization=world.organization)
            case.assignees.add(caseworker)
            Target.objects.create(case=case, url="https://x.com/a", platform="x")
            flag_set(case=case, kind="urgent", actor=caseworker)

    add(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        cw_client.get(reverse("dashboard:caseload"))
    add(30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        cw_client.get(reverse("dashboard:caseload"))


def test_home_counts_link_to_the_filtered_list(cw_client, caseload):
    response = cw_client.get(reverse("dashboard:home"))
    tiles = {kind: (number, url) for number, kind, url in response.context["tiles"]}
    # open: everything but the closed one; overdue: one notice; waiting: one flag.
    assert tiles["open"][0] == len(caseload) - 1
    assert tiles["overdue"][0] == 1
    assert tiles["waiting"][0] == 1
    assert tiles["unnoticed"][0] == 0
    for number, url in tiles.values():
        assert f'href="{url.replace("&", "&amp;")}"' in response.text
        assert len(cw_client.get(url).context["page"].object_list) == number


def test_new_matches_without_a_notice_are_counted(cw_client, caseload):
    Target.objects.create(
        case=caseload["waiting"], url="https://x.com/new", platform="x", status="matched"
    )
    response = cw_client.get(reverse("dashboard:home"))
    tiles = {kind: number for number, kind, _url in response.context["tiles"]}
    assert tiles["unnoticed"] == 1
    assert listed(cw_client, unnoticed="on", assignee="me") == refs(caseload, "waiting")


def test_the_org_admin_sees_how_many_cases_nobody_has(client, world):
    from tests.staff import sign_in_verified

    case_create(organization=world.organization)
    sign_in_verified(client, world.users["org_admin"])
    response = client.get(reverse("dashboard:home"))
    assert response.context["counts"].unassigned == 1


def test_rows_link_each_case_and_show_its_dates(cw_client, caseload):
    case = caseload["on_x"]
    response = cw_client.get(reverse("dashboard:caseload"), {"platform": "x"})
    link = reverse("dashboard:case_detail", args=[case.reference])
    assert f'<a href="{link}">{case.reference}</a>' in response.text
    [notice] = case.notices.all()
    shown = timezone.localtime(notice.deadline_at).strftime("%Y-%m-%d %H:%M")
    assert f"<td>{shown}</td>" in response.text
    waiting = cw_client.get(reverse("dashboard:caseload"), {"flag": "waiting_for_person"})
    assert "<td>\N{EN DASH}</td>" in waiting.text  # no deadline


def test_rows_escape_what_they_show():
    from types import SimpleNamespace

    from takedown.dashboard.templatetags.caseload import caseload_rows

    case = SimpleNamespace(
        reference="TD-<b>",
        status="active",
        created_at=timezone.now(),
        targets_count=1,
        matched_count=0,
        overdue_count=0,
        next_deadline=None,
        assignee_names=["<script>alert(1)</script>"],
        flag_labels=[],
    )
    html = caseload_rows([case])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html

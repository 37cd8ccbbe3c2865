from django.core import mail
from django.urls import reverse
from django.utils import timezone

from takedown.cases.models import Notice, NoticeStatus, Target, TargetStatus
from takedown.cases.services import case_create
from takedown.dashboard.authorisations import authorisation_record


def second_case(world, *, affirmations=("not-consensual", "accurate")):
    """Another case of the same caseworker with two matched Reddit URLs and one removed."""
    case, _pin = case_create(organization=world.organization)
    case.full_name = "Sam Second"
    case.save()
    case.assignees.add(world.users["caseworker_assigned"])
    for n, status in enumerate([TargetStatus.MATCHED, TargetStatus.MATCHED, TargetStatus.REMOVED]):
        Target.objects.create(
            case=case, url=f"https://www.reddit.com/r/x/{n}", platform="reddit", status=status
        )
    Target.objects.create(case=case, url="https://x.com/a/1", platform="x", status="matched")
    if affirmations is not None:
        authorisation_record(
            case=case,
            organization=world.organization,
            given_by="Sam Second",
            method="in_person",
            given_at=timezone.now(),
            actor=world.users["caseworker_assigned"],
            affirmations=affirmations,
            platforms=["reddit"],
        )
    return case


def test_recheck_a_case_queues_every_live_url(cw_client, world, rechecks):
    case = second_case(world)
    url = reverse("dashboard:case_recheck", args=[case.reference])
    assert "3 URLs are not known to be removed" in cw_client.get(url).text
    cw_client.post(url)
    assert sorted(t.url for t in rechecks) == [
        "https://www.reddit.com/r/x/0",
        "https://www.reddit.com/r/x/1",
        "https://x.com/a/1",
    ]


def test_recheck_a_platform_covers_only_my_cases(cw_client, world, rechecks):
    case = second_case(world)
    stranger, _pin = case_create()
    Target.objects.create(case=stranger, url="https://www.reddit.com/r/z", platform="reddit")
    cw_client.post(reverse("dashboard:platform_work", args=["reddit"]), {"action": "recheck"})
    assert {t.case_id for t in rechecks} == {world.case.pk, case.pk}
    assert len(rechecks) == 3  # world's one URL and the second case's two live ones


def test_draft_all_notices_to_a_platform_in_one_step(cw_client, world):
    case = second_case(world)
    response = cw_client.post(
        reverse("dashboard:platform_work", args=["reddit"]),
        {"action": "draft", "legal_basis": "platform-policy", "language": "en", "sign": "on"},
    )
    assert response.status_code == 200
    drafts = Notice.objects.filter(platform="reddit", legal_basis="platform-policy")
    assert {n.case_id for n in drafts} == {world.case.pk, case.pk}
    second = drafts.get(case=case)
    assert sorted(t.url for t in second.targets.all()) == [
        "https://www.reddit.com/r/x/0",
        "https://www.reddit.com/r/x/1",
    ]
    assert "Sam Second" in second.text
    # Drafting again replaces the draft rather than adding another.
    cw_client.post(
        reverse("dashboard:platform_work", args=["reddit"]),
        {"action": "draft", "legal_basis": "platform-policy", "language": "en", "sign": "on"},
    )
    assert Notice.objects.filter(case=case, platform="reddit").count() == 1


def test_missing_elements_are_listed_per_case(cw_client, world):
    case = second_case(world, affirmations=())
    response = cw_client.post(
        reverse("dashboard:platform_work", args=["reddit"]),
        {"action": "draft", "legal_basis": "platform-policy", "language": "en"},
    )
    results = {r.case.pk: r for r in response.context["drafted"]}
    assert results[world.case.pk].notice is not None
    assert results[case.pk].notice is None
    assert "not_consensual_statement" in dict(results[case.pk].missing)
    assert "not_consensual_statement" in response.text


def test_send_every_draft_to_a_platform(cw_client, world):
    case = second_case(world)
    work = reverse("dashboard:platform_work", args=["reddit"])
    cw_client.post(
        work, {"action": "draft", "legal_basis": "platform-policy", "language": "en", "sign": "on"}
    )
    response = cw_client.post(work, {"action": "send"})
    assert all(r.sent for r in response.context["sent"]), [
        r.problem for r in response.context["sent"]
    ]
    assert len(mail.outbox) == 2
    assert set(
        Notice.objects.filter(
            case__in=[world.case, case], legal_basis="platform-policy"
        ).values_list("status", flat=True)
    ) == {NoticeStatus.SENT}


def test_a_draft_for_a_case_without_authorisation_is_not_sent(cw_client, world):
    case = second_case(world, affirmations=None)
    work = reverse("dashboard:platform_work", args=["reddit"])
    response = cw_client.post(
        work, {"action": "draft", "legal_basis": "platform-policy", "language": "en", "sign": "on"}
    )
    # Without an authorisation there is no authority to state: the notice lacks it.
    result = {r.case.pk: r for r in response.context["drafted"]}[case.pk]
    assert "authority" in dict(result.missing)
    sent = cw_client.post(work, {"action": "send"}).context["sent"]
    assert {r.notice.case_id for r in sent if r.sent} == {world.case.pk}


def test_draft_for_one_case_on_one_platform(cw_client, world):
    url = reverse("dashboard:case_platform_draft", args=[world.case.reference, "reddit"])
    page = cw_client.get(url)
    assert [v for v, _ in page.context["form"].fields["legal_basis"].choices] == ["platform-policy"]
    response = cw_client.post(
        url, {"legal_basis": "platform-policy", "language": "es", "sign": "on"}
    )
    [result] = response.context["results"]
    assert result.notice.language == "es"
    send_page = cw_client.get(reverse("dashboard:case_send", args=[world.case.reference]))
    assert result.notice.subject in send_page.text


def test_a_notice_the_platform_cannot_take_says_why(world):
    from takedown.dashboard.bulk import notice_send

    notice = Notice.objects.create(case=world.case, platform="reddit", legal_basis="take-it-down")
    result = notice_send(notice=notice, actor=world.users["caseworker_assigned"])
    assert not result.sent
    assert "Reddit has no channel for take-it-down" in result.problem

import pytest

from takedown.cases.models import Event, Target, TargetStatus


def add(client, case, text):
    return client.post(f"/case/{case.reference}/urls/", {"urls": text})


def test_pasting_many_addresses_creates_targets_and_queues_their_scans(started, monkeypatch):
    client, case, _pin = started
    queued = []
    monkeypatch.setattr("takedown.cases.tasks.scan_target.delay", queued.append)
    text = "\n".join(
        [
            "https://www.reddit.com/r/x/comments/1",
            "",
            "  imgur.com/a/abc  ",
            "HTTPS://Example.COM/Path?Q=1",
        ]
    )
    with pytest.MonkeyPatch.context():
        response = add(client, case, text)
    assert response.status_code == 302
    assert response["Location"] == f"/case/{case.reference}/scan/"
    targets = list(case.targets.order_by("pk"))
    assert [t.url for t in targets] == [
        "https://www.reddit.com/r/x/comments/1",
        "https://imgur.com/a/abc",
        "https://example.com/Path?Q=1",
    ]
    assert [t.platform for t in targets] == ["reddit", "imgur", ""]
    assert all(t.status == TargetStatus.PENDING for t in targets)
    assert Event.objects.filter(case=case, kind="targets_added").exists()


def test_pasting_the_same_address_twice_adds_it_once(started, monkeypatch):
    client, case, _pin = started
    monkeypatch.setattr("takedown.cases.tasks.scan_target.delay", lambda *_: None)
    add(client, case, "https://example.com/a\nhttps://example.com/a")
    assert case.targets.count() == 1
    response = add(client, case, "https://example.com/a")
    assert response.status_code == 400
    assert "already on your case" in response.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste at least one web address"),
        ("   \n  ", "Paste at least one web address"),
        ("ftp://example.com/file", "Line 1: the address must start with http:// or https://"),
        ("javascript:alert(1)", "Line 1: the address must start with http:// or https://"),
        ("https://example.com/ok\nnot an address", "Line 2: this is not a web address"),
        ("https://localhost", "Line 1: this is not a web address"),
        ("https://example.com/a b", "Line 1: a web address cannot contain spaces"),
        ("https://example.com/" + "a" * 2100, "Line 1: the address is too long"),
        ("http://[::1", "Line 1: this is not a web address"),
    ],
)
def test_bad_addresses_get_a_clear_message_and_nothing_is_added(started, text, message):
    client, case, _pin = started
    response = add(client, case, text)
    assert response.status_code == 400
    assert message in response.text
    assert 'class="govuk-error-summary"' in response.text
    assert Target.objects.count() == 0


def test_a_case_holds_a_limited_number_of_addresses(started, settings, monkeypatch):
    client, case, _pin = started
    monkeypatch.setattr("takedown.cases.tasks.scan_target.delay", lambda *_: None)
    settings.TAKEDOWN_MAX_TARGETS_PER_CASE = 3
    add(client, case, "https://example.com/1\nhttps://example.com/2")
    response = add(client, case, "https://example.com/3\nhttps://example.com/4")
    assert response.status_code == 400
    assert "A case can hold 3 addresses. You can add 1 more address." in response.text
    assert case.targets.count() == 2


def test_a_stranger_cannot_add_addresses(started):
    _client, case, _pin = started
    from django.test import Client

    assert add(Client(), case, "https://example.com/").status_code == 404
    assert Target.objects.count() == 0

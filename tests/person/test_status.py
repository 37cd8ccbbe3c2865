from datetime import timedelta

from django.utils import timezone

from takedown.cases.models import Notice, NoticeStatus, Target, TargetStatus


def test_status_shows_each_address_its_request_and_the_deadline(started):
    client, case, _pin = started
    now = timezone.now()
    waiting = Target.objects.create(
        case=case, url="https://www.reddit.com/r/x/1", status=TargetStatus.MATCHED
    )
    late = Target.objects.create(
        case=case, url="https://www.reddit.com/r/x/2", status=TargetStatus.MATCHED
    )
    gone = Target.objects.create(
        case=case,
        url="https://www.reddit.com/r/x/3",
        status=TargetStatus.REMOVED,
        removed_at=now.replace(year=2026, month=11, day=20),
    )
    Target.objects.create(case=case, url="https://example.com/4", status=TargetStatus.MATCHED)
    for target, deadline in [(waiting, now + timedelta(hours=30)), (late, now - timedelta(1))]:
        notice = Notice.objects.create(
            case=case,
            platform="reddit",
            legal_basis="take-it-down",
            status=NoticeStatus.SENT,
            sent_at=now - timedelta(hours=18),
            deadline_at=deadline,
        )
        notice.targets.add(target)
    text = client.get(f"/case/{case.reference}/status/").text
    assert "TAKE IT DOWN Act" in text
    assert "The website must act by" in text and "left)" in text
    assert "The deadline passed on" in text
    assert "Removed, checked on Nov. 20, 2026" in text
    assert "No removal request sent yet." in text
    assert gone.url in text
    assert "no-store" in client.get(f"/case/{case.reference}/status/")["Cache-Control"]


def test_status_in_spanish(started):
    client, case, _pin = started
    Target.objects.create(
        case=case,
        url="https://example.com/1",
        status=TargetStatus.REMOVED,
        removed_at=timezone.now().replace(year=2026, month=11, day=20),
    )
    text = client.get(f"/case/{case.reference}/status/", headers={"accept-language": "es"}).text
    assert "Retirada, comprobado el 20 de noviembre de 2026" in text

import pytest

from takedown.person.signins import KEEP, describe_device, device_label, network_tag

IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
SAMSUNG = (
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"
)
EDGE = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"
)
FIREFOX_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0"
CHROME_IOS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1"
)


@pytest.mark.parametrize(
    ("agent", "device"),
    [
        (IPHONE, "Safari/iPhone"),
        (SAMSUNG, "Samsung Internet/Android"),
        (EDGE, "Edge/Windows"),
        (FIREFOX_MAC, "Firefox/Mac"),
        (CHROME_IOS, "Chrome/iPhone"),
        ("", "/"),
        ("curl/8.0", "/"),
    ],
)
def test_devices_are_described_coarsely(agent, device):
    assert describe_device(agent) == device


def test_device_labels_in_words():
    assert device_label("Safari/iPhone") == "Safari on iPhone"
    assert device_label("/Android") == "Android"
    assert device_label("/") == "a device we could not recognise"


def test_network_tags_group_a_network_and_hide_the_address():
    same = network_tag("203.0.113.7")
    assert same == network_tag("203.0.113.250")
    assert same != network_tag("203.0.114.7")
    assert network_tag("2001:db8:1:2::1") == network_tag("2001:db8:1:ffff::9")
    assert network_tag("2001:db8:1:2::1") != network_tag("2001:db8:2:2::1")
    assert "203" not in same and len(same) == 16
    assert network_tag(None) == network_tag("not an address") == ""


def test_only_the_latest_sign_ins_are_kept(started):
    client, case, pin = started
    client.logout()
    for _ in range(KEEP + 5):
        client.post("/return/", {"reference": case.reference, "pin": pin})
    assert case.sign_ins.count() == KEEP

import datetime

import pytest

from takedown.notices.recipients import NoChannelForBasis, choose_channel, recipient_for
from takedown.platforms import Channel, Platform

CHECKED = datetime.date(2026, 11, 24)


def _channel(slug, bases, kind="web-form", email=None):
    return Channel(
        slug=slug,
        kind=kind,
        name=f"{slug} channel",
        url=f"https://help.example.test/{slug}",
        email=email,
        legal_bases=bases,
        fields=("Full name", "URLs"),
        fields_known=True,
        language="en",
        source="https://help.example.test/policy",
        checked=CHECKED,
    )


PLATFORM = Platform(
    slug="example",
    name="Example",
    operator="Example, Inc.",
    domains=("example.test",),
    channels=(
        _channel("ncii-form", ("take-it-down", "platform-policy")),
        _channel("dmca-agent", ("dmca",), kind="dmca-agent", email="copyright@example.test"),
    ),
    country="US",
    source="https://help.example.test/policy",
    checked=CHECKED,
)


def test_the_first_channel_accepting_the_basis_is_chosen():
    assert choose_channel(PLATFORM, "platform-policy").slug == "ncii-form"
    assert choose_channel(PLATFORM, "dmca").slug == "dmca-agent"


def test_recipient_carries_what_the_notice_and_form_assist_need():
    recipient = recipient_for(PLATFORM, "dmca")
    assert recipient.platform_name == "Example" and recipient.operator == "Example, Inc."
    assert recipient.email == "copyright@example.test" and recipient.kind == "dmca-agent"
    assert recipient.fields == ("Full name", "URLs") and recipient.fields_known


def test_a_platform_without_a_channel_for_the_basis_says_which_it_accepts():
    with pytest.raises(NoChannelForBasis) as raised:
        choose_channel(PLATFORM, "gdpr-17")
    assert raised.value.accepted == ("dmca", "platform-policy", "take-it-down")


def test_a_named_channel_overrides_the_recorded_bases():
    assert recipient_for(PLATFORM, "gdpr-17", "ncii-form").channel_slug == "ncii-form"
    with pytest.raises(LookupError, match="has no channel 'nope'"):
        recipient_for(PLATFORM, "gdpr-17", "nope")

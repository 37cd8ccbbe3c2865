import datetime
from urllib.parse import urlsplit

import pytest

from takedown.platforms import CHANNEL_KINDS, LEGAL_BASES, all_platforms, get
from takedown.platforms.registry import RegistryError, build_registry, load_registry

# The services issue #5 names; each must have a data file.
REQUIRED_SLUGS = {
    "facebook", "instagram", "threads", "google-search", "youtube", "bing", "x", "reddit",
    "tiktok", "snapchat", "discord", "telegram", "tumblr", "pinterest", "pornhub",
    "onlyfans", "fansly", "xvideos", "xnxx", "xhamster", "imgur", "cloudflare", "bluesky",
    "mastodon", "twitch", "vimeo", "wordpress-com", "google-drive", "dropbox", "mega",
}  # fmt: skip

VALID_PLATFORM = """
slug = "example"
name = "Example"
operator = "Example Ltd"
source = "https://example.com/help"
checked = 2026-11-24
domains = ["example.com"]

[[channels]]
slug = "report-form"
kind = "web-form"
name = "Example report form"
url = "https://example.com/report"
legal_bases = ["platform-policy"]
fields = ["Your name", "URL of the content"]
fields_known = true
language = "en"
source = "https://example.com/help"
checked = 2026-11-24
"""


def test_shipped_registry_has_every_required_platform():
    slugs = {p.slug for p in all_platforms()}
    assert slugs >= REQUIRED_SLUGS
    assert len(slugs) >= 25


def test_every_channel_cites_an_https_source_and_a_check_date():
    for platform in all_platforms():
        for channel in platform.channels:
            assert urlsplit(channel.source).scheme == "https", (platform.slug, channel.slug)
            assert isinstance(channel.checked, datetime.date)
            assert channel.checked <= datetime.date.today(), (platform.slug, channel.slug)


def test_every_channel_uses_known_kinds_and_legal_bases():
    for platform in all_platforms():
        for channel in platform.channels:
            assert channel.kind in CHANNEL_KINDS
            assert set(channel.legal_bases) <= LEGAL_BASES


def test_no_domain_is_listed_by_two_platforms():
    seen: dict[str, str] = {}
    for platform in all_platforms():
        for domain in platform.domains:
            assert domain not in seen, f"{domain} in {seen.get(domain)} and {platform.slug}"
            seen[domain] = platform.slug


def test_unknown_field_lists_are_empty_and_flagged():
    for platform in all_platforms():
        for channel in platform.channels:
            assert channel.fields_known == bool(channel.fields)


def test_dmca_agents_accept_dmca_and_deindex_forms_accept_deindex():
    # A channel's kind and its bases must agree, or a notice goes out under the wrong law.
    for platform in all_platforms():
        for channel in platform.channels:
            if channel.kind == "dmca-agent":
                assert "dmca" in channel.legal_bases, (platform.slug, channel.slug)
            if channel.kind == "deindex-form":
                assert "deindex" in channel.legal_bases, (platform.slug, channel.slug)


def test_get_returns_platform_by_slug():
    assert get("x").name.startswith("X")


def test_get_unknown_slug_raises_key_error_naming_it():
    with pytest.raises(KeyError, match="no-such-platform"):
        get("no-such-platform")


def test_channels_for_filters_by_legal_basis():
    channels = get("x").channels_for("take-it-down")
    assert channels
    assert all("take-it-down" in c.legal_bases for c in channels)


def test_valid_file_loads_with_its_fields_in_order(tmp_path):
    (tmp_path / "example.toml").write_text(VALID_PLATFORM)
    registry = load_registry(tmp_path)
    channel = registry.by_slug["example"].channels[0]
    assert channel.fields == ("Your name", "URL of the content")
    assert channel.checked == datetime.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('legal_bases = ["platform-policy"]', 'legal_bases = ["revenge"]'), "unknown legal basis"),
        (('kind = "web-form"', 'kind = "fax"'), "kind 'fax'"),
        (('url = "https://example.com/report"\n', ""), "needs a url"),
        (("fields_known = true", "fields_known = false"), "fields_known is false"),
        (('url = "https://example.com/report"', 'url = "http://example.com/report"'), "https"),
        (('domains = ["example.com"]', 'domains = ["https://example.com"]'), "host name"),
        (('domains = ["example.com"]', 'domains = ["*.example.com"]'), "host name"),
        (('name = "Example report form"', 'name = "x"\nemial = "a@b.c"'), "unknown key"),
        (("checked = 2026-11-24\ndomains", 'checked = "yesterday"\ndomains'), "date"),
    ],
)
def test_invalid_file_is_rejected_with_the_rule_named(change, message):
    old, new = change
    text = VALID_PLATFORM.replace(old, new, 1)
    assert text != VALID_PLATFORM
    with pytest.raises(RegistryError, match=message):
        build_registry([("example.toml", text)])


def test_missing_channel_source_is_rejected():
    text = VALID_PLATFORM.rsplit('source = "https://example.com/help"', 1)
    with pytest.raises(RegistryError, match="source is required"):
        build_registry([("example.toml", "".join(text))])


def test_domain_listed_by_two_platforms_is_rejected():
    other = VALID_PLATFORM.replace('slug = "example"', 'slug = "other"', 1)
    with pytest.raises(RegistryError, match="already listed by platform 'example'"):
        build_registry([("example.toml", VALID_PLATFORM), ("other.toml", other)])


def test_file_name_must_match_slug():
    with pytest.raises(RegistryError, match="named after its slug"):
        build_registry([("wrong.toml", VALID_PLATFORM)])

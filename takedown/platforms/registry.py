"""The platform registry: one reviewed TOML file per platform, loaded and checked once.

Every reporting channel carries the public page that states it and the date it was
read there, so a caseworker can always see where a fact came from and how old it is.
"""

from __future__ import annotations

import datetime
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

# The legal bases a notice can be written under; `takedown.notices` has one module each.
LEGAL_BASES: frozenset[str] = frozenset(
    {
        "take-it-down",
        "dmca",
        "gdpr-17",
        "dsa-16",
        "uk",
        "esafety",
        "deindex",
        "host-abuse",
        "platform-policy",
    }
)

CHANNEL_KINDS: frozenset[str] = frozenset(
    {"web-form", "email", "dmca-agent", "deindex-form", "in-app", "postal"}
)

# Kinds that are useless without a link to the form itself or to the page describing it.
_KINDS_NEEDING_URL = frozenset({"web-form", "deindex-form"})

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[^@\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Channel:
    """One way of reaching a platform with a removal request."""

    slug: str
    kind: str
    name: str
    url: str | None
    email: str | None
    legal_bases: tuple[str, ...]
    fields: tuple[str, ...]
    fields_known: bool
    language: str
    source: str
    checked: datetime.date


@dataclass(frozen=True)
class Platform:
    """A service that hosts or indexes content, with the hosts it serves it from."""

    slug: str
    name: str
    operator: str
    domains: tuple[str, ...]
    channels: tuple[Channel, ...]
    country: str | None
    source: str
    checked: datetime.date

    def channels_for(self, basis: str) -> tuple[Channel, ...]:
        """The channels that accept notices under `basis`, in file order."""
        return tuple(c for c in self.channels if basis in c.legal_bases)


class RegistryError(ValueError):
    """A data file breaks the registry's rules; the message names the file and the rule."""


@dataclass(frozen=True)
class Registry:
    platforms: tuple[Platform, ...]
    by_slug: Mapping[str, Platform]
    by_domain: Mapping[str, Platform]


DATA_PACKAGE = "takedown.platforms"
DATA_DIRECTORY = "data"


def get(slug: str) -> Platform:
    """The platform with this slug; KeyError naming the slug when there is none."""
    try:
        return default_registry().by_slug[slug]
    except KeyError:
        known = ", ".join(sorted(default_registry().by_slug))
        raise KeyError(f"No platform with slug {slug!r} in the registry. Known: {known}") from None


def all_platforms() -> tuple[Platform, ...]:
    """Every platform in the registry, sorted by slug."""
    return default_registry().platforms


@functools.cache
def default_registry() -> Registry:
    """The registry shipped in `takedown/platforms/data/`, loaded once per process."""
    directory = resources.files(DATA_PACKAGE).joinpath(DATA_DIRECTORY)
    files = sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith(".toml")),
        key=lambda entry: entry.name,
    )
    return build_registry((entry.name, entry.read_text(encoding="utf-8")) for entry in files)


def load_registry(directory: Path) -> Registry:
    """Load and check every `*.toml` file in `directory` (used by tests and tools)."""
    files = sorted(directory.glob("*.toml"))
    return build_registry((path.name, path.read_text(encoding="utf-8")) for path in files)


def build_registry(files: Iterable[tuple[str, str]]) -> Registry:
    """Parse (file name, TOML text) pairs into a checked registry."""
    platforms: list[Platform] = []
    by_domain: dict[str, Platform] = {}
    for filename, text in files:
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise RegistryError(f"{filename}: not valid TOML: {error}") from error
        platform = _parse_platform(filename, raw)
        for domain in platform.domains:
            owner = by_domain.get(domain)
            if owner is not None:
                raise RegistryError(
                    f"{filename}: domain {domain!r} is already listed by platform {owner.slug!r}"
                )
            by_domain[domain] = platform
        platforms.append(platform)
    platforms.sort(key=lambda p: p.slug)
    by_slug = {p.slug: p for p in platforms}
    if len(by_slug) != len(platforms):
        raise RegistryError("two data files declare the same platform slug")
    return Registry(
        platforms=tuple(platforms),
        by_slug=MappingProxyType(by_slug),
        by_domain=MappingProxyType(by_domain),
    )


_PLATFORM_KEYS = {"slug", "name", "operator", "country", "source", "checked", "domains", "channels"}
_CHANNEL_KEYS = {
    "slug",
    "kind",
    "name",
    "url",
    "email",
    "legal_bases",
    "fields",
    "fields_known",
    "language",
    "source",
    "checked",
}


def _parse_platform(filename: str, raw: dict[str, Any]) -> Platform:
    where = filename
    _reject_unknown_keys(where, raw, _PLATFORM_KEYS)
    slug = _required_str(where, raw, "slug")
    if not _SLUG.match(slug):
        raise RegistryError(f"{where}: slug {slug!r} must be lowercase words joined by hyphens")
    if filename != f"{slug}.toml":
        raise RegistryError(f"{where}: file must be named after its slug ({slug}.toml)")
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise RegistryError(f"{where}: country must be an ISO 3166 two-letter code")
    domains = raw.get("domains")
    if not isinstance(domains, list) or not domains:
        raise RegistryError(f"{where}: domains must be a non-empty list")
    for domain in domains:
        _check_domain(where, domain)
    if len(set(domains)) != len(domains):
        raise RegistryError(f"{where}: a domain is listed twice")
    raw_channels = raw.get("channels", [])
    if not isinstance(raw_channels, list):
        raise RegistryError(f"{where}: channels must be an array of tables ([[channels]])")
    channels = tuple(
        _parse_channel(f"{where} channel {i + 1}", c) for i, c in enumerate(raw_channels)
    )
    slugs = [c.slug for c in channels]
    if len(set(slugs)) != len(slugs):
        raise RegistryError(f"{where}: two channels share a slug")
    return Platform(
        slug=slug,
        name=_required_str(where, raw, "name"),
        operator=_required_str(where, raw, "operator"),
        domains=tuple(domains),
        channels=channels,
        country=country,
        source=_required_url(where, raw, "source"),
        checked=_required_date(where, raw, "checked"),
    )


def _parse_channel(where: str, raw: Any) -> Channel:
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: must be a table")
    _reject_unknown_keys(where, raw, _CHANNEL_KEYS)
    slug = _required_str(where, raw, "slug")
    if not _SLUG.match(slug):
        raise RegistryError(f"{where}: slug {slug!r} must be lowercase words joined by hyphens")
    kind = _required_str(where, raw, "kind")
    if kind not in CHANNEL_KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {sorted(CHANNEL_KINDS)}")
    url = _optional_url(where, raw, "url")
    email = raw.get("email")
    if email is not None and (not isinstance(email, str) or not _EMAIL.match(email)):
        raise RegistryError(f"{where}: email {email!r} is not an e-mail address")
    if kind in _KINDS_NEEDING_URL and url is None:
        raise RegistryError(f"{where}: a {kind} channel needs a url")
    if kind == "email" and email is None:
        raise RegistryError(f"{where}: an email channel needs an email")
    if kind == "dmca-agent" and url is None and email is None:
        raise RegistryError(f"{where}: a dmca-agent channel needs a url or an email")
    bases = raw.get("legal_bases")
    if not isinstance(bases, list) or not bases:
        raise RegistryError(f"{where}: legal_bases must be a non-empty list")
    unknown = [b for b in bases if b not in LEGAL_BASES]
    if unknown:
        raise RegistryError(f"{where}: unknown legal basis {unknown[0]!r}")
    fields = raw.get("fields", [])
    fields_known = raw.get("fields_known")
    if not isinstance(fields_known, bool):
        raise RegistryError(f"{where}: fields_known must be true or false")
    if not isinstance(fields, list) or not all(isinstance(f, str) and f for f in fields):
        raise RegistryError(f"{where}: fields must be a list of field labels")
    if fields_known and not fields:
        raise RegistryError(f"{where}: fields_known is true but no fields are listed")
    if not fields_known and fields:
        raise RegistryError(f"{where}: fields are listed but fields_known is false")
    language = _required_str(where, raw, "language")
    if not _LANGUAGE.match(language):
        raise RegistryError(f"{where}: language {language!r} is not a language tag such as 'en'")
    return Channel(
        slug=slug,
        kind=kind,
        name=_required_str(where, raw, "name"),
        url=url,
        email=email,
        legal_bases=tuple(bases),
        fields=tuple(fields),
        fields_known=fields_known,
        language=language,
        source=_required_url(where, raw, "source"),
        checked=_required_date(where, raw, "checked"),
    )


def _reject_unknown_keys(where: str, raw: dict[str, Any], allowed: set[str]) -> None:
    # A misspelt key ("emial") would otherwise read as "unknown" and silently drop a fact.
    extra = sorted(set(raw) - allowed)
    if extra:
        raise RegistryError(f"{where}: unknown key {extra[0]!r}")


def _required_str(where: str, raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{where}: {key} is required and must be text")
    return value


def _required_url(where: str, raw: dict[str, Any], key: str) -> str:
    value = _optional_url(where, raw, key)
    if value is None:
        raise RegistryError(f"{where}: {key} is required (the page that states this fact)")
    return value


def _optional_url(where: str, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RegistryError(f"{where}: {key} must be a URL")
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname:
        raise RegistryError(f"{where}: {key} {value!r} must be an https:// URL")
    return value


def _required_date(where: str, raw: dict[str, Any], key: str) -> datetime.date:
    value = raw.get(key)
    # TOML local dates arrive as datetime.date; a datetime (with a time) is a mistake here.
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise RegistryError(f"{where}: {key} must be a date such as 2026-11-24")
    return value


def _check_domain(where: str, domain: Any) -> None:
    if not isinstance(domain, str):
        raise RegistryError(f"{where}: domain {domain!r} must be text")
    labels = domain.split(".")
    if (
        domain != domain.lower()
        or len(labels) < 2
        or not all(_HOST_LABEL.match(label) for label in labels)
    ):
        raise RegistryError(
            f"{where}: domain {domain!r} must be a lowercase host name such as 'example.com'"
            " (no scheme, path, port or wildcard)"
        )

"""Platforms: which service a URL belongs to, how to reach it, and who hosts the rest.

Pure Python, no Django: the registry of platforms (data files in `data/`), the URL
resolver, and the RDAP abuse-contact lookup for hosts on no known platform.
"""

from takedown.platforms.abuse import AbuseContact, AbuseLookupError, abuse_contact
from takedown.platforms.registry import (
    CHANNEL_KINDS,
    LEGAL_BASES,
    Channel,
    Platform,
    RegistryError,
    all_platforms,
    get,
)
from takedown.platforms.resolver import resolve

__all__ = [
    "CHANNEL_KINDS",
    "LEGAL_BASES",
    "AbuseContact",
    "AbuseLookupError",
    "Channel",
    "Platform",
    "RegistryError",
    "abuse_contact",
    "all_platforms",
    "get",
    "resolve",
]

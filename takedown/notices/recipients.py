"""Pick the channel of a registry platform that accepts a legal basis.

Works on `takedown.platforms` objects by their attributes only, so the notices layer
does not import the registry's internals.
"""

from __future__ import annotations

from typing import Any

from takedown.notices.facts import Recipient


class NoChannelForBasis(LookupError):
    code = "no-channel-for-basis"
    message = "This platform has no reporting channel that accepts this kind of notice."

    def __init__(self, platform: Any, basis_slug: str):
        accepted = sorted({basis for channel in platform.channels for basis in channel.legal_bases})
        super().__init__(
            f"{platform.name} has no channel for {basis_slug}; "
            f"its channels accept: {', '.join(accepted) or 'nothing recorded'}"
        )
        self.accepted = tuple(accepted)


def choose_channel(platform: Any, basis_slug: str) -> Any:
    """The first channel (the registry lists them in order of preference) for the basis."""
    for channel in platform.channels:
        if basis_slug in channel.legal_bases:
            return channel
    raise NoChannelForBasis(platform, basis_slug)


class UnknownChannel(LookupError):
    code = "unknown-channel"
    message = "This platform has no channel by that name."


def recipient_for(platform: Any, basis_slug: str, channel_slug: str = "") -> Recipient:
    """The recipient for a notice; a named channel overrides the registry's bases, for a
    caseworker who knows a channel reads notices the registry has not recorded."""
    if channel_slug:
        for channel in platform.channels:
            if channel.slug == channel_slug:
                return Recipient.from_platform(platform, channel)
        slugs = ", ".join(channel.slug for channel in platform.channels)
        raise UnknownChannel(f"{platform.name} has no channel {channel_slug!r}; it has: {slugs}")
    return Recipient.from_platform(platform, choose_channel(platform, basis_slug))

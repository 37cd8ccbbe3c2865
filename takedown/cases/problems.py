"""What went wrong with an address or an image, in a sentence a person can read in their
own language.

A case stores one of a fixed set of English sentences (the msgids) and translates it when
shown, so the person reads it in Spanish and a caseworker in their own language, whoever's
request recorded it. The fetcher's errors already are such sentences
(takedown/fetching/messages.py, detail in `FetchError.detail`); a decoding error's own
sentence may name a size, so it is mapped to a fixed one here and the detail stays in the
evidence record.
"""

from django.utils.translation import gettext, gettext_noop

from takedown.fetching import FetchError
from takedown.hashing import DecodeError

DECODE = {
    "empty": gettext_noop("The image file is empty."),
    "too_large": gettext_noop("The image file is larger than we can check."),
    "too_many_pixels": gettext_noop("The image has more pixels than we can check."),
    "truncated": gettext_noop("The image file is incomplete: it ends before the picture does."),
    "corrupt": gettext_noop("The image file is damaged and cannot be read."),
    "unsupported": gettext_noop("This is not an image format we can read."),
}
UNKNOWN = gettext_noop("Something went wrong while checking this address.")


def describe(error: Exception) -> str:
    """The fixed English sentence for `error`; `show` translates it."""
    if isinstance(error, DecodeError):
        return DECODE.get(error.reason, DECODE["corrupt"])
    if isinstance(error, FetchError):
        return str(error)  # already one of takedown/fetching/messages.py's fixed sentences
    return UNKNOWN


def show(message: str) -> str:
    """A stored problem in the language of the request; text from elsewhere as it is."""
    return gettext(message) if message else ""

"""What went wrong with an address or an image, in a sentence a person can read in their
own language.

The pure layers raise errors with a reason code and an English sentence that may name a
host, a size or a status; that sentence stays in the fetch's evidence record, where a
caseworker or the police want the detail. What a case shows is one of the fixed sentences
below: stored in English (the msgid) and translated when shown, so the person reads it in
Spanish and a caseworker in their own language, whoever's request recorded it.
"""

from django.utils.translation import gettext, gettext_noop

from takedown.fetching import FetchError
from takedown.hashing import DecodeError

FETCH = {
    "bad_url": gettext_noop("This is not a web address we can check."),
    "bad_scheme": gettext_noop(
        "Only addresses that start with http:// or https:// can be checked."
    ),
    "bad_port": gettext_noop("This address uses a network port we do not connect to."),
    "credentials": gettext_noop(
        "Addresses with a user name or password in them are not checked. Paste the address "
        "without them."
    ),
    "blocked_address": gettext_noop(
        "This address leads to a private or internal network, which we never contact."
    ),
    "dns": gettext_noop(
        "The website's name could not be found. Check the address for typing errors."
    ),
    "connection": gettext_noop("The website could not be reached."),
    "tls": gettext_noop("The website's secure connection could not be verified."),
    "timeout": gettext_noop("The website took too long to answer."),
    "too_large": gettext_noop("The page or image is larger than we can check."),
    "too_many_redirects": gettext_noop("The website sent us on to other addresses too many times."),
    "redirect_loop": gettext_noop("The website sent us round in a circle of addresses."),
    "not_image": gettext_noop("This address did not return an image."),
    "not_html": gettext_noop("This address did not return a web page."),
    "bad_response": gettext_noop("The website sent an answer we could not read."),
}
HTTP_GONE = gettext_noop("The website says this page does not exist (it may have been removed).")
HTTP_LEGAL = gettext_noop("The website says this page is blocked for legal reasons.")
HTTP_REFUSED = gettext_noop("The website refused to show this page (it may need signing in).")
HTTP_SLOW_DOWN = gettext_noop("The website asked us to slow down. We will try again later.")
HTTP_SERVER = gettext_noop("The website had a problem of its own. We will try again later.")
HTTP_OTHER = gettext_noop("The website answered with an error.")

DECODE = {
    "empty": gettext_noop("The image file is empty."),
    "too_large": gettext_noop("The image file is larger than we can check."),
    "too_many_pixels": gettext_noop("The image has more pixels than we can check."),
    "truncated": gettext_noop("The image file is incomplete: it ends before the picture does."),
    "corrupt": gettext_noop("The image file is damaged and cannot be read."),
    "unsupported": gettext_noop("This is not an image format we can read."),
}
UNKNOWN = gettext_noop("Something went wrong while checking this address.")


def _http(status: int | None) -> str:
    if status in (404, 410):
        return HTTP_GONE
    if status == 451:
        return HTTP_LEGAL
    if status in (401, 403):
        return HTTP_REFUSED
    if status == 429:
        return HTTP_SLOW_DOWN
    if status is not None and status >= 500:
        return HTTP_SERVER
    return HTTP_OTHER


def describe(error: Exception) -> str:
    """The fixed English sentence for `error`; `show` translates it."""
    if isinstance(error, DecodeError):
        return DECODE.get(error.reason, DECODE["corrupt"])
    if isinstance(error, FetchError):
        if error.reason == "http_status":
            return _http(error.status)
        return FETCH.get(error.reason, UNKNOWN)
    return UNKNOWN


def show(message: str) -> str:
    """A stored problem in the language of the request; text from elsewhere as it is."""
    return gettext(message) if message else ""

"""The list of recent sign-ins a person sees on their case, so that they notice when someone
else got in. It records when, a coarse device description and a keyed hash of the network,
never an address or a full browser string (docs/privacy.md)."""

from __future__ import annotations

import ipaddress
import re
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from takedown.person.models import SignIn

KEEP = 20  # older sign-ins are deleted as new ones come in

# First match wins: several browsers also claim to be Chrome and Safari.
_BROWSERS = [
    ("Edge", re.compile(r"Edg(e|A|iOS)?/")),
    ("Samsung Internet", re.compile(r"SamsungBrowser/")),
    ("Opera", re.compile(r"(OPR|Opera)/")),
    ("Firefox", re.compile(r"(Firefox|FxiOS)/")),
    ("Chrome", re.compile(r"(Chrome|CriOS)/")),
    ("Safari", re.compile(r"Safari/")),
]
_SYSTEMS = [
    ("iPhone", re.compile(r"iPhone")),
    ("iPad", re.compile(r"iPad")),
    ("Android", re.compile(r"Android")),
    ("ChromeOS", re.compile(r"CrOS")),
    ("Windows", re.compile(r"Windows")),
    ("Mac", re.compile(r"Macintosh|Mac OS X")),
    ("Linux", re.compile(r"Linux")),
]


def describe_device(user_agent: str) -> str:
    """'Chrome/Android', 'Safari/iPhone': browser family and system, enough to recognise
    one's own phone. Stored in this form and put into words by `device_label`."""
    browser = next((name for name, rule in _BROWSERS if rule.search(user_agent)), "")
    system = next((name for name, rule in _SYSTEMS if rule.search(user_agent)), "")
    return f"{browser}/{system}"


def device_label(device: str) -> str:
    browser, _sep, system = device.partition("/")
    if browser and system:
        return _("%(browser)s on %(system)s") % {"browser": browser, "system": system}
    return browser or system or _("a device we could not recognise")


def network_tag(address: str | None) -> str:
    """A keyed hash of the /24 (IPv4) or /48 (IPv6) network around an address. The same
    home or mobile network gives the same tag; the tag gives back no address."""
    if not address:
        return ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    network = ipaddress.ip_network(f"{ip}/{prefix}", strict=False)
    return salted_hmac("takedown.person.network", str(network)).hexdigest()[:16]


def client_address(request) -> str | None:
    # django-axes has already worked out the client address (its proxy settings apply).
    return getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR")


def record_sign_in(*, case, request, method: str) -> SignIn:
    sign_in = SignIn.objects.create(
        case=case,
        method=method,
        device=describe_device(request.META.get("HTTP_USER_AGENT", "")),
        network=network_tag(client_address(request)),
    )
    stale = SignIn.objects.filter(case=case).values_list("pk", flat=True)[KEEP:]
    SignIn.objects.filter(pk__in=list(stale)).delete()
    return sign_in


def recent_sign_ins(*, case, request) -> list[dict]:
    here = network_tag(client_address(request))
    return [
        {
            "at": sign_in.created_at,
            "method": sign_in.method,
            "device": device_label(sign_in.device),
            "this_network": bool(here) and sign_in.network == here,
        }
        for sign_in in SignIn.objects.filter(case=case)[:KEEP]
    ]


def too_many_new_cases(request) -> bool:
    """Opening cases needs no account, so a script could open millions: at most
    TAKEDOWN_NEW_CASES_PER_HOUR from one network (the same /24 or /48) in an hour. Counted
    from the sign-in list itself, so it holds across processes with no extra service."""
    tag = network_tag(client_address(request))
    if not tag:
        return False
    since = timezone.now() - timedelta(hours=1)
    recent = SignIn.objects.filter(method="new", network=tag, created_at__gte=since).count()
    return recent >= settings.TAKEDOWN_NEW_CASES_PER_HOUR

"""A notice as an e-mail (text and HTML parts), as a downloadable .eml, and sending it.

Sending goes through Django's e-mail backend, so the provider is a setting: SMTP, or any
django-anymail backend (Postmark, Mailgun, Amazon SES, ...).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from takedown.notices.draft import Notice
from takedown.notices.render import render_html, render_text


class NoEmailChannel(ValueError):
    code = "no-email-channel"
    message = "This platform takes reports through a web form, not e-mail. Use form assist."


def build_email(
    notice: Notice,
    *,
    from_email: str | None = None,
    to: list[str] | None = None,
    copy_to_requester: bool = True,
    connection=None,
) -> EmailMultiAlternatives:
    """The notice as a multipart message; replies go straight to the requester."""
    recipient = notice.facts.recipient
    requester = notice.facts.requester
    # A complaint is addressed to the regulator (through its own web form), never to the
    # platform it complains about.
    platform_email = "" if notice.regulator else recipient.email
    message = EmailMultiAlternatives(
        subject=notice.subject,
        body=render_text(notice),
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=to if to is not None else ([platform_email] if platform_email else []),
        cc=[requester.email] if copy_to_requester else [],
        reply_to=[requester.email],
        headers={"Content-Language": notice.language},
        connection=connection,
    )
    message.attach_alternative(render_html(notice), "text/html")
    return message


def to_eml(notice: Notice, **options) -> bytes:
    """The bytes of an RFC 5322 message the person can open in their own mail program."""
    return build_email(notice, **options).message().as_bytes()


def send_notice(notice: Notice, **options) -> int:
    message = build_email(notice, **options)
    if not message.to:
        raise NoEmailChannel(notice.facts.recipient.platform_name)
    return message.send()

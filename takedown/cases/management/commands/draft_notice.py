"""Draft a takedown notice from the command line, for caseworkers who script.

Prints the notice (exit 0), or the required elements still missing and the option that
supplies each (exit 2). Nothing is stored.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from takedown.notices import bases
from takedown.notices.basis import MissingElements
from takedown.notices.draft import LANGUAGES, draft
from takedown.notices.facts import (
    AFFIRMATIONS,
    MatchedUrl,
    NoticeFacts,
    Representation,
    Requester,
)
from takedown.notices.recipients import NoChannelForBasis, UnknownChannel, recipient_for

MISSING_EXIT = 2

# The option that supplies each element, shown next to what is missing.
OPTION_FOR = {
    "signature": "--sign",
    "requester_name": "--name (or --agent)",
    "requester_email": "--email",
    "postal_address": "--address",
    "urls": "--url",
    "not_consensual_statement": "--confirm not-consensual",
    "accuracy_statement": "--confirm accurate",
    "good_faith_statement": "--confirm not-authorised-use",
    "perjury_statement": "--confirm under-penalty-of-perjury",
    "country": "--country",
    "australian_resident": "--country AU",
    "copyright_ownership": "--took-photo",
    "copyright_work": "--work",
    "represented_name": "--name",
    "authority": "--authority",
}


def lookup_platform(slug: str):
    """The registry platform for a slug (a seam for tests)."""
    try:
        from takedown.platforms import get
    except ImportError as error:
        raise CommandError("The platform registry is not installed.") from error
    try:
        return get(slug)
    except LookupError as error:
        raise CommandError(f"Unknown platform: {slug}") from error


class Command(BaseCommand):
    help = "Draft a takedown notice to one platform under one legal basis."

    def add_arguments(self, parser):
        parser.add_argument("--platform", required=True, help="registry slug, e.g. reddit")
        parser.add_argument("--basis", required=True, choices=sorted(bases.BASES))
        parser.add_argument(
            "--channel", default="", help="channel slug, to use one the registry does not list"
        )
        parser.add_argument("--url", action="append", default=[], help="repeat for each URL")
        parser.add_argument("--name", default="", help="full name of the person depicted")
        parser.add_argument("--email", default="", help="e-mail the platform answers to")
        parser.add_argument("--agent", default="", help="representative's name, if acting for")
        parser.add_argument("--authority", default="", help="how the agent is authorised")
        parser.add_argument("--address", default="", help="postal address")
        parser.add_argument("--phone", default="")
        parser.add_argument("--country", default="", help="ISO code, e.g. ES, US, AU, GB")
        parser.add_argument("--ai-made", action="store_true", help="AI-made or altered imagery")
        parser.add_argument("--took-photo", action="store_true", help="the person took it")
        parser.add_argument("--work", default="", help="DMCA: the original work, in words")
        parser.add_argument(
            "--sign", action="store_true", help="sign electronically with the sender's name"
        )
        parser.add_argument(
            "--confirm",
            action="append",
            default=[],
            choices=AFFIRMATIONS,
            help="a statement the person has confirmed; repeat for each",
        )
        parser.add_argument(
            "--explanation", default="", help="the person's own words, approved for the notice"
        )
        parser.add_argument("--language", default="en", choices=LANGUAGES)
        parser.add_argument("--format", default="text", choices=("text", "eml", "pdf"))
        parser.add_argument("--output", default="", help="write to this file, not stdout")

    def handle(self, *args, **options):
        platform = lookup_platform(options["platform"])
        try:
            recipient = recipient_for(platform, options["basis"], options["channel"])
        except (NoChannelForBasis, UnknownChannel) as error:
            raise CommandError(str(error)) from error

        sender = options["agent"] or options["name"]
        facts = NoticeFacts(
            requester=Requester(
                name=sender,
                email=options["email"],
                postal_address=options["address"],
                phone=options["phone"],
                signature=sender if options["sign"] else "",
            ),
            recipient=recipient,
            urls=tuple(MatchedUrl(url=url) for url in options["url"]),
            affirmations=frozenset(options["confirm"]),
            representation=(
                Representation(represented_name=options["name"], authority=options["authority"])
                if options["agent"]
                else None
            ),
            ai_made=options["ai_made"],
            took_photo=options["took_photo"],
            work_description=options["work"],
            country=options["country"].upper(),
            explanation=options["explanation"],
            # Given on the command line by the caseworker, who has the person's approval.
            explanation_approved=bool(options["explanation"]),
        )
        try:
            notice = draft(options["basis"], facts=facts, language=options["language"])
        except MissingElements as missing:
            self.stdout.write(f"Missing required elements for {options['basis']}:")
            for code, question in missing.questions:
                self.stdout.write(f"  {code}: {question} [{OPTION_FOR.get(code, '')}]")
            raise CommandError(
                f"{len(missing.codes)} required element(s) missing", returncode=MISSING_EXIT
            ) from None
        self._write(notice, options)

    def _write(self, notice, options):
        if options["format"] == "text":
            from takedown.notices.render import render_text

            payload: bytes | str = render_text(notice)
        elif options["format"] == "eml":
            from takedown.notices.mail import to_eml

            # MIME keeps an .eml text-safe; decode so it goes through self.stdout.
            payload = to_eml(notice).decode("utf-8")
        else:
            from takedown.notices.pdf import PdfUnavailable, render_pdf

            try:
                payload = render_pdf(notice)
            except PdfUnavailable as error:
                raise CommandError(error.message) from error
        if options["output"]:
            mode = "w" if isinstance(payload, str) else "wb"
            with open(options["output"], mode) as handle:
                handle.write(payload)
        elif isinstance(payload, str):
            self.stdout.write(payload, ending="")
        else:
            sys.stdout.buffer.write(payload)
            sys.stdout.buffer.flush()

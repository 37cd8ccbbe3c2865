"""Scan URLs for reported images from the command line, in this process, no worker needed.

Without --case nothing is recorded: the images are fingerprinted in memory, the URLs
fetched, and the matches printed. With --case the images join that case's reported
images, the URLs become its targets, and the scan is recorded as a worker would.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from takedown.cases import problems, scanning
from takedown.cases.models import Case, Match, ReportedImage, Target, TargetStatus
from takedown.cases.services import event_record
from takedown.fetching import FetchError
from takedown.hashing import DecodeError, Fingerprint, fingerprint_reported
from takedown.matching import Matcher


@dataclass(frozen=True)
class Found:
    image_url: str
    reported: str
    algorithm: str
    distance: int


@dataclass(frozen=True)
class Outcome:
    url: str
    status: str
    images_checked: int
    images_failed: int
    error: str | None
    matches: list[Found]


class Command(BaseCommand):
    help = "Fetch URLs and look for the given images on them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--image", action="append", default=[], metavar="PATH", help="repeat for each image"
        )
        parser.add_argument(
            "--url", action="append", default=[], required=True, help="repeat for each URL"
        )
        parser.add_argument(
            "--case", default="", metavar="ID", help="record in this case (ID or case number)"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object per line")
        parser.add_argument(
            "--workers", type=int, default=4, help="images fetched at once (default 4)"
        )

    def handle(self, *args, **options):
        case = self._case(options["case"]) if options["case"] else None
        if not options["image"] and case is None:
            raise CommandError("Give at least one --image, or a --case that has reported images.")
        images = [(path, self._fingerprint(path)) for path in options["image"]]
        for url in options["url"]:
            if case is None:
                outcome = self._scan(url, images, workers=options["workers"])
            else:
                outcome = self._scan_into_case(case, url, images, workers=options["workers"])
            self._print(outcome, options["json"])

    # ------------------------------------------------------------------ input

    def _case(self, value: str) -> Case:
        lookup = {"pk": int(value)} if value.isdigit() else {"reference": value.upper()}
        try:
            return Case.objects.get(**lookup)
        except Case.DoesNotExist:
            raise CommandError(f"No case {value}.") from None

    def _fingerprint(self, path: str) -> Fingerprint:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror or error}") from error
        try:
            return fingerprint_reported(data)
        except DecodeError as error:
            raise CommandError(f"{path}: {error}") from error

    # --------------------------------------------------------------- scanning

    def _scan(self, url: str, images: list[tuple[str, Fingerprint]], *, workers: int) -> Outcome:
        """The pipeline's steps in memory; nothing touches the database."""
        matcher = Matcher(images)
        fetcher = scanning.default_fetcher()
        try:
            page = scanning.fetch_page(fetcher, url)
        except (FetchError, scanning.NotPageOrImage) as error:
            return Outcome(url, TargetStatus.ERROR, 0, 0, problems.describe(error), [])
        checks = [scanning.check_bytes(ref, content) for ref, content in page.inline]
        page.inline.clear()
        checks += [scanning.ImageCheck(url=ref, error=msg) for ref, msg in page.inline_errors]
        checks += list(scanning.check_images(fetcher, page.image_urls, workers))
        found = [
            Found(check.url, str(result.reported_id), result.algorithm, result.distance)
            for check in checks
            if check.fingerprint is not None
            for result in matcher.match(check.fingerprint)
        ]
        failed = sum(1 for check in checks if check.error)
        return _outcome(url, len(checks), failed, found)

    def _scan_into_case(self, case, url, images, *, workers: int) -> Outcome:
        names = self._add_reported(case, images)
        with transaction.atomic():
            target, created = Target.objects.get_or_create(case=case, url=url)
            if created:
                event_record(case=case, kind="target_added", target=target.pk)
        scanning.scan_now(target, workers=workers)
        if target.status == TargetStatus.ERROR and not target.images_total:
            return Outcome(url, target.status, 0, 0, target.error, [])
        matches = Match.objects.filter(
            candidate__target=target, candidate__fetched_at__isnull=False
        ).select_related("candidate")
        found = [
            Found(
                match.candidate.image_url,
                names.get(match.reported_image_id, f"reported-image:{match.reported_image_id}"),
                match.algorithm,
                match.distance,
            )
            for match in matches.order_by("candidate_id", "reported_image_id")
        ]
        failed = target.candidates.filter(fetched_at__isnull=False).exclude(error="").count()
        return _outcome(url, target.images_done, failed, found)

    def _add_reported(self, case, images) -> dict[int, str]:
        """The given images as the case's reported images (once each); id -> PATH."""
        names = {}
        for path, fp in images:
            row = ReportedImage.objects.filter(case=case, sha256=fp.sha256).first()
            if row is None:
                row = ReportedImage.objects.create(
                    case=case,
                    source=ReportedImage.Source.SERVER,
                    **ReportedImage.columns_of(fp),
                )
                event_record(case=case, kind="reported_image_added", reported_image=row.pk)
            names[row.pk] = path
        return names

    # ----------------------------------------------------------------- output

    def _print(self, outcome: Outcome, as_json: bool) -> None:
        platform = scanning.platform_slug(outcome.url) or None
        if as_json:
            for found in outcome.matches:
                self._json(
                    type="match",
                    url=outcome.url,
                    image_url=found.image_url,
                    reported=found.reported,
                    algorithm=found.algorithm,
                    distance=found.distance,
                    # The page's platform; for a page on no known platform, the image host's
                    # (a forum embedding an image hosted elsewhere).
                    platform=scanning.platform_slug(outcome.url, found.image_url) or None,
                )
            self._json(
                type="target",
                url=outcome.url,
                status=str(outcome.status),
                images_checked=outcome.images_checked,
                error=outcome.error,
            )
            return
        label = {
            TargetStatus.MATCHED: "FOUND",
            TargetStatus.NO_MATCH: "not found",
            TargetStatus.ERROR: "could not be checked",
        }[outcome.status]
        where = f" [{platform}]" if platform else ""
        self.stdout.write(
            f"{outcome.url}{where}: {label} ({outcome.images_checked} image(s) checked)"
        )
        for found in outcome.matches:
            self.stdout.write(
                f"  {found.image_url}\n    matches {found.reported} "
                f"({found.algorithm}, distance {found.distance})"
            )
        if outcome.error:
            self.stdout.write(f"  {outcome.error}")

    def _json(self, **fields) -> None:
        self.stdout.write(json.dumps(fields, ensure_ascii=False))


def _outcome(url: str, checked: int, failed: int, found: list[Found]) -> Outcome:
    if found:
        status = TargetStatus.MATCHED
    elif checked and failed == checked:
        status = TargetStatus.ERROR
    else:
        status = TargetStatus.NO_MATCH
    if status == TargetStatus.ERROR:
        error = scanning.NO_IMAGE_CHECKED
    elif failed:
        error = f"{failed} of {checked} images could not be checked."
    else:
        error = None
    return Outcome(url, status, checked, failed, error, found)

"""Scanning: from a submitted URL to Candidates and Matches, with evidence, in steps a task
can repeat safely.

Two layers. The pure steps (`fetch_page`, `check_image`) fetch and fingerprint in memory
and return plain values; the `scan` command uses them alone when it records nothing. The
recording steps (`scan_page`, `check_candidates`, `recheck`) run them for a Target and
write rows idempotently, so a task delivered twice adds nothing twice. Image bytes live
only in local variables of one call: never in a row, a task message, a log or a file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from takedown.cases import problems
from takedown.cases.keypoint_learning import learn_keypoints
from takedown.cases.models import (
    Candidate,
    Case,
    FetchRecord,
    Match,
    ReportedImage,
    Target,
    TargetStatus,
)
from takedown.cases.services import event_record
from takedown.fetching import (
    Fetcher,
    FetchError,
    FetchResult,
    decode_data_url,
    extract_images,
    policy_from_settings,
)
from takedown.hashing import DecodeError, Fingerprint, fingerprint_candidate
from takedown.matching import Matcher, MatchResult
from takedown.platforms.resolver import resolve

# Logs name targets and candidates by ID only: a URL can say whose images they are.
logger = logging.getLogger("takedown.scanning")

# What a target shows when it fails as a whole, beside the sentences of
# takedown.cases.problems: stored in English, translated when shown (target_progress).
# The fetcher's and decoder's own sentences, with their details, stay on the FetchRecord.
NOT_PAGE_OR_IMAGE = gettext_noop("This address returned neither a web page nor an image.")
NO_IMAGE_CHECKED = gettext_noop("None of the images on this page could be checked.")

# Why a recheck decided the content is gone, stored in the Event detail.
GONE_STATUS = "status"  # 404, 410, 451
GONE_HOME = "redirected_home"  # sent to the site's front page
GONE_REDIRECTED = "redirected"  # sent elsewhere, and no matching image there
GONE_IMAGE = "image_gone"  # the page is up but no longer shows a matching image

GONE_STATUS_CODES = frozenset({404, 410, 451})
# A recheck looks at a page's images this many at a time and stops at the first match.
RECHECK_BATCH = 8
# 429 and 5xx say "not now", not "no": worth asking again later.
TRANSIENT_FETCH_REASONS = frozenset({"timeout", "connection"})


def is_transient(error: FetchError) -> bool:
    """Whether the same fetch might succeed later (timeouts, 429, 5xx)."""
    status = getattr(error, "status", None)
    if status is not None and (status == 429 or 500 <= status <= 599):
        return True
    return getattr(error, "reason", "") in TRANSIENT_FETCH_REASONS


def default_fetcher() -> Fetcher:
    return Fetcher(policy_from_settings(settings))


# --------------------------------------------------------------------------- pure steps


@dataclass
class Page:
    """What a target URL held: image URLs to fetch, and images already in hand."""

    evidence: dict[str, Any]
    kind: str  # "html" | "image"
    image_urls: list[str] = field(default_factory=list)
    # (reference, bytes): the target itself when it is an image, and `data:` images. Their
    # bytes are here already, so they are fingerprinted in the same call, never queued.
    inline: list[tuple[str, bytes]] = field(default_factory=list)
    inline_errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class ImageCheck:
    """One image fetched and fingerprinted, or why not. Never holds the bytes."""

    url: str
    fingerprint: Fingerprint | None = None
    size: int | None = None
    evidence: dict[str, Any] | None = None
    error: str = ""
    transient: bool = False
    retry_after: float | None = None


class NotPageOrImage(Exception):
    def __init__(self, evidence: dict[str, Any]):
        super().__init__(NOT_PAGE_OR_IMAGE)
        self.evidence = evidence


def evidence_of(result: FetchResult) -> dict[str, Any]:
    """The FetchRecord fields of a fetch: everything but the content."""
    return {
        "fetched_at": result.fetched_at,
        "url": result.url,
        "final_url": result.final_url,
        "redirects": list(result.redirects),
        "status_code": result.status,
        "headers": dict(result.headers),
        "server_ip": result.server_ip or None,
        "sha256": result.sha256,
        "title": result.title or "",
    }


def evidence_of_error(url: str, error: Exception) -> dict[str, Any]:
    """What was seen of a fetch that failed: the partial evidence the fetcher kept, if any."""
    seen = dict(getattr(error, "evidence", None) or {})
    status = seen.get("status", getattr(error, "status", None))
    return {
        "fetched_at": _moment(seen.get("fetched_at")),
        "url": seen.get("url") or url,
        "final_url": seen.get("final_url") or "",
        "redirects": list(seen.get("redirects") or []),
        "status_code": status,
        "headers": dict(seen.get("headers") or {}),
        "server_ip": seen.get("server_ip") or None,
        "sha256": seen.get("sha256") or "",
        "title": seen.get("title") or "",
        # The specifics (host, port, size) a caseworker may quote; the case shows str().
        "error": getattr(error, "detail", None) or str(error),
    }


def _moment(value) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return datetime.now(UTC)


def fetch_page(fetcher: Fetcher, url: str) -> Page:
    """Fetch a target and list its images. Raises FetchError, or NotPageOrImage."""
    result = fetcher.fetch(url, expect="any")
    evidence = evidence_of(result)
    if result.kind == "image":
        return Page(evidence=evidence, kind="image", inline=[(result.final_url, result.content)])
    if result.kind != "html":
        raise NotPageOrImage(evidence)
    urls, skipped = extract_images(
        result.content, result.final_url, limit=fetcher.policy.max_images_per_page
    )
    page = Page(evidence=evidence, kind="html", skipped=skipped)
    for image_url in urls:
        if image_url.startswith("data:"):
            try:
                content = decode_data_url(image_url, fetcher.policy.max_image_bytes)
            except FetchError as error:
                reference = data_uri_reference(image_url, None)
                page.inline_errors.append((reference, problems.describe(error)))
                continue
            page.inline.append((data_uri_reference(image_url, content), content))
        else:
            page.image_urls.append(image_url)
    return page


def check_image(fetcher: Fetcher, url: str) -> ImageCheck:
    """Fetch one image and fingerprint it in memory; the bytes go when this returns."""
    try:
        result = fetcher.fetch(url, expect="image")
    except FetchError as error:
        return ImageCheck(
            url=url,
            evidence=evidence_of_error(url, error),
            error=problems.describe(error),
            transient=is_transient(error),
            retry_after=error.retry_after,
        )
    return check_bytes(url, result.content, evidence=evidence_of(result))


def check_bytes(url: str, content: bytes, *, evidence: dict[str, Any] | None = None) -> ImageCheck:
    try:
        fingerprint = fingerprint_candidate(content)
    except DecodeError as error:
        # The decoder's detail (the pixel count, the size limit) is evidence; the
        # candidate keeps the fixed sentence a person reads in their language.
        detail = {**evidence, "error": str(error)} if evidence is not None else None
        return ImageCheck(
            url=url, size=len(content), evidence=detail, error=problems.describe(error)
        )
    return ImageCheck(url=url, fingerprint=fingerprint, size=len(content), evidence=evidence)


def data_uri_reference(uri: str, content: bytes | None) -> str:
    """What a row may keep of a `data:` image: its media type and hash, not its bytes."""
    media_type = uri[5:].partition(",")[0].split(";")[0].strip().lower()[:100] or "image"
    digest = hashlib.sha256(content if content is not None else uri.encode()).hexdigest()
    return f"data:{media_type};sha256={digest}"


def platform_slug(*urls: str) -> str:
    for url in urls:
        platform = resolve(url) if url else None
        if platform is not None:
            return platform.slug
    return ""


# --------------------------------------------------------------------- matching helpers


def fingerprint_of(row) -> Fingerprint:
    """A stored fingerprint (ReportedImage or Candidate row) as the matcher takes it."""
    return Fingerprint.from_fields(
        sha256=row.sha256,
        pdq=row.pdq,
        pdq_quality=row.pdq_quality,
        phash=row.phash,
        width=row.width,
        height=row.height,
        features=row.features,
    )


def case_matcher(case_id: int, reported_ids: Iterable[int] | None = None) -> Matcher:
    rows = ReportedImage.objects.filter(case_id=case_id)
    if reported_ids is not None:
        rows = rows.filter(pk__in=list(reported_ids))
    return Matcher([(row.pk, fingerprint_of(row)) for row in rows])


# ------------------------------------------------------------------------- services


def request_scan(target: Target) -> None:
    """Queue a scan of the target once the current transaction commits.

    Resets its progress, so a target scanned before is checked afresh.
    """
    from takedown.cases.tasks import scan_target

    with transaction.atomic():
        _reset(target)
        transaction.on_commit(partial(scan_target.delay, target.pk))
    target.refresh_from_db()


def _reset(target: Target) -> None:
    Target.objects.filter(pk=target.pk).update(
        status=TargetStatus.PENDING,
        error="",
        images_total=0,
        images_done=0,
        images_skipped=0,
        platform=platform_slug(target.url),
    )
    # Every image is checked afresh; rows and their history stay.
    Candidate.objects.filter(target_id=target.pk).update(fetched_at=None, error="")


def request_recheck(target: Target) -> None:
    """Queue a check of whether the content is still up, once the transaction commits."""
    from takedown.cases.tasks import recheck_target

    transaction.on_commit(partial(recheck_target.delay, target.pk))


def request_rematch(case: Case) -> None:
    """After a reported image is added or removed: match what scans already found again.

    Found images keep their fingerprints, so nothing is fetched again.
    """
    from takedown.cases.tasks import rematch_case

    if case.targets.filter(status__in=[TargetStatus.MATCHED, TargetStatus.NO_MATCH]).exists():
        transaction.on_commit(partial(rematch_case.delay, case.pk))


def scan_case(case: Case) -> None:
    """Scan every target of the case still waiting for its first scan."""
    for target in case.targets.filter(status=TargetStatus.PENDING):
        request_scan(target)


def target_progress(case: Case) -> list[dict]:
    """Per target, what a progress page shows. Messages come out in the active language."""
    targets = case.targets.annotate(
        match_count=Count("candidates__matches", distinct=True),
        failed_count=Count(
            "candidates",
            filter=Q(candidates__fetched_at__isnull=False) & ~Q(candidates__error=""),
            distinct=True,
        ),
    ).order_by("created_at", "pk")
    rows = []
    for target in targets:
        rows.append(
            {
                "id": target.pk,
                "url": target.url,
                "platform": target.platform,
                "status": target.status,
                "status_label": str(TargetStatus(target.status).label),
                "done": target.images_done,
                "total": target.images_total,
                "skipped": target.images_skipped,
                "failed": target.failed_count,
                "error": problems.show(target.error),
                "matches": target.match_count,
            }
        )
    return rows


# --------------------------------------------------------------- recording: the scan


class RetryLater(Exception):
    """A transient fetch failure the calling task should retry with backoff."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        candidate_ids: list[int] | None = None,
    ):
        super().__init__(message)
        self.retry_after = retry_after  # what the server asked for, when it said
        self.candidate_ids = candidate_ids or []  # of a batch, the images to try again


def _record_fetch(*, target_id: int, kind: str, evidence: dict, candidate_id=None) -> None:
    FetchRecord.objects.create(
        target_id=target_id,
        candidate_id=candidate_id,
        kind=kind,
        fetched_at=evidence["fetched_at"],
        url=evidence["url"],
        final_url=evidence.get("final_url") or "",
        redirects=evidence.get("redirects") or [],
        status_code=evidence.get("status_code"),
        headers=evidence.get("headers") or {},
        server_ip=evidence.get("server_ip") or None,
        sha256=evidence.get("sha256") or "",
        title=evidence.get("title") or "",
        error=evidence.get("error") or "",
    )


def scan_page(target_id: int, *, fetcher: Fetcher | None = None, can_retry=False) -> list[int]:
    """Fetch the target, record the evidence and its candidates; return what to check.

    Safe to repeat: a redelivered scan finds the candidates it made and returns only those
    not yet checked. Raises RetryLater for a transient failure when `can_retry`.
    """
    started = Target.objects.filter(pk=target_id, status=TargetStatus.PENDING).update(
        status=TargetStatus.SCANNING
    )
    target = Target.objects.select_related("case").filter(pk=target_id).first()
    if target is None or target.status != TargetStatus.SCANNING:
        return []  # deleted, or a redelivery of a scan that already finished
    now = timezone.now()
    Target.objects.filter(pk=target_id, first_checked_at__isnull=True).update(first_checked_at=now)
    Target.objects.filter(pk=target_id).update(last_checked_at=now)
    if started:
        event_record(case=target.case, kind="scan_started", target=target_id)

    fetcher = fetcher or default_fetcher()
    try:
        page = fetch_page(fetcher, target.url)
    except FetchError as error:
        if can_retry and is_transient(error):
            raise RetryLater(str(error), retry_after=error.retry_after) from error
        return _fail_target(target, evidence_of_error(target.url, error), problems.describe(error))
    except NotPageOrImage as error:
        return _fail_target(target, error.evidence, str(error))

    # Fingerprint what is already in hand before taking any lock.
    inline_checks = [check_bytes(ref, content) for ref, content in page.inline]
    if page.kind == "image":
        # The target is the image: its page fetch is the image's evidence too.
        inline_checks = [replace(check, evidence=page.evidence) for check in inline_checks]
    inline_checks += [ImageCheck(url=ref, error=message) for ref, message in page.inline_errors]
    page.inline.clear()

    with transaction.atomic():
        target = Target.objects.select_for_update().select_related("case").get(pk=target_id)
        if target.status != TargetStatus.SCANNING:
            return []
        _record_fetch(target_id=target_id, kind=FetchRecord.Kind.PAGE, evidence=page.evidence)
        urls = list(dict.fromkeys([check.url for check in inline_checks] + page.image_urls))
        # Rows a redelivered scan made already stay as they are (the unique constraint).
        Candidate.objects.bulk_create(
            [Candidate(target_id=target_id, image_url=url) for url in urls],
            ignore_conflicts=True,
        )
        by_url = dict(
            Candidate.objects.filter(target_id=target_id, image_url__in=urls).values_list(
                "image_url", "pk"
            )
        )
        ids = [by_url[url] for url in urls]
        done = Candidate.objects.filter(pk__in=ids, fetched_at__isnull=False).count()
        Target.objects.filter(pk=target_id).update(
            images_total=len(ids),
            images_done=done,
            images_skipped=page.skipped,
            platform=platform_slug(target.url, page.evidence.get("final_url", "")),
            error="",
        )
    for check in inline_checks:
        record_check(by_url[check.url], check)
    _finish_if_done(target_id)
    return list(
        Candidate.objects.filter(pk__in=ids, fetched_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _fail_target(target: Target, evidence: dict, message: str) -> list[int]:
    with transaction.atomic():
        locked = Target.objects.select_for_update().get(pk=target.pk)
        if locked.status != TargetStatus.SCANNING:
            return []
        _record_fetch(target_id=target.pk, kind=FetchRecord.Kind.PAGE, evidence=evidence)
        Target.objects.filter(pk=target.pk).update(status=TargetStatus.ERROR, error=message)
        logger.info("target %s: page not fetched (%s)", target.pk, evidence.get("status_code"))
        event_record(
            case=target.case,
            kind="scan_finished",
            target=target.pk,
            status=TargetStatus.ERROR,
            status_code=evidence.get("status_code"),
        )
    return []


def check_candidates(
    candidate_ids: Iterable[int],
    *,
    fetcher: Fetcher | None = None,
    can_retry=False,
    workers: int | None = None,
) -> None:
    """Fetch, fingerprint and match some candidates, recording each as it completes.

    Safe to repeat: candidates already checked are skipped. The fetches overlap on a few
    threads (at most the per-host limit); rows are written from this thread only. When
    `can_retry`, images whose fetch failed transiently are left unchecked and named in the
    RetryLater raised at the end, after every other image is recorded.
    """
    fetcher = fetcher or default_fetcher()
    todo = list(
        Candidate.objects.filter(pk__in=list(candidate_ids), fetched_at__isnull=True)
        .order_by("pk")
        .values_list("pk", "image_url")
    )
    if not todo:
        return
    threads = max(1, min(len(todo), workers or fetcher.policy.per_host_concurrency))
    retry, wait = [], None
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {pool.submit(check_image, fetcher, url): pk for pk, url in todo}
        for future in as_completed(futures):
            check = future.result()
            if check.transient and can_retry:
                retry.append(futures[future])
                wait = max(wait or 0, check.retry_after or 0) or None
            else:
                record_check(futures[future], check)
    if retry:
        raise RetryLater(
            f"{len(retry)} images failed for now", candidate_ids=sorted(retry), retry_after=wait
        )


def record_check(candidate_id: int, check: ImageCheck) -> bool:
    """Store one image's fingerprint or error and its matches; count it once.

    Returns whether this call was the one that counted it. The target row is locked first,
    then the candidate moves from unchecked to checked in one conditional update: a second
    delivery finds it checked and changes nothing.
    """
    candidate = Candidate.objects.filter(pk=candidate_id).values("target_id").first()
    if candidate is None:
        return False
    target_id = candidate["target_id"]
    results: list[MatchResult] = []
    if check.fingerprint is not None:
        case_id = Target.objects.values_list("case_id", flat=True).get(pk=target_id)
        results = case_matcher(case_id).match(check.fingerprint)
    now = timezone.now()
    fields: dict[str, Any] = {"fetched_at": now, "error": check.error, "size": check.size}
    if check.fingerprint is not None:
        fields |= Candidate.columns_of(check.fingerprint)
    elif check.evidence and check.evidence.get("sha256"):
        fields["sha256"] = check.evidence["sha256"]
    with transaction.atomic():
        target = Target.objects.select_for_update().filter(pk=target_id).first()
        if target is None or target.status != TargetStatus.SCANNING:
            return False
        if not Candidate.objects.filter(pk=candidate_id, fetched_at__isnull=True).update(**fields):
            return False
        if check.evidence is not None:
            _record_fetch(
                target_id=target_id,
                candidate_id=candidate_id,
                kind=FetchRecord.Kind.IMAGE,
                evidence=check.evidence,
            )
        _store_matches(candidate_id, results)
        Target.objects.filter(pk=target_id).update(images_done=F("images_done") + 1)
    if check.fingerprint is not None and learn_keypoints(
        candidate_id, check.fingerprint.features, results
    ):
        # What earlier scans of the case found is matched again with the new corners;
        # the rest of this scan reads them as it goes.
        request_rematch(Case.objects.get(pk=case_id))
    _finish_if_done(target_id)
    return True


def _store_matches(candidate_id: int, results: list[MatchResult]) -> None:
    # A re-scan re-decides: a match the image no longer supports is dropped.
    Match.objects.filter(candidate_id=candidate_id).exclude(
        reported_image_id__in=[r.reported_id for r in results]
    ).delete()
    for result in results:
        Match.objects.update_or_create(
            reported_image_id=result.reported_id,
            candidate_id=candidate_id,
            defaults={
                "algorithm": result.algorithm,
                "distance": result.distance,
                "confidence": result.confidence,
            },
        )


def _finish_if_done(target_id: int) -> None:
    """When every candidate is checked, settle the target's status, once."""
    with transaction.atomic():
        target = Target.objects.select_for_update().select_related("case").get(pk=target_id)
        if target.status != TargetStatus.SCANNING or target.images_done < target.images_total:
            return
        checked = Candidate.objects.filter(target_id=target_id, fetched_at__isnull=False)
        failed = checked.exclude(error="").count()
        matches = Match.objects.filter(candidate__in=checked).count()
        if matches:
            status, error = TargetStatus.MATCHED, ""
        elif target.images_total and failed == target.images_total:
            status, error = TargetStatus.ERROR, NO_IMAGE_CHECKED
        else:
            status, error = TargetStatus.NO_MATCH, ""
        # Found again, a target once removed is up again: its removal no longer stands.
        also = {"removed_at": None} if status == TargetStatus.MATCHED else {}
        Target.objects.filter(pk=target_id).update(status=status, error=error, **also)
        logger.info(
            "target %s: %s, %s images, %s failed, %s matches",
            target_id,
            status,
            target.images_total,
            failed,
            matches,
        )
        event_record(
            case=target.case,
            kind="scan_finished",
            target=target_id,
            status=status,
            images=target.images_total,
            failed=failed,
            skipped=target.images_skipped,
        )
        if matches:
            event_record(case=target.case, kind="matches_found", target=target_id, count=matches)


def scan_now(target: Target, *, fetcher: Fetcher | None = None, workers: int = 4) -> None:
    """The whole scan of one target in this process, without Celery (the `scan` command)."""
    fetcher = fetcher or default_fetcher()
    _reset(target)
    check_candidates(scan_page(target.pk, fetcher=fetcher), fetcher=fetcher, workers=workers)
    target.refresh_from_db()


def check_images(fetcher: Fetcher, urls: list[str], workers: int = 4) -> Iterable[ImageCheck]:
    """`check_image` over many URLs, a few at a time, results in the order given."""
    if workers <= 1 or len(urls) <= 1:
        return (check_image(fetcher, url) for url in urls)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(partial(check_image, fetcher), urls))


# -------------------------------------------------------------- recording: re-matching


def rematch(case_id: int) -> int:
    """Match every image already found for the case against its reported images again,
    from the stored fingerprints, and settle the status of finished targets.

    Returns how many matches were added. Targets still being scanned are left to their
    scan, which matches against the reported images as they are when each image is checked.
    """
    matcher = case_matcher(case_id)
    checked = (
        Candidate.objects.filter(target__case_id=case_id, fetched_at__isnull=False)
        .exclude(pdq="")
        .exclude(target__status__in=[TargetStatus.PENDING, TargetStatus.SCANNING])
    )
    added: dict[int, int] = {}
    learned = False
    for candidate in checked.iterator():
        results = matcher.match(fingerprint_of(candidate))
        learned |= bool(learn_keypoints(candidate.pk, candidate.features, results))
        with transaction.atomic():
            before = set(
                Match.objects.filter(candidate_id=candidate.pk).values_list(
                    "reported_image_id", flat=True
                )
            )
            _store_matches(candidate.pk, results)
        new = {result.reported_id for result in results} - before
        if new:
            added[candidate.target_id] = added.get(candidate.target_id, 0) + len(new)
    settled = (TargetStatus.MATCHED, TargetStatus.NO_MATCH)
    for target in Target.objects.filter(case_id=case_id, status__in=settled).select_related("case"):
        matches = Match.objects.filter(
            candidate__target=target, candidate__fetched_at__isnull=False
        ).count()
        status = TargetStatus.MATCHED if matches else TargetStatus.NO_MATCH
        if status != target.status:
            Target.objects.filter(pk=target.pk, status=target.status).update(status=status)
        if added.get(target.pk):
            event_record(
                case=target.case, kind="matches_found", target=target.pk, count=added[target.pk]
            )
    if learned:
        # Once more with the corners a reported image has just learned; the next pass
        # learns nothing new, so it ends there.
        request_rematch(Case.objects.get(pk=case_id))
    return sum(added.values())


# ------------------------------------------------------------- recording: the recheck


@dataclass(frozen=True)
class RecheckOutcome:
    removed: bool
    reason: str = ""
    status_code: int | None = None


def recheck(target_id: int, *, fetcher: Fetcher | None = None, can_retry=False) -> RecheckOutcome:
    """Fetch the target again and decide whether the matched content is still there.

    Gone means: 404, 410 or 451; a redirect to the site's front page; or, where a match
    was found before, a page (or image) that no longer shows an image matching it. A
    target where nothing matched (a notice may name it all the same) is gone only by the
    first two; a page that still loads proves nothing either way about it.
    """
    target = Target.objects.select_related("case").filter(pk=target_id).first()
    if target is None or target.status in (TargetStatus.PENDING, TargetStatus.SCANNING):
        return RecheckOutcome(removed=False)  # its scan decides first
    fetcher = fetcher or default_fetcher()
    reported = set(
        Match.objects.filter(candidate__target_id=target_id).values_list(
            "reported_image_id", flat=True
        )
    )
    known = set(
        Candidate.objects.filter(target_id=target_id, matches__isnull=False).values_list(
            "image_url", flat=True
        )
    )

    try:
        page = fetch_page(fetcher, target.url)
    except FetchError as error:
        status = getattr(error, "status", None)
        if status not in GONE_STATUS_CODES and can_retry and is_transient(error):
            raise RetryLater(str(error), retry_after=error.retry_after) from error
        evidence = evidence_of_error(target.url, error)
        if status in GONE_STATUS_CODES:
            outcome = RecheckOutcome(removed=True, reason=GONE_STATUS, status_code=status)
        else:
            outcome = None  # could not tell: the status stays as it was
        return _record_recheck(target, [evidence], outcome)
    except NotPageOrImage as error:
        outcome = RecheckOutcome(
            removed=True, reason=GONE_IMAGE, status_code=error.evidence["status_code"]
        )
        return _record_recheck(target, [error.evidence], outcome)

    evidences = [page.evidence]
    status_code = page.evidence["status_code"]
    final_url = page.evidence.get("final_url") or target.url
    redirected = bool(page.evidence.get("redirects")) and final_url != target.url
    if redirected and _is_front_page(final_url) and not _is_front_page(target.url):
        outcome = RecheckOutcome(removed=True, reason=GONE_HOME, status_code=status_code)
        return _record_recheck(target, evidences, outcome)
    if not reported:
        page.inline.clear()
        return _record_recheck(target, evidences, RecheckOutcome(False, status_code=status_code))

    matcher = case_matcher(target.case_id, reported)
    found = any(
        check.fingerprint is not None and matcher.match(check.fingerprint)
        for check in (check_bytes(ref, content) for ref, content in page.inline)
    )
    page.inline.clear()
    # Images that matched before first: on a page still up, one of them is the answer.
    order = sorted(page.image_urls, key=lambda url: url not in known)
    start = 0
    while not found and start < len(order):
        for check in check_images(fetcher, order[start : start + RECHECK_BATCH]):
            if check.evidence is not None:
                evidences.append(check.evidence)
            if check.fingerprint is not None and matcher.match(check.fingerprint):
                found = True
        start += RECHECK_BATCH
    if found:
        outcome = RecheckOutcome(removed=False, status_code=status_code)
    else:
        reason = GONE_REDIRECTED if redirected else GONE_IMAGE
        outcome = RecheckOutcome(removed=True, reason=reason, status_code=status_code)
    return _record_recheck(target, evidences, outcome, matched=found)


def _is_front_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _record_recheck(
    target: Target, evidences: list[dict], outcome: RecheckOutcome | None, *, matched=False
) -> RecheckOutcome:
    now = timezone.now()
    with transaction.atomic():
        for evidence in evidences:
            _record_fetch(target_id=target.pk, kind=FetchRecord.Kind.RECHECK, evidence=evidence)
        locked = Target.objects.select_for_update().get(pk=target.pk)
        changes: dict[str, Any] = {"last_checked_at": now}
        if outcome is None:
            event_record(
                case=target.case,
                kind="recheck_failed",
                target=target.pk,
                status_code=evidences[0].get("status_code"),
            )
            outcome = RecheckOutcome(removed=False)
        elif outcome.removed and locked.status != TargetStatus.REMOVED:
            changes |= {"status": TargetStatus.REMOVED, "removed_at": now}
            event_record(
                case=target.case,
                kind="target_removed",
                target=target.pk,
                reason=outcome.reason,
                status_code=outcome.status_code,
            )
        elif not outcome.removed and locked.status == TargetStatus.REMOVED:
            # Back after it was gone. With the image matched again it is a re-upload the
            # person must hear about; a page where nothing ever matched is only back.
            status = TargetStatus.MATCHED if matched else TargetStatus.NO_MATCH
            changes |= {"status": status, "removed_at": None}
            event_record(case=target.case, kind="target_back_up", target=target.pk, matched=matched)
        else:
            event_record(
                case=target.case,
                kind="recheck",
                target=target.pk,
                removed=outcome.removed,
                reason=outcome.reason,
                status_code=outcome.status_code,
            )
        Target.objects.filter(pk=target.pk).update(**changes)
    logger.info("target %s: rechecked, removed=%s %s", target.pk, outcome.removed, outcome.reason)
    return outcome


__all__ = [
    "ImageCheck",
    "Page",
    "RecheckOutcome",
    "RetryLater",
    "check_bytes",
    "check_candidates",
    "check_image",
    "check_images",
    "fetch_page",
    "recheck",
    "rematch",
    "request_recheck",
    "request_rematch",
    "request_scan",
    "scan_case",
    "scan_now",
    "scan_page",
    "target_progress",
]

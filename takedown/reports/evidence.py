"""The evidence package of a case, for the police or a lawyer: a zip laid out as a BagIt
bag (RFC 8493), so that anyone can check that no file changed since it was made.

    <reference>/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    <reference>/data/summary.pdf          readable summary
    <reference>/data/targets.csv          every URL, its platform and status
    <reference>/data/fetches.json|.csv    evidence of every fetch: URLs, times, status,
                                          headers, server address, SHA-256 (no image bytes)
    <reference>/data/reported.csv         fingerprints of the reported images (no label)
    <reference>/data/matches.csv          which found image matched, by which hash, how close
    <reference>/data/notices/NNN-*.txt|.pdf every notice as sent
    <reference>/data/timeline.json|.csv   the case's events

Built in memory and returned as bytes: nothing is written to disk (DESIGN invariant 1
keeps image bytes off disk; this keeps personal data off it too).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify

from takedown.cases.models import Case, Event, FetchRecord, Match, Notice

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SOFTWARE = "Takedown evidence package"

# The summary lists the first matches; matches.csv has them all.
SUMMARY_MATCHES = 50

FETCH_FIELDS = (
    "id",
    "target_id",
    "candidate_id",
    "kind",
    "fetched_at",
    "url",
    "final_url",
    "redirects",
    "status_code",
    "headers",
    "server_ip",
    "sha256",
    "title",
    "error",
)


@dataclass
class Payload:
    files: dict[str, bytes] = field(default_factory=dict)

    def add(self, path: str, content: bytes | str) -> None:
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content


def _iso(value):
    return value.isoformat() if isinstance(value, datetime) else value


def _csv(header: list[str], rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    # Escaped like the notice exports: these cells hold URLs and headers strangers wrote.
    from takedown.reports.exports import escape_cell

    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return buffer.getvalue()


def fetch_records(case: Case) -> list[dict]:
    records = FetchRecord.objects.filter(target__case=case).order_by("fetched_at", "pk")
    return [
        {name: _iso(value) for name, value in row.items()} for row in records.values(*FETCH_FIELDS)
    ]


def timeline(case: Case) -> list[dict]:
    return [
        {
            "at": event.created_at.isoformat(),
            "kind": event.kind,
            "by": event.actor.get_username() if event.actor else "",
            "detail": event.detail,
        }
        for event in Event.objects.filter(case=case).select_related("actor")
    ]


def text_pdf(title: str, text: str, language: str) -> bytes:
    """A stored notice's text, exactly as sent, as a tagged PDF."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from takedown.notices.pdf import PDF_VARIANT

    html = render_to_string(
        "reports/evidence_text.html", {"title": title, "text": text, "language": language}
    )
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=())).write_pdf(
        pdf_variant=PDF_VARIANT, pdf_tags=True
    )


def summary_pdf(context: dict) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from takedown.notices.pdf import PDF_VARIANT

    # Every time in the package is UTC, whatever zone the server shows caseworkers.
    with timezone.override(UTC):
        html = render_to_string("reports/evidence_summary.html", context)
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=())).write_pdf(
        pdf_variant=PDF_VARIANT, pdf_tags=True
    )


def payload_of(case: Case, *, now: datetime) -> Payload:
    payload = Payload()
    targets = list(case.targets.all())
    payload.add(
        "data/targets.csv",
        _csv(
            [
                "id",
                "url",
                "platform",
                "status",
                "first_checked_at",
                "last_checked_at",
                "removed_at",
            ],
            (
                [
                    t.pk,
                    t.url,
                    t.platform,
                    t.status,
                    _iso(t.first_checked_at),
                    _iso(t.last_checked_at),
                    _iso(t.removed_at),
                ]
                for t in targets
            ),
        ),
    )
    fetches = fetch_records(case)
    payload.add("data/fetches.json", json.dumps(fetches, indent=2, ensure_ascii=False))
    payload.add(
        "data/fetches.csv",
        _csv(
            list(FETCH_FIELDS),
            (
                [
                    json.dumps(r[name], ensure_ascii=False)
                    if isinstance(r[name], dict | list)
                    else r[name]
                    for name in FETCH_FIELDS
                ]
                for r in fetches
            ),
        ),
    )
    # The fingerprints of what the person reported, so a match can be checked; never the
    # image, nor the label they gave it.
    payload.add(
        "data/reported.csv",
        _csv(
            [
                "reported_image_id",
                "sha256",
                "pdq",
                "pdq_quality",
                "width",
                "height",
                "fingerprinted",
                "added_at",
            ],
            (
                [
                    r.pk,
                    r.sha256,
                    r.pdq,
                    r.pdq_quality,
                    r.width,
                    r.height,
                    r.source,
                    _iso(r.created_at),
                ]
                for r in case.reported_images.all()
            ),
        ),
    )
    matches = Match.objects.filter(candidate__target__case=case).select_related("candidate")
    payload.add(
        "data/matches.csv",
        _csv(
            [
                "target_id",
                "image_url",
                "image_sha256",
                "image_pdq",
                "reported_image_id",
                "algorithm",
                "distance",
                "confidence",
                "found_at",
            ],
            (
                [
                    m.candidate.target_id,
                    m.candidate.image_url,
                    m.candidate.sha256,
                    m.candidate.pdq,
                    m.reported_image_id,
                    m.algorithm,
                    m.distance,
                    m.confidence,
                    _iso(m.created_at),
                ]
                for m in matches.order_by("pk")
            ),
        ),
    )
    sent = list(
        Notice.objects.filter(case=case, sent_at__isnull=False)
        .prefetch_related("targets")
        .order_by("sent_at", "pk")
    )
    notice_files = []
    for number, notice in enumerate(sent, start=1):
        stem = f"data/notices/{number:03d}-{slugify(notice.platform)}-{slugify(notice.legal_basis)}"
        text = f"Subject: {notice.subject}\n\n{notice.text}"
        payload.add(f"{stem}.txt", text)
        payload.add(f"{stem}.pdf", text_pdf(notice.subject, notice.text, notice.language))
        notice_files.append((notice, stem))
    events = timeline(case)
    payload.add("data/timeline.json", json.dumps(events, indent=2, ensure_ascii=False))
    payload.add(
        "data/timeline.csv",
        _csv(
            ["at", "kind", "by", "detail"],
            ([e["at"], e["kind"], e["by"], json.dumps(e["detail"])] for e in events),
        ),
    )
    from takedown.followup.selectors import deadline_of

    payload.add(
        "data/summary.pdf",
        summary_pdf(
            {
                "case": case,
                "generated_at": now,
                "targets": targets,
                "notices": [(n, stem, deadline_of(n)) for n, stem in notice_files],
                "fetch_count": len(fetches),
                "match_count": matches.count(),
                "matches": list(matches.order_by("pk")[:SUMMARY_MATCHES]),
                "events": [
                    {
                        **event,
                        "at": datetime.fromisoformat(event["at"]),
                        "facts": ", ".join(f"{k}: {v}" for k, v in event["detail"].items()),
                    }
                    for event in events
                ],
                "files": sorted([*payload.files, "data/summary.pdf"]),
            }
        ),
    )
    return payload


def _manifest(files: dict[str, bytes]) -> bytes:
    return "".join(
        f"{hashlib.sha256(content).hexdigest()}  {path}\n"
        for path, content in sorted(files.items())
    ).encode("utf-8")


def evidence_package(case: Case, *, organization_name: str = "", now=None) -> bytes:
    """The zip, as bytes."""
    now = now or timezone.now()
    payload = payload_of(case, now=now)
    octets = sum(len(content) for content in payload.files.values())
    bag_info = (
        f"Source-Organization: {organization_name or 'Takedown'}\n"
        f"Bagging-Date: {now.date().isoformat()}\n"
        f"Bagging-Time: {now.isoformat()}\n"
        f"External-Identifier: {case.reference}\n"
        f"Payload-Oxum: {octets}.{len(payload.files)}\n"
        f"Bag-Software-Agent: {SOFTWARE}\n"
        "External-Description: Evidence of where images were found, of every fetch, and of "
        "every notice sent. No image content is included: images are identified by SHA-256 "
        "and perceptual hashes.\n"
    ).encode()
    tags = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": bag_info,
        "manifest-sha256.txt": _manifest(payload.files),
    }
    tags["tagmanifest-sha256.txt"] = _manifest(tags)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, content in {**tags, **payload.files}.items():
            archive.writestr(f"{case.reference}/{path}", content)
    return buffer.getvalue()

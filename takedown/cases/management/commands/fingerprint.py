"""Fingerprint image files from the command line, as the server would a reported image.

    python manage.py fingerprint photo.jpg other.heic --json

One line per file: with --json a JSON object (`path`, `sha256`, `pdq`, `pdq_quality`,
`phash`, `width`, `height`, `low_information`, or `path`, `error`, `reason`); otherwise
a readable line. Exit 0 when every file was fingerprinted, 1 when any failed. The images
are read into memory and dropped; nothing is stored. Large JPEGs are decoded at reduced
size as the server does (docs/matching.md), so `pdq` can differ by a few bits from
pdqhash run on the full-size pixels.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from takedown.hashing import DecodeError, fingerprint_reported

FAILED_EXIT = 1


class Command(BaseCommand):
    help = "Print the PDQ, pHash and SHA-256 fingerprints of image files."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="One JSON object per line."
        )
        parser.add_argument(
            "--variants",
            action="store_true",
            help="Include the variant hashes the matcher uses (with --json).",
        )

    def handle(self, *args, paths, as_json: bool, variants: bool, **options):
        failed = False
        for path in paths:
            record = fingerprint_file(path, variants=variants)
            failed = failed or "error" in record
            self.stdout.write(_as_json(record) if as_json else _as_text(record))
        if failed:
            sys.exit(FAILED_EXIT)


def fingerprint_file(path: str, *, variants: bool = False) -> dict:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return {
            "path": path,
            "error": f"The file cannot be read: {error.strerror}.",
            "reason": "unreadable",
        }
    try:
        fingerprint = fingerprint_reported(data)
    except DecodeError as error:
        return {"path": path, "error": str(error), "reason": error.reason}
    record = {
        "path": path,
        "sha256": fingerprint.sha256,
        "pdq": fingerprint.pdq,
        "pdq_quality": fingerprint.pdq_quality,
        "phash": fingerprint.phash,
        "width": fingerprint.width,
        "height": fingerprint.height,
        "low_information": fingerprint.low_information,
    }
    if variants:
        record["features"] = fingerprint.features
    return record


def _as_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def _as_text(record: dict) -> str:
    if "error" in record:
        return f"{record['path']}: error: {record['error']}"
    flag = " (low information: not matched on PDQ alone)" if record["low_information"] else ""
    return (
        f"{record['path']}: pdq {record['pdq']} quality {record['pdq_quality']}"
        f" phash {record['phash']} sha256 {record['sha256']}{flag}"
    )

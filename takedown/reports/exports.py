"""CSV and XLSX exports of an organisation's notices.

Every cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a
carriage return) is prefixed with an apostrophe: a URL or a platform reference is text a
stranger controls, and must never run as a formula on a caseworker's machine (OWASP
"CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from takedown.cases.models import Notice

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    ("case", _("Case")),
    ("platform", _("Platform")),
    ("legal_basis", _("Legal basis")),
    ("status", _("Status")),
    ("created_at", _("Drafted")),
    ("sent_at", _("Sent")),
    ("deadline_at", _("Deadline")),
    ("removed_at", _("Removed")),
    ("hours_to_removal", _("Hours to removal")),
    ("reference", _("Platform's reference")),
    ("urls", _("URLs")),
)


def escape_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else ""


def notice_rows(notices: QuerySet[Notice]) -> Iterator[list[str]]:
    """One row of plain values per notice: facts about the notice, nothing about the person."""
    for notice in notices.select_related("case").prefetch_related("targets").order_by("pk"):
        hours = (
            int((notice.removed_at - notice.sent_at).total_seconds() // 3600)
            if notice.removed_at and notice.sent_at
            else None
        )
        yield [
            notice.case.reference,
            notice.platform,
            notice.legal_basis,
            notice.status,
            _when(notice.created_at),
            _when(notice.sent_at),
            _when(notice.deadline_at),
            _when(notice.removed_at),
            "" if hours is None else str(hours),
            notice.reference,
            " ".join(target.url for target in notice.targets.all()),
        ]


def header() -> list[str]:
    return [str(label) for _key, label in COLUMNS]


def to_csv(rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    # A BOM so that spreadsheet programs read the UTF-8 (Spanish accents) correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: Iterable[list[str]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Notices")
    sheet.append(header())
    for row in rows:
        # openpyxl stores a string starting with "=" as a formula: escaping keeps it text.
        sheet.append([escape_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

"""CSV and XLSX exports of an organisation's notices.

Every cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a
carriage return) is prefixed with an apostrophe: a URL or a platform reference is text a
stranger controls, and must never run as a formula on a caseworker's machine (OWASP
"CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
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
    """One row of plain values per notice: facts about the notice, nothing about the person.

    Read as plain values: loading model instances would decrypt every notice's text and
    every case's personal data only to leave them out.
    """
    urls: dict[int, list[str]] = defaultdict(list)
    through = Notice.targets.through.objects.filter(notice__in=notices).order_by("target_id")
    for notice_id, url in through.values_list("notice_id", "target__url").iterator():
        urls[notice_id].append(url)
    rows = notices.order_by("pk").values_list(
        "pk",
        "case__reference",
        "platform",
        "legal_basis",
        "status",
        "created_at",
        "sent_at",
        "deadline_at",
        "removed_at",
        "reference",
    )
    for pk, case, platform, basis, status, created, sent, deadline, removed, ref in rows.iterator():
        hours = int((removed - sent).total_seconds() // 3600) if removed and sent else None
        yield [
            case,
            platform,
            basis,
            status,
            _when(created),
            _when(sent),
            _when(deadline),
            _when(removed),
            "" if hours is None else str(hours),
            ref,
            " ".join(urls.get(pk, ())),
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
    import xlsxwriter

    buffer = io.BytesIO()
    # in_memory: no temporary files. Every cell goes through write_string, so nothing is
    # ever a formula, a link or a number; the apostrophe still protects whoever copies a
    # cell into another sheet.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet("Notices")
    bold = workbook.add_format({"bold": True})
    for column, title in enumerate(header()):
        sheet.write_string(0, column, title, bold)
    for row_number, row in enumerate(rows, start=1):
        for column, cell in enumerate(row):
            sheet.write_string(row_number, column, escape_cell(cell))
    sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()

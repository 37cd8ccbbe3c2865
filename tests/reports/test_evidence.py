"""The evidence package is a valid BagIt bag whose manifest matches every file."""

import csv
import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import timedelta

import bagit
import pytest
from pypdf import PdfReader

from takedown.cases.models import FetchRecord
from takedown.cases.services import event_record
from takedown.notices.pdf import weasyprint_available
from takedown.reports.evidence import evidence_package
from tests.followup import factories
from tests.followup.factories import SENT_AT

pytestmark = pytest.mark.skipif(not weasyprint_available(), reason="needs WeasyPrint")


@pytest.fixture
def case(org, worker):
    case = factories.person_case(org, assignee=worker)
    target = factories.matched_target(case)
    FetchRecord.objects.create(
        target=target,
        kind=FetchRecord.Kind.PAGE,
        fetched_at=SENT_AT - timedelta(hours=1),
        url=target.url,
        final_url=target.url + "?s=1",
        redirects=[target.url],
        status_code=200,
        headers={"content-type": "text/html", "server": "nginx"},
        server_ip="203.0.113.7",
        sha256="c" * 64,
        title="=cmd|' /C calc'!A0",
    )
    notice = factories.sent_notice(case, [target])
    notice.subject = "Request under the TAKE IT DOWN Act"
    notice.text = "I am Alex Example. Please remove https://x.com/someone/status/1 ."
    notice.save()
    event_record(case=case, kind="notice_sent", actor=worker, notice=notice.pk)
    return case


def unpack(content: bytes, into) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        archive.extractall(into)
        return archive.namelist()[0].split("/")[0]


def test_package_is_a_valid_bag(case, tmp_path):
    root = unpack(evidence_package(case, organization_name="Helpline"), tmp_path)
    assert root == case.reference
    bag = bagit.Bag(str(tmp_path / root))
    bag.validate()  # raises on any missing file or wrong checksum
    assert bag.info["External-Identifier"] == case.reference
    assert bag.info["Source-Organization"] == "Helpline"


def test_manifest_recomputes(case, tmp_path):
    bag = tmp_path / unpack(evidence_package(case), tmp_path)
    listed = {}
    for line in (bag / "manifest-sha256.txt").read_text().splitlines():
        digest, path = line.split("  ", 1)
        listed[path] = digest
    on_disk = {
        str(p.relative_to(bag)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (bag / "data").rglob("*")
        if p.is_file()
    }
    assert listed == on_disk
    assert {
        "data/summary.pdf",
        "data/fetches.json",
        "data/fetches.csv",
        "data/targets.csv",
        "data/matches.csv",
        "data/reported.csv",
        "data/timeline.json",
        "data/timeline.csv",
        "data/notices/001-x-take-it-down.txt",
        "data/notices/001-x-take-it-down.pdf",
    } == set(listed)
    tags = dict(
        reversed(line.split("  ", 1))
        for line in (bag / "tagmanifest-sha256.txt").read_text().splitlines()
    )
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt"):
        assert tags[name] == hashlib.sha256((bag / name).read_bytes()).hexdigest()


def test_contents_are_the_evidence_and_the_notice_as_sent(case, tmp_path):
    bag = tmp_path / unpack(evidence_package(case), tmp_path)
    (fetch,) = json.loads((bag / "data/fetches.json").read_text())
    assert fetch["status_code"] == 200
    assert fetch["server_ip"] == "203.0.113.7"
    assert fetch["sha256"] == "c" * 64
    assert fetch["headers"]["content-type"] == "text/html"
    assert fetch["fetched_at"].startswith("2026-03-02T08:00")
    # A page title a hostile server chose stays text in the CSV.
    assert fetch["title"] == "=cmd|' /C calc'!A0"
    rows = list(csv.DictReader(io.StringIO((bag / "data/fetches.csv").read_text())))
    assert rows[0]["title"] == "'=cmd|' /C calc'!A0"
    text = (bag / "data/notices/001-x-take-it-down.txt").read_text()
    assert text.endswith(case.notices.get().text)
    pdf = PdfReader(bag / "data/notices/001-x-take-it-down.pdf")
    assert "Alex Example" in pdf.pages[0].extract_text()
    summary = "".join(p.extract_text() for p in PdfReader(bag / "data/summary.pdf").pages)
    assert case.reference in summary
    assert "https://x.com/someone/status/1" in summary
    timeline = json.loads((bag / "data/timeline.json").read_text())
    assert [e["kind"] for e in timeline] == ["case_created", "notice_sent"]
    assert timeline[1]["by"] == "cw"


def test_nothing_is_written_to_disk(case, tmp_path, monkeypatch):
    # A private temporary directory: /tmp itself is shared with other processes.
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    monkeypatch.setenv("TMPDIR", str(private))
    assert evidence_package(case)
    assert os.listdir(private) == []

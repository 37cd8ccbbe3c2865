import io
import json

import pytest
from django.core.management import call_command

from takedown.hashing import fingerprint_reported
from tests.hashing.images import encode, photo


def run(*args):
    out = io.StringIO()
    code = 0
    try:
        call_command("fingerprint", *args, stdout=out)
    except SystemExit as exit_:
        code = exit_.code
    return code, out.getvalue().splitlines()


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "cat.jpg"
    good.write_bytes(encode(photo("chelsea")))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(good.read_bytes()[:2000])
    return good, broken, tmp_path / "missing.png"


def test_json_gives_one_object_per_file_in_order(files):
    good, broken, missing = files
    code, lines = run(str(good), str(broken), str(missing), "--json")
    assert code == 1
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(good), str(broken), str(missing)]
    expected = fingerprint_reported(good.read_bytes())
    assert records[0] == {
        "path": str(good),
        "sha256": expected.sha256,
        "pdq": expected.pdq,
        "pdq_quality": expected.pdq_quality,
        "phash": expected.phash,
        "width": 451,
        "height": 300,
        "low_information": False,
    }
    assert records[1]["reason"] == "truncated"
    assert records[1]["error"].startswith("The image file is incomplete")
    assert records[2]["reason"] == "unreadable"
    assert "cannot be read" in records[2]["error"]


def test_all_good_files_exit_zero_with_readable_lines(files):
    good, _, _ = files
    code, lines = run(str(good))
    assert code == 0
    assert lines[0].startswith(f"{good}: pdq ") and "phash" in lines[0]


def test_variants_are_included_on_request(files):
    good, _, _ = files
    _, lines = run(str(good), "--json", "--variants")
    features = json.loads(lines[0])["features"]
    assert len(features["dihedral"]) == 8 and features["crops"]

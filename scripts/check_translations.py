"""Fail when a Spanish catalogue misses a string the code uses, or its .mo is out of date.

Runs `makemessages` for Spanish into the real catalogue (so new strings appear), reports
what is untranslated or fuzzy, and restores the file if it only changed in its header.
"""

import re
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "takedown" / "locale"
MAKEMESSAGES = [
    sys.executable,
    "manage.py",
    "makemessages",
    "--no-location",
    "--no-obsolete",
    "--ignore",
    ".venv/*",
    "--ignore",
    "tests/*",
    "--ignore",
    "benchmarks/*",
    "--ignore",
    "staticfiles/*",
    "-l",
    "es",
]


def _messages(entries) -> dict:
    return {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in entries
    }


def main() -> int:
    problems = []
    for domain, extra in (("django", []), ("djangojs", ["-d", "djangojs"])):
        po_path = LOCALE / "es" / "LC_MESSAGES" / f"{domain}.po"
        if domain == "djangojs" and not po_path.exists():
            continue
        before = po_path.read_text() if po_path.exists() else None
        subprocess.run([*MAKEMESSAGES, *extra], cwd=ROOT, check=True, capture_output=True)
        po = polib.pofile(str(po_path))
        if before is not None and polib.pofile(before) == po:
            po_path.write_text(before)  # unchanged but for the creation date
        found = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
        plurals = int(found.group(1)) if found else 2
        for entry in po:
            if entry.obsolete:
                continue
            if not entry.translated() or "fuzzy" in entry.flags:
                problems.append(f"{po_path.relative_to(ROOT)}: untranslated: {entry.msgid!r}")
            elif entry.msgid_plural and len(entry.msgstr_plural) < plurals:
                # A missing form falls back to English for the counts it covers.
                problems.append(
                    f"{po_path.relative_to(ROOT)}: {plurals} plural forms needed: {entry.msgid!r}"
                )
        mo_path = po_path.with_suffix(".mo")
        compiled = polib.mofile(str(mo_path)) if mo_path.exists() else []
        if _messages(compiled) != _messages(po.translated_entries()):
            problems.append(f"{mo_path.relative_to(ROOT)} is out of date: run compilemessages")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s).")
        return 1
    print("Spanish catalogues are complete and compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

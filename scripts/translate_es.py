"""Fill Spanish msgstr entries from Python dict files (msgid -> translation), then compile.

Usage: python scripts/translate_es.py [--extract] [TRANSLATIONS.py ...]

With no files, every `scripts/translations/es_*.py` is read. Each defines
`ES` (or `MESSAGES`) `= {"English msgid": "Spanish", ...}`. For a plural entry the singular
msgid maps to the singular translation and the plural msgid to the plural one, or the
singular msgid (or the pair `(singular, plural)`) maps to a pair of translations.
`--extract` runs makemessages first so new strings are in the catalogues.
Translators usually edit the .po directly; this is for adding many strings at once.
"""

import re
import runpy
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "takedown" / "locale" / "es" / "LC_MESSAGES"
sys.path.insert(0, str(ROOT / "scripts"))

from check_translations import MAKEMESSAGES  # noqa: E402


def load(paths: list[Path]) -> dict:
    table: dict = {}
    for path in paths:
        namespace = runpy.run_path(str(path))
        for msgid, value in namespace.get("ES", namespace.get("MESSAGES", {})).items():
            table[msgid[0] if isinstance(msgid, tuple) else msgid] = value
    return table


def fill(entry: polib.POEntry, table: dict) -> bool:
    if entry.translated() and "fuzzy" not in entry.flags:
        return False
    if entry.msgid not in table:
        return False
    value = table[entry.msgid]
    if entry.msgid_plural:
        if isinstance(value, (tuple, list)):
            singular, plural = value
        else:
            singular, plural = value, table.get(entry.msgid_plural)
        if plural is None:
            return False
        entry.msgstr_plural = {0: singular, 1: plural}
    else:
        entry.msgstr = value
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = None
    return True


def plural_count(po: polib.POFile) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def complete_plurals(entry: polib.POEntry, count: int) -> bool:
    """Django's Spanish catalogue has three plural forms (CLDR: one, "many" for exact
    millions, other); a (singular, plural) pair gives the plural to every later form.
    Without this, any count but 1 falls back to English."""
    if not entry.msgid_plural or not entry.msgstr_plural.get(1):
        return False
    missing = [i for i in range(count) if not entry.msgstr_plural.get(i)]
    for i in missing:
        entry.msgstr_plural[i] = entry.msgstr_plural[1]
    return bool(missing)


def main(argv: list[str]) -> int:
    extract = "--extract" in argv
    paths = [Path(a) for a in argv if a != "--extract"]
    if not paths:
        paths = sorted((ROOT / "scripts" / "translations").glob("es_*.py"))
    table = load(paths)
    left = 0
    for domain, extra in (("django", []), ("djangojs", ["-d", "djangojs"])):
        if extract:
            subprocess.run([*MAKEMESSAGES, *extra], cwd=ROOT, check=True, capture_output=True)
        po_path = LOCALE / f"{domain}.po"
        if not po_path.exists():
            continue
        po = polib.pofile(str(po_path))
        filled = sum(fill(entry, table) for entry in po if not entry.obsolete)
        count = plural_count(po)
        for entry in po:
            complete_plurals(entry, count)
        po.metadata.update({"Project-Id-Version": "Takedown", "Language": "es"})
        po.metadata_is_fuzzy = False
        po.save()
        po.save_as_mofile(str(po_path.with_suffix(".mo")))
        missing = [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries()]
        left += len(missing)
        print(f"{domain}: filled {filled}; untranslated or fuzzy left: {len(missing)}")
        for msgid in missing:
            print(f"  {msgid!r}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

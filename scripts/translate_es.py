"""Fill Spanish msgstr entries from a Python dict file (msgid -> translation), then compile.

Usage: python scripts/translate_es.py TRANSLATIONS.py [domain]
Translators usually edit the .po directly; this is for adding many strings at once.
"""

import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

table = runpy.run_path(sys.argv[1])["ES"]
domain = sys.argv[2] if len(sys.argv) > 2 else "django"
po_path = ROOT / "takedown" / "locale" / "es" / "LC_MESSAGES" / f"{domain}.po"
po = polib.pofile(str(po_path))
filled = 0
for entry in po:
    if entry.msgid in table and (not entry.msgstr or "fuzzy" in entry.flags):
        entry.msgstr = table[entry.msgid]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        filled += 1
po.metadata.update({"Project-Id-Version": "Takedown", "Language": "es"})
po.metadata_is_fuzzy = False
po.save()
po.save_as_mofile(str(po_path.with_suffix(".mo")))
print(f"filled {filled}; untranslated left: {len(po.untranslated_entries())}")

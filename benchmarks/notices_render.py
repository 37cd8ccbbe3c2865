"""How long one notice takes to render as text, e-mail (.eml) and PDF.

Run: python benchmarks/notices_render.py [--quick]. The web layer renders the preview
and the PDF while the person waits, so each must stay well under a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")

import django

django.setup()

from takedown.notices.draft import draft  # noqa: E402
from takedown.notices.mail import to_eml  # noqa: E402
from takedown.notices.pdf import render_pdf, weasyprint_available  # noqa: E402
from takedown.notices.render import render_text  # noqa: E402
from tests.notices.factories import NOW, complete_facts  # noqa: E402


def measure(label: str, work, repeats: int) -> None:
    work()  # warm caches (template loading, font discovery) once
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(
        f"{label:<28} median {statistics.median(times) * 1000:8.1f} ms  "
        f"max {max(times) * 1000:8.1f} ms  ({repeats} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="few repeats, as a smoke test")
    repeats = 3 if parser.parse_args().quick else 30
    facts = complete_facts("dsa-16", represented=True, ai_made=True)
    notice = draft("dsa-16", facts=facts, language="es", now=NOW)
    measure("text", lambda: render_text(notice), repeats)
    measure(".eml (text + HTML parts)", lambda: to_eml(notice), repeats)
    if weasyprint_available():
        measure("PDF (PDF/UA-1, tagged)", lambda: render_pdf(notice), max(3, repeats // 5))
    else:
        print("PDF: skipped, WeasyPrint's system libraries are not installed")


if __name__ == "__main__":
    main()

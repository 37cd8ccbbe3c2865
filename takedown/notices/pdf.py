"""A notice as a tagged, accessible PDF, from the same HTML as the preview.

WeasyPrint 70 writes PDF/UA-1 (`pdf_variant`) with a structure tree (`pdf_tags`); the
document language comes from <html lang> and the title from <title>. The fonts are
DejaVu (Debian's fonts-dejavu-core), which cover Spanish.
"""

from __future__ import annotations

import logging

from takedown.notices.draft import Notice
from takedown.notices.render import render_html

PDF_VARIANT = "pdf/ua-1"

# WeasyPrint reports every layout step at INFO; one notice would fill the log with them.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


class PdfUnavailable(RuntimeError):
    code = "pdf-unavailable"
    message = "PDF output needs WeasyPrint and its system libraries (Pango)."


def weasyprint_available() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def render_pdf(notice: Notice) -> bytes:
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as error:  # OSError: Pango missing
        raise PdfUnavailable(str(error)) from error
    # The notice needs nothing from outside; refuse every fetch so rendering can never
    # reach the network or the disk.
    no_fetching = URLFetcher(allowed_protocols=())
    return HTML(string=render_html(notice), url_fetcher=no_fetching).write_pdf(
        pdf_variant=PDF_VARIANT, pdf_tags=True
    )

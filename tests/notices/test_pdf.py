import io

import pytest

from takedown.notices.draft import draft
from takedown.notices.pdf import render_pdf, weasyprint_available
from tests.notices.factories import NOW, complete_facts

pytestmark = pytest.mark.skipif(
    not weasyprint_available(),
    reason="WeasyPrint's system libraries (Pango) are not installed; see .ci/apt-packages.txt",
)


@pytest.fixture(scope="module")
def reader():
    from pypdf import PdfReader

    facts = complete_facts("gdpr-17", ai_made=True)
    notice = draft("gdpr-17", facts=facts, language="es", now=NOW)
    return PdfReader(io.BytesIO(render_pdf(notice)))


def test_spanish_pdf_contains_the_spanish_text(reader):
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Solicitud de supresión" in text
    assert "inteligencia artificial" in text
    assert "Agencia Española de Protección de Datos" in text
    assert "Dirección postal: Calle de Ejemplo 12, 3º B" in text  # º survives


def test_pdf_is_tagged_with_language_and_title(reader):
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "es"
    assert reader.metadata.title.startswith("Solicitud de supresión")


def test_pdf_embeds_a_font_with_spanish_glyphs(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVu" in name for name in fonts)

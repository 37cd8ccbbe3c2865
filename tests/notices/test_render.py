from dataclasses import replace

import pytest

from takedown.notices import bases
from takedown.notices.draft import draft
from takedown.notices.render import render_html, render_text
from tests.notices.factories import NOW, complete_facts
from tests.notices.test_bases import SLUGS

# What each element looks like in the finished notice, per language. Statements are
# checked by their operative words, so a template that drops one fails here.
STATEMENTS = {
    "not_consensual_statement": {
        "take-it-down": (
            "good faith belief that each intimate visual depiction identified above is not "
            "consensual",
            "Declaro de buena fe que cada una de las representaciones visuales íntimas "
            "indicadas no es consentida",
        ),
        "gdpr-17": ("were made public without", "se hicieron públicas sin"),
        "dsa-16": ("made public without", "se hicieron públicas sin"),
        "uk": ("not consent to these images being shared", "que estas imágenes se compartieran"),
        "esafety": ("not consent to these images being posted", "la publicación de estas imágenes"),
        "deindex": ("I confirm in good faith that", "Declaro de buena fe que"),
        "host-abuse": ("published without", "publicadas sin"),
        "platform-policy": ("I confirm in good faith that", "Declaro de buena fe que"),
    },
    "accuracy_statement": {
        "dsa-16": (
            "bona fide belief that the information and allegations contained in this notice "
            "are accurate and complete",
            "convicción de buena fe de que la información y las alegaciones que contiene esta "
            "notificación son exactas y completas",
        ),
        "host-abuse": (
            "bona fide belief that the information and allegations in this report are "
            "accurate and complete",
            "convicción de buena fe de que la información y las alegaciones de esta denuncia "
            "son exactas y completas",
        ),
    },
    "good_faith_statement": {
        "dmca": (
            "not authorized by the copyright owner, its agent, or the law",
            "no está autorizado por el titular de los derechos de autor, su agente ni la ley",
        )
    },
    "perjury_statement": {"dmca": ("under penalty of perjury", "bajo pena de perjurio")},
    "copyright_ownership": {"dmca": ("owner of the copyright", "titular de los derechos de autor")},
    "australian_resident": {
        "esafety": ("ordinarily resident in Australia", "habitualmente en Australia")
    },
    "country": {
        "gdpr-17": ("Spanish Data Protection Agency", "Agencia Española de Protección de Datos"),
        "dsa-16": ("in Spain", "en España"),
    },
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def expected_strings(code, slug, facts, language):
    if code in STATEMENTS:
        return [STATEMENTS[code][slug][0 if language == "en" else 1]]
    requester = facts.requester
    return {
        "signature": [f"/s/ {requester.signature}"],
        "requester_name": [requester.name],
        "requester_email": [requester.email],
        "postal_address": [requester.postal_address],
        "urls": [item.url for item in facts.urls],
        "copyright_work": [facts.work_description],
        "represented_name": [facts.representation.represented_name] if facts.representation else [],
        "authority": [facts.representation.authority] if facts.representation else [],
    }[code]


VARIANTS = [
    (slug, language, represented, ai_made)
    for slug in SLUGS
    for language in ("en", "es")
    for represented, ai_made in ((False, False), (True, True))
]


@pytest.mark.parametrize(("slug", "language", "represented", "ai_made"), VARIANTS)
def test_every_required_element_is_in_the_rendered_notice(slug, language, represented, ai_made):
    facts = complete_facts(slug, represented=represented, ai_made=ai_made)
    text = _flat(render_text(draft(slug, facts=facts, language=language, now=NOW)))
    for element in bases.get(slug).elements:
        if not element.applies(facts):
            continue
        for expected in expected_strings(element.code, slug, facts, language):
            assert _flat(expected) in text, f"{element.code} missing from {slug}/{language}"


@pytest.mark.parametrize("slug", SLUGS)
def test_evidence_is_cited_for_every_url(slug):
    facts = complete_facts(slug)
    text = _flat(render_text(draft(slug, facts=facts, language="en", now=NOW)))
    for item in facts.urls:
        assert item.evidence.sha256 in text and item.evidence.pdq in text
    assert "Found on 20 November 2026, 09:14 UTC" in text
    assert "distance 12 of 256 bits, confidence 95%" in text


@pytest.mark.parametrize("slug", SLUGS)
def test_ai_made_variant_says_so_in_both_languages(slug):
    plain = render_text(draft(slug, facts=complete_facts(slug), language="en", now=NOW))
    for language, words in (("en", "artificial intelligence"), ("es", "inteligencia artificial")):
        facts = complete_facts(slug, ai_made=True)
        text = render_text(draft(slug, facts=facts, language=language, now=NOW))
        assert words in _flat(text)
    assert "artificial intelligence" not in plain


@pytest.mark.parametrize("slug", SLUGS)
def test_spanish_notice_is_in_spanish(slug):
    text = render_text(draft(slug, facts=complete_facts(slug), language="es", now=NOW))
    assert "24 de noviembre de 2026" in text
    assert "Datos de contacto" in text or "Correo electrónico" in text
    assert " the " not in _flat(text).replace("the United", "")


def test_free_text_goes_in_only_when_approved():
    words = "He posted them after I ended the relationship."
    facts = replace(complete_facts("take-it-down"), explanation=words)
    assert words not in render_text(draft("take-it-down", facts=facts, language="en", now=NOW))
    approved = replace(facts, explanation_approved=True)
    assert words in _flat(
        render_text(draft("take-it-down", facts=approved, language="en", now=NOW))
    )


def test_html_embeds_no_image_and_states_why():
    html = render_html(draft("dsa-16", facts=complete_facts("dsa-16"), language="en", now=NOW))
    assert "<img" not in html and "data:" not in html
    assert "deliberately not attached" in html


def test_html_declares_language_and_title_for_accessible_pdf():
    notice = draft("gdpr-17", facts=complete_facts("gdpr-17"), language="es", now=NOW)
    html = render_html(notice)
    assert '<html lang="es">' in html
    assert f"<title>{notice.subject}</title>" in html


def test_preview_carries_the_not_legal_advice_note_and_the_notice_does_not():
    notice = draft("uk", facts=complete_facts("uk"), language="en", now=NOW)
    assert "not legal advice" in render_html(notice, preview=True)
    assert "not legal advice" not in render_html(notice)
    es = draft("uk", facts=complete_facts("uk"), language="es", now=NOW)
    assert "no es asesoramiento jurídico" in render_html(es, preview=True)


def test_dmca_notice_does_not_describe_the_image_as_intimate():
    # DMCA notices may be published (Lumen); the notice needs only the copyright facts.
    text = render_text(draft("dmca", facts=complete_facts("dmca"), language="en", now=NOW))
    assert "intimate" not in text.lower()


def test_html_escapes_what_people_type():
    facts = complete_facts("platform-policy")
    facts = replace(facts, requester=replace(facts.requester, name="<script>x</script>"))
    html = render_html(draft("platform-policy", facts=facts, language="en", now=NOW))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_only_web_addresses_become_links():
    from takedown.notices.facts import MatchedUrl

    facts = replace(
        complete_facts("platform-policy"),
        urls=(MatchedUrl("javascript:alert(1)"), MatchedUrl("https://example.test/a")),
    )
    html = render_html(draft("platform-policy", facts=facts, language="en", now=NOW))
    assert 'href="javascript:' not in html
    assert '<a href="https://example.test/a">' in html


def test_dmca_representative_does_not_call_the_owner_the_person_depicted():
    facts = complete_facts("dmca", represented=True)
    for language, words in (("en", "person depicted"), ("es", "aparece en las imágenes")):
        text = _flat(render_text(draft("dmca", facts=facts, language=language, now=NOW)))
        assert words not in text and facts.representation.represented_name in text

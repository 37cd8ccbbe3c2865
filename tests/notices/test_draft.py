import pytest

from takedown.notices import bases
from takedown.notices.basis import MissingElements
from takedown.notices.draft import UnsupportedLanguage, draft
from tests.notices.factories import NOW, REMOVE, complete_facts
from tests.notices.test_bases import SLUGS

CASES = [
    (slug, element.code, represented)
    for slug in SLUGS
    for represented in (False, True)
    for element in bases.get(slug).elements
    if element.applies(complete_facts(slug, represented=represented))
]


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_complete_facts_make_a_notice(slug, language):
    notice = draft(slug, facts=complete_facts(slug), language=language, now=NOW)
    assert notice.basis.slug == slug and notice.language == language


@pytest.mark.parametrize(("slug", "code", "represented"), CASES)
def test_removing_any_required_element_stops_the_notice_and_names_it(slug, code, represented):
    facts = REMOVE[code](complete_facts(slug, represented=represented))
    with pytest.raises(MissingElements) as raised:
        draft(slug, facts=facts, language="en", now=NOW)
    assert raised.value.codes == (code,)
    assert dict(raised.value.questions)[code].endswith(("?", "."))


def test_representative_elements_apply_only_to_a_representative():
    facts = complete_facts("take-it-down")
    applies = {e.code for e in bases.get("take-it-down").elements if e.applies(facts)}
    assert "authority" not in applies and "represented_name" not in applies


def test_dmca_refuses_a_person_who_did_not_take_the_photo():
    facts = REMOVE["copyright_ownership"](complete_facts("dmca"))
    with pytest.raises(MissingElements) as raised:
        draft("dmca", facts=facts, language="es", now=NOW)
    assert "copyright_ownership" in raised.value.codes


def test_all_missing_elements_are_reported_at_once():
    facts = REMOVE["urls"](REMOVE["signature"](complete_facts("take-it-down")))
    with pytest.raises(MissingElements) as raised:
        draft("take-it-down", facts=facts, language="en", now=NOW)
    assert set(raised.value.codes) == {"urls", "signature"}


def test_only_english_and_spanish():
    with pytest.raises(UnsupportedLanguage):
        draft("dmca", facts=complete_facts("dmca"), language="fr", now=NOW)

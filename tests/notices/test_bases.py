from datetime import UTC, datetime

import pytest

from takedown.notices import bases
from takedown.notices.basis import UnknownBasis
from tests.notices.factories import REMOVE

SLUGS = (
    "take-it-down",
    "dmca",
    "gdpr-17",
    "dsa-16",
    "uk",
    "esafety",
    "deindex",
    "host-abuse",
    "platform-policy",
)


def test_every_issue_slug_has_a_basis_and_no_other():
    assert set(bases.BASES) == set(SLUGS)


def test_unknown_slug_is_a_clear_error():
    with pytest.raises(UnknownBasis):
        bases.get("copyright-maybe")


@pytest.mark.parametrize("slug", SLUGS)
def test_every_element_names_its_clause_and_asks_a_question(slug):
    basis = bases.get(slug)
    codes = [element.code for element in basis.elements]
    assert len(codes) == len(set(codes))
    for element in basis.elements:
        assert element.clause and element.question.endswith(("?", "."))
        assert element.code in REMOVE, "tests must know how to remove every element"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_basis_has_wording_in_both_languages(slug):
    basis = bases.get(slug)
    assert set(basis.subject) == {"en", "es"}
    assert basis.title_es and basis.title_es != basis.title


@pytest.mark.parametrize("slug", SLUGS)
def test_a_basis_without_a_deadline_says_what_the_law_says_instead(slug):
    basis = bases.get(slug)
    assert basis.deadline_note
    if basis.deadline is None:
        assert "deadline" in basis.deadline_note.lower()


def test_take_it_down_gives_48_hours_and_the_ftc():
    basis = bases.get("take-it-down")
    sent = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    assert basis.deadline.due(sent) == datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
    assert basis.regulator("US").slug == "ftc"
    assert "223a(a)(3)" in basis.deadline.clause


def test_gdpr_gives_one_month_to_the_same_date_or_the_month_end():
    deadline = bases.get("gdpr-17").deadline
    assert deadline.due(datetime(2026, 3, 15, tzinfo=UTC)) == datetime(2026, 4, 15, tzinfo=UTC)
    assert deadline.due(datetime(2026, 1, 31, tzinfo=UTC)) == datetime(2026, 2, 28, tzinfo=UTC)
    assert deadline.due(datetime(2026, 12, 5, tzinfo=UTC)) == datetime(2027, 1, 5, tzinfo=UTC)


def test_gdpr_complaints_go_to_the_persons_national_authority():
    regulator = bases.get("gdpr-17").regulator
    assert "AEPD" in regulator("ES").name_es
    assert "ICO" in regulator("GB").name
    assert regulator("US") is None


def test_esafety_and_dsa_regulators():
    assert bases.get("esafety").regulator("AU").slug == "esafety"
    assert bases.get("dsa-16").regulator("FR").slug == "dsc"
    assert bases.get("dsa-16").regulator("US") is None


def test_dmca_warns_that_the_notice_may_be_published_with_the_name():
    warning = bases.get("dmca").warning
    assert "Lumen" in warning and "name" in warning


def test_dmca_has_all_six_statutory_elements():
    clauses = {element.clause for element in bases.get("dmca").elements}
    for clause in ("(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"):
        assert f"17 U.S.C. 512(c)(3)(A){clause}" in clauses


def test_take_it_down_has_all_four_statutory_elements():
    clauses = {element.clause for element in bases.get("take-it-down").elements}
    for clause in ("(i)", "(ii)", "(iii)", "(iv)"):
        assert f"47 U.S.C. 223a(a)(1)(B){clause}" in clauses


def test_dsa_has_all_four_article_16_2_elements():
    clauses = {element.clause for element in bases.get("dsa-16").elements}
    for letter in "abcd":
        assert f"DSA Art. 16(2)({letter})" in clauses


@pytest.mark.parametrize("slug", SLUGS)
def test_every_basis_states_the_recipients_duty_in_both_languages(slug):
    duty = bases.get(slug).duty
    assert set(duty) == {"en", "es"} and all(text.endswith(".") for text in duty.values())

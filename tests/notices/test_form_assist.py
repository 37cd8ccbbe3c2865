from dataclasses import replace

from takedown.notices.draft import draft
from takedown.notices.form_assist import field_key, form_assist
from tests.notices.factories import NOW, RECIPIENTS, complete_facts


def _assist(recipient, language="en", represented=False):
    facts = replace(complete_facts("platform-policy", represented=represented), recipient=recipient)
    return form_assist(draft("platform-policy", facts=facts, language=language, now=NOW))


def test_fields_come_in_the_order_the_form_asks_with_the_right_answers():
    assist = _assist(RECIPIENTS["example-social"])
    assert [f.label for f in assist.fields] == list(RECIPIENTS["example-social"].fields)
    answers = {f.label: f.text for f in assist.fields}
    assert answers["Full name"] == "Lucía Fernández Ortega"
    assert answers["Email address"] == "lucia.f@example.org"
    assert answers["URLs"].splitlines()[0] == "https://www.example-social.test/p/Cx8fK2mQ/"
    assert "I confirm in good faith" in answers["Description"]
    assert not answers["Description"].startswith("To:")
    assert assist.url == "https://help.example-social.test/report/ncii"


def test_representative_forms_get_both_names_and_the_authority():
    recipient = replace(
        RECIPIENTS["example-social"],
        fields=(
            "Your name",
            "Name of the person you represent",
            "Your relationship",
            "Proof of authorization",
        ),
    )
    answers = [f.text for f in _assist(recipient, represented=True).fields]
    assert answers[0] == "Sam Rivera"
    assert answers[1] == "Lucía Fernández Ortega"
    assert answers[2] == "Authorised representative of Lucía Fernández Ortega"
    assert answers[3].startswith("written authorisation")


def test_a_field_we_cannot_fill_is_left_to_the_person():
    recipient = replace(RECIPIENTS["example-social"], fields=("Favourite colour",))
    (only,) = _assist(recipient).fields
    assert only.key == "unknown" and only.text == ""


def test_unknown_forms_get_the_usual_fields_and_say_so():
    recipient = replace(RECIPIENTS["example-social"], fields=(), fields_known=False)
    assist = _assist(recipient, language="es")
    assert not assist.fields_known and "No conocemos" in assist.unknown_fields_note
    assert [f.key for f in assist.fields] == ["name", "email", "urls", "description", "signature"]


def test_form_assist_says_it_is_not_legal_advice_in_both_languages():
    assert "not legal advice" in _assist(RECIPIENTS["example-social"]).note
    assert "no es asesoramiento jurídico" in _assist(RECIPIENTS["example-social"], "es").note


def test_field_labels_are_recognised_in_english_spanish_and_as_keys():
    assert field_key("E-mail address") == "email"
    assert field_key("Correo electrónico") == "email"
    assert field_key("content_urls") == "urls"
    assert field_key("Is this image AI-generated?") == "ai_made"
    assert field_key("Firma") == "signature"
    assert field_key("Nombre completo") == "name"

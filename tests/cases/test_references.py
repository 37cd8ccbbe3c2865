from takedown.cases.references import new_pin, new_reference, normalise_reference
from takedown.cases.services import case_create


def test_references_avoid_ambiguous_letters():
    for _ in range(200):
        assert not set(new_reference()[3:]) & set("ILOU")


def test_pins_are_eight_digits():
    pin = new_pin()
    assert len(pin) == 8 and pin.isdigit()


def test_normalise_accepts_what_people_type():
    assert normalise_reference("td 7k4m 2qx9") == "TD-7K4M-2QX9"
    assert normalise_reference("7K4M2QXO") == "TD-7K4M-2QX0"
    assert normalise_reference("TD-1L1I-0000") == "TD-1111-0000"


def test_case_pin_is_stored_hashed_and_checks(db):
    case, pin = case_create()
    assert pin not in case.pin_hash
    assert case.check_pin(pin)
    assert not case.check_pin(str(int(pin) ^ 1).zfill(8))

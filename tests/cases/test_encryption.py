import io

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from takedown.cases.models import Case

PERSONAL = {
    "full_name": "Ana María Quintero",
    "email": "ana.quintero@example.org",
    "phone": "+34 600 123 456",
    "postal_address": "Calle Mayor 1, Madrid",
    "signature": "/Ana María Quintero/",
    "notes": "Prefers contact after 6 pm",
}


def raw_row(case):
    columns = ", ".join(PERSONAL)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM cases_case WHERE id = %s", [case.pk])  # noqa: S608
        return dict(zip(PERSONAL, cursor.fetchone(), strict=True))


def fill(case):
    for field, value in PERSONAL.items():
        setattr(case, field, value)
    case.save()


def test_personal_fields_are_unreadable_in_the_raw_database(case):
    fill(case)
    for field, stored in raw_row(case).items():
        assert PERSONAL[field] not in stored
        assert stored.startswith("gAAAA")  # a Fernet token


def test_personal_fields_read_back_in_clear(case):
    fill(case)
    again = Case.objects.get(pk=case.pk)
    assert {f: getattr(again, f) for f in PERSONAL} == PERSONAL


def test_equal_values_encrypt_differently(case):
    fill(case)
    other = Case.objects.create(reference="TD-OTHR-0001", full_name=PERSONAL["full_name"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM cases_case WHERE id = %s", [other.pk])
        assert cursor.fetchone()[0] != raw_row(case)["full_name"]


def test_lookups_on_encrypted_fields_are_refused(case):
    with pytest.raises(Exception, match="Unsupported lookup"):
        list(Case.objects.filter(full_name="x"))


def test_key_rotation_reencrypts_so_the_old_key_can_be_removed(case, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    fill(case)
    before = raw_row(case)

    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    with pytest.raises(CommandError):
        call_command("rotate_keys", "--check", stdout=io.StringIO())
    call_command("rotate_keys", stdout=io.StringIO())
    call_command("rotate_keys", "--check", stdout=io.StringIO())
    after = raw_row(case)
    assert all(before[f] != after[f] for f in PERSONAL)

    settings.FIELD_ENCRYPTION_KEYS = [new]
    again = Case.objects.get(pk=case.pk)
    assert {f: getattr(again, f) for f in PERSONAL} == PERSONAL


def test_a_missing_key_cannot_read_old_data(case, settings):
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    fill(case)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(InvalidToken):
        Case.objects.get(pk=case.pk)

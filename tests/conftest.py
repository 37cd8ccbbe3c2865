import pytest

from takedown.cases.services import case_create


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """PINs and passwords go through PBKDF2 in production; tests need no such cost."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def case(db):
    case, _pin = case_create()
    return case

"""Personal data is encrypted at rest with keys from the environment (DESIGN invariant 4).

Fernet (AES-128-CBC + HMAC-SHA256) through MultiFernet: the first key encrypts, every key
decrypts, so a new key can be put in front and the old ones dropped once
`manage.py rotate_keys` has re-encrypted every row.
"""

from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@cache
def _keyring(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY must name at least one key.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEY holds a key that is not 32 url-safe base64-encoded bytes; "
            "make one with `python manage.py generate_field_key`."
        ) from exc


def keyring() -> MultiFernet:
    return _keyring(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return keyring().encrypt(text.encode()).decode("ascii")


def decrypt(token: str) -> str:
    return keyring().decrypt(token.encode("ascii")).decode()


def is_current(token: str) -> bool:
    """Whether the newest key alone decrypts this token (so older keys may go)."""
    try:
        Fernet(settings.FIELD_ENCRYPTION_KEYS[0]).decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token. Empty text stays empty, so blank fields cost nothing.

    Equality lookups cannot work on randomised ciphertext, so only `isnull` is offered.
    """

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return decrypt(value)

    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)


def encrypted_fields(model: type[models.Model]) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]

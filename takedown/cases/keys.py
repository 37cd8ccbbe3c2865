"""Re-encrypting personal data under the newest key, so older keys can be retired."""

from django.apps import apps
from django.db import connection, transaction

from takedown.cases.encryption import EncryptedTextField, decrypt, encrypt, is_current


def encrypted_columns():
    """(model, field) for every encrypted field of every installed model."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                yield model, field


def _raw_rows(model, field):
    table = connection.ops.quote_name(model._meta.db_table)
    pk = connection.ops.quote_name(model._meta.pk.column)
    column = connection.ops.quote_name(field.column)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk}, {column} FROM {table} WHERE {column} <> ''")  # noqa: S608
        return cursor.fetchall()


def stale_tokens() -> dict[str, int]:
    """How many stored tokens per model.field the newest key alone cannot decrypt."""
    counts = {}
    for model, field in encrypted_columns():
        stale = sum(1 for _pk, token in _raw_rows(model, field) if token and not is_current(token))
        if stale:
            counts[f"{model._meta.label}.{field.name}"] = stale
    return counts


def rotate_all() -> int:
    """Re-encrypt every stale token under the newest key. Returns how many were rewritten."""
    rewritten = 0
    for model, field in encrypted_columns():
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        column = connection.ops.quote_name(field.column)
        with transaction.atomic():
            for row_pk, token in _raw_rows(model, field):
                if token and not is_current(token):
                    with connection.cursor() as cursor:
                        cursor.execute(
                            f"UPDATE {table} SET {column} = %s WHERE {pk} = %s",  # noqa: S608
                            [encrypt(decrypt(token)), row_pk],
                        )
                    rewritten += 1
    return rewritten

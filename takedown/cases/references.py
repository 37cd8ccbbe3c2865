"""Case numbers and PINs for people who use the service without an account.

Crockford's base32 alphabet leaves out I, L, O and U, so a number read aloud or copied by
hand from a phone screen cannot be misread.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PIN_DIGITS = 8


def new_reference() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"TD-{chars[:4]}-{chars[4:]}"


def new_pin() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))


def normalise_reference(text: str) -> str:
    """Accept what people type: lower case, spaces, missing dashes, O for 0, I or L for 1."""
    raw = text.upper().replace(" ", "").replace("-", "")
    raw = raw.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if raw.startswith("TD"):
        raw = raw[2:]
    return f"TD-{raw[:4]}-{raw[4:]}" if len(raw) == 8 else text.strip().upper()

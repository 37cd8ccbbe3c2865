"""Write a .env with fresh development keys, once per checkout, so no two installs share them."""

import secrets
from pathlib import Path

from cryptography.fernet import Fernet

ENV_FILE = Path(__file__).resolve().parent.parent / ".env"

if not ENV_FILE.exists():
    ENV_FILE.write_text(
        "# Written by `make run` for this checkout only. Never commit it.\n"
        "DEBUG=1\n"
        f"SECRET_KEY={secrets.token_urlsafe(50)}\n"
        f"FIELD_ENCRYPTION_KEY={Fernet.generate_key().decode()}\n"
    )
    ENV_FILE.chmod(0o600)
    print(f"Wrote development keys to {ENV_FILE}")

import subprocess
import sys

from cryptography.fernet import Fernet

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-secret-key-" + "x" * 40,
    "FIELD_ENCRYPTION_KEY": Fernet.generate_key().decode(),
    "ALLOWED_HOSTS": "takedown.example.org",
    "DATABASE_URL": "sqlite:////tmp/takedown-check.sqlite3",
    "PATH": "/usr/bin:/bin",
    # Only this environment: not the keys `make run` writes to the checkout's .env.
    "TAKEDOWN_ENV_FILE": "",
}


def check_deploy(**extra):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**PRODUCTION, **extra},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_check_deploy():
    result = check_deploy()
    assert result.returncode == 0, result.stderr


def test_check_deploy_flags_the_fetch_allow_list():
    result = check_deploy(TAKEDOWN_FETCH_ALLOW="127.0.0.1:8080")
    assert result.returncode != 0
    assert "takedown.W001" in result.stderr


def test_check_deploy_refuses_the_development_encryption_key():
    from takedown.settings import _DEV_FIELD_KEY

    result = check_deploy(FIELD_ENCRYPTION_KEY=_DEV_FIELD_KEY)
    assert "takedown.E001" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr

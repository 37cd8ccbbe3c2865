"""One settings module, driven by the environment.

With no environment at all it runs on its embedded defaults: SQLite under ./data, tasks
in-process, DEBUG on. Production sets DEBUG=0 and real values (docs/operations.md).
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env (written by `make run`) keeps generated development keys per checkout.
# TAKEDOWN_ENV_FILE names another file, or none when empty: a process that must see only
# its own environment (the production-settings tests) sets it so.
_ENV_FILE = env.str("TAKEDOWN_ENV_FILE", default=str(BASE_DIR / ".env"))
if _ENV_FILE:
    environ.Env.read_env(_ENV_FILE)

DEBUG = env.bool("DEBUG", default=True)
DATA_DIR = Path(env.str("TAKEDOWN_DATA_DIR", default=str(BASE_DIR / "data")))

# Development defaults exist only while DEBUG is on; production must bring its own.
_DEV_SECRET_KEY = "dev-only-insecure-secret-key-never-use-in-production"  # noqa: S105
_DEV_FIELD_KEY = "ZGV2LW9ubHktaW5zZWN1cmUtZmllbGQta2V5LTAwMDA="

SECRET_KEY = env.str("SECRET_KEY", **({"default": _DEV_SECRET_KEY} if DEBUG else {}))
# Newest key first; older keys stay only until `manage.py rotate_keys` has re-encrypted.
FIELD_ENCRYPTION_KEYS = env.list(
    "FIELD_ENCRYPTION_KEY", **({"default": [_DEV_FIELD_KEY]} if DEBUG else {})
)

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "takedown.cases",
    "django_celery_beat",
    "takedown.followup",
    "takedown.reports",
    "takedown.person",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: it turns a lockout into our lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks every sign-in first; the person's case number + PIN form reports its
# failures to axes too (takedown/person/lockout.py), so both are locked out alike.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_HOURS", default=1)
# Either is enough to lock: one address trying many cases, or many addresses trying one
# case (a PIN is 8 digits; a case number is not secret from someone who saw it).
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_LOCKOUT_CALLABLE = "takedown.person.lockout.locked_out"
# Never reset on success: an attacker with a case of their own could otherwise sign in to it
# between guesses and keep their address's count at zero.
AXES_RESET_ON_SUCCESS = False
# Failed attempts are kept (address, browser, form fields) until their cool-off passes; none
# of the form's secrets or contact details go into that record.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "reference", "pin", "email", "password"]
# Successful sign-ins are not logged by axes: the case keeps its own short list, with the
# address truncated and hashed (takedown/person/signins.py, docs/privacy.md).
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False

if not DEBUG:
    # runserver serves static files itself while DEBUG; in production WhiteNoise does.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "takedown.urls"
WSGI_APPLICATION = "takedown.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if "DATABASE_URL" not in env:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'takedown.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "takedown" / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Vendored front-end builds (scripts/vendor_govuk.sh); no npm is needed to run the app.
STATICFILES_DIRS = [BASE_DIR / "takedown" / "static"]
STORAGES = {
    # Nothing the app stores is a file: there is deliberately no media storage.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# Uploads of reported images (the no-JavaScript fallback) must stay in memory: never let
# Django spill a large upload to a temporary file.
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]
FILE_UPLOAD_MAX_MEMORY_SIZE = 40 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 40 * 1024 * 1024

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="takedown@localhost")
# Notices can go out through an e-mail provider's API instead of SMTP: set EMAIL_BACKEND
# to a django-anymail backend (e.g. anymail.backends.postmark.EmailBackend) and its
# credentials as ANYMAIL_* variables (ANYMAIL_POSTMARK_SERVER_TOKEN=...); docs/notices.md.
if "EMAIL_BACKEND" in env.ENVIRON:
    EMAIL_BACKEND = env.str("EMAIL_BACKEND")
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in env.ENVIRON.items()
    if name.startswith("ANYMAIL_")
}

# Exact host:port pairs exempt from the private-address block. For tests and local demos
# only: `check --deploy` warns while it is set.
TAKEDOWN_FETCH_ALLOW = env.list("TAKEDOWN_FETCH_ALLOW", default=[])
# Caps on every fetch (docs/fetching.md): bytes read per page and per image (after
# decompression too), seconds per fetch including redirects and retries, ports fetched,
# and images taken from one page (the rest are counted as skipped).
TAKEDOWN_FETCH_MAX_PAGE_BYTES = env.int("TAKEDOWN_FETCH_MAX_PAGE_BYTES", default=5 * 1024 * 1024)
TAKEDOWN_FETCH_MAX_IMAGE_BYTES = env.int("TAKEDOWN_FETCH_MAX_IMAGE_BYTES", default=25 * 1024 * 1024)
TAKEDOWN_FETCH_TIMEOUT = env.float("TAKEDOWN_FETCH_TIMEOUT", default=30.0)
TAKEDOWN_FETCH_PORTS = [int(port) for port in env.list("TAKEDOWN_FETCH_PORTS", default=[80, 443])]
TAKEDOWN_FETCH_MAX_IMAGES_PER_PAGE = env.int("TAKEDOWN_FETCH_MAX_IMAGES_PER_PAGE", default=500)
# Politeness per host, per worker process: requests at once, seconds between their starts.
TAKEDOWN_FETCH_HOST_CONCURRENCY = env.int("TAKEDOWN_FETCH_HOST_CONCURRENCY", default=4)
TAKEDOWN_FETCH_HOST_DELAY = env.float("TAKEDOWN_FETCH_HOST_DELAY", default=0.0)

# Celery. Without a broker, tasks run in-process right after the transaction commits,
# so the one-machine install needs no extra service.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
# Tasks that mostly wait on other servers go to `fetch`, CPU-only ones to `hash`
# (docs/architecture.md, "Tasks").
CELERY_TASK_ROUTES = {
    "takedown.cases.tasks.check_candidates": {"queue": "fetch"},
    "takedown.cases.tasks.recheck_target": {"queue": "fetch"},
    "takedown.cases.tasks.rematch_case": {"queue": "hash"},
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis redelivers an unacknowledged task after this many seconds; it must exceed the
# longest task, or a slow scan would run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
}
# Beat reads its schedule from the database (django-celery-beat), so `setup_schedules`
# can write it and an admin can pause a task without a deploy.
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

# Follow-up (takedown/followup). How often every URL under an open notice is checked again.
TAKEDOWN_RECHECK_HOURS = env.int("TAKEDOWN_RECHECK_HOURS", default=24)
# At most this many rechecks are queued per hourly run, the longest unchecked first.
TAKEDOWN_RECHECK_BATCH = env.int("TAKEDOWN_RECHECK_BATCH", default=1000)
# How often deadlines, removals and reminders are looked at.
TAKEDOWN_FOLLOWUP_MINUTES = env.int("TAKEDOWN_FOLLOWUP_MINUTES", default=15)
# Reminders to the assigned caseworker, in hours from a notice's legal deadline
# (negative: before it).
TAKEDOWN_REMINDER_OFFSETS_HOURS = [
    int(hours) for hours in env.list("TAKEDOWN_REMINDER_OFFSETS_HOURS", default=["-24", "0", "72"])
]
# Statistics: the month a fiscal year starts in, where an organisation has not set one.
TAKEDOWN_FISCAL_YEAR_START = env.int("TAKEDOWN_FISCAL_YEAR_START", default=1)
# Funder reports show counts below this as "<N", so that no small group can be singled out.
TAKEDOWN_SMALL_NUMBER = env.int("TAKEDOWN_SMALL_NUMBER", default=5)

# Quick exit ends the session, then sends the browser to a neutral page in the person's
# language. Override with QUICK_EXIT_URL_EN / QUICK_EXIT_URL_ES.
TAKEDOWN_QUICK_EXIT_URLS = {
    "en": env.str("QUICK_EXIT_URL_EN", default="https://www.bbc.co.uk/weather"),
    "es": env.str("QUICK_EXIT_URL_ES", default="https://www.eltiempo.es/"),
}
# The person's own limits: URLs per case, and the largest photo the server fallback reads.
TAKEDOWN_MAX_TARGETS_PER_CASE = env.int("TAKEDOWN_MAX_TARGETS_PER_CASE", default=200)
TAKEDOWN_MAX_PHOTOS_PER_CASE = env.int("TAKEDOWN_MAX_PHOTOS_PER_CASE", default=100)
TAKEDOWN_UPLOAD_MAX_BYTES = env.int("TAKEDOWN_UPLOAD_MAX_BYTES", default=30 * 1024 * 1024)
# A case opened with its PIN closes in that browser after this long without a case page.
TAKEDOWN_PERSON_SESSION_SECONDS = env.int("TAKEDOWN_PERSON_SESSION_SECONDS", default=2 * 3600)
# New cases one network may open in an hour (they need no account; this stops a script).
TAKEDOWN_NEW_CASES_PER_HOUR = env.int("TAKEDOWN_NEW_CASES_PER_HOUR", default=20)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No other site learns which of our pages a person came from (a case page, the exit).
# Not "no-referrer": under it browsers send "Origin: null" with our own form posts, and
# Django's CSRF check then refuses every form (tests/browser/test_person_flow.py).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # The header alone changes nothing until the domain is submitted to the preload list.
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    if env.bool("BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- Caseworker sign-in (takedown.dashboard) ----------------------------------------------
# Staff sign in with a password and a TOTP code (django-otp); django-axes (configured
# above) locks out repeated failures.
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp", "takedown.dashboard"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "takedown.dashboard.middleware.StaffSessionMiddleware",
)
LOGIN_URL = "dashboard:login"
# A caseworker's session ends after this much inactivity (the person's session is not
# affected): a shared office computer left open should not stay signed in for weeks.
TAKEDOWN_STAFF_SESSION_SECONDS = env.int("TAKEDOWN_STAFF_SESSION_SECONDS", default=30 * 60)
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Takedown")

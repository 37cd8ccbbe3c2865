"""System checks that `manage.py check --deploy` runs on a production configuration."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_fetch_allow_list(app_configs, **kwargs):
    if settings.TAKEDOWN_FETCH_ALLOW:
        return [
            Warning(
                "TAKEDOWN_FETCH_ALLOW exempts "
                + ", ".join(settings.TAKEDOWN_FETCH_ALLOW)
                + " from the private-address block; the fetcher can then reach them.",
                hint="Leave TAKEDOWN_FETCH_ALLOW unset in production: it is for tests and demos.",
                id="takedown.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_field_encryption_key(app_configs, **kwargs):
    from takedown.settings import _DEV_FIELD_KEY

    if _DEV_FIELD_KEY in settings.FIELD_ENCRYPTION_KEYS:
        return [
            Error(
                "FIELD_ENCRYPTION_KEY uses the public development key.",
                hint="Generate one with `python manage.py generate_field_key`.",
                id="takedown.E001",
            )
        ]
    return []


@register(Tags.security)
def check_fetch_settings(app_configs, **kwargs):
    """A malformed TAKEDOWN_FETCH_* value fails at start-up, not in the first scan."""
    from takedown.fetching import policy_from_settings

    try:
        policy_from_settings(settings)
    except (TypeError, ValueError) as error:
        return [
            Error(
                f"The TAKEDOWN_FETCH_* settings are not valid: {error}",
                hint="See docs/fetching.md: TAKEDOWN_FETCH_ALLOW takes host:port pairs.",
                id="takedown.E101",
            )
        ]
    return []

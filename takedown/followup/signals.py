from django.db import transaction


def match_saved(sender, instance, created, **kwargs):
    """A new match may be a re-upload on a platform already notified. Checked after the
    scan's transaction commits, so a rolled-back match opens nothing."""
    if created and not kwargs.get("raw"):
        from takedown.followup.reuploads import on_new_match

        match_id = instance.pk
        transaction.on_commit(lambda: on_new_match(match_id))


def schedules_after_migrate(sender, **kwargs):
    from takedown.followup.schedules import setup_schedules

    setup_schedules()

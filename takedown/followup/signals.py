from django.db import transaction


def match_saved(sender, instance, created, **kwargs):
    """A new match may be a re-upload on a platform already notified. Checked by its own
    task once the scan's transaction commits: a rolled-back match opens nothing, and the
    check can neither slow nor break the scan (robust: an error is logged, not raised)."""
    if created and not kwargs.get("raw"):
        from takedown.followup.tasks import check_reupload

        match_id = instance.pk
        transaction.on_commit(lambda: check_reupload.delay(match_id), robust=True)


def schedules_after_migrate(sender, **kwargs):
    from takedown.followup.schedules import setup_schedules

    setup_schedules()

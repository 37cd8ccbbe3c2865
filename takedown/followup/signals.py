def schedules_after_migrate(sender, **kwargs):
    """A fresh install gets its beat schedule with `migrate`, no extra step."""
    from takedown.followup.schedules import setup_schedules

    setup_schedules()

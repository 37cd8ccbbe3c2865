from takedown.reports.models import CaseTally


def _month(moment):
    return moment.date().replace(day=1) if moment else None


def case_deleted(sender, instance, **kwargs):
    """Keep the case in the counts, by month, without anything that points back to it."""
    if instance.organization_id is None:
        return  # a person's own case: no organisation reports on it
    CaseTally.objects.create(
        organization_id=instance.organization_id,
        opened_month=_month(instance.created_at),
        closed_month=_month(instance.closed_at),
    )

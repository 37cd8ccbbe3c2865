"""Follow-up after a notice is sent: rechecks, removals, deadline reminders, escalation
drafts and re-upload detection, run by Celery beat."""

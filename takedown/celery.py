"""The Celery app. Queues: `fetch` for network I/O, `hash` for CPU, `default` for the rest."""

import os

from celery import Celery
from kombu import Exchange, Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")

app = Celery("takedown")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_queues = tuple(
    Queue(name, Exchange(name, type="direct"), routing_key=name)
    for name in ("default", "fetch", "hash")
)
app.autodiscover_tasks()

"""The Celery app. Queues: `fetch` for network I/O, `hash` for CPU, `default` for the rest."""

import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")

app = Celery("takedown")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_queues = (Queue("default"), Queue("fetch"), Queue("hash"))
app.autodiscover_tasks()

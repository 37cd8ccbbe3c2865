"""Takedown: find non-consensual intimate images and get them taken down."""

from takedown.celery import app as celery_app

__all__ = ("celery_app",)

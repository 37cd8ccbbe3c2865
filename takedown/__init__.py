"""Takedown: find non-consensual intimate images and get them taken down."""

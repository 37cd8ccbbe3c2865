"""Takedown notices: the legal bases, drafting a complete notice, and rendering it.

The legal layer (`basis`, `elements`, `facts`, `bases/`, `regulators`, `draft`,
`escalation`, `recipients`) is plain Python; `render`, `mail`, `pdf` and `form_assist`
use Django templates.
"""

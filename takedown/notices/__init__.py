"""Takedown notices: the legal bases, drafting a complete notice, and rendering it.

The legal layer (`basis`, `facts`, `bases/`, `draft`) is plain Python; only `render`,
`mail`, `pdf` and `form_assist` use Django templates.
"""

"""Reasoning across articles: estimate series, agreement between them, Admiralty grades.

:func:`estimates` (in :mod:`.report`) is the entry point the CLI, the API and the web use.
"""

from __future__ import annotations

from .report import estimates

__all__ = ["estimates"]

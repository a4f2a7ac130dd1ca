"""The ledger: SQLAlchemy Core storage of extraction records (SQLite or PostgreSQL).

``Ledger`` is the API; ``schema`` describes every table (read its docstring).
"""

from __future__ import annotations

from .ledger import Ledger, ledger_url, make_engine

__all__ = ["Ledger", "ledger_url", "make_engine"]

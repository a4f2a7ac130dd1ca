"""claimledger: reads news reports and keeps a ledger of who claimed what, when.

The public API is two names: :func:`extract` (text in, contract record out) and
:class:`Ledger` (the store).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .extraction import extract

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = ["extract", "Ledger"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # the ledger pulls in SQLAlchemy: load it only for callers who use it
    if name == "Ledger":
        from .ledger import Ledger

        return Ledger
    raise AttributeError(name)

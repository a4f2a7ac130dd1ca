"""Helpers the quantities test files share: run the quantities component alone on a text."""

from __future__ import annotations

from claimledger.record import Entity, Quantity, Time


def quantities(bare, component, text: str, *, entities: list[Entity] | None = None,
               times: list[Time] | None = None) -> list[Quantity]:
    """The component's figures for ``text`` parsed by ``bare``, with the entities and times
    the earlier components would have set (none by default)."""
    doc = bare(text)
    doc._.cl_entities = entities or []
    doc._.cl_times = times or []
    return component(doc)._.cl_quantities


def checked(bare, component, text: str) -> list[Quantity]:
    """The figures for ``text``, each asserted to span its own text."""
    found = quantities(bare, component, text)
    for q in found:
        assert text[q.span[0]:q.span[1]] == q.text
    return found

"""PLACEHOLDER: the entities component (to be replaced by its real implementation).

``entity_at`` is the lookup other components use; keep its signature.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Entity


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention inside ``[start, end)`` chars, preferring the longest mention.

    A mention that covers the whole range also counts (a one-word span inside a name).
    """
    best: tuple[int, Entity] | None = None
    for entity in doc._.cl_entities or []:
        for m_start, m_end in entity.mentions:
            inside = start <= m_start and m_end <= end
            covering = m_start <= start and end <= m_end
            if (inside or covering) and (best is None or m_end - m_start > best[0]):
                best = (m_end - m_start, entity)
    return best[1] if best else None


class EntitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_entities = []
        return doc


@Language.factory("claimledger_entities", assigns=["doc._.cl_entities"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent()

"""PLACEHOLDER: the entities component (to be replaced by its real implementation)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_entities = []
        return doc


@Language.factory("claimledger_entities", assigns=["doc._.cl_entities"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent()

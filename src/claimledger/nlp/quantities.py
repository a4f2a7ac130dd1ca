"""PLACEHOLDER: the quantities component (to be replaced by its real implementation)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_quantities = []
        return doc


@Language.factory("claimledger_quantities", assigns=["doc._.cl_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent()

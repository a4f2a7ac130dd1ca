"""PLACEHOLDER: the claims component (to be replaced by its real implementation)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ClaimsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_claims = []
        return doc


@Language.factory("claimledger_claims", assigns=["doc._.cl_claims"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()

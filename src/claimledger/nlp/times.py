"""PLACEHOLDER: the times component (to be replaced by its real implementation)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_times = []
        return doc


@Language.factory("claimledger_times", assigns=["doc._.cl_times"])
def make_times(nlp: Language, name: str) -> TimesComponent:
    return TimesComponent()

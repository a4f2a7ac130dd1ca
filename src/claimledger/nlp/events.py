"""PLACEHOLDER: the events component (to be replaced by its real implementation)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_events = []
        return doc


@Language.factory("claimledger_events", assigns=["doc._.cl_events"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()

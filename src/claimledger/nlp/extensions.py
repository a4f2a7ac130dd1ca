"""The ``Doc._`` extensions claimledger's components read and write, declared in one place."""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> what it holds. Each component writes one list of record dataclasses.
DOC_EXTENSIONS: dict[str, str] = {
    "cl_published": "datetime.date | None: the publication date, anchor of relative times",
    "cl_entities": "list[record.Entity]: entities merged within the article",
    "cl_times": "list[record.Time]: time expressions with TimeML values and intervals",
    "cl_quantities": "list[record.Quantity]: bounded figures with what they count",
    "cl_claims": "list[record.Claim]: attributed claims",
    "cl_events": "list[record.Event]: PLOVER-typed events",
}


def register_extensions() -> None:
    """Register every Doc extension (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()

"""Language identification: the pipeline reads English, so other languages are skipped early.

py3langid ships its model inside the wheel (nothing is downloaded); it is loaded once, on the
first text that needs it. Only a prefix of each text is classified (the language of a news
article does not change half-way), and texts too short to judge are let through: a
one-line English item misread as Malay must not be lost.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from ..article import Article
from ..errors import Errors
from .text import Item, Skipped

#: Characters of an article's start that are classified.
SAMPLE_CHARS = 3000
#: Texts shorter than this (in characters, without spaces) are not judged at all.
MIN_CHARS = 60
#: A text is skipped only when the detector is at least this sure it is not English.
MIN_CONFIDENCE = 0.9
#: The languages the pipeline reads.
ACCEPTED = frozenset({"en"})


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of the text's language, or None for a text too short."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for char in sample if not char.isspace()) < MIN_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def foreign_language(article: Article) -> tuple[str, float] | None:
    """The article's language when it is surely not one the pipeline reads, else None.

    A language the source declares (JSON Lines ``language``, HTML ``lang``) is trusted when it
    is not English; otherwise the text is classified.
    """
    declared = (article.language or "").lower().split("-")[0]
    if declared and declared not in ACCEPTED:
        return declared, 1.0
    found = detect_language(article.text)
    if found is None or found[0] in ACCEPTED or found[1] < MIN_CONFIDENCE:
        return None
    return found


def english_only(items: Iterable[Item]) -> Iterator[Item]:
    """The items with every article that is not in English replaced by a Skipped reason."""
    for item in items:
        if isinstance(item, Article):
            foreign = foreign_language(item)
            if foreign is not None:
                where = item.url or f"article {item.id}"
                yield Skipped(where, Errors.E042.format(
                    path=where, language=foreign[0], probability=foreign[1]), skip=True)
                continue
        yield item

"""extract(): one article in, one contract record out; extract_articles() for many at once."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

from .article import Article
from .errors import Errors, Warnings
from .nlp.pipeline import load_pipeline
from .nlp.spacing import plain_spaces
from .record import Record, from_doc
from .settings import Settings, load_settings

log = logging.getLogger("claimledger")


@dataclass
class Outcome:
    """What became of one article: a record, or the one-line reason it has none."""

    article: Article
    record: Record | None = None
    error: str | None = None


def extract(
    text: str,
    published: str | date | datetime | None = None,
    *,
    model: str | None = None,
    **meta: Any,
) -> Record:
    """Extract entities, times, quantities, claims and events from one article's text.

    ``published`` anchors relative times ("last year"); ``meta`` takes the Article's other
    fields (``id``, ``title``, ``outlet``, ``author``, ``url``). Spans index ``text`` verbatim.
    """
    article = Article(text=text, published=published, **meta)
    outcome = next(extract_articles([article], model=model, raise_errors=True))
    assert outcome.record is not None
    return outcome.record


def _prepare(nlp: Any, article: Article, settings: Settings) -> Doc:
    text = article.text
    if len(text) > settings.max_chars:
        log.warning(Warnings.W002.format(
            article=article.id, size=len(text), limit=settings.max_chars))
        text = text[: settings.max_chars]
    doc = nlp.make_doc(plain_spaces(text))  # no-break spaces read as spaces (nlp/spacing.py)
    doc._.cl_published = article.published_date
    return doc


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    settings: Settings | None = None,
    raise_errors: bool = False,
) -> Iterator[Outcome]:
    """Extract records from many articles, batched through ``nlp.pipe``; order is kept.

    An article whose extraction fails yields an Outcome with ``error`` set (or raises, with
    ``raise_errors``); the others go on.
    """
    settings = settings or load_settings()
    nlp = load_pipeline(model or settings.model or None)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= settings.batch_size:
            yield from _run_batch(nlp, batch, settings, raise_errors)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, settings, raise_errors)


def _run_batch(
    nlp: Any, batch: list[Article], settings: Settings, raise_errors: bool
) -> Iterator[Outcome]:
    docs = [_prepare(nlp, a, settings) for a in batch]
    try:
        processed = list(nlp.pipe(docs, batch_size=settings.batch_size))
    except Exception:
        if raise_errors or len(batch) == 1:
            processed = None
        else:  # find the article that broke the batch; the others still get records
            for article in batch:
                yield from _run_batch(nlp, [article], settings, raise_errors)
            return
    if processed is None:
        try:
            processed = [nlp(docs[0])]
        except Exception as err:
            if raise_errors:
                raise
            yield Outcome(batch[0], error=Errors.E012.format(article=batch[0].id, reason=err))
            return
    for article, doc in zip(batch, processed, strict=True):
        try:
            yield Outcome(article, record=_record(doc, article))
        except Exception as err:
            if raise_errors:
                raise
            log.debug("extraction failed", exc_info=True)
            yield Outcome(article, error=Errors.E012.format(article=article.id, reason=err))


def _record(doc: Doc, article: Article) -> Record:
    if doc.text == article.text:
        return from_doc(doc, article)
    # a capped article or one with no-break spaces read as spaces: the record keeps the full
    # text as written, and its spans (the same offsets) index it
    record = from_doc(doc, Article(**{**article.__dict__, "text": doc.text}))
    record.article.text = article.text
    record.retext()
    return record

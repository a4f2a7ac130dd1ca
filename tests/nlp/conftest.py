"""Fixtures of the quantities tests: the bare model and the component, loaded once."""

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

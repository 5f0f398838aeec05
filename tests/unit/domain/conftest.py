"""Fixtures of the domain tests: the shipped taxonomy and a fixed "today"."""

from __future__ import annotations

import datetime as dt

import pytest
from domain_samples import TODAY

from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture
def today() -> dt.date:
    return TODAY

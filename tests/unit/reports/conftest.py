"""Fixtures for the annual report tests: the shipped taxonomy and a realistic year of facts."""

from __future__ import annotations

import pytest

from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.reports.disclosure import PublishedReport, publish
from meldpunt.reports.facts import ReportFacts
from meldpunt.reports.statistics import AnnualStatistics, compute_annual

from .factories import demo_year


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def demo_facts() -> tuple[list[ReportFacts], list[ReportFacts]]:
    """About 180 reports in 2025 and 150 in 2024, with mass reports and small cells."""
    return demo_year(2025, 180, seed=7), demo_year(2024, 150, seed=8)


@pytest.fixture(scope="session")
def demo_stats(
    taxonomy: Taxonomy, demo_facts: tuple[list[ReportFacts], list[ReportFacts]]
) -> AnnualStatistics:
    this_year, last_year = demo_facts
    return compute_annual(this_year, 2025, taxonomy, previous_year_facts=last_year)


@pytest.fixture(scope="session")
def demo_published(demo_stats: AnnualStatistics) -> PublishedReport:
    return publish(demo_stats)

"""Per-criterion phrases (nl, fr, en): how the trait came up, what was said, what it is called."""

from __future__ import annotations

from meldpunt.demo.criteria_gender import GENDER_CRITERIA
from meldpunt.demo.criteria_general import GENERAL_CRITERIA
from meldpunt.demo.texts import CriterionText

CRITERIA: dict[str, CriterionText] = {**GENERAL_CRITERIA, **GENDER_CRITERIA}

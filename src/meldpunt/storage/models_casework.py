"""ORM models of casework: timeline actions, tasks, referral rules, letters."""

from __future__ import annotations

"""ORM models of the audit trail, erasure ledger and backups (issue: roles, audit, retention)."""

from __future__ import annotations

"""Shared helpers for the test suite (importable because pytest puts tests/ on the path)."""

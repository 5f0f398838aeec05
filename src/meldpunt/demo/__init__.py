"""Deterministic synthetic reports for demos, tests and benchmarks."""

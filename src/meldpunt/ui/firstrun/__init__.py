"""The first-run wizard that creates the office."""

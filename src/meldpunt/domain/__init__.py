"""Plain Python: taxonomy, report model, validation and workflow rules (no Qt, no SQL)."""

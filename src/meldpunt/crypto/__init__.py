"""Key hierarchy, field cipher and blind index (no Qt, no SQL)."""

"""Use cases; each takes what it needs (session factory, key store) as arguments."""

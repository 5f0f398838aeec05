"""Engine and session factory, ORM models, bundled migrations and repositories."""

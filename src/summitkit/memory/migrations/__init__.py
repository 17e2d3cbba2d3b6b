"""Alembic migrations of the summit memory; ``Store`` runs them on open, so older stores stay readable."""

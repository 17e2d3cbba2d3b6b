"""Alembic's entry point, run by ``summitkit.memory.store.upgrade`` on the store's own connection."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

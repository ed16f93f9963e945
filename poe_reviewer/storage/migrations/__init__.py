"""Alembic migrations of the review database (run on open by :func:`poe_reviewer.storage.db.migrate`)."""

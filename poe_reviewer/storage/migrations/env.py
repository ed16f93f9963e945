"""Alembic environment: migrations run on the connection that :mod:`poe_reviewer.storage.db` opened.

The program runs migrations itself on open; there is no alembic.ini. To write a new
revision (numbered after the last one), from the repository root::

    .venv/bin/python -c "from alembic import command; from poe_reviewer.storage.db import alembic_config; \\
        command.revision(alembic_config(), message='what changes', rev_id='0002')"

and write its ``upgrade`` by hand for SQLite and PostgreSQL both.
"""

from __future__ import annotations

from alembic import context

from poe_reviewer.storage.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    if context.is_offline_mode():
        context.configure(url="sqlite://", target_metadata=Base.metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    # writing a new revision file needs no database; running migrations does
elif not context.is_offline_mode():
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()

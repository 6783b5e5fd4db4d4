"""The store: runs and their inputs, findings, the deciders' rulings, closed months and an audit trail.

SQLite (a file path) or PostgreSQL (a URL), one schema, versioned with Alembic
migrations shipped in this package (`migrations/`).  See docs/store.md.
"""

from rulebooks.store.database import StoreError, head_revision, migrate, open_engine

__all__ = ["StoreError", "head_revision", "migrate", "open_engine"]

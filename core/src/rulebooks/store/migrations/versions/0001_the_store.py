"""The store: runs, their input files and events, findings, rulings, closed months and the audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("run_no", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(32), nullable=False, unique=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("as_of", sa.String(40), nullable=False),
        sa.Column("config_hash", sa.String(32), nullable=False),
        sa.Column("config", sa.Text, nullable=False),
        sa.Column("packs", sa.Text, nullable=False),
        sa.Column("files", sa.Text, nullable=False),
        sa.Column("rulings", sa.Text, nullable=False),
        sa.Column("options", sa.Text, nullable=False),
        sa.Column("report", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
    )
    op.create_index("runs_site", "runs", ["site", "run_no"])
    op.create_table(
        "input_files",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_no", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("type", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("file", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("line", sa.Integer),
        sa.Column("first_run_no", sa.Integer, sa.ForeignKey("runs.run_no"), nullable=False),
        sa.UniqueConstraint("site", "event_id", "fingerprint", name="events_once"),
    )
    op.create_index("events_site_month", "events", ["site", "month"])
    op.create_table(
        "run_events",
        sa.Column("run_no", sa.Integer, sa.ForeignKey("runs.run_no"), primary_key=True),
        sa.Column("event_no", sa.Integer, sa.ForeignKey("events.event_no"), primary_key=True),
    )
    op.create_table(
        "findings",
        sa.Column("run_no", sa.Integer, sa.ForeignKey("runs.run_no"), primary_key=True),
        sa.Column("decision_id", sa.String(40), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("pack", sa.String(200), nullable=False),
        sa.Column("family", sa.String(40), nullable=False),
        sa.Column("on_day", sa.String(10), nullable=False),
        sa.Column("subjects", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("facts", sa.String(32), nullable=False),
        sa.Column("finding", sa.Text, nullable=False),
    )
    op.create_index("findings_decision", "findings", ["decision_id"])
    op.create_index("findings_key", "findings", ["key"])
    op.create_table(
        "rulings",
        sa.Column("ruling_no", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("decision_id", sa.String(40), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("facts", sa.String(32), nullable=False),
        sa.Column("run_no", sa.Integer, sa.ForeignKey("runs.run_no"), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("by_name", sa.String(200), nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("ruling", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
    )
    op.create_index("rulings_site_key", "rulings", ["site", "key"])
    op.create_table(
        "closes",
        sa.Column("close_no", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("run_no", sa.Integer, sa.ForeignKey("runs.run_no"), nullable=False),
        sa.Column("closed_by", sa.String(200), nullable=False),
        sa.Column("closed_at", sa.String(40), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("reopened_by", sa.String(200)),
        sa.Column("reopened_at", sa.String(40)),
        sa.Column("reopen_why", sa.Text),
    )
    op.create_index("closes_one_standing", "closes", ["site", "month"], unique=True,
                    sqlite_where=sa.text("state = 'closed'"), postgresql_where=sa.text("state = 'closed'"))
    op.create_table(
        "audit",
        sa.Column("audit_no", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("decision_id", sa.String(40)),
        sa.Column("run_no", sa.Integer),
        sa.Column("actor", sa.String(200)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("audit_decision", "audit", ["decision_id", "audit_no"])
    # The audit trail is append only: the database itself refuses to change or delete an entry.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit trail is append only'; END $$""")
        op.execute("CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit "
                   "FOR EACH ROW EXECUTE FUNCTION audit_append_only()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_no_{action.lower()} BEFORE {action} ON audit "
                       f"BEGIN SELECT RAISE(ABORT, 'the audit trail is append only'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_append_only ON audit")
        op.execute("DROP FUNCTION audit_append_only()")
    for table in ("audit", "closes", "rulings", "findings", "run_events", "events", "input_files", "runs"):
        op.drop_table(table)

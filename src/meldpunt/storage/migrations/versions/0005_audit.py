"""Audit trail (hash-chained entries and their head), erasure ledger.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(36), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("detail", sa.String(200), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("signer", sa.LargeBinary(32), nullable=True),
        sa.Column("signature", sa.LargeBinary(64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_actor"), "audit_entry", ["actor"])
    op.create_index(op.f("ix_audit_entry_object_id"), "audit_entry", ["object_id"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The one head row exists from the start, so the first writer has a row to lock.
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])
    op.create_table(
        "erasure_ledger",
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_erasure_ledger")),
    )


def downgrade() -> None:
    op.drop_table("erasure_ledger")
    op.drop_table("audit_head")
    op.drop_table("audit_entry")

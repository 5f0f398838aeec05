"""Vault: staff users, key slots, class key versions, key grants, data keys, unlock attempts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_user",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signing_public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("failed_unlocks", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_user")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_user_username")),
    )
    op.create_table(
        "key_slot",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=True),
        sa.Column("box_public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("wrapped_box_key", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("binding", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["staff_user.id"],
            name=op.f("fk_key_slot_user_id_staff_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_slot")),
        sa.UniqueConstraint("user_id", name=op.f("uq_key_slot_user_id")),
    )
    op.create_table(
        "class_key_version",
        sa.Column("key_class", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_class", "version", name=op.f("pk_class_key_version")),
    )
    op.create_table(
        "key_grant",
        sa.Column("slot_id", sa.String(36), nullable=False),
        sa.Column("key_class", sa.String(16), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["key_slot.id"], name=op.f("fk_key_grant_slot_id_key_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("slot_id", "key_class", "key_version", name=op.f("pk_key_grant")),
    )
    op.create_table(
        "data_key",
        sa.Column("owner_id", sa.String(36), nullable=False),
        sa.Column("key_class", sa.String(16), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("owner_id", "key_class", name=op.f("pk_data_key")),
    )
    op.create_index(op.f("ix_data_key_key_version"), "data_key", ["key_version"])
    op.create_table(
        "unlock_attempt",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unlock_attempt")),
    )


def downgrade() -> None:
    for table in ("unlock_attempt", "data_key", "key_grant", "class_key_version", "key_slot",
                  "staff_user"):
        op.drop_table(table)

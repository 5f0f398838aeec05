"""Casework: timeline actions, tasks, referrals, contact details of bodies, letter templates.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timeline_action",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_file_id", sa.String(36), nullable=False),
        sa.Column("report_id", sa.String(36), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("action_type", sa.String(32), nullable=False),
        sa.Column("ref_id", sa.String(36), nullable=True),
        sa.Column("note_blob", sa.LargeBinary(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_file_id"], ["case_file.id"],
                                name=op.f("fk_timeline_action_case_file_id_case_file"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"],
                                name=op.f("fk_timeline_action_report_id_report"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["author_id"], ["staff_user.id"],
                                name=op.f("fk_timeline_action_author_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_action")),
    )
    op.create_index(op.f("ix_timeline_action_case_file_id"), "timeline_action", ["case_file_id"])
    op.create_table(
        "task",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_file_id", sa.String(36), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("text_blob", sa.LargeBinary(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assigned_to", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_file_id"], ["case_file.id"],
                                name=op.f("fk_task_case_file_id_case_file"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["assigned_to"], ["staff_user.id"],
                                name=op.f("fk_task_assigned_to_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    op.create_index(op.f("ix_task_case_file_id"), "task", ["case_file_id"])
    op.create_index(op.f("ix_task_due_on"), "task", ["due_on"])
    op.create_index(op.f("ix_task_assigned_to"), "task", ["assigned_to"])
    op.create_table(
        "referral",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("case_file_id", sa.String(36), nullable=True),
        sa.Column("body", sa.String(32), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("letter_evidence_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"],
                                name=op.f("fk_referral_report_id_report"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_file_id"], ["case_file.id"],
                                name=op.f("fk_referral_case_file_id_case_file"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["staff_user.id"],
                                name=op.f("fk_referral_author_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    op.create_index(op.f("ix_referral_report_id"), "referral", ["report_id"])
    op.create_index(op.f("ix_referral_case_file_id"), "referral", ["case_file_id"])
    op.create_table(
        "referral_body_contact",
        sa.Column("body", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("body", name=op.f("pk_referral_body_contact")),
    )
    op.create_table(
        "letter_template",
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "lang", name=op.f("pk_letter_template")),
    )


def downgrade() -> None:
    for table in ("letter_template", "referral_body_contact", "referral", "task",
                  "timeline_action"):
        op.drop_table(table)

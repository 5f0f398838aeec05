"""Reports, case files, blind indexes, change history, evidence, number counters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_counter",
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_number_counter")),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("assigned_to", sa.String(36), nullable=True),
        sa.Column("mass_report", sa.Boolean(), nullable=False),
        sa.Column("special_blob", sa.LargeBinary(), nullable=False),
        sa.Column("case_blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["assigned_to"], ["staff_user.id"],
                                name=op.f("fk_case_file_assigned_to_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("number", name=op.f("uq_case_file_number")),
    )
    op.create_index(op.f("ix_case_file_year"), "case_file", ["year"])
    op.create_table(
        "report",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(16), nullable=False),
        sa.Column("external_ref", sa.String(100), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(24), nullable=False),
        sa.Column("domain_top", sa.String(40), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("assigned_to", sa.String(36), nullable=True),
        sa.Column("case_file_id", sa.String(36), nullable=True),
        sa.Column("mass_report", sa.Boolean(), nullable=False),
        sa.Column("identity_blob", sa.LargeBinary(), nullable=False),
        sa.Column("special_blob", sa.LargeBinary(), nullable=False),
        sa.Column("case_blob", sa.LargeBinary(), nullable=False),
        sa.Column("workflow_blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["assigned_to"], ["staff_user.id"],
                                name=op.f("fk_report_assigned_to_staff_user")),
        sa.ForeignKeyConstraint(["case_file_id"], ["case_file.id"],
                                name=op.f("fk_report_case_file_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
        sa.UniqueConstraint("number", name=op.f("uq_report_number")),
        sa.UniqueConstraint("external_ref", name=op.f("uq_report_external_ref")),
    )
    for column in ("year", "channel", "domain_top", "status", "assigned_to", "case_file_id"):
        op.create_index(op.f(f"ix_report_{column}"), "report", [column])
    op.create_table(
        "blind_index",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(24), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"],
                                name=op.f("fk_blind_index_report_id_report"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blind_index")),
    )
    op.create_index(op.f("ix_blind_index_report_id"), "blind_index", ["report_id"])
    op.create_index("ix_blind_index_lookup", "blind_index", ["field", "digest"])
    op.create_table(
        "report_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_user", sa.String(36), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"],
                                name=op.f("fk_report_change_report_id_report"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_change")),
    )
    op.create_index(op.f("ix_report_change_report_id"), "report_change", ["report_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("meta_blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"],
                                name=op.f("fk_evidence_report_id_report"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    op.create_index(op.f("ix_evidence_report_id"), "evidence", ["report_id"])
    op.create_table(
        "evidence_chunk",
        sa.Column("evidence_id", sa.String(36), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"],
                                name=op.f("fk_evidence_chunk_evidence_id_evidence"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("evidence_id", "idx", name=op.f("pk_evidence_chunk")),
    )


def downgrade() -> None:
    for table in ("evidence_chunk", "evidence", "report_change", "blind_index", "report",
                  "case_file", "number_counter"):
        op.drop_table(table)

"""Reports get their number as a sortable integer (2025-9999 before 2025-10000).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# domain.model.report_number_order, in SQL: "YYYY-N…" → YYYY * 10 000 000 + N. BIGINT before
# multiplying: PostgreSQL's INTEGER would overflow.
NUMBER_ORDER = (
    "CAST(substr(number, 1, 4) AS BIGINT) * 10000000 + CAST(substr(number, 6) AS BIGINT)"
)


def upgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("number_order", sa.BigInteger(), nullable=True))
    op.execute(f"UPDATE report SET number_order = {NUMBER_ORDER}")  # noqa: S608 - constant SQL
    with op.batch_alter_table("report") as batch:
        batch.alter_column("number_order", existing_type=sa.BigInteger(), nullable=False)
        batch.create_unique_constraint(op.f("uq_report_number_order"), ["number_order"])


def downgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.drop_constraint(op.f("uq_report_number_order"), type_="unique")
        batch.drop_column("number_order")

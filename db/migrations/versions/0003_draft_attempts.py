"""Drafting attempts on a ticket: how many, the last error's type, when the last one started

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("draft_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("draft_error", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("draft_started_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_column("draft_started_at")
        batch_op.drop_column("draft_error")
        batch_op.drop_column("draft_attempts")

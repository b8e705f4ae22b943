"""Ticket claims: which agent is working on a ticket, and until when

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 08:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("claim_expires_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key("fk_ticket_claimed_by_user", "user", ["claimed_by"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_constraint("fk_ticket_claimed_by_user", type_="foreignkey")
        batch_op.drop_column("claim_expires_at")
        batch_op.drop_column("claimed_by")

"""Review-app sessions that survive a reload, and agents' unsaved replies

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "usersession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("stamp", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("usersession", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_usersession_token_hash"), ["token_hash"], unique=True)
        batch_op.create_index(batch_op.f("ix_usersession_user_id"), ["user_id"], unique=False)
    op.create_table(
        "unsavedreply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("unsavedreply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unsavedreply_ticket_id"), ["ticket_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unsavedreply_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unsavedreply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unsavedreply_user_id"))
        batch_op.drop_index(batch_op.f("ix_unsavedreply_ticket_id"))
    op.drop_table("unsavedreply")
    with op.batch_alter_table("usersession", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_usersession_user_id"))
        batch_op.drop_index(batch_op.f("ix_usersession_token_hash"))
    op.drop_table("usersession")

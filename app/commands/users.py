"""`destek users ...`: create users with a role, reset passwords, disable accounts, list them."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from db.engine import migrated_engine
from db.users import ROLES

app = typer.Typer(no_args_is_help=True)


def _fail(console: Console, message: str) -> typer.Exit:
    console.print(f"[red]error:[/] {message}")
    return typer.Exit(2)


def add(
    username: str = typer.Argument(..., help="Login name: lowercase letters, digits, . _ @ -"),
    role: str = typer.Option(..., help="One of: " + ", ".join(ROLES) + "."),
    name: str | None = typer.Option(None, help="Display name shown in the app (default: the username)."),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        envvar="DESTEK_NEW_PASSWORD",
        help="Asked for when not given (or set DESTEK_NEW_PASSWORD); at least 8 characters.",
    ),
) -> None:
    """Create a user who can sign in to the review app with the given role."""
    from sqlmodel import Session

    from db.users import UserError, add_user

    console = Console()
    with Session(migrated_engine()) as session:
        try:
            user = add_user(session, username, password, role, display_name=name)
        except UserError as exc:
            raise _fail(console, str(exc)) from None
        session.commit()
        console.print(f"Created [bold]{user.username}[/] ({user.role}).")


def passwd(
    username: str = typer.Argument(...),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        envvar="DESTEK_NEW_PASSWORD",
        help="Asked for when not given (or set DESTEK_NEW_PASSWORD).",
    ),
) -> None:
    """Set a new password for a user."""
    from sqlmodel import Session

    from db.users import UserError, set_password

    console = Console()
    with Session(migrated_engine()) as session:
        try:
            set_password(session, username, password)
        except UserError as exc:
            raise _fail(console, str(exc)) from None
        session.commit()
    console.print(f"Password of [bold]{username}[/] changed.")


def disable(username: str = typer.Argument(...), enable: bool = typer.Option(False, "--enable")) -> None:
    """Disable a user (they can no longer sign in; their history stays), or --enable them again."""
    from sqlmodel import Session

    from db.users import UserError, set_active

    console = Console()
    with Session(migrated_engine()) as session:
        try:
            set_active(session, username, enable, by=None)
        except UserError as exc:
            raise _fail(console, str(exc)) from None
        session.commit()
    console.print(f"{username} is {'enabled' if enable else 'disabled'}.")


def list_command() -> None:
    """List users with their role and whether they may sign in."""
    from sqlmodel import Session

    from db.users import list_users

    table = Table("username", "name", "role", "active", "created")
    with Session(migrated_engine()) as session:
        for user in list_users(session):
            table.add_row(
                user.username,
                user.display_name,
                user.role,
                "yes" if user.active else "no",
                f"{user.created_at:%Y-%m-%d}",
            )
    Console().print(table)


app.command("add")(add)
app.command("passwd")(passwd)
app.command("disable")(disable)
app.command("list")(list_command)

"""`destek apikeys create|list|revoke`: credentials for the HTTP API (serving/apikeys.py)."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from db.engine import migrated_engine
from serving.apikeys import SCOPES

app = typer.Typer(no_args_is_help=True)


@app.command("create")
def create(
    name: str = typer.Argument(..., help="Who uses the key, e.g. the integration's name."),
    scope: str = typer.Option("tickets:write,tickets:read", help=f"Comma-separated scopes: {', '.join(SCOPES)}."),
) -> None:
    """Create a key and print it once: only its hash is stored."""
    from sqlmodel import Session

    from serving.apikeys import ApiKeyError, create_key

    console = Console()
    with Session(migrated_engine()) as session:
        try:
            row, secret = create_key(session, name, scope.split(","))
        except ApiKeyError as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        session.commit()
        console.print(f"Created API key [bold]{row.name}[/] with {', '.join(row.scopes)}. It is shown only now:")
    typer.echo(secret)


@app.command("list")
def list_command() -> None:
    """Every key with its scopes and whether it is revoked (never the key itself)."""
    from sqlmodel import Session

    from serving.apikeys import list_keys

    table = Table()
    for column in ("name", "starts with", "scopes", "created", "revoked"):
        table.add_column(column)
    with Session(migrated_engine()) as session:
        for row in list_keys(session):
            revoked = f"{row.revoked_at:%Y-%m-%d %H:%M} UTC" if row.revoked_at else "-"
            table.add_row(
                row.name, row.prefix + "…", ", ".join(row.scopes), f"{row.created_at:%Y-%m-%d %H:%M} UTC", revoked
            )
    Console().print(table)


@app.command("revoke")
def revoke(name: str = typer.Argument(..., help="The key's name.")) -> None:
    """Revoke a key: its next request gets 401."""
    from sqlmodel import Session

    from serving.apikeys import ApiKeyError, revoke_key

    console = Console()
    with Session(migrated_engine()) as session:
        try:
            row = revoke_key(session, name)
        except ApiKeyError as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        session.commit()
        console.print(f"Revoked [bold]{row.name}[/].")

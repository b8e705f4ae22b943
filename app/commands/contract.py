"""`destek contract ...`: look at the support contract the whole product speaks."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from db.contract import load_contract

app = typer.Typer(no_args_is_help=True)


@app.command("show")
def show(as_json: bool = typer.Option(False, "--json", help="Print the whole contract as JSON.")) -> None:
    """Print the intents, entity types and tools (with their argument schemas)."""
    contract = load_contract()
    if as_json:
        typer.echo(json.dumps(contract.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console()
    intents = Table(title=f"Intents ({len(contract.intents)})")
    for column in ("id", "label", "group", "tools", "auto"):
        intents.add_column(column)
    for intent in contract.intents:
        auto = "yes" if intent.auto_resolvable else "no"
        if intent.auto_condition:
            auto += f" ({intent.auto_condition})"
        intents.add_row(intent.id, intent.label, intent.group, ", ".join(intent.tools) or "-", auto)
    console.print(intents)
    entities = Table(title=f"Entity types ({len(contract.entity_types)})")
    for column in ("id", "label", "example"):
        entities.add_column(column)
    for entity in contract.entity_types:
        entities.add_row(entity.id, entity.label, entity.example)
    console.print(entities)
    tools = Table(title=f"Tools ({len(contract.tools)})")
    for column in ("name", "arguments", "returns"):
        tools.add_column(column)
    for tool in contract.tools:
        args = [name if name in tool.required else f"{name}?" for name in tool.argument_names]
        tools.add_row(tool.name, ", ".join(args) or "-", ", ".join(tool.returns))
    console.print(tools)

"""The `destek` command line: one Typer app whose sub-commands are thin wrappers over the packages.

Heavy imports (torch, transformers, streamlit) happen inside the commands that need them, so
`destek --help` and the quick commands stay fast.
"""

from __future__ import annotations

import typer

from app.commands import (
    apikeys,
    bot,
    compare,
    contract,
    data,
    database,
    labeling,
    pii,
    review,
    serving,
    training,
    users,
)
from db.contract import ContractError

cli = typer.Typer(
    name="destek",
    help="Destek: drafts, human review and nightly retraining for a Turkish e-commerce support bot.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
)
cli.add_typer(contract.app, name="contract", help="Show the support contract (intents, entities, tools).")
cli.add_typer(
    data.app,
    name="data",
    help="Generate the synthetic corpus, import tickets and measure how realistic a ticket file is.",
)
cli.command("init", help="Create or upgrade the database schema; --demo seeds the demo backend and tickets.")(
    database.init
)
cli.command("draft", help="Draft every pending ticket with the bot and store the drafts.")(bot.draft)
cli.command("eval", help="Score the bot end to end on a labelled JSONL file; writes report and plots.")(bot.evaluate)
cli.command("compare", help="Evaluate several base models on one file; side-by-side table and chart.")(compare.compare)
cli.command("select", help="Queue the unlabeled tickets most worth a human's minute (active learning).")(
    labeling.select
)
cli.add_typer(labeling.labelstudio_app, name="labelstudio", help="Push tasks to Label Studio and pull annotations.")
cli.add_typer(training.dataset_app, name="dataset", help="Build versioned SFT datasets from human labels.")
cli.command("train", help="LoRA fine-tuning from a dataset version; registers a candidate adapter.")(training.train)
cli.add_typer(training.adapters_app, name="adapters", help="List, gate, promote and roll back LoRA adapters.")
cli.command("retrain", help="Build, train, gate, promote; --nightly only when enough new labels arrived.")(
    training.retrain
)
cli.add_typer(serving.vllm_app, name="vllm", help="Launch vLLM replicas and hot-swap LoRA adapters across them.")
cli.command("serve", help="Serve the HTTP API: tickets in, drafts out, /healthz, /metrics.")(serving.serve)
cli.add_typer(apikeys.app, name="apikeys", help="Create, list and revoke API keys for the HTTP API.")
cli.command("demo", help="Seed a demo, draft it in the background and open the review app (the quick tour).")(
    review.demo
)
cli.command("app", help="Open the Streamlit review app on the configured database.")(review.app)
cli.add_typer(users.app, name="users", help="Add users with roles, reset passwords, disable accounts.")
cli.command("mask", help="Mask personal data in text read from stdin and print the masked text.")(pii.mask_command)


def main() -> None:
    """Console-script entry point; a broken contract file is reported in one line, not a traceback."""
    try:
        cli()
    except ContractError as exc:
        typer.echo(f"error: the contract is invalid: {exc}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()

"""`destek data ...`: the synthetic Turkish ticket corpus and ticket import."""

from __future__ import annotations

import csv
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(no_args_is_help=True)


@app.command("generate")
def generate(
    split: str = typer.Option(..., help="mini (1,000 labelled), heldout (5,000 for evaluation) or pool (50,000)."),
    n: int = typer.Option(..., min=1, help="How many tickets."),
    seed: int = typer.Option(7, help="Seed of the demo backend and of the generator."),
    out: Path = typer.Option(..., help="Output JSONL file."),
    today: str = typer.Option(
        "", help="Date tickets as written on this day (YYYY-MM-DD): the same file on any day. Default: today."
    ),
) -> None:
    """Write synthetic, labelled Turkish tickets (corpus format) that reference the demo backend.

    Tickets say "dün" or "geçen salı" and orders are dated back from the day they are generated, so the
    same seed gives another file tomorrow; `--today` pins the day (the shipped recipe's is 2026-12-06)."""
    from db.corpus import SPLITS, generate as generate_corpus, write_jsonl
    from db.demo import build_demo

    if split not in SPLITS:
        raise typer.BadParameter(f"split must be one of {', '.join(SPLITS)}", param_hint="--split")
    try:
        day = date.fromisoformat(today) if today else None
    except ValueError:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {today!r}", param_hint="--today") from None
    started = time.perf_counter()
    records = generate_corpus(split, n, seed, demo=build_demo(seed, today=day))  # type: ignore[arg-type]
    write_jsonl(records, out)
    Console().print(f"Wrote {len(records)} {split} tickets to {out} in {time.perf_counter() - started:.1f} s.")


@app.command("import")
def import_file(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .jsonl (corpus format) or .csv file."),
) -> None:
    """Import tickets, masking personal data; bad rows are reported by line and the rest imported."""
    from db.engine import migrated_engine
    from serving.ingest import import_tickets

    console = Console()
    engine = migrated_engine()
    try:
        report = import_tickets(engine, path)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for line, message in report.errors:
        console.print(f"[yellow]line {line}:[/] {message}")
    console.print(
        f"Imported {report.imported} tickets, {report.duplicates} already present, {len(report.errors)} bad rows."
    )
    if any("customer" in message and "does not exist" in message for _, message in report.errors):
        console.print(
            "Generated tickets belong to the demo shop's customers: seed it first with `destek init --demo` "
            "(same seed as the tickets)."
        )
    if report.errors and not report.imported and not report.duplicates:
        raise typer.Exit(1)


class _BadInput(Exception):
    """A file that cannot be measured; the message names the file and, where there is one, the line."""


def _row_problem(row: dict[str, Any], *, csv_row: bool) -> str | None:
    """Why a row cannot be measured, or None; a CSV's "entities"/"pii" columns hold JSON and are parsed in place."""
    from db.corpus.stats import record_problem

    for key in ("entities", "pii") if csv_row else ():
        if isinstance(row.get(key), str):
            try:
                row[key] = json.loads(row[key])
            except json.JSONDecodeError:
                return f"'{key}' is not valid JSON"
    return record_problem(row)


def _read_tickets(path: Path) -> list[dict[str, Any]]:
    """The tickets of a .jsonl/.ndjson (corpus format or just "text") or .csv (a `text` column) file."""
    from serving.ingest import read_rows

    csv_file = path.suffix.lower() == ".csv"
    records, problems = [], []
    try:
        for line, row in read_rows(path):
            problem = str(row) if isinstance(row, Exception) else _row_problem(row, csv_row=csv_file)
            if problem is None:
                records.append(row)
            else:
                problems.append(f"{path} line {line}: {problem}")
    except (ValueError, OSError, csv.Error) as exc:  # unsupported type, no `text` column, not UTF-8, unreadable
        raise _BadInput(str(exc) if str(path) in str(exc) else f"{path}: {exc}") from None
    if problems:
        more = f"\n... and {len(problems) - 5} more bad lines" if len(problems) > 5 else ""
        raise _BadInput("\n".join(problems[:5]) + more)
    if not records:
        raise _BadInput(f"{path} is empty: no tickets to measure")
    return records


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _lengths(block: dict[str, Any], turkish: str, english: str) -> list[tuple[str, str]]:
    """Rows for an order-number block: the share of tickets with one, then its lengths among those."""
    return [
        (f"{turkish} ({english})", _pct(block["share"])),
        *[
            (f"  {length} haneli ({english}: {length} digits)", _pct(share))
            for length, share in block["by_length"].items()
        ],
    ]


def _text_rows(stats: dict[str, Any]) -> list[tuple[str, str]]:
    from db.corpus.stats import TTR_SMALL_TOKENS

    words, ttr = stats["words"], stats["ttr"]
    return [
        ("Talep (tickets)", f"{stats['tickets']:,}"),
        ("Ortalama kelime (mean words)", f"{words['mean']}"),
        ("Medyan kelime (median words)", f"{words['median']}"),
        ("Kelime sayısı 30-80 (30-80 words)", _pct(words["share_30_80"])),
        ("Kelime sayısı > 80 (> 80 words)", _pct(words["share_over_80"])),
        ("Sözcük çeşitliliği (type-token ratio)", f"{ttr['value']:.3f}" + ("" if ttr["comparable"] else " *")),
        (
            f"Sözcük çeşitliliği, {TTR_SMALL_TOKENS} (type-token ratio, {TTR_SMALL_TOKENS:,} tokens)",
            f"{ttr['small_value']:.3f}" + ("" if ttr["small_tokens"] == TTR_SMALL_TOKENS else " *"),
        ),
        ("Tutar (with an amount)", _pct(stats["share_amount"])),
        ("Tarih (with a date)", _pct(stats["share_date"])),
        ("Göreli tarih (with a relative date)", _pct(stats["share_relative_date"])),
        ("Çok satırlı (multi-line)", _pct(stats["share_multiline"])),
        ("Tümü büyük harf (all caps)", _pct(stats["share_all_caps"])),
        ("Emoji (with emoji)", _pct(stats["share_emoji"])),
        ("Türkçe karaktersiz (de-asciified)", _pct(stats["share_deascii"])),
        ("Şikâyet/tehdit dili (escalation language)", _pct(stats["share_escalation"])),
        *_lengths(stats["order_number"], "Sipariş numarası", "with an order number"),
    ]


LABELLED_ROW = "Etiketli talep (labelled tickets)"
"""The first row of the labels section; the table draws a line above it."""


def _label_rows(labels: dict[str, Any], entity_types: list[str]) -> list[tuple[str, str]]:
    templates = list((labels["templates_per_intent"] or {}).values())
    return [
        (LABELLED_ROW, f"{labels['tickets']:,}"),
        ("Niyet sayısı (intents)", str(labels["intents"])),
        ("Tutar etiketi (amount label)", _pct(labels["share_amount"])),
        ("Tarih etiketi (date label)", _pct(labels["share_date"])),
        ("İkinci konu etiketi (second intent label)", _pct(labels["share_second_intent"])),
        *_lengths(labels["order_number"], "Sipariş no. etiketi", "order number label"),
        ("Farklı yüzey biçimi (distinct surface forms)", f"{labels['surface_forms']:,}"),
        (
            "Niyet başına şablon (templates per intent: mean, min-max)",
            f"{sum(templates) / len(templates):.1f} ({min(templates)}-{max(templates)})" if templates else "—",
        ),
        *[(f"Varlık {kind} (entities: {kind})", f"{labels['entity_types'].get(kind, 0):,}") for kind in entity_types],
    ]


def _stats_table(results: dict[str, dict[str, Any]]) -> Table:
    """One column per file, one row per figure; a file without labels shows "—" in the label rows."""
    from db.corpus.stats import TTR_METHOD

    entity_types = sorted({kind for s in results.values() if s["labels"] for kind in s["labels"]["entity_types"]})
    columns = {
        name: dict(_text_rows(s) + (_label_rows(s["labels"], entity_types) if s["labels"] else []))
        for name, s in results.items()
    }
    labels = list(dict.fromkeys(label for rows in columns.values() for label in rows))
    flagged = any(not s["ttr"]["comparable"] for s in results.values())
    table = Table(
        title="Gerçekçilik (corpus realism)",
        caption=f"Type-token ratio: {TTR_METHOD}."
        + (" * fewer tokens in the file: ratio over all of them, not comparable." if flagged else ""),
    )
    table.add_column("")
    for name in results:
        table.add_column(name, justify="right")
    for label in labels:
        if label == LABELLED_ROW:
            table.add_section()
        table.add_row(label, *(rows.get(label, "—") for rows in columns.values()))
    return table


@app.command("stats")
def stats(
    paths: list[Path] = typer.Argument(
        ...,
        exists=True,
        dir_okay=False,
        metavar="FILE",
        help='One or more .jsonl (corpus format or just "text") or .csv files.',
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (keyed by file) instead."),
) -> None:
    """Corpus-realism figures (length, vocabulary, amounts, dates, noise, escalation, order numbers) per file.

    Two or more files are shown side by side: compare a customer's real tickets with the synthetic ones.
    """
    from db.corpus.stats import realism_stats
    from serving.pii import find_pii

    console = Console()
    try:
        tickets = {str(path): _read_tickets(path) for path in paths}
    except _BadInput as exc:
        console.print(f"[red]{escape(str(exc))}[/]", highlight=False)
        raise typer.Exit(2) from None
    results = {name: realism_stats(records, pii_finder=find_pii) for name, records in tickets.items()}
    if as_json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        console.print(_stats_table(results))

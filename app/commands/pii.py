"""`destek mask`: the PII masker on the command line, for checking what the bot and annotators will see."""

from __future__ import annotations

import sys

import typer


def mask_command(
    spans: bool = typer.Option(False, "--spans", help="Also list the replaced spans (type, offsets) on stderr."),
) -> None:
    """Read text on stdin and print it with personal data replaced by placeholders such as [TELEFON]."""
    from serving.pii import mask

    text = sys.stdin.read()
    result = mask(text)
    sys.stdout.write(result.text)
    if spans:
        for span in result.spans:
            typer.echo(f"{span.type}\t{span.start}:{span.end}\t{span.placeholder}", err=True)

"""How long masking personal data takes per ticket (serving/pii.py), on generated pool tickets.

Usage:
    python bench/pii.py [--n 20000] [--seed 7] [--rounds 5]

Prints the best and median CPU time per ticket over the rounds, for all tickets and for those with personal
data (the others skip the confirming second pass).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def per_ticket_us(texts: list[str]) -> float:
    from serving.pii import mask

    started = time.process_time()
    for text in texts:
        mask(text)
    return (time.process_time() - started) / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from db.corpus import generate

    records = generate("pool", args.n, args.seed)
    everything = [r["text"] for r in records]
    with_pii = [r["text"] for r in records if r["pii"]]
    for name, texts in (("all tickets", everything), ("tickets with personal data", with_pii)):
        times = [per_ticket_us(texts) for _ in range(args.rounds)]
        print(
            f"{name:<28} {len(texts):>6} tickets, {sum(map(len, texts)) / len(texts):.0f} characters on average: "
            f"best {min(times):.1f} µs, median {statistics.median(times):.1f} µs a ticket"
        )


if __name__ == "__main__":
    main()

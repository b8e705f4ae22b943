"""bench/data/: the labelled files the benchmarks score against must stay valid under the contract.

The hand-written tickets are a test set, so a label that drifted from the contract (a renamed intent, a tool
rule that changed) would silently score the bot against a wrong answer."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from db.contract import load_contract
from serving.output import Entity
from serving.toolcalls import plan_tool_calls
from training.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
# Each hand-written test set, with how many tickets it holds per intent.
HANDWRITTEN = {"handwritten_tr_v1.jsonl": 3, "handwritten_tr_v2.jsonl": 2, "handwritten_tr_v3.jsonl": 2}


@pytest.fixture(scope="module", params=sorted(HANDWRITTEN))
def handwritten(request: pytest.FixtureRequest) -> tuple[Path, list[dict]]:
    path = DATA / request.param
    return path, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_handwritten_tickets_cover_every_intent_and_read_as_gold(handwritten: tuple[Path, list[dict]]) -> None:
    path, rows = handwritten
    contract = load_contract()
    per_intent = HANDWRITTEN[path.name]
    assert len(read_gold(path)) == len(rows) == per_intent * len(contract.intent_ids)
    assert Counter(r["intent"] for r in rows) == dict.fromkeys(contract.intent_ids, per_intent)
    assert len({r["id"] for r in rows}) == len(rows)


def test_every_handwritten_label_is_a_span_of_its_text_and_its_tool_calls_follow_the_contract(
    handwritten: tuple[Path, list[dict]],
) -> None:
    _, rows = handwritten
    contract = load_contract()
    for row in rows:
        entities = [Entity(**e) for e in row["entities"]]
        for entity in entities:
            assert entity.type in contract.entity_type_ids, row["id"]
            assert row["text"][entity.start : entity.end] == entity.value, row["id"]
        plan = plan_tool_calls(row["intent"], entities, row["text"], contract)
        assert row["tool_calls"] == plan.calls, row["id"]
        assert row["pii"] == [], row["id"]  # no personal data in a file that is committed

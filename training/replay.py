"""A warm-started night's training examples: what the champion has not learned yet, plus replay of what it has.

`night_mix` splits a dataset version's records into `fresh` (content the champion was not trained on, and not
an approved draft of its own) and `replay`, drawn from the learned records: aimed at the intents the champion
wrongly drafted on the fresh tickets, then evenly across intents. `champion_drafts` reads what the champion
drafted for reviewed tickets. training.nightly calls both (see its docstring for the settings).
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from db.models import Correction, approval_stands, latest_drafts


def training_key(record: dict[str, Any]) -> str:
    """What a model learns from a record (text, intent, entities, tool calls, reply) as one string: records of
    two versions with the same key teach the same thing, whichever ticket or label source they came from
    (order-number pseudonyms are seeded by the text, so they agree across versions)."""
    return json.dumps([record["intent"], record["entities"], record["messages"]], ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class ChampionDrafts:
    """What the champion drafted for reviewed tickets, which a night reads to tell the taught from the new.

    `reproduced`: tickets whose latest draft, by the champion, an agent approved with its intent and entities
    unchanged (what the model trains on: the champion already produces that label). `said`: the intent of
    the champion's latest draft per ticket."""

    reproduced: set[int] = field(default_factory=set)
    said: dict[int, str] = field(default_factory=dict)


def champion_drafts(session: Session, adapter: str) -> ChampionDrafts:
    """The latest draft of each ticket, where `adapter` made it: its intent, and whether an agent approved
    it without changing the intent or the entities."""
    mine = {d.id: d for d in latest_drafts(session).values() if d.adapter == adapter}
    fields: dict[int, list[str]] = defaultdict(list)
    statement = select(Correction).where(col(Correction.draft_id).in_(list(mine))).order_by(col(Correction.id))
    for correction in session.exec(statement):
        fields[correction.draft_id].append(correction.field)
    reproduced = {
        d.ticket_id
        for d in mine.values()
        if approval_stands(fields[d.id]) and not set(fields[d.id]) & {"intent", "entities"}
    }
    return ChampionDrafts(reproduced, {d.ticket_id: d.intent for d in mine.values() if d.intent})


@dataclass(frozen=True)
class NightMix:
    """A warm-started night's training examples: `fresh` (not yet learned) and `replay` (already learned);
    `aimed` counts the replay drawn per intent the champion wrongly said on the fresh tickets."""

    fresh: list[dict[str, Any]]
    replay: list[dict[str, Any]]
    aimed: dict[str, int] = field(default_factory=dict)

    @property
    def records(self) -> list[dict[str, Any]]:
        return self.fresh + self.replay


def night_mix(
    records: list[dict[str, Any]],
    learned: list[dict[str, Any]],
    ratio: float,
    seed: int,
    *,
    drafts: ChampionDrafts | None = None,
    aimed: float = 0.0,
) -> NightMix:
    """The records the champion has not learned (`fresh`), and replay of the ones it has.

    Learned: content in `learned` (its training set), or an approved draft it produced itself
    (`drafts.reproduced`). Replay: for every fresh ticket the champion drafted with another intent, `aimed`
    learned examples of the intent it said; then `ratio` times as many as fresh, drawn in turn from each intent.

    Why not all learned records: one more epoch over everything the champion already fits pushed it further
    onto the training phrasings (held-out gate intent 0.805 -> 0.765 in the loop test). Why the even replay:
    without old examples of every intent, the new labels pull all decisions towards the corrected intent. Why
    the aimed replay: they pull hardest on the intent the wrong drafts said (50 `iade_baslat` corrections,
    most of them drafted as `para_iadesi_durumu`, moved 9 held-out `para_iadesi_durumu` tickets to
    `iade_baslat`); its own examples, beside the corrections, keep the boundary between the two. Why a
    reproduced approval is not fresh: it teaches what the champion already says and, 68 of them beside 43
    corrections, tilted the night towards one intent."""
    reproduced = drafts.reproduced if drafts else set()
    said = drafts.said if drafts else {}
    seen = {training_key(r) for r in learned}
    fresh: list[dict[str, Any]] = []
    by_intent: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        known = record["source"] == "correction" and record["ticket_id"] in reproduced
        if known or training_key(record) in seen:
            by_intent[record["intent"]].append(record)
        else:
            fresh.append(record)
    rng = random.Random(seed)
    for intent in sorted(by_intent):
        rng.shuffle(by_intent[intent])
    wrong = Counter(said[r["ticket_id"]] for r in fresh if said.get(r["ticket_id"], r["intent"]) != r["intent"])
    replay: list[dict[str, Any]] = []
    drawn: dict[str, int] = {}
    for intent, count in sorted(wrong.items()):
        pool = by_intent.get(intent, [])
        take = min(round(aimed * count), len(pool))
        if take:
            replay += [pool.pop() for _ in range(take)]
            drawn[intent] = take
    pools = [by_intent[intent] for intent in sorted(by_intent)]
    wanted = len(replay) + round(ratio * len(fresh))
    while len(replay) < wanted and any(pools):
        for pool in pools:
            if pool and len(replay) < wanted:
                replay.append(pool.pop())
    return NightMix(fresh, replay, drawn)

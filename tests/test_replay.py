"""training.replay: a warm-started night's mix (the unlearned examples, replay aimed at the intents the wrong
drafts said, then even replay) and what the champion drafted for reviewed tickets."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Correction, Draft, Ticket
from tests.test_dataset import add_ticket
from training.replay import ChampionDrafts, champion_drafts, night_mix


def record(n: int, intent: str, source: str = "gold") -> dict:
    """A training record of ticket `n` whose text is "<intent> <n>"."""
    messages = [{"role": "user", "content": f"{intent} {n}"}]
    return {"ticket_id": n, "source": source, "intent": intent, "entities": [], "messages": messages}


def test_a_nights_mix_is_the_unlearned_examples_plus_even_replay() -> None:
    learned = [record(n, "a") for n in range(20)] + [record(n, "b") for n in range(20, 23)] + [record(23, "c")]
    relabelled = {**record(0, "a"), "intent": "c"}  # the same ticket, corrected: not learned yet
    new = [record(30, "c"), record(31, "c"), record(32, "c"), record(33, "c")]
    records = [*learned[1:], relabelled, *new, {**record(5, "a"), "ticket_id": 99, "source": "annotation"}]

    mix = night_mix(records, learned, ratio=2.0, seed=0)

    assert [r["ticket_id"] for r in mix.fresh] == [0, 30, 31, 32, 33]  # same content, other ticket: learned
    assert len(mix.replay) == 10 and len(mix.records) == 15
    per_intent = {i: sum(r["intent"] == i for r in mix.replay) for i in "abc"}
    assert per_intent == {"a": 6, "b": 3, "c": 1}  # in turn: b and c give all they have, a the rest
    assert night_mix(records, learned, ratio=2.0, seed=0) == mix
    assert night_mix(learned, learned, ratio=2.0, seed=0).records == []
    assert len(night_mix(records, learned, ratio=100.0, seed=0).replay) == 24  # at most the learned records


def test_a_nights_replay_is_aimed_at_the_intents_the_wrong_drafts_said() -> None:
    learned = [record(n, "kargo_takip") for n in range(10)] + [record(n, "iade_durumu") for n in range(10, 20)]
    learned += [record(n, "iade_baslat") for n in range(20, 22)]
    corrected = [record(n, "iade_baslat", "correction") for n in range(30, 35)]  # drafted wrong, corrected
    approved = record(35, "iade_baslat", "correction")  # the champion's own draft, approved unchanged
    records = [*learned, *corrected, approved, record(36, "iade_durumu")]
    said = {30: "kargo_takip", 31: "kargo_takip", 32: "kargo_takip", 33: "kargo_takip", 34: "iade_durumu"}
    drafts = ChampionDrafts(reproduced={35}, said={**said, 35: "iade_baslat"})

    mix = night_mix(records, learned, ratio=1.0, seed=0, drafts=drafts, aimed=2.0)

    assert [r["ticket_id"] for r in mix.fresh] == [30, 31, 32, 33, 34, 36]  # the approval is not fresh
    assert mix.aimed == {"iade_durumu": 2, "kargo_takip": 8}  # 2 per wrong draft of the intent it said
    assert len(mix.replay) == 10 + 6  # then `ratio` times the fresh, evenly
    assert sum(r["intent"] == "kargo_takip" for r in mix.replay) >= 8
    assert approved in night_mix(records, learned, ratio=100.0, seed=0, drafts=drafts).replay  # replayable
    assert night_mix(records, learned, ratio=1.0, seed=0, drafts=drafts, aimed=2.0) == mix
    assert night_mix(records, learned, ratio=1.0, seed=0, drafts=drafts).aimed == {}
    capped = night_mix(records, learned, ratio=0.0, seed=0, drafts=drafts, aimed=10.0)
    assert capped.aimed == {"iade_durumu": 10, "kargo_takip": 10}  # no more than the intent has learned
    without = night_mix(records, learned, ratio=1.0, seed=0)
    assert approved in without.fresh and without.aimed == {}  # no drafts known: every new label is fresh


def test_champion_drafts_are_the_latest_drafts_it_made(engine: Engine) -> None:
    with Session(engine) as session:

        def drafted(text: str, adapter: str, intent: str, fields: tuple[str, ...] = ()) -> int:
            ticket = session.exec(select(Ticket).where(Ticket.text == text)).first() or add_ticket(session, text)
            draft = Draft(ticket_id=ticket.id, model="m", adapter=adapter, intent=intent)
            session.add(draft)
            session.flush()
            for name in fields:
                session.add(Correction(ticket_id=ticket.id, draft_id=draft.id, field=name, role="agent"))
            return ticket.id

        approved = drafted("kargom nerede", "champ", "kargo_takip", ("approve",))
        reply_edited = drafted("kargom gelmedi", "champ", "kargo_gecikme", ("reply", "approve"))
        relabelled = drafted("iade etmek istiyorum", "champ", "para_iadesi_durumu", ("intent", "approve"))
        respanned = drafted("siparişim 123456", "champ", "siparis_status", ("entities", "approve"))
        pending = drafted("faturam yok", "champ", "fatura_ister")
        other = drafted("şifremi unuttum", "old", "sifre_unuttum", ("approve",))
        redrafted = drafted("kuponum çalışmıyor", "champ", "kupon_kullanim", ("approve",))
        drafted("kuponum çalışmıyor", "old", "kampanya_sor")
        session.commit()

        drafts = champion_drafts(session, "champ")

    assert drafts.reproduced == {approved, reply_edited}  # the reply is not what the model learns
    assert drafts.said == {
        approved: "kargo_takip",
        reply_edited: "kargo_gecikme",
        relabelled: "para_iadesi_durumu",
        respanned: "siparis_status",
        pending: "fatura_ister",
    }
    assert other not in drafts.said and redrafted not in drafts.said  # another model's latest draft

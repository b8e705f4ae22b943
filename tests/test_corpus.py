"""The synthetic ticket corpus: exact spans, every intent, determinism, calls that resolve against the backend,
replies that state only backend facts, masking-compatible PII, and held-out templates that training never sees."""

from __future__ import annotations

import itertools
import json
import random
import re
import time
from collections import Counter
from datetime import UTC, date, datetime, time as clock
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from db.contract import load_contract
from db.corpus import SPLITS, all_templates, corpus_stats, generate, phrases, split_overlap, surface_form, write_jsonl
from db.corpus.backend import _mention_forms, fold, format_day, product_fits, upper_tr
from db.corpus.generator import CONFUSABLE, INTENT_WEIGHTS, _pools, _typo, _write_amount, reason_fits
from db.corpus.replies import ASK
from db.corpus.stats import folded, realism_stats
from db.demo import DemoData, build_demo
from db.models import ORDER_STATUSES

CARRIER_NAMES = tuple(fold(c) for c in load_contract().carriers)
NEW_ADDRESS = "Moda Mah. Gül Sok. No:1 Kadıköy/İstanbul"
APPAREL = ("giyim", "ayakkabı", "anne & bebek", "spor")  # the demo categories that sell garments and shoes
_MONTH_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(phrases.MONTHS) + r")\b")


@pytest.fixture(scope="module")
def demo() -> DemoData:
    """A mid-sized demo: every order state occurs, builds in a fraction of a second."""
    return build_demo(7, n_customers=300, n_orders=3000)


@pytest.fixture(scope="module")
def mini(demo: DemoData) -> list[dict[str, Any]]:
    return generate("mini", 1000, 7, demo=demo)


@pytest.fixture(scope="module")
def heldout(demo: DemoData) -> list[dict[str, Any]]:
    return generate("heldout", 1000, 7, demo=demo)


def test_spans_index_the_text_exactly(mini: list[dict[str, Any]], heldout: list[dict[str, Any]]) -> None:
    for record in mini + heldout:
        text = record["text"]
        for entity in record["entities"]:
            assert text[entity["start"] : entity["end"]] == entity["value"], record["id"]
            assert entity["type"] in load_contract().entity_type_ids
        taken = sorted((s["start"], s["end"]) for s in record["entities"] + record["pii"])
        for (_, end), (start, _) in itertools.pairwise(taken):
            assert end <= start, f"overlapping spans in {record['id']}"
        for span in record["pii"]:
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["type"] in {"tckn", "phone", "email", "iban", "card", "person", "address"}


def test_every_intent_has_at_least_one_percent_of_mini(mini: list[dict[str, Any]]) -> None:
    counts = corpus_stats(mini)["per_intent"]
    assert set(counts) == set(load_contract().intent_ids)
    assert min(counts.values()) >= 10
    skewed = sum(counts[i] for i in counts if i == "siparis_status" or i.startswith(("kargo_", "iade_")))
    assert 0.35 <= skewed / len(mini) <= 0.55


def test_same_seed_same_corpus_other_seed_other_corpus(demo: DemoData, mini: list[dict[str, Any]]) -> None:
    assert generate("mini", 1000, 7, demo=demo) == mini
    assert generate("mini", 50, 8, demo=demo) != mini[:50]


def test_ids_are_unique_and_name_split_seed_index(mini: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in mini]
    assert len(set(ids)) == len(ids)
    assert ids[123] == "mini-7-000123"


def test_tool_calls_follow_the_contract_and_the_customers_own_orders(
    demo: DemoData, mini: list[dict[str, Any]], heldout: list[dict[str, Any]]
) -> None:
    contract = load_contract()
    for record in mini + heldout:
        intent = contract.intent(record["intent"])
        names = [call["name"] for call in record["tool_calls"]]
        assert names in ([], list(intent.tools)), record["id"]
        for call in record["tool_calls"]:
            Draft202012Validator(contract.tool(call["name"]).parameters).validate(call["arguments"])
            number = call["arguments"].get("order_number")
            if number is not None:
                order = demo.order_by_number(number)
                assert order is not None and order["customer_id"] == record["customer_id"], record["id"]
                written = [re.sub(r"\D", "", e["value"]) for e in record["entities"] if e["type"] == "order_number"]
                assert number in written
            if call["name"] == "update_delivery_address":
                assert call["arguments"]["address"] == "[ADRES]"
                assert any(p["type"] == "address" for p in record["pii"])
        if intent.tools and not record["tool_calls"]:
            asked = [reply for replies in ASK.values() for reply in replies]
            assert record["reply"] in asked, "a ticket without the needed identifier gets a question back"


def test_a_realistic_share_of_order_tickets_gives_no_order_number(mini: list[dict[str, Any]]) -> None:
    contract = load_contract()
    order_tickets = [r for r in mini if contract.intent(r["intent"]).needs_order]
    without = [r for r in order_tickets if not r["tool_calls"]]
    assert 0.07 <= len(without) / len(order_tickets) <= 0.2
    assert all(not any(e["type"] == "order_number" for e in r["entities"]) for r in without)


def test_order_states_fit_the_intent(demo: DemoData) -> None:
    """Cancels mostly hit unshipped orders (some shipped, refused), tracking hits shipped ones, and so on.

    Drawn from 4,000 pool tickets rather than the mini fixture: with ~100 cancels the 'some shipped' share
    holds whatever templates are added, where mini's ~20 could all land on unshipped orders by chance.
    """
    tickets = generate("pool", 4000, 7, demo=demo)
    states: dict[str, list[str]] = {}
    for record in tickets:
        for call in record["tool_calls"]:
            if "order_number" in call["arguments"]:
                order = demo.order_by_number(call["arguments"]["order_number"])
                states.setdefault(record["intent"], []).append(order["status"])
    cancels = states["siparis_iptal"]
    assert 0.6 <= cancels.count("hazirlaniyor") / len(cancels) < 1.0
    assert all(s != "hazirlaniyor" for s in states["kargo_takip"])
    assert all(demo.return_of(demo.order_by_number(c["arguments"]["order_number"])["id"]) for r in tickets
               if r["intent"] == "iade_durumu" for c in r["tool_calls"])  # fmt: skip
    assert all(demo.refund_of(demo.order_by_number(c["arguments"]["order_number"])["id"]) for r in tickets
               if r["intent"] == "para_iadesi_durumu" for c in r["tool_calls"])  # fmt: skip


def _facts(demo: DemoData, record: dict[str, Any]) -> set[str]:
    """Every string the backend rows behind a record's calls hold, formatted as replies write them."""
    facts: set[str] = set()
    for call in record["tool_calls"]:
        number = call["arguments"].get("order_number")
        orders = [demo.order_by_number(number)] if number else demo.orders_of(record["customer_id"])[:10]
        for order in orders:
            facts |= {order["order_number"], order["seller"], ORDER_STATUSES[order["status"]]}
            if order["estimated_delivery"]:
                facts.add(format_day(order["estimated_delivery"]))
            for row in (demo.shipment_of(order["id"]), demo.return_of(order["id"]), demo.refund_of(order["id"])):
                for value in (row or {}).values():
                    is_day = isinstance(value, date) and not isinstance(value, datetime)
                    facts.add(format_day(value) if is_day else str(value))
            if invoice := demo.invoice_of(order["id"]):
                facts.add(invoice["invoice_number"])
    for coupon in demo.coupons:
        facts |= {coupon["code"], format_day(coupon["valid_until"]), format_day(coupon["valid_from"])}
    for product in demo.products:
        if product["restock_date"]:
            facts.add(format_day(product["restock_date"]))
    return facts


def test_replies_state_only_backend_facts(demo: DemoData, mini: list[dict[str, Any]]) -> None:
    """Tracking numbers, codes, dates and carriers in a reply come from the rows behind its calls."""
    for record in mini:
        reply = record["reply"]
        facts = _facts(demo, record)
        for code in re.findall(r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{6,}\b", reply):
            # the customer may have typed the code without Turkish letters ("hosgeldin20" for HOSGELDIN20)
            assert code in facts or folded(code) in folded(record["text"]), (record["id"], code)
        for day, month in _MONTH_RE.findall(reply):
            assert f"{day} {month}" in facts, (record["id"], reply)
        carriers = [c for c in load_contract().carriers if c in reply]
        for carrier in carriers:
            assert carrier in facts, (record["id"], carrier)
        if not record["tool_calls"]:
            assert not re.search(r"\d{6,}|\bTL\b", reply), (record["id"], reply)


def test_masking_hides_pii_and_keeps_every_entity(mini: list[dict[str, Any]], heldout: list[dict[str, Any]]) -> None:
    from serving.pii import mask

    lost: list[tuple[str, str]] = []
    for record in mini + heldout:
        text = record["text"]
        masked = mask(text)
        for span in record["pii"]:
            assert any(s.start <= span["start"] and span["end"] <= s.end for s in masked.spans), (
                record["id"],
                text[span["start"] : span["end"]],
            )
            assert text[span["start"] : span["end"]] not in masked.text
        for entity in record["entities"]:
            mapped = masked.map_span(entity["start"], entity["end"])
            if mapped is None:
                lost.append((record["id"], entity["value"]))
            else:
                assert masked.text[mapped[0] : mapped[1]] == entity["value"]
    assert not lost, lost[:5]


def test_gold_calls_run_against_the_seeded_backend(demo_data: DemoData, demo_engine: Any) -> None:
    """Gold calls succeed on a SQLite backend seeded with `seed_demo`, and replies agree with the results."""
    from sqlmodel import Session

    from serving.tools import ToolContext, call_tool

    records = generate("mini", 400, 7, demo=demo_data)
    now = datetime.combine(demo_data.today, clock(9, 0), UTC)
    product_calls = 0
    product_misses: list[tuple[str, str, str]] = []
    with Session(demo_engine) as session:
        for record in records:
            ctx = ToolContext(session, record["customer_id"], now, {"[ADRES]": NEW_ADDRESS})
            for call in record["tool_calls"]:
                result = call_tool(ctx, call["name"], call["arguments"])
                assert result.ok, (record["id"], result.error)
                assert result.result.get("found", True), (record["id"], call, result.result)
                flat = json.dumps(result.result, ensure_ascii=False)
                for carrier in load_contract().carriers:
                    if carrier in record["reply"] and call["name"] in ("track_shipment", "get_order_status"):
                        assert carrier in flat, (record["id"], record["reply"], flat)
                if call["name"] in ("get_product_info", "check_stock"):
                    product_calls += 1
                    if result.result["product"] not in record["reply"]:
                        product_misses.append((record["id"], call["arguments"]["product"], result.result["product"]))
                if call["name"] in ("get_order_status", "get_return_status") and "status_text" in result.result:
                    assert result.result["status_text"] in record["reply"] or record["intent"] == "satici_iletisim"
                refused = bool(result.result.get("refused"))
                if call["name"] in ("cancel_order", "start_return_process", "create_exchange_request"):
                    assert refused == any(w in record["reply"] for w in ("edilemiyor", "oluşturulamıyor")), (
                        record["id"], record["reply"], flat,
                    )  # fmt: skip
    # The tool's fuzzy product lookup can land on a sibling product ("derimod" prefix-matches "deri"); rare.
    assert len(product_misses) <= max(1, product_calls // 20), product_misses


def test_heldout_shares_no_template_and_no_text_with_mini(
    mini: list[dict[str, Any]], heldout: list[dict[str, Any]]
) -> None:
    overlap = split_overlap(mini, heldout)
    assert overlap["texts_in_both"] == 0
    assert overlap["templates_in_both"] == 0
    train, held = _pools(False), _pools(True)
    for register in phrases.REGISTER_OPENERS:
        assert train.openers[register] and held.openers[register], register
        assert not set(train.openers[register]) & set(held.openers[register])
        assert not set(train.closers[register]) & set(held.closers[register])
    assert not {line for line, _ in train.side_remarks} & {line for line, _ in held.side_remarks}
    assert not set(train.story) & set(held.story)
    for intent in INTENT_WEIGHTS:
        assert held.complete.get(intent), f"held-out has no complete template for {intent}"
        assert train.complete.get(intent), f"training has no complete template for {intent}"
        if load_contract().intent(intent).needs_order:
            assert held.incomplete.get(intent) and train.incomplete.get(intent), intent


def test_templates_are_many_distinct_and_carry_no_literal_entities() -> None:
    templates = all_templates()
    assert len(templates) / len(INTENT_WEIGHTS) >= 30
    folded = [fold(t.text) for t in templates]
    assert len(set(folded)) == len(folded), "duplicate template lines"
    literal_sources = [t.text for t in templates] + list(phrases.OPENERS + phrases.CLOSERS + phrases.ORDER_CONTEXT)
    literal_sources += list(phrases.GENERAL_CONTEXT) + [line for line, _ in phrases.SIDE_REMARKS]
    literal_sources += list(phrases.ESCALATIONS + phrases.SARCASM + phrases.STORY_LINES + phrases.ORDER_STORY_LINES)
    literal_sources += list(phrases.AMOUNT_CONTEXT + phrases.DATE_CONTEXT + phrases.PARTIAL_ORDER_REMARKS)
    literal_sources += list(phrases.SIGNATURE_CUES + phrases.PHONE_CLAUSES + phrases.EMAIL_CLAUSES)
    literal_sources += [option for options in phrases.WORDING.values() for option in options]
    for source in literal_sources:
        literal = fold(re.sub(r"\{\w+\}", " ", source))
        assert not re.search(r"\b(dün|bugün|yarın|gün önce|gündür)\b", literal), source
        assert not _MONTH_RE.search(source), source
        assert not re.search(r"\b(" + "|".join(phrases.WEEKDAYS) + r")\b", literal), source
        assert not re.search(r"\d+([.,]\d+)? ?(tl|lira)\b", literal), source
        for carrier in CARRIER_NAMES:
            if carrier != "kolay gelsin":  # the everyday greeting, not the carrier
                assert not re.search(rf"\b{carrier}\b", literal), (source, carrier)


# The contract's tie-breaks, as words that decide them. A template that uses a word of the other side teaches
# the bot one label in training and scores it on another in held-out: "Siparişim yola çıktı mı?" was once a
# siparis_status line in training and a kargo_takip line in held-out.
TIE_BREAKS = {
    # "a question about the shipment's movement is kargo_takip, about the order's state siparis_status"
    "siparis_status": ("yola çık", "kargom", "kargosu", "kargo nerede", "takip numara", "dağıtıma çık"),
    "kargo_takip": ("onaylandı mı", "hazırlandı mı", "paketlendi mi", "onay bekl"),
    # asking for the code to send a return back is the return shipping code (iade_kargo_kodu)
    "iade_baslat": ("kodu nasıl", "kodunu", "kargo kodu", "kodu ver", "kodu gönder", "kodu ilet"),
}


@pytest.mark.parametrize("intent", sorted(TIE_BREAKS))
def test_templates_keep_the_contracts_tie_breaks(intent: str) -> None:
    offending = [
        (t.id, word)
        for t in all_templates()
        if t.intent == intent
        for word in TIE_BREAKS[intent]
        if fold(word) in fold(t.text)
    ]
    assert not offending, f"{intent} templates ask what the contract gives another intent: {offending}"


def test_corpus_stats_count_surface_forms(mini: list[dict[str, Any]]) -> None:
    stats = corpus_stats(mini)
    assert stats["records"] == 1000
    assert sum(stats["per_intent"].values()) == 1000
    assert all(stats["surface_forms_per_intent"][i] >= 5 for i in stats["per_intent"])
    # about 17% of generated tickets carry PII (sd 0.014 across 1,000-ticket seeds): 0.12 is three sd below
    assert 0.12 <= stats["share_with_pii"] <= 0.6
    for style in ("deascii", "typo", "lower", "upper", "emoji", "colloquial", "formal", "side_topic"):
        assert stats["share_by_style"].get(style, 0) > 0, style
    record = next(r for r in mini if r["entities"])
    assert "<" + record["entities"][0]["type"] + ">" in surface_form(record)


def test_write_jsonl_round_trips(tmp_path: Path, mini: list[dict[str, Any]]) -> None:
    path = tmp_path / "mini.jsonl"
    assert write_jsonl(mini[:20], path) == 20
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == mini[:20]
    assert "ş" in path.read_text(encoding="utf-8") or "ı" in path.read_text(encoding="utf-8")


def test_unknown_split_is_refused(demo: DemoData) -> None:
    assert "heldout" in SPLITS
    with pytest.raises(ValueError, match="split"):
        generate("train", 5, 7, demo=demo)  # type: ignore[arg-type]


@pytest.mark.slow
def test_fifty_thousand_pool_tickets_in_under_a_minute() -> None:
    started = time.perf_counter()
    demo = build_demo(7)
    records = generate("pool", 50_000, 7, demo=demo)
    elapsed = time.perf_counter() - started
    assert len(records) == 50_000
    assert elapsed < 60, f"{elapsed:.1f} s"


def test_write_jsonl_creates_missing_folders(tmp_path: Path, mini: list[dict[str, Any]]) -> None:
    path = tmp_path / "runs" / "nested" / "mini.jsonl"
    assert write_jsonl(mini[:3], path) == 3
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


# ── Corpus v2: registers, typed slots, entity conventions, messiness ────────────────────────────────────


@pytest.fixture(scope="module")
def pool(demo: DemoData) -> list[dict[str, Any]]:
    """The seeded 2,000-ticket pool that the share thresholds of corpus v2 are measured on."""
    return generate("pool", 2000, 7, demo=demo)


def test_vocabulary_is_broad_on_every_split(
    mini: list[dict[str, Any]], heldout: list[dict[str, Any]], pool: list[dict[str, Any]]
) -> None:
    """Issue 13's breadth target: type-token ratio >= 0.50 at 3,000 tokens (stats.TTR_METHOD), held-out included,
    although it draws on a quarter of the templates, wordings and frames. A few dozen greetings and asides said
    over and over gave 0.41 to 0.47."""
    for name, records in (("mini", mini), ("heldout", heldout), ("pool", pool)):
        ttr = realism_stats(records)["ttr"]
        assert ttr["small_tokens"] == 3000, name
        assert ttr["small_value"] >= 0.50, (name, ttr["small_value"])


def test_v2_shares_on_a_seeded_pool(pool: list[dict[str, Any]]) -> None:
    """Issue 13's targets: enough amounts, dates, stories, second topics and 8-digit numbers; little shouting."""
    stats = realism_stats(pool)
    labels = stats["labels"]
    assert labels["share_amount"] >= 0.08
    assert labels["share_date"] >= 0.15
    assert stats["words"]["share_30_80"] >= 0.05
    assert labels["share_second_intent"] >= 0.05
    assert stats["share_multiline"] <= 0.05
    assert stats["share_all_caps"] <= 0.02
    assert stats["share_escalation"] >= 0.02
    assert labels["order_number"]["by_length"]["8"] >= 0.2
    assert stats["share_amount"] >= 0.08 and stats["share_relative_date"] >= 0.05  # the text patterns agree


@pytest.mark.parametrize("value", [100.0, 250.0, 349.9, 500.0, 1000.0, 1249.9, 2500.0, 12999.0, 27500.0, 899.99])
def test_amounts_written_in_every_form_parse_to_their_value(value: float) -> None:
    from serving.normalize import parse_amount

    rng = random.Random(value)
    forms = {_write_amount(rng, value) for _ in range(200)}
    assert len(forms) >= 4, forms
    for form in forms:
        for written in (form, upper_tr(form), form.translate(str.maketrans(phrases.DEASCII))):
            assert parse_amount(written) == value, (written, value)


def test_amount_entities_parse_and_installment_calls_carry_the_written_amount(pool: list[dict[str, Any]]) -> None:
    from serving.normalize import parse_amount

    forms = set()
    for record in pool:
        amounts = [e["value"] for e in record["entities"] if e["type"] == "amount"]
        for value in amounts:
            assert parse_amount(value) is not None, (record["id"], value)
            forms.add(re.sub(r"\d", "9", value))
        for call in record["tool_calls"]:
            if call["name"] == "get_installment_options":
                assert call["arguments"]["amount"] in {parse_amount(v) for v in amounts}, record["id"]
    assert any("bin" in f for f in forms) and any("₺" in f for f in forms) and any("lira" in f for f in forms)


def test_relative_dates_are_spanned_whole_and_durations_are_not_dates(pool: list[dict[str, Any]]) -> None:
    values = set()
    for record in pool:
        text = folded(record["text"])
        for entity in record["entities"]:
            if entity["type"] != "date":
                continue
            value = folded(entity["value"])
            values.add(value)
            assert not text[: entity["start"]].endswith(("gecen ", "gectigimiz ")), (record["id"], entity)
            assert not re.search(r"\d+ gunde\b|icinde", value), (record["id"], value)
    assert {"gecen hafta", "gecen ay"} <= values
    assert any(re.fullmatch(r"gecen (" + "|".join(folded(w) for w in phrases.WEEKDAYS) + ")", v) for v in values)


def test_partial_order_numbers_get_no_call_and_no_entity(demo: DemoData, pool: list[dict[str, Any]]) -> None:
    """ "48215 numaralı sipariş" or "sonu 482 olan": the bot cannot act on it and asks, as with no number."""
    asked = {reply for replies in ASK.values() for reply in replies}
    partial = [r for r in pool if "partial_order" in r["style"]]
    assert len(partial) >= 20
    for record in partial:
        assert record["tool_calls"] == [], record["id"]
        assert not any(e["type"] == "order_number" for e in record["entities"]), record["id"]
        assert record["reply"] in asked
        assert re.search(r"(?<!\d)\d{3,7}(?!\d)", record["text"]), record["text"]
        for run in re.findall(r"\d[\d -]*\d", record["text"]):
            assert demo.order_by_number(re.sub(r"\D", "", run)) is None, (record["id"], run)


def test_cancel_reasons_come_from_the_customers_words(pool: list[dict[str, Any]]) -> None:
    stated = 0
    for record in pool:
        for call in record["tool_calls"]:
            if call["name"] != "cancel_order":
                continue
            reason = call["arguments"]["reason"]
            assert reason.strip()
            if reason != "müşteri talebi":
                stated += 1
                assert reason in record["text"], (record["id"], reason)
            else:
                assert not re.search(r"vazge[cç]tim|yanl[ıi][sş]l[ıi]kla", fold(record["text"])), record["text"]
    assert stated >= 20


def test_second_intent_is_another_plausible_intent(pool: list[dict[str, Any]]) -> None:
    intents = set(load_contract().intent_ids)
    seconds = [r for r in pool if r["second_intent"]]
    assert len(seconds) >= 0.05 * len(pool)
    assert len({r["second_intent"] for r in seconds}) >= 15
    for record in seconds:
        assert record["second_intent"] in intents and record["second_intent"] != record["intent"]
        assert not any({record["intent"], record["second_intent"]} <= group for group in CONFUSABLE), record["id"]


def test_one_register_per_ticket(pool: list[dict[str, Any]]) -> None:
    """One sign-off at most; a text message has no Turkish letter anywhere, names included; letters no "tsk"."""
    sms_closers = set(phrases.REGISTER_CLOSERS["sms"])
    for record in pool:
        text = record["text"]
        signed = "signature" in record["style"]
        closers = [
            c for c in phrases.CLOSERS if text.rstrip(" .!?🙏😊👍🙂❤️😡🤬😤👎😢😞🙁😔🏻").endswith(c.rstrip(".!"))
        ]
        assert not (signed and closers), (record["id"], text)
        if "deascii" in record["style"]:
            assert not set("çğıöşüÇĞİÖŞÜ") & set(text), (record["id"], text)
        if record["register"] == "formal":
            assert not any(text.endswith(c) for c in sms_closers), text
    registers = Counter(r["register"] for r in pool)
    assert set(registers) == set(phrases.REGISTER_OPENERS) and min(registers.values()) >= 50


def test_typos_change_one_letter_and_at_most_one_dotted_i() -> None:
    rng = random.Random(0)
    for word in ("hesabımdaki", "iletişim", "kırmızı", "istiyorum", "gönderilmiş"):
        for _ in range(300):
            typo = _typo(rng, word)
            assert abs(len(typo) - len(word)) <= 1, (word, typo)
            if len(typo) == len(word):
                changed = [(a, b) for a, b in zip(typo, word, strict=True) if a != b]
                assert len(changed) <= 2, (word, typo)
                assert sum({a, b} == {"i", "ı"} for a, b in changed) <= 1, (word, typo)


def test_products_fit_the_template_categories(demo: DemoData, pool: list[dict[str, Any]]) -> None:
    """No size advice for a lamp: a product in a template with categories is of them, and sized where needed."""
    by_id = {t.id: t for t in all_templates()}
    forms: dict[str, list[dict[str, Any]]] = {}
    for product in demo.products:
        for form in _mention_forms(product):
            forms.setdefault(folded(form), []).append(product)
    checked = 0
    for record in pool:
        template = by_id[record["template"]]
        if record["intent"] == "beden_danisma" or template.categories:
            for entity in record["entities"]:
                if entity["type"] != "product":
                    continue
                candidates = forms[folded(entity["value"])]
                assert all(product_fits(p, template.categories, sized=record["intent"] == "beden_danisma")
                           for p in candidates), (record["id"], entity["value"])  # fmt: skip
                if record["intent"] == "beden_danisma":
                    assert all(p["sizes"] and p["category"] in APPAREL for p in candidates), entity["value"]
                checked += 1
    assert checked >= 50


def test_return_reasons_fit_the_product_going_back(demo: DemoData, pool: list[dict[str, Any]]) -> None:
    """No "ayakkabı ayağımı vurdu" about a coffee machine: a stated reason fits the product the ticket names."""
    typed = {folded(text): categories for text, categories in (*phrases.RETURN_REASONS, *phrases.EXCHANGE_REASONS)}
    forms: dict[str, list[dict[str, Any]]] = {}
    for product in demo.products:
        for form in _mention_forms(product):
            forms.setdefault(folded(form), []).append(product)
    checked = 0
    for record in pool:
        reasons = [typed[folded(e["value"])] for e in record["entities"] if e["type"] == "return_reason"]
        products = [e["value"] for e in record["entities"] if e["type"] == "product"]
        if not reasons or not products:
            continue
        for categories in reasons:
            assert any(reason_fits(categories, p["category"]) for p in forms[folded(products[0])]), record["id"]
            checked += 1
    assert checked >= 5  # about 1 in 200 tickets states a reason and names the product
    assert not reason_fits(frozenset({"ayakkabı"}), "elektronik") and reason_fits(None, "süpermarket")


def test_stock_words_are_said_other_ways_and_held_out_wordings_stay_unseen(pool: list[dict[str, Any]]) -> None:
    trained, held = _pools(False).wording, _pools(True).wording
    for key in phrases.WORDING:
        assert not set(trained.get(key, ())) & set(held.get(key, ())), key
    assert sum("wording" in r["style"] for r in pool) >= 0.3 * len(pool)
    text = " ".join(r["text"] for r in pool)
    for word in ("isterdim", "problem", "halen", "ulaşmadı"):  # training-side alternatives in use
        assert re.search(rf"(?<!\w){word}(?!\w)", text, re.IGNORECASE), word


def test_generate_command_pins_the_day_with_today(tmp_path: Path) -> None:
    """Tickets are dated from the day they are written, so `--today` is what makes a held-out file the same on
    any day; another day gives other dates, and a date in another form is refused with its format."""
    from typer.testing import CliRunner

    from app.cli import cli

    def run(day: str, out: Path) -> Any:
        args = ["data", "generate", "--split", "heldout", "--n", "60", "--seed", "7", "--today", day, "--out", str(out)]
        return CliRunner().invoke(cli, args)

    first, again, later = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    for day, out in (("2026-12-06", first), ("2026-12-06", again), ("2027-03-02", later)):
        assert run(day, out).exit_code == 0
    assert first.read_bytes() == again.read_bytes()
    assert first.read_bytes() != later.read_bytes()
    refused = run("06.12.2026", tmp_path / "d.jsonl")
    assert refused.exit_code == 2 and "YYYY-MM-DD" in refused.output
    assert not (tmp_path / "d.jsonl").exists()

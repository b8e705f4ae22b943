"""Corpus-realism figures (`realism_stats`) and `destek data stats`: each text pattern on what it must and must
not match, the type-token ratio on texts whose ratio is known, labelled figures, and the command on one file,
two files side by side, --json and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.cli import cli
from db.corpus.stats import (
    ABSOLUTE_DATE_RE,
    AMOUNT_RE,
    ESCALATION_RE,
    RELATIVE_DATE_RE,
    TTR_SMALL_TOKENS,
    TTR_TOKENS,
    corpus_stats,
    folded,
    is_all_caps,
    is_deasciified,
    is_multiline,
    order_numbers,
    realism_stats,
    record_problem,
    surface_form,
    tokens,
    type_token_ratio,
    word_count,
)
from serving.pii import find_pii

WIDE = {"COLUMNS": "220"}
"""Rich wraps a table to the terminal; wide enough that every row is on one line."""


def _finds(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(folded(text)) is not None


@pytest.mark.parametrize(
    "text",
    ["349,90 TL", "1.249₺ ödedim", "1249 tl", "bin lira", "500 lira", "₺120", "₺ 7800", "2 bin TL", "12.500 TL'ye",
     "899,99TL çekildi", "50 liralık kupon", "İKİ YÜZ TL", "1.249,90 TL", "90 kuruş"],
)  # fmt: skip
def test_amount_forms_are_found(text: str) -> None:
    assert _finds(AMOUNT_RE, text)


@pytest.mark.parametrize(
    "text",
    ["5017208482 nolu siparişim", "sipariş 39038668 TL ödemesi", "kaç TL?", "Türk lirası", "2 tane aldım",
     "saat 14.30 gibi", "12.11.2026 tarihinde", "bin kere yazdım"],
)  # fmt: skip
def test_order_numbers_prices_asked_and_bare_numbers_are_not_amounts(text: str) -> None:
    assert not _finds(AMOUNT_RE, text)


@pytest.mark.parametrize(
    "text", ["12.11.2026", "12/11/26 tarihli", "2026-11-12", "12 Kasım", "3 Mart'ta", "17 kasimda", "5 ŞUBAT'TA"]
)
def test_absolute_dates_are_found(text: str) -> None:
    assert _finds(ABSOLUTE_DATE_RE, text)
    assert not _finds(RELATIVE_DATE_RE, text)


@pytest.mark.parametrize("text", ["349,90 TL", "12.11 gibi", "kasım ayında", "2 ay oldu", "5017208482"])
def test_amounts_bare_months_and_day_month_without_a_year_are_not_absolute_dates(text: str) -> None:
    assert not _finds(ABSOLUTE_DATE_RE, text)


@pytest.mark.parametrize(
    "text",
    ["dün", "DÜN verdim", "dünkü sipariş", "bugün", "geçen salı", "gecen sali", "geçen hafta", "geçen ay",
     "bu hafta sonu", "3 gün önce", "3 gun once", "bir hafta önce", "önceki gün", "evvelsi gün", "6 gündür",
     "iki haftadır bekliyorum", "cuma günü", "pazartesiye kadar", "Salı'dan beri", "yarın"],
)  # fmt: skip
def test_relative_dates_are_found(text: str) -> None:
    assert _finds(RELATIVE_DATE_RE, text)


@pytest.mark.parametrize(
    "text",
    ["3 gün içinde", "2 iş günü", "bu ayakkabı", "pazar yeri", "pazarlık", "günlerdir bekliyorum", "dünya",
     "salıverdi", "geçen sipariş", "önce ödeme"],
)  # fmt: skip
def test_durations_and_look_alikes_are_not_relative_dates(text: str) -> None:
    """A duration or deadline ("3 gün içinde") is not a date; "6 gündür" is (it dates the start of a delay)."""
    assert not _finds(RELATIVE_DATE_RE, text)


@pytest.mark.parametrize(
    "text",
    ["Tüketici Hakem Heyeti'ne gideceğim", "hakem heyetine", "şikayetvar'a yazacağım", "CİMER'e yazdım",
     "dolandırıcılar", "REZALET", "avukatıma", "dava açacağım", "tüketici mahkemesine", "BTK'ya şikayet"],
)  # fmt: skip
def test_escalation_language_is_found(text: str) -> None:
    assert _finds(ESCALATION_RE, text)


@pytest.mark.parametrize("text", ["davet kodu", "davranışınız", "bir şikayetim var", "hakem", "avuç"])
def test_ordinary_words_are_not_escalation(text: str) -> None:
    assert not _finds(ESCALATION_RE, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("siparişim 39038668", ["39038668"]),
        ("#501720848 nolu", ["501720848"]),
        ("5017208482'de sorun var", ["5017208482"]),
        ("no: 62027282057", ["62027282057"]),
        ("5390-457482 numaralı", ["5390457482"]),
        ("866 763 0042 NUMARALI", ["8667630042"]),
        ("sipariş 986 69166440, 2 adet", ["98669166440"]),
        ("1234567 ve 0532 123 45 67", []),
        ("05321234567", []),
        ("TR33 0006 1005 1978 6457 8413 26", []),
        ("kart 4111 1111 1111 1111", []),
        ("takip 1234567890123", []),
        ("fatura GIB2026000012345", []),
        ("12.11.2026 tarihli, 1.249,90 TL", []),
    ],
)
def test_order_numbers_by_their_digits(text: str, expected: list[str]) -> None:
    assert order_numbers(text) == expected


def test_the_pii_finder_keeps_phones_and_tc_numbers_out_of_the_order_numbers() -> None:
    text = "TC kimlik numaram 10000000146, cep: 5321234567, siparişim 5017208482"
    assert order_numbers(text) == ["10000000146", "5321234567", "5017208482"]
    assert order_numbers(text, find_pii) == ["5017208482"]
    assert order_numbers("siparis 5321234567 nolu", find_pii) == ["5321234567"]


def test_tokens_are_turkish_lower_cased_runs_of_letters_and_digits() -> None:
    assert tokens("IŞIK ışık İyi iyi 349,90 TL'ye!! 😡") == ["ışık", "ışık", "iyi", "iyi", "349", "90", "tl", "ye"]
    assert word_count("Merhaba ,  349,90 TL !! 😡\nsağ olun") == 5


def test_type_token_ratio_on_texts_whose_ratio_is_known() -> None:
    """2,000 tickets of five shared and five own words: any 10,000 tokens (1,000 whole tickets) have 5 + 5,000
    types, whichever tickets the seeded samples draw."""
    shared = ["kargo", "nerede", "sipariş", "lütfen", "acil"]
    tickets = [shared + [f"k{i}x{j}" for j in range(5)] for i in range(2000)]
    assert type_token_ratio(tickets) == (pytest.approx(5005 / TTR_TOKENS), TTR_TOKENS)
    assert type_token_ratio([["aynı"] * 10] * 2000) == (pytest.approx(1 / TTR_TOKENS), TTR_TOKENS)
    # Fewer tokens than a sample: the ratio over all of them, and the count says it is not comparable.
    assert type_token_ratio([["bir", "iki"], ["bir", "üç"]]) == (0.75, 4)
    assert type_token_ratio([]) == (0.0, 0)


def test_type_token_ratio_does_not_depend_on_file_order_or_size() -> None:
    """Seeded ticket samples, not the first 10,000 tokens: a file sorted by topic gets the ratio of a mixed one,
    and a file twice as large with the same mix of tickets the same ratio (about 1,667 own words + 4 shared)."""

    def topic_a(n: int) -> list[list[str]]:
        return [["iade", "istiyorum", f"a{i}"] for i in range(n)]

    topic_b = [["kargo", "gelmedi", "kargo"]] * 8000
    sorted_file, _ = type_token_ratio(topic_a(4000) + topic_b[:4000])
    mixed, _ = type_token_ratio([t for pair in zip(topic_a(4000), topic_b[:4000], strict=True) for t in pair])
    larger, _ = type_token_ratio(topic_a(8000) + topic_b)
    assert sorted_file == pytest.approx(mixed, abs=0.005)
    assert sorted_file == pytest.approx(larger, abs=0.005)
    assert sorted_file == pytest.approx(1671 / TTR_TOKENS, abs=0.005)


def test_case_noise_and_layout_predicates() -> None:
    assert is_all_caps("SİPARİŞİM NEREDE, 3 GÜNDÜR BEKLİYORUM!!!")
    assert not is_all_caps("OK TL") and not is_all_caps("Siparişim NEREDE acaba?")
    for text, deascii in [("siparisim hala gelmedi, ne zaman gelir", True), ("siparişim hala gelmedi, ne zaman", False),
                          ("kargo ne zaman", False)]:  # fmt: skip
        assert is_deasciified(text, word_count(text)) is deascii
    assert is_multiline("Merhaba,\n\nkargom gelmedi.\n") and not is_multiline("kargom gelmedi\n")


def test_realism_stats_of_a_file_without_labels() -> None:
    long_ticket = " ".join(["kelime"] * 40)
    records = [
        {"text": "Dün 349,90 TL ödedim 🙏"},
        {"text": "12 Kasım'da verdiğim 5017208482 nolu sipariş nerede?"},
        {"text": "SİPARİŞİM NEREDE, REZALET BU!"},
        {"text": f"Merhaba,\n{long_ticket}"},
        {"text": " ".join(["uzun"] * 81)},
    ]
    stats = realism_stats(records)
    assert stats["tickets"] == 5 and stats["labels"] is None
    assert stats["words"] == {"mean": 27.4, "median": 7, "share_30_80": 0.2, "share_over_80": 0.2}
    assert stats["ttr"]["comparable"] is False and stats["ttr"]["tokens"] < TTR_TOKENS
    assert "10,000 tokens" in stats["ttr"]["method"]
    assert stats["ttr"]["small_tokens"] == stats["ttr"]["tokens"] < TTR_SMALL_TOKENS  # both over the whole file
    assert (stats["share_amount"], stats["share_date"], stats["share_relative_date"]) == (0.2, 0.4, 0.2)
    assert (stats["share_emoji"], stats["share_all_caps"], stats["share_escalation"]) == (0.2, 0.2, 0.2)
    assert (stats["share_multiline"], stats["share_deascii"]) == (0.2, 0.4)
    assert stats["order_number"] == {"share": 0.2, "by_length": {"8": 0.0, "9": 0.0, "10": 1.0, "11": 0.0}}
    json.dumps(stats)  # every figure is JSON-ready


def _ticket(text: str, intent: str, template: str, entities: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    spans = [{"type": kind, "value": value, "start": text.index(value), "end": text.index(value) + len(value)}
             for kind, value in entities]  # fmt: skip
    return {"text": text, "intent": intent, "entities": spans, "pii": [], "tool_calls": [], "template": template,
            "style": [], **extra}  # fmt: skip


LABELLED = [
    _ticket("5017208482 nolu siparişim nerede?", "siparis_status", "siparis_status/001",
            [("order_number", "5017208482")], second_intent=None),
    _ticket("39038668 nolu siparişim nerede?", "siparis_status", "siparis_status/001",
            [("order_number", "39038668")]),
    _ticket("dün 349,90 TL iade ettim, 5390-457482", "para_iadesi_durumu", "para_iadesi_durumu/004",
            [("date", "dün"), ("amount", "349,90 TL"), ("order_number", "5390-457482")],
            second_intent="kargo_takip"),
]  # fmt: skip


def test_labelled_figures_beside_the_text_ones() -> None:
    stats = realism_stats([*LABELLED, {"text": "bir de kargom nerede"}])
    labels = stats["labels"]
    assert labels["tickets"] == 3 and labels["intents"] == 2
    assert labels["per_intent"] == {"para_iadesi_durumu": 1, "siparis_status": 2}
    assert (
        labels["share_amount"]
        == labels["share_date"]
        == labels["share_second_intent"]
        == pytest.approx(1 / 3, abs=1e-4)
    )
    assert labels["order_number"] == {"share": 1.0, "by_length": {"8": 0.3333, "9": 0.0, "10": 0.6667, "11": 0.0}}
    assert labels["entity_types"] == {"amount": 1, "date": 1, "order_number": 3}
    assert labels["surface_forms"] == 2  # the two status tickets differ only in their order number
    assert labels["templates_per_intent"] == {"para_iadesi_durumu": 1, "siparis_status": 1}
    assert stats["order_number"]["share"] == 0.75  # the text finds the same numbers, of four tickets
    assert realism_stats(LABELLED[1:2])["labels"]["share_second_intent"] is None  # no record has the field


def test_surface_form_and_corpus_stats_still_work_and_tolerate_missing_spans() -> None:
    assert surface_form(LABELLED[0]) == surface_form(LABELLED[1]) == "<order_number> nolu siparisim nerede?"
    assert surface_form({"text": "Siparişim  NEREDE"}) == "siparisim nerede"
    assert corpus_stats(LABELLED)["surface_forms_total"] == 2


def test_realism_stats_of_no_tickets() -> None:
    stats = realism_stats([])
    assert stats["tickets"] == 0 and stats["share_amount"] is None and stats["words"]["mean"] is None


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ([1, 2], "expected a JSON object"),
        ({"intent": "selamlama"}, "missing or empty 'text'"),
        ({"text": "  "}, "missing or empty 'text'"),
        ({"text": "merhaba", "entities": "order_number"}, "'entities' must be a list"),
        ({"text": "merhaba", "pii": [{"type": "phone"}]}, "'pii' must be a list"),
        ({"text": "merhaba", "intent": 3}, "'intent' must be a string"),
        ({"text": "merhaba"}, None),
        ({"text": "merhaba", "intent": None}, None),
    ],
)
def test_record_problem(record: Any, problem: str | None) -> None:
    found = record_problem(record)
    assert found == problem if problem is None else found is not None and found.startswith(problem)


# ── The command ──────────────────────────────────────────────────────────────────────────────────────


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_one_file_prints_the_table(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "ours.jsonl", LABELLED)
    result = CliRunner().invoke(cli, ["data", "stats", str(path)], env=WIDE)
    assert result.exit_code == 0, result.output
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in result.output.splitlines()
             if line.count("│") == 3}  # fmt: skip
    assert lines["Talep (tickets)"] == "3"
    assert lines["Kelime sayısı 30-80 (30-80 words)"] == "0.0%"
    assert lines["Tutar (with an amount)"] == "33.3%"
    assert lines["Sözcük çeşitliliği (type-token ratio)"].endswith("*")  # far fewer than 10,000 tokens
    assert lines["Sözcük çeşitliliği, 3000 (type-token ratio, 3,000 tokens)"].endswith("*")
    assert lines["Niyet sayısı (intents)"] == "2"
    assert lines["Varlık order_number (entities: order_number)"] == "3"
    assert "10,000 tokens" in " ".join(result.output.split())


def test_cli_two_files_side_by_side_a_customer_csv_without_labels(tmp_path: Path) -> None:
    ours = _write_jsonl(tmp_path / "ours.jsonl", LABELLED)
    theirs = tmp_path / "theirs.csv"
    theirs.write_text('text,channel\n"Merhaba,\nkargom 3 gündür gelmedi 😡",mail\nREZALET BU SİPARİŞ NEREDE,web\n')
    result = CliRunner().invoke(cli, ["data", "stats", str(theirs), str(ours)], env=WIDE)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "theirs.csv" in line)
    assert header.index("theirs.csv") < header.index("ours.jsonl")
    rows = {cells[0]: cells[1:] for line in result.output.splitlines() if line.count("│") == 4
            for cells in [[c.strip() for c in line.split("│")[1:-1]]]}  # fmt: skip
    assert rows["Talep (tickets)"] == ["2", "3"]
    assert rows["Çok satırlı (multi-line)"] == ["50.0%", "0.0%"]
    assert rows["Göreli tarih (with a relative date)"] == ["50.0%", "33.3%"]
    assert rows["Niyet sayısı (intents)"] == ["—", "2"]  # the customer's file has no labels


def test_cli_json(tmp_path: Path) -> None:
    ours = _write_jsonl(tmp_path / "ours.jsonl", LABELLED)
    theirs = _write_jsonl(tmp_path / "theirs.jsonl", [{"text": "kargom nerede"}, {"text": "1249 tl iade"}])
    result = CliRunner().invoke(cli, ["data", "stats", str(ours), str(theirs), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert list(figures) == [str(ours), str(theirs)]
    assert figures[str(ours)] == json.loads(json.dumps(realism_stats(LABELLED, pii_finder=find_pii)))
    assert figures[str(theirs)]["share_amount"] == 0.5 and figures[str(theirs)]["labels"] is None


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ('{"text": "merhaba"}\n{"text": "kargo\n', "bad.jsonl", "line 2: not valid JSON"),
        ('{"text": "merhaba"}\n\n{"intent": "selamlama"}\n', "bad.jsonl", "line 3: missing or empty 'text'"),
        ('["merhaba"]\n', "bad.jsonl", "line 1: expected a JSON object"),
        ('{"text": "merhaba", "entities": [{"type": "date"}]}\n', "bad.jsonl", "line 1: 'entities' must be"),
        ("body\nmerhaba\n", "bad.csv", "a CSV needs a header row with a 'text' column"),
        ('text,entities\nmerhaba,"[oops"\n', "bad.csv", "line 2: 'entities' is not valid JSON"),
        ("merhaba", "bad.txt", "unsupported file type"),
        ("\n\n", "empty.jsonl", "is empty: no tickets to measure"),
    ],
)
def test_cli_bad_input_names_the_line_and_exits_2(tmp_path: Path, content: str, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    good = _write_jsonl(tmp_path / "good.jsonl", LABELLED)
    result = CliRunner().invoke(cli, ["data", "stats", str(good), str(path)], env=WIDE)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split()) and str(path) in result.output.replace("\n", "")
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_cli_many_bad_lines_are_summarised(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{}\n" * 8, encoding="utf-8")
    result = CliRunner().invoke(cli, ["data", "stats", str(path)], env=WIDE)
    assert result.exit_code == 2
    assert "line 5:" in result.output and "line 6:" not in result.output and "and 3 more bad lines" in result.output


def test_cli_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["data", "stats", str(tmp_path / "nope.jsonl")]).exit_code == 2


def test_type_token_ratio_is_also_given_at_the_smaller_size() -> None:
    """At 3,000 tokens the ratio is higher than at 10,000 (TTR falls as text grows), and both are comparable."""
    records = [{"text": f"sipariş {i} nerede kaldı, kargo {i % 97} gün oldu gelmedi"} for i in range(2000)]
    ttr = realism_stats(records)["ttr"]
    assert ttr["comparable"] and ttr["small_tokens"] == TTR_SMALL_TOKENS
    assert ttr["small_value"] > ttr["value"]

"""Evaluation metrics on small cases whose answers are worked out by hand in the comments."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import f1_score

from db.contract import load_contract
from training.metrics import (
    NONE_COLUMN,
    auto_resolve_stats,
    call_matches,
    calls_match,
    confusion_matrix,
    draft_correct,
    entity_scores,
    expected_calibration_error,
    intent_scores,
    latency_percentiles,
    plot_confusion,
    plot_latency,
    plot_per_intent,
    plot_reliability,
    reliability_bins,
    threshold_for_precision,
    tool_call_accuracy,
    wilson_lower_bound,
)

# --- intents -------------------------------------------------------------------------------------------------

LABELS = ["a", "b", "c", "d", "e"]
GOLD = ["a", "a", "b", "b", "c", "c"]
PRED = ["a", "b", "b", "d", None, "c"]
# right at positions 0, 2, 5 -> accuracy 3/6 = 0.5
# scored labels: gold ∪ pred = {a, b, c, d}; e occurs in neither and is not averaged
# a: TP 1 (pos 0), FP 0, FN 1 (pos 1)        -> P 1,   R 1/2, F1 2/(2+0+1) = 2/3
# b: TP 1 (pos 2), FP 1 (pos 1), FN 1 (pos 3) -> P 1/2, R 1/2, F1 2/(2+1+1) = 1/2
# c: TP 1 (pos 5), FP 0, FN 1 (pos 4, None)   -> P 1,   R 1/2, F1 2/3
# d: TP 0, FP 1 (pos 3), FN 0                 -> P 0,   R 0 (no support), F1 0
# macro-F1 = (2/3 + 1/2 + 2/3 + 0) / 4 = (11/6) / 4 = 11/24 ≈ 0.4583


def test_intent_scores_by_hand() -> None:
    scores = intent_scores(GOLD, PRED, LABELS)
    assert scores["n"] == 6
    assert scores["accuracy"] == pytest.approx(0.5)
    assert scores["macro_f1"] == pytest.approx(11 / 24)
    assert scores["macro_f1_labels"] == ["a", "b", "c", "d"]
    assert scores["no_prediction"] == 1
    per = scores["per_intent"]
    assert set(per) == {"a", "b", "c", "d"}
    assert per["a"]["precision"] == 1.0
    assert per["a"]["recall"] == pytest.approx(0.5)
    assert per["a"]["f1"] == pytest.approx(2 / 3)
    assert per["b"]["precision"] == pytest.approx(0.5)
    assert per["b"]["f1"] == pytest.approx(0.5)
    assert per["c"]["support"] == 2
    assert per["c"]["accuracy"] == pytest.approx(0.5)
    assert per["d"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 0,
        "support": 0,
        "accuracy": 0.0,
    }


def test_intent_macro_f1_agrees_with_sklearn() -> None:
    scores = intent_scores(GOLD, PRED, LABELS)
    expected = f1_score(GOLD, [p or NONE_COLUMN for p in PRED], labels=["a", "b", "c", "d"], average="macro")
    assert scores["macro_f1"] == pytest.approx(expected)


def test_intent_prediction_outside_labels_is_wrong_not_a_class() -> None:
    scores = intent_scores(["a", "b"], ["a", "zzz"], ["a", "b"])
    assert scores["accuracy"] == 0.5
    assert scores["macro_f1_labels"] == ["a", "b"]
    assert scores["no_prediction"] == 1


def test_intent_scores_reject_unknown_gold_and_length_mismatch() -> None:
    with pytest.raises(ValueError, match="not in labels"):
        intent_scores(["zzz"], ["a"], ["a"])
    with pytest.raises(ValueError, match="items"):
        intent_scores(["a", "a"], ["a"], ["a"])
    with pytest.raises(ValueError, match="not in labels"):
        confusion_matrix(["zzz"], ["a"], ["a"])


def test_confusion_matrix_has_a_none_column() -> None:
    matrix = confusion_matrix(GOLD, PRED, LABELS)
    assert matrix.shape == (5, 6)
    expected = np.array(
        [
            # a  b  c  d  e  <none>
            [1, 1, 0, 0, 0, 0],  # gold a
            [0, 1, 0, 1, 0, 0],  # gold b
            [0, 0, 1, 0, 0, 1],  # gold c: one right, one None
            [0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 0],
        ]
    )
    np.testing.assert_array_equal(matrix, expected)
    assert matrix.sum() == len(GOLD)


# --- entities ------------------------------------------------------------------------------------------------

ENTITY_GOLD = [
    [
        {"type": "order_number", "value": "4815162342", "start": 8, "end": 18},
        {"type": "cargo_company", "value": "Aras Kargo", "start": 30, "end": 40},
        {"type": "order_number", "value": "4815162342", "start": 60, "end": 70},  # mentioned twice: counts once
    ],
    [("order_number", "1234567890"), ("product", "siyah ceket")],
    [],
    [("order_number", "11112222"), ("order_number", "33334444")],
]
ENTITY_PRED = [
    [("order_number", "481 516 2342"), ("cargo_company", "aras"), ("amount", "249,90 TL")],
    [("order_number", "1234567891"), ("product", "Siyah  Ceket")],
    [("cargo_company", "Yurtiçi")],
    [("order_number", "11112222")],
]
# ticket 1: order number and carrier equal after normalisation -> TP order, TP carrier; amount -> FP amount
# ticket 2: order number differs -> FP order, FN order; product equal after folding -> TP product
# ticket 3: nothing in gold -> FP carrier
# ticket 4: one of two order numbers -> TP order, FN order
# order_number: TP 2, FP 1, FN 2 -> P 2/3, R 2/4, F1 4/(4+1+2) = 4/7
# cargo_company: TP 1, FP 1, FN 0 -> P 1/2, R 1, F1 2/3
# amount: TP 0, FP 1 -> all 0; product: TP 1 -> all 1
# micro: TP 4, FP 3, FN 2 -> P 4/7, R 4/6, F1 8/(8+3+2) = 8/13
# order_number_exact: gold has order numbers in tickets 1, 2, 4; sets equal only in ticket 1 -> 1/3


def test_entity_scores_by_hand() -> None:
    scores = entity_scores(ENTITY_GOLD, ENTITY_PRED)
    per = scores["per_type"]
    assert per["order_number"]["precision"] == pytest.approx(2 / 3)
    assert per["order_number"]["recall"] == pytest.approx(0.5)
    assert per["order_number"]["f1"] == pytest.approx(4 / 7)
    assert per["order_number"]["support"] == 4
    assert per["cargo_company"]["precision"] == pytest.approx(0.5)
    assert per["cargo_company"]["recall"] == 1.0
    assert per["cargo_company"]["f1"] == pytest.approx(2 / 3)
    assert per["amount"]["f1"] == 0.0
    assert per["product"]["f1"] == 1.0
    assert scores["micro"]["precision"] == pytest.approx(4 / 7)
    assert scores["micro"]["recall"] == pytest.approx(2 / 3)
    assert scores["micro"]["f1"] == pytest.approx(8 / 13)
    assert scores["order_number_exact"] == pytest.approx(1 / 3)
    assert scores["order_number_tickets"] == 3


def test_entity_duplicates_count_once() -> None:
    gold = [[("order_number", "4815162342")]]
    pred = [[("order_number", "4815162342"), ("order_number", "481-516-2342")]]
    scores = entity_scores(gold, pred)
    assert scores["per_type"]["order_number"]["tp"] == 1
    assert scores["per_type"]["order_number"]["fp"] == 0
    assert scores["order_number_exact"] == 1.0


def test_entity_types_listed_first_and_none_is_no_entities() -> None:
    scores = entity_scores([None, [("size", "M")]], [[], [("size", "m")]], types=["order_number", "date"])
    assert list(scores["per_type"]) == ["order_number", "date", "size"]
    assert scores["per_type"]["date"]["support"] == 0
    assert scores["per_type"]["size"]["f1"] == 1.0
    assert scores["order_number_exact"] is None
    assert scores["order_number_tickets"] == 0


# --- tool calls ----------------------------------------------------------------------------------------------


def call(name: str, **arguments: object) -> dict[str, object]:
    return {"name": name, "arguments": arguments}


STATUS = call("get_order_status", order_number="4815162342")
CANCEL = call("cancel_order", order_number="4815162342", reason="vazgeçtim")
PROBLEM = call("report_order_problem", order_number="4815162342", problem_type="hasarli_urun")
PROBLEM_WITH_PRODUCT = call(
    "report_order_problem", order_number="4815162342", problem_type="hasarli_urun", product="Kahve Makinesi"
)


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        pytest.param(STATUS, STATUS, True, id="right call"),
        pytest.param(call("track_shipment", order_number="4815162342"), STATUS, False, id="wrong name"),
        pytest.param(call("cancel_order", order_number="4815162342"), CANCEL, False, id="missing required"),
        pytest.param(
            call("get_order_status", order_number="4815162342", carrier="aras"), STATUS, False, id="extra argument"
        ),
        pytest.param(call("get_order_status", order_number="4815162343"), STATUS, False, id="wrong value"),
        pytest.param(call("get_order_status", order_number="481 516-2342"), STATUS, True, id="equal after normalising"),
        pytest.param(
            call("cancel_order", order_number="4815162342", reason="yanlış sipariş verdim"),
            CANCEL,
            True,
            id="free-text reason different but present",
        ),
        pytest.param(call("cancel_order", order_number="4815162342", reason="  "), CANCEL, False, id="empty reason"),
        pytest.param(PROBLEM_WITH_PRODUCT, PROBLEM, True, id="optional argument gold lacks is ignored"),
        pytest.param(PROBLEM, PROBLEM_WITH_PRODUCT, False, id="optional argument gold has is missing"),
        pytest.param(
            call(
                "report_order_problem", order_number="4815162342", problem_type="hasarli_urun", product="KAHVE makinesi"
            ),
            PROBLEM_WITH_PRODUCT,
            True,
            id="optional argument matches after folding",
        ),
        pytest.param(
            call("get_installment_options", amount="1.249,90 TL"),
            call("get_installment_options", amount=1249.9),
            True,
            id="amount text equals number",
        ),
        pytest.param(
            call("get_installment_options", amount="1.249 TL"),
            call("get_installment_options", amount=1249.9),
            False,
            id="amount differs",
        ),
        pytest.param(
            call("list_customer_orders", limit="5"), call("list_customer_orders", limit=5), True, id="limit as text"
        ),
        pytest.param(call("list_customer_orders", limit=3), call("list_customer_orders"), True, id="optional limit"),
        pytest.param(call("list_campaigns"), call("list_campaigns"), True, id="no arguments"),
        pytest.param(
            {"name": "get_order_status", "arguments": '{"order_number": "4815162342"}'},
            STATUS,
            True,
            id="arguments as a JSON string",
        ),
        pytest.param(
            {"name": "get_order_status", "arguments": '{"order_number": '}, STATUS, False, id="broken JSON arguments"
        ),
    ],
)
def test_call_matches(pred: dict[str, object], gold: dict[str, object], expected: bool) -> None:
    assert call_matches(pred, gold) is expected


def test_call_matches_raises_on_unknown_gold_tool() -> None:
    with pytest.raises(KeyError, match="unknown tool"):
        call_matches(call("no_such_tool"), call("no_such_tool"))


TRACK = call("track_shipment", order_number="4815162342")
TRANSFER = call("transfer_to_human", reason="teslim edildi görünüyor ama gelmedi")


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        pytest.param([TRACK, TRANSFER], [TRACK, TRANSFER], True, id="same order"),
        pytest.param([TRANSFER, TRACK], [TRACK, TRANSFER], True, id="order-free"),
        pytest.param([TRACK], [TRACK, TRANSFER], False, id="fewer calls"),
        pytest.param([TRACK, TRANSFER, STATUS], [TRACK, TRANSFER], False, id="more calls"),
        pytest.param([TRACK, TRACK], [TRACK, TRANSFER], False, id="one gold call used twice"),
        pytest.param([], [], True, id="no call vs no call"),
        pytest.param(None, [], True, id="None is no call"),
        pytest.param([STATUS], [], False, id="a call where none is right"),
        pytest.param([], [STATUS], False, id="no call where one is right"),
    ],
)
def test_calls_match(pred: list[dict[str, object]] | None, gold: list[dict[str, object]], expected: bool) -> None:
    assert calls_match(pred, gold) is expected


def test_calls_match_is_a_true_one_to_one_matching() -> None:
    # pred 0 (with product) matches both gold calls; pred 1 (without) only gold 0 (without product).
    # Greedy pairing of pred 0 with gold 0 would leave pred 1 unmatched; the matching must pair 0-1 and 1-0.
    pred = [PROBLEM_WITH_PRODUCT, PROBLEM]
    gold = [PROBLEM, PROBLEM_WITH_PRODUCT]
    assert calls_match(pred, gold)


def test_tool_call_accuracy() -> None:
    preds = [[STATUS], [], [TRANSFER, TRACK], [CANCEL]]
    golds = [[STATUS], [], [TRACK, TRANSFER], [STATUS]]
    # right, right (no call vs no call), right (order-free), wrong -> 3/4
    assert tool_call_accuracy(preds, golds) == pytest.approx(0.75)


def test_draft_correct_needs_intent_and_calls() -> None:
    assert draft_correct("siparis_status", "siparis_status", [STATUS], [STATUS])
    assert not draft_correct("siparis_status", "kargo_takip", [STATUS], [STATUS])
    assert not draft_correct("siparis_status", "siparis_status", [STATUS], [])


# --- calibration ---------------------------------------------------------------------------------------------


def test_expected_calibration_error_by_hand() -> None:
    confidences = [0.95, 0.95, 0.95, 0.95, 0.65, 0.65, 0.65, 0.65]
    correct = [True, True, True, False, True, True, False, False]
    # bin [0.9, 1.0]: 4 items, accuracy 3/4, mean confidence 0.95 -> gap 0.20
    # bin [0.6, 0.7): 4 items, accuracy 2/4, mean confidence 0.65 -> gap 0.15
    # ECE = 4/8 * 0.20 + 4/8 * 0.15 = 0.175
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.175)
    bins = reliability_bins(confidences, correct)
    assert bins["count"].tolist() == [0, 0, 0, 0, 0, 0, 4, 0, 0, 4]
    assert bins["accuracy"][9] == pytest.approx(0.75)
    assert bins["confidence"][6] == pytest.approx(0.65)
    assert np.isnan(bins["accuracy"][0])


def test_perfect_calibration_and_confidence_one() -> None:
    assert expected_calibration_error([1.0, 1.0], [True, True]) == 0.0
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        expected_calibration_error([1.5], [True])


# --- latency and routing -------------------------------------------------------------------------------------


def test_latency_percentiles_linear() -> None:
    # sorted 1..5: P50 is the middle value 3; P95 sits at rank 0.95 * 4 = 3.8 -> 4 + 0.8 * (5 - 4) = 4.8
    assert latency_percentiles([5.0, 1.0, 3.0, 2.0, 4.0]) == {"p50": pytest.approx(3.0), "p95": pytest.approx(4.8)}
    with pytest.raises(ValueError):
        latency_percentiles([])


def test_auto_resolve_stats() -> None:
    stats = auto_resolve_stats(["auto", "auto", "human", "auto"], [True, False, True, True])
    # 3 of 4 auto-resolved; 2 of those 3 fully right (the human-routed one does not count)
    assert stats == {"auto_resolve_rate": 0.75, "auto_resolve_precision": pytest.approx(2 / 3), "n": 4, "n_auto": 3}
    assert auto_resolve_stats(["human"], [True])["auto_resolve_precision"] is None


def test_threshold_for_precision_constructed() -> None:
    confidences = [0.95] * 25 + [0.80] * 25 + [0.60] * 10
    correct = [True] * 25 + [True] * 24 + [False] + [True] * 5 + [False] * 5
    # t = 0.95 auto-resolves 25 tickets, 25 right -> precision 1.00
    # t = 0.80 auto-resolves 50 tickets, 49 right -> precision 0.98
    # t = 0.60 auto-resolves 60 tickets, 54 right -> precision 0.90
    assert threshold_for_precision(confidences, correct, target=0.98) == 0.80
    assert threshold_for_precision(confidences, correct, target=0.99) == 0.95
    assert threshold_for_precision(confidences, correct, target=0.90) == 0.60
    # 0.95 alone covers only 25 tickets, below a support of 30, and 0.80 is under 0.99
    assert threshold_for_precision(confidences, correct, target=0.99, min_support=30) is None


def test_threshold_with_a_lower_bound_asks_for_more_evidence() -> None:
    # 500 drafts, 98.6% right overall, the wrong ones spread evenly: the observed precision reaches 0.98 at the
    # lowest confidence, its 95% lower bound nowhere; it does where the most confident drafts are all right.
    confidences = [1 - i / 1000 for i in range(500)]
    correct = [i % 70 != 69 for i in range(500)]
    assert threshold_for_precision(confidences, correct, target=0.98) == min(confidences)
    assert threshold_for_precision(confidences, correct, target=0.98, z=1.645) is None
    correct = [i < 200 or i % 70 != 69 for i in range(500)]  # the 200 most confident all right
    safe = threshold_for_precision(confidences, correct, target=0.98, z=1.645)
    assert safe is not None and min(confidences) < safe < max(confidences)
    chosen = [c >= safe for c in confidences]
    assert sum(chosen) >= 200
    assert wilson_lower_bound(np.array([49.0]), np.array([50.0]), 0.0)[0] == pytest.approx(0.98)
    assert wilson_lower_bound(np.array([120.0]), np.array([120.0]), 1.645)[0] < 0.98  # 120 of 120 is not proof


def test_threshold_keeps_ties_together() -> None:
    # twenty tickets at 0.9, one of them wrong: no threshold may split the ties to drop the wrong one
    confidences = [0.9] * 20
    correct = [True] * 19 + [False]
    assert threshold_for_precision(confidences, correct, target=0.98) is None
    assert threshold_for_precision(confidences, correct, target=0.95) == 0.9


# --- plots ---------------------------------------------------------------------------------------------------


def _is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plots_write_png_files_with_all_44_intents(tmp_path: Path) -> None:
    labels = list(load_contract().intent_ids)
    rng = np.random.default_rng(0)
    gold = [labels[i] for i in rng.integers(0, len(labels), 300)]
    pred = [
        g if rng.random() < 0.8 else None if rng.random() < 0.3 else labels[rng.integers(len(labels))] for g in gold
    ]
    scores = intent_scores(gold, pred, labels)
    confidences = rng.random(300)
    correct = rng.random(300) < confidences
    paths = [
        plot_confusion(confusion_matrix(gold, pred, labels), labels, tmp_path / "confusion.png"),
        plot_per_intent(scores["per_intent"], tmp_path / "per_intent.png"),
        plot_latency(rng.gamma(2.0, 0.6, 300).tolist(), tmp_path / "plots" / "latency.png"),
        plot_reliability(confidences.tolist(), correct.tolist(), tmp_path / "reliability.png"),
    ]
    for path in paths:
        assert path.exists()
        assert _is_png(path)

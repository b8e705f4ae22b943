"""Evaluation metrics, as CONTRACT.md "Scoring" defines them: pure functions small enough to check by hand.

Every report (the eval gate before an adapter is promoted, the ML lead's dashboard, the routing threshold)
counts through these functions, so that one number means the same thing everywhere. Values are compared after
``serving.normalize``, the same normalisation the bot uses when it builds tool calls.

Conventions:
- A ratio with a zero denominator (precision of a label never predicted, recall of one never in gold) is 0.0,
  as scikit-learn's ``zero_division=0``; the counts are returned beside it so a reader can tell.
- A missing prediction (None) is always wrong; it is never a label of its own in the averages.
- Plots use matplotlib's object API (``Figure``, rendered by Agg) so they never touch pyplot's global state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from db.contract import Contract, load_contract
from serving.normalize import normalize_argument, normalize_entity

NONE_COLUMN = "<none>"
"""Name of the confusion matrix's extra last column: no prediction, or a prediction outside the labels."""

AUTO_ROUTE = "auto"
"""The ``Draft.route`` value of a ticket the bot answers without a human."""

ToolCall = Mapping[str, Any]
"""A draft's tool call: ``{"name": ..., "arguments": {...}}``; arguments may also be a JSON string."""

Entity = Mapping[str, Any] | tuple[str, str]
"""An entity span ``{"type", "value", ...}`` or a ``(type, value)`` pair."""


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts; F1 as 2TP / (2TP + FP + FN), which equals 2PR / (P + R)."""
    return {
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
    }


def _check_lengths(gold: Sequence[Any], pred: Sequence[Any]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} items but pred has {len(pred)}")
    if not gold:
        raise ValueError("nothing to score: no items")


# --- intents -------------------------------------------------------------------------------------------------


def _check_intents(gold: Sequence[str], pred: Sequence[str | None], labels: Sequence[str]) -> None:
    _check_lengths(gold, pred)
    unknown = sorted(set(gold) - set(labels))
    if unknown:
        raise ValueError(f"gold intents not in labels: {unknown}")


def intent_scores(gold: Sequence[str], pred: Sequence[str | None], labels: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-intent precision / recall / F1 / support / accuracy.

    Macro-F1 averages over the labels (in ``labels`` order) that occur in gold or pred: a label absent from both
    has no defined F1 and would only drag the mean towards zero for a class the data never tested (this is
    scikit-learn's default label set). The averaged labels are returned as ``macro_f1_labels``.

    A prediction that is None or not in ``labels`` is wrong and counted in ``no_prediction``; it lowers the gold
    intent's recall but is not a class. A gold label outside ``labels`` is a data error and raises.

    Per-intent ``accuracy`` is the share of that intent's tickets predicted right, which is its recall; it is
    reported under both names because the dashboard reads "accuracy per intent".
    """
    _check_intents(gold, pred, labels)
    seen = set(gold) | {p for p in pred if p is not None}
    scored = [label for label in labels if label in seen]
    per_intent = {}
    for label in scored:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores = _prf(tp, fp, fn)
        per_intent[label] = {**scores, "accuracy": scores["recall"]}
    return {
        "n": len(gold),
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
        "macro_f1": float(np.mean([s["f1"] for s in per_intent.values()])),
        "macro_f1_labels": scored,
        "no_prediction": sum(p is None or p not in labels for p in pred),
        "per_intent": per_intent,
    }


def confusion_matrix(gold: Sequence[str], pred: Sequence[str | None], labels: Sequence[str]) -> np.ndarray:
    """Counts with rows = gold label, columns = predicted label, both in ``labels`` order.

    Shape ``(len(labels), len(labels) + 1)``: the last column (``NONE_COLUMN``) counts tickets with no
    prediction or a prediction outside ``labels``, so every gold ticket is in exactly one cell of its row.
    A gold label outside ``labels`` raises, as in ``intent_scores``.
    """
    _check_intents(gold, pred, labels)
    index = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels) + 1), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        matrix[index[g], index.get(p, len(labels))] += 1
    return matrix


# --- entities ------------------------------------------------------------------------------------------------


def entity_set(entities: Iterable[Entity] | None) -> set[tuple[str, str]]:
    """A ticket's entities as a set of (type, normalised value): a value mentioned twice counts once."""
    result = set()
    for entity in entities or ():
        entity_type, value = (entity["type"], entity["value"]) if isinstance(entity, Mapping) else entity
        result.add((entity_type, normalize_entity(entity_type, str(value))))
    return result


def entity_scores(
    gold: Sequence[Iterable[Entity] | None],
    pred: Sequence[Iterable[Entity] | None],
    types: Sequence[str] = (),
) -> dict[str, Any]:
    """Per-type and overall precision / recall / F1 on (type, normalised value) sets, plus order-number exact match.

    Micro-averaged over tickets: each ticket's sets give true positives (in both), false positives (predicted
    only) and false negatives (gold only); these counts are summed over tickets, per type and over all types
    (``micro``), and P/R/F1 computed from the sums, so a ticket with many entities weighs more than one with few.

    ``types`` fixes which types are listed first (e.g. the contract's ``entity_type_ids``, so a type never seen
    still shows with zero counts); any other type found in the data is added after them, never dropped.

    ``order_number_exact`` is the share of tickets whose gold has at least one order number where the predicted
    set of normalised order numbers equals the gold set (None when no gold ticket has one);
    ``order_number_tickets`` is that denominator.
    """
    _check_lengths(gold, pred)
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in types}
    order_tickets = order_exact = 0
    for gold_entities, pred_entities in zip(gold, pred, strict=True):
        gold_set, pred_set = entity_set(gold_entities), entity_set(pred_entities)
        for position, items in enumerate((gold_set & pred_set, pred_set - gold_set, gold_set - pred_set)):
            for entity_type, _ in items:
                counts.setdefault(entity_type, [0, 0, 0])[position] += 1
        gold_orders = {v for t, v in gold_set if t == "order_number"}
        if gold_orders:
            order_tickets += 1
            order_exact += gold_orders == {v for t, v in pred_set if t == "order_number"}
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "per_type": {t: _prf(*c) for t, c in counts.items()},
        "micro": _prf(*totals),
        "order_number_exact": order_exact / order_tickets if order_tickets else None,
        "order_number_tickets": order_tickets,
    }


# --- tool calls ----------------------------------------------------------------------------------------------


def _arguments(call: ToolCall) -> dict[str, Any] | None:
    """A call's arguments as a dict (decoding the OpenAI JSON-string form); None when they are not an object."""
    arguments = call.get("arguments") or {}
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except json.JSONDecodeError:
            return None
    return arguments if isinstance(arguments, dict) else None


def call_matches(pred_call: ToolCall, gold_call: ToolCall, contract: Contract | None = None) -> bool:
    """Whether a predicted tool call is right, BFCL-style (AST match, not string match).

    Right when: the names are equal; every argument the tool's schema requires is present; no argument outside
    the schema is present; and every argument of the gold call is present with a value equal after
    ``normalize_argument`` (free text, ``reason`` and ``address``, only has to be non-empty). An optional
    argument the gold call lacks is ignored. A gold call naming an unknown tool is a data error and raises.
    """
    if pred_call.get("name") != gold_call["name"]:
        return False
    tool = (contract or load_contract()).tool(gold_call["name"])
    gold_arguments = _arguments(gold_call)
    if gold_arguments is None:
        raise ValueError(f"gold call has malformed arguments: {gold_call!r}")
    pred_arguments = _arguments(pred_call)
    if pred_arguments is None:
        return False
    if not set(pred_arguments) <= set(tool.argument_names) or not set(tool.required) <= set(pred_arguments):
        return False
    return all(
        name in pred_arguments and normalize_argument(name, pred_arguments[name]) == normalize_argument(name, value)
        for name, value in gold_arguments.items()
    )


def _has_perfect_matching(edges: list[list[bool]]) -> bool:
    """Whether a square bipartite graph (``edges[i][j]``: pred i may pair with gold j) pairs everyone one-to-one.

    Kuhn's augmenting paths: exact where a greedy pairing can take a gold call that another prediction needed.
    """
    owner: list[int | None] = [None] * len(edges)

    def claim(i: int, visited: set[int]) -> bool:
        for j, allowed in enumerate(edges[i]):
            if allowed and j not in visited:
                visited.add(j)
                previous = owner[j]
                if previous is None or claim(previous, visited):
                    owner[j] = i
                    return True
        return False

    return all(claim(i, set()) for i in range(len(edges)))


def calls_match(
    pred_calls: Sequence[ToolCall] | None, gold_calls: Sequence[ToolCall] | None, contract: Contract | None = None
) -> bool:
    """Whether a draft's set of tool calls is right: same number of calls, paired one-to-one by ``call_matches``.

    Order does not matter. None counts as no calls, and "no call" against "no call" is right: when a ticket
    lacks the order number the right draft asks for it instead of calling.
    """
    pred, gold = list(pred_calls or ()), list(gold_calls or ())
    if len(pred) != len(gold):
        return False
    contract = contract or load_contract()
    return _has_perfect_matching([[call_matches(p, g, contract) for g in gold] for p in pred])


def tool_call_accuracy(
    preds: Sequence[Sequence[ToolCall] | None],
    golds: Sequence[Sequence[ToolCall] | None],
    contract: Contract | None = None,
) -> float:
    """Share of tickets whose predicted set of tool calls ``calls_match`` the gold set."""
    _check_lengths(golds, preds)
    contract = contract or load_contract()
    return sum(calls_match(p, g, contract) for p, g in zip(preds, golds, strict=True)) / len(golds)


def draft_correct(
    gold_intent: str,
    pred_intent: str | None,
    gold_calls: Sequence[ToolCall] | None,
    pred_calls: Sequence[ToolCall] | None,
    contract: Contract | None = None,
) -> bool:
    """Whether a draft was fully right, the definition auto-resolve precision counts: intent and tool calls right.

    Entities are not part of it: the ones that matter for the answer are the tool-call arguments.
    """
    return pred_intent == gold_intent and calls_match(pred_calls, gold_calls, contract)


# --- calibration ---------------------------------------------------------------------------------------------


def reliability_bins(confidences: Sequence[float], correct: Sequence[bool], n_bins: int = 10) -> dict[str, np.ndarray]:
    """Reliability-diagram data over ``n_bins`` equal-width bins of confidence.

    Bin k holds confidences in [k/n_bins, (k+1)/n_bins), the last bin also 1.0. Returns arrays ``lower``,
    ``upper``, ``count``, ``confidence`` (mean confidence) and ``accuracy`` (share correct); the last two are
    NaN for an empty bin.
    """
    _check_lengths(confidences, correct)
    conf = np.asarray(confidences, dtype=float)
    hits = np.asarray(correct, dtype=float)
    if conf.min() < 0 or conf.max() > 1:
        raise ValueError("confidences must lie in [0, 1]")
    index = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    count = np.bincount(index, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_confidence = np.bincount(index, weights=conf, minlength=n_bins) / count
        accuracy = np.bincount(index, weights=hits, minlength=n_bins) / count
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    return {
        "lower": edges[:-1],
        "upper": edges[1:],
        "count": count,
        "confidence": mean_confidence,
        "accuracy": accuracy,
    }


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], n_bins: int = 10) -> float:
    """ECE: the count-weighted mean over bins of |accuracy - mean confidence| (bins as ``reliability_bins``)."""
    bins = reliability_bins(confidences, correct, n_bins)
    filled = bins["count"] > 0
    gaps = np.abs(bins["accuracy"][filled] - bins["confidence"][filled])
    return float(np.sum(bins["count"][filled] * gaps) / len(confidences))


# --- latency and routing -------------------------------------------------------------------------------------


def latency_percentiles(latencies: Sequence[float]) -> dict[str, float]:
    """P50 and P95 of latencies in seconds (numpy's linear interpolation)."""
    if len(latencies) == 0:
        raise ValueError("no latencies")
    p50, p95 = np.percentile(np.asarray(latencies, dtype=float), [50, 95], method="linear")
    return {"p50": float(p50), "p95": float(p95)}


def auto_resolve_stats(routes: Sequence[str], correct: Sequence[bool]) -> dict[str, float | int | None]:
    """Auto-resolve rate (share of tickets routed ``AUTO_ROUTE``) and precision (share of those fully right).

    ``correct`` is per ticket, as ``draft_correct`` defines it (intent and tool calls right). The precision is
    None when nothing was auto-resolved; ``n`` and ``n_auto`` are returned beside the ratios.
    """
    _check_lengths(routes, correct)
    auto = [route == AUTO_ROUTE for route in routes]
    n_auto = sum(auto)
    n_auto_correct = sum(bool(c) for a, c in zip(auto, correct, strict=True) if a)
    return {
        "auto_resolve_rate": n_auto / len(routes),
        "auto_resolve_precision": n_auto_correct / n_auto if n_auto else None,
        "n": len(routes),
        "n_auto": n_auto,
    }


def wilson_lower_bound(successes: np.ndarray, n: np.ndarray, z: float) -> np.ndarray:
    """One-sided lower bound of a share `successes / n` (Wilson score interval; `z` 1.645 for 95%): what the
    share is at least, given how few observations it rests on. `z` 0 gives the observed share."""
    share = successes / n
    centre = share + z * z / (2 * n)
    spread = z * np.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def threshold_for_precision(
    confidences: Sequence[float],
    correct: Sequence[bool],
    target: float = 0.98,
    min_support: int = 20,
    z: float = 0.0,
) -> float | None:
    """The lowest confidence threshold t such that tickets with confidence >= t are at least ``target`` correct.

    Only thresholds that auto-resolve at least ``min_support`` tickets count, so a handful of lucky tickets
    cannot set it. The candidates are the observed confidences. None when no threshold qualifies (route
    everything to humans). Pick it on held-out data, not on the data the model was trained or tuned on.
    With ``z`` > 0 the precision's Wilson lower bound must reach the target (1.645: with 95% confidence), not
    just the observed precision: a split where nearly every draft is right otherwise lets the threshold fall
    to where new phrasings are not (measured: README, "Safe automation").
    """
    _check_lengths(confidences, correct)
    conf = np.asarray(confidences, dtype=float)
    order = np.argsort(-conf, kind="stable")
    conf_sorted = conf[order]
    covered = np.arange(1, len(conf) + 1)  # tickets with confidence >= conf_sorted[k], at the last of its ties
    precision = wilson_lower_bound(np.cumsum(np.asarray(correct, dtype=bool)[order]), covered, z)
    last_of_ties = np.append(conf_sorted[1:] != conf_sorted[:-1], True)
    qualifies = last_of_ties & (covered >= min_support) & (precision >= target)
    if not qualifies.any():
        return None
    return float(conf_sorted[qualifies].min())


# --- plots ---------------------------------------------------------------------------------------------------


def _save(figure: Figure, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=150, bbox_inches="tight")
    return path


def plot_confusion(matrix: np.ndarray, labels: Sequence[str], path: Path | str) -> Path:
    """The confusion matrix as a heat map with counts in non-empty cells; sized so 44 intents stay readable.

    An extra last column (``confusion_matrix``'s) is labelled ``NONE_COLUMN``.
    """
    columns = [*labels, NONE_COLUMN] if matrix.shape[1] == len(labels) + 1 else list(labels)
    side = max(6.0, 0.28 * len(columns))
    figure = Figure(figsize=(side + 1.5, side))
    axes = figure.subplots()
    image = axes.imshow(matrix, cmap="Blues")
    figure.colorbar(image, ax=axes, fraction=0.03)
    axes.set_xticks(range(len(columns)), columns, rotation=90, fontsize=6)
    axes.set_yticks(range(len(labels)), labels, fontsize=6)
    axes.set_xlabel("predicted")
    axes.set_ylabel("gold")
    threshold = matrix.max() / 2 if matrix.size else 0
    for (row, column), count in np.ndenumerate(matrix):
        if count:
            colour = "white" if count > threshold else "black"
            axes.text(column, row, str(count), ha="center", va="center", fontsize=5, color=colour)
    return _save(figure, path)


def plot_per_intent(per_intent: Mapping[str, Mapping[str, float]], path: Path | str) -> Path:
    """Precision, recall and F1 per intent as grouped horizontal bars, worst F1 at the top, support in the label."""
    ordered = sorted(per_intent.items(), key=lambda item: item[1]["f1"], reverse=True)
    figure = Figure(figsize=(8, max(4.0, 0.3 * len(ordered))))
    axes = figure.subplots()
    positions = np.arange(len(ordered))
    for offset, metric in ((-0.27, "precision"), (0.0, "recall"), (0.27, "f1")):
        axes.barh(positions + offset, [scores[metric] for _, scores in ordered], height=0.27, label=metric)
    axes.set_yticks(positions, [f"{label} (n={scores['support']})" for label, scores in ordered], fontsize=6)
    axes.set_xlim(0, 1)
    axes.set_xlabel("score")
    axes.legend(loc="lower right", fontsize=7)
    return _save(figure, path)


def plot_latency(latencies: Sequence[float], path: Path | str, sla: float = 3.0) -> Path:
    """A histogram of latencies with P50, P95 and the SLA marked."""
    percentiles = latency_percentiles(latencies)
    figure = Figure(figsize=(7, 4))
    axes = figure.subplots()
    axes.hist(latencies, bins=40, color="tab:blue", alpha=0.8)
    axes.axvline(percentiles["p50"], color="tab:green", label=f"P50 {percentiles['p50']:.2f} s")
    axes.axvline(percentiles["p95"], color="tab:orange", label=f"P95 {percentiles['p95']:.2f} s")
    axes.axvline(sla, color="tab:red", linestyle="--", label=f"SLA {sla:.1f} s")
    axes.set_xlabel("seconds from ticket in to draft stored")
    axes.set_ylabel("tickets")
    axes.legend(fontsize=8)
    return _save(figure, path)


def plot_reliability(confidences: Sequence[float], correct: Sequence[bool], path: Path | str, n_bins: int = 10) -> Path:
    """A reliability diagram: accuracy per confidence bin against the diagonal, ECE in the title."""
    bins = reliability_bins(confidences, correct, n_bins)
    ece = expected_calibration_error(confidences, correct, n_bins)
    figure = Figure(figsize=(5, 5))
    axes = figure.subplots()
    filled = bins["count"] > 0
    width = 1.0 / n_bins
    axes.bar(bins["lower"][filled], bins["accuracy"][filled], width=width, align="edge", edgecolor="black")
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    for lower, accuracy, count in zip(
        bins["lower"][filled], bins["accuracy"][filled], bins["count"][filled], strict=True
    ):
        axes.text(lower + width / 2, accuracy + 0.01, str(count), ha="center", fontsize=6)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.05)
    axes.set_xlabel("confidence")
    axes.set_ylabel("accuracy")
    axes.set_title(f"ECE {ece:.3f}")
    axes.legend(loc="upper left", fontsize=8)
    return _save(figure, path)

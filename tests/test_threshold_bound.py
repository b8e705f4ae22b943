"""bench/threshold_bound.py: the template-clustered bound set beside the gate's Wilson bound."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from training.metrics import threshold_for_precision

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "threshold_bound.py"
spec = importlib.util.spec_from_file_location("threshold_bound", SCRIPT)
threshold_bound = importlib.util.module_from_spec(spec)
spec.loader.exec_module(threshold_bound)


def test_answered_at_counts_the_drafts_at_or_above_each_threshold() -> None:
    confidence = np.array([0.99, 0.95, 0.95, 0.5, 0.0])
    right = np.array([True, False, True, True, True])
    n_right, answered = threshold_bound.answered_at(confidence, right, np.array([0.99, 0.95, 0.5, 0.999]))
    assert answered.tolist() == [1, 3, 4, 0]
    assert n_right.tolist() == [1, 2, 3, 0]
    assert np.isnan(threshold_bound.precision(n_right, answered)[3])


def _split(wrong_template_size: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """100 templates of 10 right drafts each at confidences 0.90 to 0.999, and one template whose drafts are all
    wrong at 0.95: as many wrong drafts in one template as `wrong_template_size`."""
    rng = np.random.default_rng(1)
    confidence = list(rng.uniform(0.90, 0.999, 1000))
    right = [True] * 1000
    templates = [f"t{i // 10}" for i in range(1000)]
    confidence += [0.95] * wrong_template_size
    right += [False] * wrong_template_size
    templates += ["bad"] * wrong_template_size
    return np.array(confidence), np.array(right), templates


def test_one_template_of_wrong_drafts_weighs_more_when_templates_are_resampled() -> None:
    confidence, right, templates = _split(12)
    thresholds = np.unique(confidence)[::-1]
    clustered, low, reaching = threshold_bound.cluster_bootstrap_threshold(
        confidence, right, templates, thresholds, resamples=300, seed=0
    )
    independent = threshold_for_precision(list(confidence), list(right), target=0.98, z=1.645)
    assert independent is not None and clustered is not None
    assert clustered > independent  # the bad template is drawn 0, 1, 2 or more times: a wider spread
    assert low.shape == reaching.shape == thresholds.shape
    assert reaching[thresholds == clustered][0] >= 0.95  # its 5th percentile reaches the target
    assert reaching[thresholds == independent][0] < 0.95  # Wilson's threshold does not, with templates resampled
    # Without the bad template every resample is all right: the lowest threshold qualifies.
    confidence, right, templates = _split(0)
    thresholds = np.unique(confidence)[::-1]
    clean, _, reaching = threshold_bound.cluster_bootstrap_threshold(
        confidence, right, templates, thresholds, resamples=50, seed=0
    )
    assert clean == thresholds.min() and reaching[-1] == 1.0


def test_on_heldout_reads_the_curve_at_a_threshold() -> None:
    curve = {"threshold": [0.99, 0.95, 0.90], "coverage": [0.1, 0.4, 0.6], "precision": [1.0, 0.99, 0.97]}
    assert threshold_bound.on_heldout(curve, 0.95) == {"coverage": 0.4, "precision": 0.99}
    assert threshold_bound.on_heldout(curve, 0.93) == {"coverage": 0.4, "precision": 0.99}
    assert threshold_bound.on_heldout(curve, 0.5) == {"coverage": 0.6, "precision": 0.97}
    assert threshold_bound.on_heldout(curve, 0.995) == {"coverage": 0.0, "precision": None}

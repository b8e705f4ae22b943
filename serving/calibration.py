"""The bot's final intent distribution: the model's and the intent classifier's log-probabilities pooled with
weights fitted on a calibration split, so that a confidence of 0.9 is right about 90% of the time.

    p(intent) ∝ exp(model_weight · log p_model(intent) + ngram_weight · log p_ngrams(intent))

With one weight per source this is temperature scaling and a weighted product of experts in one: the fit
minimises the negative log-likelihood of the gold intents on tickets in templates that neither the adapter
nor the classifier was trained on (`db.corpus.generator.calibration_template`), never on held-out tickets.
Without a classifier, `ngram_weight` is 0 and `model_weight` is 1/temperature.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

FILE_NAME = "calibration.json"
WEIGHT_BOUNDS = (0.01, 20.0)


def log_softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax of a (n, k) array."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


@dataclass(frozen=True)
class Calibration:
    model_weight: float = 1.0
    ngram_weight: float = 0.0
    #: Where the weights were fitted and how well: kept for the manifest and the cockpit, not used in serving.
    fitted_on: str = ""
    n: int = 0
    nll: float | None = None

    def combine(self, model_scores: np.ndarray, ngram_log_probs: np.ndarray | None) -> np.ndarray:
        """Probabilities (n, k) from the model's raw intent scores and the classifier's log-probabilities."""
        pooled = self.model_weight * log_softmax(np.atleast_2d(model_scores))
        if ngram_log_probs is not None and self.ngram_weight:
            pooled = pooled + self.ngram_weight * np.atleast_2d(ngram_log_probs)
        return np.exp(log_softmax(pooled))

    def save(self, folder: Path) -> Path:
        path = folder / FILE_NAME
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: Path) -> Calibration:
        """The calibration saved in `folder`; raises ValueError naming the file when it is unreadable."""
        path = folder / FILE_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            calibration = cls(**data)
        except (OSError, json.JSONDecodeError, TypeError) as exc:
            raise ValueError(f"{path}: not a readable calibration ({exc})") from None
        for weight in (calibration.model_weight, calibration.ngram_weight):
            if not (isinstance(weight, int | float) and 0 <= weight <= WEIGHT_BOUNDS[1]):
                raise ValueError(f"{path}: weights must be numbers in [0, {WEIGHT_BOUNDS[1]}]")
        return calibration


def fit_calibration(
    model_scores: np.ndarray,
    ngram_log_probs: np.ndarray | None,
    gold: Sequence[int],
    *,
    fitted_on: str,
) -> Calibration:
    """The weights that minimise the negative log-likelihood of the gold intent indices `gold`."""
    from scipy.optimize import minimize

    model_log_probs = log_softmax(np.asarray(model_scores, dtype=np.float64))
    ngram = None if ngram_log_probs is None else np.asarray(ngram_log_probs, dtype=np.float64)
    rows = np.arange(len(gold))
    target = np.asarray(gold)

    def nll(weights: np.ndarray) -> float:
        pooled = weights[0] * model_log_probs + (weights[1] * ngram if ngram is not None else 0.0)
        return float(-log_softmax(pooled)[rows, target].mean())

    start = np.array([1.0, 1.0 if ngram is not None else 0.0])
    bounds = [WEIGHT_BOUNDS, WEIGHT_BOUNDS if ngram is not None else (0.0, 0.0)]
    result = minimize(nll, start, method="L-BFGS-B", bounds=bounds)
    return Calibration(
        model_weight=round(float(result.x[0]), 6),
        ngram_weight=round(float(result.x[1]), 6),
        fitted_on=fitted_on,
        n=len(target),
        nll=round(float(result.fun), 6),
    )

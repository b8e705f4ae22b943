"""The bot's second intent opinion: a logistic regression on hashed n-grams and a sentence embedding.

Why a second opinion: the 270M model and this classifier err on different tickets. The model reads the
whole sentence but was fine-tuned on a few thousand examples; the classifier learns from forty thousand
generated tickets in twenty minutes. Its two kinds of features see different things: character and word
n-grams of the ASCII-folded text are robust to typos and missing Turkish letters, and multilingual-e5-small's
embedding of the ticket (`serving.encoder`) carries its meaning across wordings no template used. On the calibration
tickets, phrasings neither saw in training, the embedding lifted the classifier alone from 0.81 to 0.87 and the
pooled bot from 0.89 to 0.91 (`bench/intent_classifier.py`; README, "What each lever gave"). Their
log-probabilities are pooled with the model's under weights fitted on the calibration split
(`serving.calibration`).

The file is small on purpose: hashed features need no vocabulary, and only the feature columns whose weight
moves a decision are kept (`MIN_WEIGHT`), so the weights are stored sparse (column index + float16 rows) in
one `.npz`. A file written before the embedding was added has no `embedding` entry and is read as n-grams
only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from serving.encoder import DEFAULT_MODEL, MODELS, encode
from serving.extract import fold_ascii

FILE_NAME = "intent_ngrams.npz"
N_FEATURES = 2**18
#: The embedding's weight against the n-gram counts: the vector has unit length while a ticket has dozens of
#: n-grams, so unscaled it would hardly move the regression. Chosen on the calibration tickets among 1, 3 and
#: 10 (README, "What each lever gave").
EMBEDDING_SCALE = 3.0
#: A column is kept when its largest stored weight over all intents reaches this. Rare n-grams get tiny weights
#: and outnumber the rest: trained on 39,067 tickets, 74% of the 215,454 columns the regression saw stay below
#: 0.05, and dropping them changed no intent on the calibration or the held-out tickets (17.4 MB → 4.7 MB;
#: README, "What each lever gave"). The embedding's columns all weigh more than 1.
MIN_WEIGHT = 0.05


def _vectorizers() -> list:
    from sklearn.feature_extraction.text import HashingVectorizer

    return [
        HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_FEATURES, alternate_sign=False),
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=N_FEATURES, alternate_sign=False),
    ]


def featurize(texts: Sequence[str], *, embedding: str = "", scale: float = EMBEDDING_SCALE) -> sparse.csr_matrix:
    """Hashed char 2-5-grams (within words) and word 1-2-grams of the ASCII-folded masked texts, then, when
    `embedding` names an encoder, the masked texts' embedding times `scale`."""
    folded = [fold_ascii(text) for text in texts]
    blocks = [v.transform(folded) for v in _vectorizers()]
    if embedding:
        blocks.append(sparse.csr_matrix(scale * encode(list(texts), model=embedding)))
    return sparse.hstack(blocks, format="csr")


class IntentClassifier:
    """Intent log-probabilities for masked texts, in a fixed class order (the contract's intent ids)."""

    def __init__(
        self,
        classes: Sequence[str],
        columns: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        *,
        embedding: str = "",
        scale: float = EMBEDDING_SCALE,
    ) -> None:
        self.classes = tuple(classes)
        self.columns = columns.astype(np.int64)
        self.weights = weights.astype(np.float32)  # (len(columns), n_classes)
        self.bias = bias.astype(np.float32)
        self.embedding = embedding  # the encoder's name in serving.encoder.MODELS, or "" for n-grams only
        self.scale = float(scale)

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[str],
        classes: Sequence[str],
        *,
        C: float = 10.0,
        embedding: str = DEFAULT_MODEL,
        scale: float = EMBEDDING_SCALE,
        min_weight: float = MIN_WEIGHT,
    ) -> IntentClassifier:
        """Train on masked texts; classes never seen in `labels` get no weight and a very low bias.
        `embedding=""` leaves the sentence embedding out (n-grams only); `scale` weighs it against the n-grams;
        columns whose largest stored (float16) weight is below `min_weight` are dropped (`pruned`)."""
        from sklearn.linear_model import LogisticRegression

        features = featurize(texts, embedding=embedding, scale=scale)
        model = LogisticRegression(C=C, max_iter=300)
        model.fit(features, np.asarray(labels))
        coef, intercept = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # sklearn keeps one row for two classes: logits (0, w·x + b)
            coef, intercept = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, intercept[0]])
        used = np.flatnonzero(np.abs(coef).sum(axis=0) > 0)
        index = {label: j for j, label in enumerate(model.classes_)}
        weights = np.zeros((len(used), len(classes)), dtype=np.float32)
        bias = np.full(len(classes), -30.0, dtype=np.float32)
        for k, label in enumerate(classes):
            if label in index:
                weights[:, k] = coef[index[label], used]
                bias[k] = intercept[index[label]]
        return cls(classes, used, weights, bias, embedding=embedding, scale=scale).pruned(min_weight)

    def pruned(self, min_weight: float) -> IntentClassifier:
        """This classifier without the columns whose largest weight, as `save` stores it (float16), is below
        `min_weight`. Judged on the stored value so that pruning a saved classifier and pruning at fit time keep
        the same columns."""
        keep = np.abs(self.weights.astype(np.float16)).max(axis=1) >= min_weight
        return IntentClassifier(
            self.classes, self.columns[keep], self.weights[keep], self.bias, embedding=self.embedding, scale=self.scale
        )

    def log_proba(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), len(classes)) log-probabilities."""
        if not texts:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        features = featurize(texts, embedding=self.embedding, scale=self.scale)[:, self.columns]
        logits = features @ self.weights + self.bias
        logits = logits - logits.max(axis=1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            classes=np.asarray(self.classes),
            columns=self.columns.astype(np.int32),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            embedding=np.asarray(self.embedding),
            scale=np.asarray(self.scale),
        )

    @classmethod
    def load(cls, path: Path) -> IntentClassifier:
        """Read a saved classifier; raises ValueError naming the file when it is not one."""
        try:
            with np.load(path, allow_pickle=False) as data:
                embedding = str(data["embedding"]) if "embedding" in data else ""
                scale = float(data["scale"]) if "scale" in data else EMBEDDING_SCALE
                if embedding and embedding not in MODELS:
                    raise ValueError(f"unknown embedding model {embedding!r}")
                arrays = (list(data["classes"]), data["columns"], data["weights"], data["bias"])
                return cls(*arrays, embedding=embedding, scale=scale)
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"{path}: not a readable intent classifier ({exc})") from None

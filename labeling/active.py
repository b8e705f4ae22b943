"""Active-learning strategies: which unlabeled tickets are worth a human's minute next.

Every strategy is a pure function of numpy arrays, so it scores 50,000 tickets in seconds without any
LLM generation:

- ``probs``: the bot's intent probabilities, shape (n, n_intents), from the one forward pass that is
  stored with each draft;
- ``embeddings``: sentence embeddings of the pool, shape (n, d), cached (``labeling.embeddings``);
- ``committee_probs``: a second opinion in the same columns as ``probs``, from the fast classifier
  (``labeling.embeddings.FastIntentClassifier``);
- ``labeled_embeddings``: embeddings of what is already labeled, so diversity avoids covered ground.

``select`` returns pool indices, most valuable first, unique, ``min(k, n)`` of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

DEFAULT_STRATEGY = "uncertainty_diversity"

# "Uncertainty within diversity" shortlists BETA * k most uncertain tickets, then spreads the batch over
# them: a pure top-k by uncertainty spends a batch on near-duplicates of one confusing pattern
# (Zhdanov 2019, "Diverse mini-batch active learning", uses beta = 10).
BETA = 10

_EPS = 1e-12


@dataclass(frozen=True)
class _Inputs:
    probs: np.ndarray | None
    embeddings: np.ndarray | None
    committee_probs: np.ndarray | None
    labeled_embeddings: np.ndarray | None
    rng: np.random.Generator

    def need(self, strategy: str, *names: str) -> None:
        """Fail with the name of the missing input rather than an obscure numpy error later."""
        missing = [name for name in names if getattr(self, name) is None]
        if missing:
            raise ValueError(f"strategy {strategy!r} needs {' and '.join(missing)}; got None")


# ---------------------------------------------------------------------------------------------------
# Scores: higher means more worth labeling.


def least_confidence_scores(probs: np.ndarray) -> np.ndarray:
    """1 - max probability: the bot is unsure of its best guess."""
    return 1.0 - probs.max(axis=1)


def margin_scores(probs: np.ndarray) -> np.ndarray:
    """Negative gap between the two best intents: a near-tie is what a label resolves best."""
    top2 = np.partition(probs, -2, axis=1)[:, -2:]
    return -(top2[:, 1] - top2[:, 0])


def entropy_scores(probs: np.ndarray) -> np.ndarray:
    """Shannon entropy of the whole distribution: unsure across many intents, not just two."""
    return -(probs * np.log(probs + _EPS)).sum(axis=1)


def committee_scores(probs: np.ndarray, committee_probs: np.ndarray) -> np.ndarray:
    """Jensen-Shannon divergence between the bot and the fast classifier ("KL to the mean").

    With two members, vote entropy only says agree/disagree; the divergence also ranks how strongly
    they disagree, and it is symmetric, so neither member is treated as the truth.
    """
    mean = (probs + committee_probs) / 2

    def kl(p: np.ndarray, q: np.ndarray) -> np.ndarray:
        return (p * (np.log(p + _EPS) - np.log(q + _EPS))).sum(axis=1)

    return (kl(probs, mean) + kl(committee_probs, mean)) / 2


# ---------------------------------------------------------------------------------------------------
# Batch selectors: each returns indices, most valuable first.


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores; ties keep pool order so results are reproducible."""
    return np.argsort(-scores, kind="stable")[:k]


def _squared_distances(points: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Minimum squared Euclidean distance from each point to any center, in chunks to bound memory."""
    best = np.full(len(points), np.inf)
    point_norms = (points**2).sum(axis=1)
    for start in range(0, len(centers), 1024):
        chunk = centers[start : start + 1024]
        d2 = point_norms[:, None] + (chunk**2).sum(axis=1)[None, :] - 2.0 * points @ chunk.T
        best = np.minimum(best, d2.min(axis=1))
    return np.maximum(best, 0.0)


def k_center_greedy(embeddings: np.ndarray, k: int, labeled_embeddings: np.ndarray | None = None) -> np.ndarray:
    """Farthest-first traversal (Sener & Savarese 2018): each pick is the ticket least like anything
    labeled or already picked, so the batch covers the pool.

    With nothing labeled, the first pick is the ticket nearest the pool mean (deterministic, and a
    typical ticket rather than an outlier).
    """
    n = len(embeddings)
    k = min(k, n)
    points = embeddings.astype(np.float32, copy=False)  # float32 halves the cost over a 50,000 pool
    chosen: list[int] = []
    if labeled_embeddings is not None and len(labeled_embeddings):
        distance = _squared_distances(points, labeled_embeddings.astype(np.float32, copy=False))
    else:
        central = int(np.argmin(_squared_distances(points, points.mean(axis=0, keepdims=True))))
        chosen.append(central)
        distance = _squared_distances(points, points[central : central + 1])
        distance[central] = -1.0
    while len(chosen) < k:
        pick = int(np.argmax(distance))
        chosen.append(pick)
        distance = np.minimum(distance, _squared_distances(points, points[pick : pick + 1]))
        distance[chosen] = -1.0
    return np.asarray(chosen, dtype=np.int64)


def k_means_typical(
    embeddings: np.ndarray, k: int, rng: np.random.Generator, weights: np.ndarray | None = None
) -> np.ndarray:
    """Cluster into k groups and take the ticket nearest each centroid.

    This is the cold start: with no adapter yet there are no probabilities to trust, and the nearest-
    to-centroid tickets are typical of their region, so a seed set of them covers the common intents
    instead of outliers. ``weights`` pulls centroids toward uncertain tickets (used by
    ``uncertainty_diversity``).
    """
    n = len(embeddings)
    k = min(k, n)
    if k == n:
        return np.arange(n, dtype=np.int64)
    seed = int(rng.integers(2**31 - 1))
    from sklearn.cluster import KMeans  # here, not at the top: every `destek` command imports this module

    centers = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(embeddings, sample_weight=weights).cluster_centers_
    point_norms = (embeddings**2).sum(axis=1)
    taken = np.zeros(n, dtype=bool)
    chosen: list[int] = []
    for center in centers:
        # Two centroids can share a nearest ticket; the second takes its next-nearest instead.
        distance = point_norms - 2.0 * embeddings @ center
        distance[taken] = np.inf
        pick = int(np.argmin(distance))
        taken[pick] = True
        chosen.append(pick)
    return np.asarray(chosen, dtype=np.int64)


def class_balanced(probs: np.ndarray, k: int) -> np.ndarray:
    """Round-robin over predicted intents, rarest first, most uncertain (smallest margin) within each.

    Support traffic is skewed (order status dwarfs invoice changes); uncertainty alone keeps sampling
    the big confusable intents, while the rare ones are where the bot has seen least.
    """
    predicted = probs.argmax(axis=1)
    uncertainty = margin_scores(probs)
    classes, counts = np.unique(predicted, return_counts=True)
    queues = [
        [int(i) for i in _top(np.where(predicted == c, uncertainty, -np.inf), int(count))]
        for c, count in sorted(zip(classes, counts, strict=True), key=lambda pair: (pair[1], pair[0]))
    ]
    chosen: list[int] = []
    depth = 0
    while len(chosen) < min(k, len(probs)):
        for queue in queues:
            if depth < len(queue) and len(chosen) < k:
                chosen.append(queue[depth])
        depth += 1
    return np.asarray(chosen, dtype=np.int64)


def uncertainty_diversity(probs: np.ndarray, embeddings: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Shortlist the BETA * k smallest-margin tickets, then k-means them (weighted by uncertainty) and
    take the ticket nearest each centroid: uncertain, but not k copies of one confusion."""
    n = len(probs)
    k = min(k, n)
    shortlist = _top(margin_scores(probs), min(n, BETA * k))
    gap = -margin_scores(probs[shortlist])
    picked = shortlist[k_means_typical(embeddings[shortlist], k, rng, weights=1.0 - gap + _EPS)]
    # Most uncertain first, like every other strategy.
    return picked[np.argsort(margin_scores(probs[picked]))[::-1]]


# ---------------------------------------------------------------------------------------------------
# Registry and entry point.

STRATEGIES: dict[str, str] = {
    "random": "uniform sample of the pool; the baseline every strategy must beat",
    "least_confidence": "lowest top intent probability (needs probs)",
    "margin": "smallest gap between the two best intents (needs probs)",
    "entropy": "highest entropy of the intent distribution (needs probs)",
    "committee": "largest Jensen-Shannon divergence between the bot and the fast classifier "
    "(needs probs, committee_probs)",
    "diversity": "k-center greedy on embeddings, away from what is labeled (needs embeddings; uses labeled_embeddings)",
    "cold_start": "ticket nearest each k-means centroid; for when no adapter exists yet (needs embeddings)",
    "class_balance": "round-robin over predicted intents, rarest first, most uncertain within (needs probs)",
    "uncertainty_diversity": f"default: top {BETA}k by margin, then k-means within them (needs probs, embeddings)",
}

_REQUIRES: dict[str, tuple[str, ...]] = {
    "random": (),
    "least_confidence": ("probs",),
    "margin": ("probs",),
    "entropy": ("probs",),
    "committee": ("probs", "committee_probs"),
    "diversity": ("embeddings",),
    "cold_start": ("embeddings",),
    "class_balance": ("probs",),
    "uncertainty_diversity": ("probs", "embeddings"),
}

_SELECTORS: dict[str, Callable[[_Inputs, int], np.ndarray]] = {
    "random": lambda x, k: x.rng.permutation(_pool_size(x))[:k],
    "least_confidence": lambda x, k: _top(least_confidence_scores(x.probs), k),
    "margin": lambda x, k: _top(margin_scores(x.probs), k),
    "entropy": lambda x, k: _top(entropy_scores(x.probs), k),
    "committee": lambda x, k: _top(committee_scores(x.probs, x.committee_probs), k),
    "diversity": lambda x, k: k_center_greedy(x.embeddings, k, x.labeled_embeddings),
    "cold_start": lambda x, k: k_means_typical(x.embeddings, k, x.rng),
    "class_balance": lambda x, k: class_balanced(x.probs, k),
    "uncertainty_diversity": lambda x, k: uncertainty_diversity(x.probs, x.embeddings, k, x.rng),
}


def _pool_size(inputs: _Inputs) -> int:
    for array in (inputs.probs, inputs.embeddings, inputs.committee_probs):
        if array is not None:
            return len(array)
    raise ValueError("strategy 'random' needs the pool size: pass probs or embeddings")


def _check_shapes(inputs: _Inputs) -> None:
    """Catch misaligned inputs (e.g. probs for one pool, embeddings for another) before scoring."""
    for name in ("probs", "embeddings", "committee_probs", "labeled_embeddings"):
        array = getattr(inputs, name)
        if array is not None and array.ndim != 2:
            raise ValueError(f"{name} must be 2-D, got shape {array.shape}")
    if inputs.probs is not None and inputs.probs.shape[1] < 2:
        raise ValueError("probs needs at least 2 intent columns")
    if inputs.probs is not None and inputs.embeddings is not None and len(inputs.probs) != len(inputs.embeddings):
        raise ValueError(f"probs has {len(inputs.probs)} rows but embeddings has {len(inputs.embeddings)}")
    if (
        inputs.committee_probs is not None
        and inputs.probs is not None
        and inputs.committee_probs.shape != inputs.probs.shape
    ):
        raise ValueError(f"committee_probs shape {inputs.committee_probs.shape} != probs shape {inputs.probs.shape}")
    if (
        inputs.labeled_embeddings is not None
        and inputs.embeddings is not None
        and len(inputs.labeled_embeddings)
        and inputs.labeled_embeddings.shape[1] != inputs.embeddings.shape[1]
    ):
        raise ValueError("labeled_embeddings and embeddings have different dimensions")


def select(
    strategy: str,
    k: int,
    *,
    probs: np.ndarray | None = None,
    embeddings: np.ndarray | None = None,
    committee_probs: np.ndarray | None = None,
    labeled_embeddings: np.ndarray | None = None,
    rng: np.random.Generator,
) -> np.ndarray:
    """Pick up to k pool tickets to label next with the named strategy (see ``STRATEGIES``).

    Returns unique int64 indices into the pool, most valuable first, ``min(k, n)`` of them. Raises
    ValueError for an unknown strategy, a missing input (named in the message), or misaligned shapes.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; known: {', '.join(STRATEGIES)}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    inputs = _Inputs(probs, embeddings, committee_probs, labeled_embeddings, rng)
    inputs.need(strategy, *_REQUIRES[strategy])
    _check_shapes(inputs)
    n = _pool_size(inputs)
    k = min(k, n)
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    return np.asarray(_SELECTORS[strategy](inputs, k), dtype=np.int64)

"""Active-learning strategies on small pools whose right answer is known, and the embedding cache."""

from __future__ import annotations

import numpy as np
import pytest

from labeling import embeddings as emb
from labeling.active import STRATEGIES, select
from serving import encoder as enc

# Every input a strategy could want, for a random pool of n tickets over 4 intents.


def _pool(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    probs = rng.dirichlet(np.ones(4), size=n)
    return {
        "probs": probs,
        "embeddings": rng.normal(size=(n, 8)),
        "committee_probs": rng.dirichlet(np.ones(4), size=n),
        "labeled_embeddings": rng.normal(size=(3, 8)),
    }


def _rng() -> np.random.Generator:
    return np.random.default_rng(42)


def test_margin_picks_the_near_tie_and_least_confidence_the_flattest() -> None:
    probs = np.array(
        [
            [0.97, 0.01, 0.01, 0.01],  # confident
            [0.50, 0.49, 0.01, 0.00],  # near-tie between two intents: smallest margin
            [0.30, 0.25, 0.25, 0.20],  # flattest: lowest top probability
        ]
    )
    assert select("margin", 1, probs=probs, rng=_rng()).tolist() == [1]
    assert select("least_confidence", 1, probs=probs, rng=_rng()).tolist() == [2]
    assert select("margin", 3, probs=probs, rng=_rng()).tolist() == [1, 2, 0]


def test_entropy_prefers_spread_over_the_lowest_top_probability() -> None:
    probs = np.array(
        [
            [0.40, 0.40, 0.20, 0.00],  # top 0.40, entropy 1.05
            [0.45, 0.55 / 3, 0.55 / 3, 0.55 / 3],  # top 0.45 but entropy 1.29: unsure across more intents
            [0.90, 0.05, 0.05, 0.00],
        ]
    )
    assert select("entropy", 1, probs=probs, rng=_rng()).tolist() == [1]
    assert select("least_confidence", 1, probs=probs, rng=_rng()).tolist() == [0]


def test_committee_picks_where_bot_and_classifier_disagree_not_where_both_are_unsure() -> None:
    probs = np.array([[0.9, 0.1], [0.5, 0.5], [0.9, 0.1], [0.8, 0.2]])
    committee = np.array([[0.9, 0.1], [0.5, 0.5], [0.1, 0.9], [0.7, 0.3]])
    picked = select("committee", 2, probs=probs, committee_probs=committee, rng=_rng())
    assert picked.tolist() == [2, 3]


def test_k_center_picks_the_point_far_from_everything_labeled() -> None:
    rng = np.random.default_rng(0)
    pool = np.vstack([rng.normal(scale=0.1, size=(20, 2)), [[10.0, 10.0]]])
    labeled = rng.normal(scale=0.1, size=(5, 2))
    assert select("diversity", 1, embeddings=pool, labeled_embeddings=labeled, rng=_rng()).tolist() == [20]


def test_k_center_without_labels_starts_central_then_goes_far() -> None:
    pool = np.array([[0.0, 0.0], [0.1, 0.0], [-0.1, 0.0], [5.0, 0.0]])
    assert select("diversity", 2, embeddings=pool, rng=_rng()).tolist() == [1, 3]


def test_cold_start_takes_the_most_typical_ticket_of_each_cluster() -> None:
    rng = np.random.default_rng(0)
    blobs = []
    for center in ([0.0, 0.0], [10.0, 0.0], [0.0, 10.0]):
        noise = rng.normal(scale=0.5, size=(15, 2))
        blobs.append(np.vstack([[center], center + noise, center - noise]))  # row 0 sits at the mean
    picked = select("cold_start", 3, embeddings=np.vstack(blobs), rng=_rng())
    assert sorted(picked.tolist()) == [0, 31, 62]


def test_class_balance_spreads_the_batch_over_predicted_intents_rarest_first() -> None:
    common = np.tile([0.6, 0.3, 0.1], (10, 1))  # ten tickets predicted intent 0
    common[:, 0] -= np.linspace(0, 0.1, 10)  # the last is the most uncertain of them
    common[:, 1] += np.linspace(0, 0.1, 10)
    probs = np.vstack([common, [[0.2, 0.7, 0.1], [0.25, 0.7, 0.05], [0.1, 0.1, 0.8]]])
    picked = select("class_balance", 3, probs=probs, rng=_rng())
    assert probs[picked].argmax(axis=1).tolist() == [2, 1, 0]  # rarest intent (one ticket) first
    assert picked[2] == 9  # within intent 0, the most uncertain ticket
    assert len(set(probs[select("class_balance", 6, probs=probs, rng=_rng())].argmax(axis=1))) == 3


def test_uncertainty_diversity_does_not_spend_the_batch_on_one_confusion() -> None:
    rng = np.random.default_rng(0)
    blob_a = rng.normal(scale=0.1, size=(5, 2))  # the most uncertain tickets, all alike
    blob_b = rng.normal(scale=0.1, size=(10, 2)) + np.array([8.0, 0.0])  # uncertain too, a different region
    blob_c = rng.normal(scale=0.1, size=(100, 2)) + np.array([0.0, 8.0])  # confident
    embeddings = np.vstack([blob_a, blob_b, blob_c])
    gaps = np.concatenate([np.full(5, 0.01), np.full(10, 0.05), np.full(100, 0.95)])
    probs = np.c_[(1 + gaps) / 2, (1 - gaps) / 2]
    assert set(select("margin", 2, probs=probs, rng=_rng()).tolist()) <= set(range(5))
    picked = select("uncertainty_diversity", 2, probs=probs, embeddings=embeddings, rng=_rng())
    assert sorted(i // 5 if i < 5 else 1 for i in picked) == [0, 1]  # one from blob A, one from blob B


def test_random_is_reproducible_with_a_seed() -> None:
    pool = _pool(100)
    first = select("random", 10, probs=pool["probs"], rng=np.random.default_rng(7))
    again = select("random", 10, probs=pool["probs"], rng=np.random.default_rng(7))
    other = select("random", 10, probs=pool["probs"], rng=np.random.default_rng(8))
    assert first.tolist() == again.tolist()
    assert first.tolist() != other.tolist()


@pytest.mark.parametrize(
    ("strategy", "given", "missing"),
    [
        ("margin", {}, "probs"),
        ("uncertainty_diversity", {"probs"}, "embeddings"),
        ("committee", {"probs"}, "committee_probs"),
        ("cold_start", {"probs"}, "embeddings"),
        ("random", set(), "pool size"),
    ],
)
def test_missing_inputs_raise_a_clear_error(strategy: str, given: set[str], missing: str) -> None:
    pool = _pool(10)
    with pytest.raises(ValueError, match=missing):
        select(strategy, 2, rng=_rng(), **{name: pool[name] for name in given})


def test_unknown_strategy_and_misaligned_inputs_are_rejected() -> None:
    pool = _pool(10)
    with pytest.raises(ValueError, match="unknown strategy"):
        select("vibes", 2, probs=pool["probs"], rng=_rng())
    with pytest.raises(ValueError, match="rows"):
        select("uncertainty_diversity", 2, probs=pool["probs"], embeddings=pool["embeddings"][:5], rng=_rng())
    with pytest.raises(ValueError, match="committee_probs shape"):
        select("committee", 2, probs=pool["probs"], committee_probs=pool["committee_probs"][:, :3], rng=_rng())


@pytest.mark.parametrize("strategy", list(STRATEGIES))
@pytest.mark.parametrize("k", [0, 1, 7, 30, 31, 100])
def test_every_strategy_returns_min_k_n_unique_indices(strategy: str, k: int) -> None:
    pool = _pool(30)
    pool["embeddings"][10:15] = pool["embeddings"][0]  # duplicate tickets must not yield duplicate picks
    picked = select(strategy, k, rng=_rng(), **pool)
    assert picked.dtype == np.int64
    assert len(picked) == min(k, 30)
    assert len(set(picked.tolist())) == len(picked)
    assert all(0 <= i < 30 for i in picked)


# ---------------------------------------------------------------------------------------------------
# Embeddings: the cache logic with a fake encoder (fast), the real model (slow).


@pytest.fixture
def fake_encoder(monkeypatch: pytest.MonkeyPatch, tmp_path) -> list[list[str]]:
    """Replace the models with a deterministic fake that records every batch it is asked to encode."""
    calls: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[len(t), t.count("a"), 1.0] for t in texts], dtype=np.float64)

    monkeypatch.setenv("DESTEK_CACHE", str(tmp_path))
    monkeypatch.setattr(enc, "MODELS", {"fake": lambda: encode})
    monkeypatch.setattr(enc, "_loaded", {})
    return calls


def test_embed_encodes_each_new_text_once_and_then_reads_the_cache(fake_encoder: list[list[str]], tmp_path) -> None:
    progress: list[tuple[int, int]] = []
    first = emb.embed(
        ["kargo", "iade", "kargo"], model="fake", batch_size=1, progress=lambda d, n: progress.append((d, n))
    )
    assert fake_encoder == [["kargo"], ["iade"]]  # the duplicate is encoded once
    assert progress == [(1, 2), (2, 2)]
    assert first.dtype == np.float32 and first.shape == (3, 3)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-6)
    np.testing.assert_array_equal(first[0], first[2])
    assert (tmp_path / "fake.sqlite").exists()

    again = emb.embed(["iade", "kargo", "fatura"], model="fake")
    assert fake_encoder[2:] == [["fatura"]]  # only the new text reaches the model
    np.testing.assert_array_equal(again[:2], first[[1, 0]])


def test_the_model_is_loaded_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    monkeypatch.setattr(
        enc, "MODELS", {"fake": lambda: loads.append("load") or (lambda texts: np.ones((len(texts), 2)))}
    )
    monkeypatch.setattr(enc, "_loaded", {})
    assert enc.get_encoder("fake") is enc.get_encoder("fake")
    assert loads == ["load"]
    with pytest.raises(ValueError, match="unknown embedding model"):
        enc.get_encoder("nope")


def test_fast_classifier_aligns_probabilities_to_the_bots_intent_columns() -> None:
    rng = np.random.default_rng(0)
    texts = ["kargom nerede", "kargo gelmedi", "iade etmek istiyorum", "iade kodu"] * 5
    labels = ["kargo_takip", "kargo_takip", "iade_baslat", "iade_baslat"] * 5
    vectors = rng.normal(size=(20, 4)) + np.array([[2, 0, 0, 0], [2, 0, 0, 0], [0, 2, 0, 0], [0, 2, 0, 0]] * 5)
    model = emb.FastIntentClassifier()
    features = model.features(texts, vectors)
    model.fit(features, labels)
    intents = ["siparis_iptal", "iade_baslat", "kargo_takip"]
    probs = model.predict_proba(features, classes=intents)
    assert probs.shape == (20, 3)
    assert (probs[:, 0] == 0).all()  # never seen in training
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert (model.predict(features) == np.array(labels)).tolist() == [True] * 20


@pytest.mark.slow
def test_real_model_embeds_turkish_paraphrases_close_together(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("DESTEK_CACHE", str(tmp_path))
    vectors = emb.embed(["Kargom nerede kaldı?", "Paketim hangi şubede?", "Şifremi unuttum, sıfırlamak istiyorum"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2]

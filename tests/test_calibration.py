"""serving/calibration.py and serving/intent_classifier.py: the pooled, calibrated intent distribution."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from db.contract import load_contract
from serving.bot import Bot
from serving.calibration import FILE_NAME, Calibration, fit_calibration, log_softmax
from serving.intent_classifier import N_FEATURES, IntentClassifier
from tests.test_bot import FakeBackend, fake_bot

INTENTS = load_contract().intent_ids


def test_combine_is_a_distribution_and_the_default_is_the_models_softmax() -> None:
    scores = np.array([0.0, -1.0, -2.0])
    probs = Calibration().combine(scores, None)[0]
    assert probs.sum() == pytest.approx(1.0)
    assert probs == pytest.approx(np.exp(scores) / np.exp(scores).sum())
    flatter = Calibration(model_weight=0.2).combine(scores, None)[0]
    assert flatter[0] < probs[0]  # a weight below 1 is a temperature above 1
    assert Calibration().combine(np.array([-1000.0, -1001.0]), None)[0][0] == pytest.approx(1 / (1 + np.exp(-1)))


def test_the_classifier_moves_the_distribution_by_its_weight() -> None:
    scores = np.array([0.0, 0.0])
    ngram = log_softmax(np.array([[0.0, -3.0]]))
    assert Calibration(ngram_weight=0.0).combine(scores, ngram)[0][0] == pytest.approx(0.5)
    assert Calibration(ngram_weight=1.0).combine(scores, ngram)[0][0] > 0.9


def test_fit_recovers_the_temperature_of_overconfident_scores() -> None:
    rng = np.random.default_rng(0)
    n, k = 2000, 5
    logits = rng.normal(size=(n, k))
    gold = [int(rng.choice(k, p=np.exp(row) / np.exp(row).sum())) for row in logits]
    overconfident = logits * 4.0  # the "model" is 4x too sharp
    calibration = fit_calibration(overconfident, None, gold, fitted_on="synthetic")
    assert calibration.model_weight == pytest.approx(0.25, abs=0.04)
    assert calibration.ngram_weight == 0.0 and calibration.n == n


def test_fit_gives_weight_to_the_opinion_that_knows_the_answer() -> None:
    rng = np.random.default_rng(1)
    gold = rng.integers(0, 4, size=500)
    noise = rng.normal(size=(500, 4))
    informed = log_softmax(np.eye(4)[gold] * 3.0)
    calibration = fit_calibration(noise, informed, list(gold), fitted_on="synthetic")
    assert calibration.ngram_weight > 5 * calibration.model_weight


def test_save_load_and_a_broken_file_names_itself(tmp_path: Path) -> None:
    saved = Calibration(model_weight=0.7, ngram_weight=0.4, fitted_on="x", n=3, nll=0.5)
    saved.save(tmp_path)
    assert Calibration.load(tmp_path) == saved
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=FILE_NAME):
        Calibration.load(tmp_path)
    (tmp_path / FILE_NAME).write_text('{"model_weight": -1}', encoding="utf-8")
    with pytest.raises(ValueError, match="weights"):
        Calibration.load(tmp_path)


@pytest.fixture(scope="module")
def classifier() -> IntentClassifier:
    texts = ["siparişim nerede", "kargom nerede kaldı", "iade etmek istiyorum", "ürünü iade edeceğim"] * 5
    labels = ["siparis_status", "kargo_takip", "iade_baslat", "iade_baslat"] * 5
    return IntentClassifier.fit(texts, labels, INTENTS)


def test_classifier_gives_log_probabilities_in_the_contract_order(classifier: IntentClassifier) -> None:
    log_probs = classifier.log_proba(["iade etmek istiyorum", "SIPARISIM NEREDE"])
    assert log_probs.shape == (2, len(INTENTS))
    assert np.exp(log_probs).sum(axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)
    assert INTENTS[int(log_probs[0].argmax())] == "iade_baslat"
    assert INTENTS[int(log_probs[1].argmax())] == "siparis_status"  # folded: case and Turkish letters
    assert np.exp(log_probs[0][INTENTS.index("kapsam_disi")]) < 1e-6  # never seen in training
    assert classifier.log_proba([]).shape == (0, len(INTENTS))


def test_classifier_round_trips_and_a_corrupted_file_names_itself(classifier: IntentClassifier, tmp_path: Path) -> None:
    path = tmp_path / "intent_ngrams.npz"
    classifier.save(path)
    loaded = IntentClassifier.load(path)
    assert loaded.classes == classifier.classes
    assert loaded.log_proba(["kargom nerede"]) == pytest.approx(classifier.log_proba(["kargom nerede"]), abs=1e-2)
    path.write_bytes(b"not a zip file")
    with pytest.raises(ValueError, match=r"intent_ngrams\.npz"):
        IntentClassifier.load(path)


def test_the_classifier_reads_the_sentence_embedding_and_keeps_it_in_its_file(
    classifier: IntentClassifier, tmp_path: Path
) -> None:
    assert classifier.embedding == "multilingual-e5-small"
    embedding_columns = classifier.columns[classifier.columns >= 2 * N_FEATURES]
    # the e5 vector's 384 dimensions follow the n-gram blocks; on these 20 tickets a few weigh too little to keep
    assert 300 < len(embedding_columns) <= 384 and embedding_columns.max() < 2 * N_FEATURES + 384
    classifier.save(tmp_path / "c.npz")
    loaded = IntentClassifier.load(tmp_path / "c.npz")
    assert (loaded.embedding, loaded.scale) == (classifier.embedding, classifier.scale)


def test_an_ngram_only_file_of_an_older_release_still_loads(tmp_path: Path) -> None:
    texts = ["siparişim nerede", "iade etmek istiyorum"] * 3
    plain = IntentClassifier.fit(texts, ["siparis_status", "iade_baslat"] * 3, INTENTS, embedding="")
    assert plain.columns.max() < 2 * N_FEATURES
    path = tmp_path / "old.npz"
    np.savez_compressed(path, classes=np.asarray(plain.classes), columns=plain.columns.astype(np.int32),
                        weights=plain.weights.astype(np.float16), bias=plain.bias)  # fmt: skip
    loaded = IntentClassifier.load(path)
    assert loaded.embedding == ""
    assert INTENTS[int(loaded.log_proba(["iade edeceğim"])[0].argmax())] == "iade_baslat"


def test_columns_below_the_minimum_weight_are_dropped_alike_at_fit_time_and_from_a_file(tmp_path: Path) -> None:
    texts = ["siparişim nerede", "kargom nerede kaldı", "iade etmek istiyorum", "ürünü iade edeceğim"] * 3
    labels = ["siparis_status", "kargo_takip", "iade_baslat", "iade_baslat"] * 3
    full = IntentClassifier.fit(texts, labels, INTENTS, embedding="", min_weight=0.0)
    largest = np.abs(full.weights.astype(np.float16)).max(axis=1)
    cut = float(np.median(largest))
    pruned = IntentClassifier.fit(texts, labels, INTENTS, embedding="", min_weight=cut)
    assert 0 < len(pruned.columns) < len(full.columns)
    assert np.abs(pruned.weights.astype(np.float16)).max(axis=1).min() >= cut
    full.save(tmp_path / "full.npz")
    from_file = IntentClassifier.load(tmp_path / "full.npz").pruned(cut)
    assert np.array_equal(from_file.columns, pruned.columns)
    probe = ["siparişim nerede acaba", "iade edeceğim", "kargom nerede"]
    assert (pruned.log_proba(probe).argmax(axis=1) == full.log_proba(probe).argmax(axis=1)).all()


def test_a_classifier_naming_an_unknown_encoder_is_refused_with_its_file(
    classifier: IntentClassifier, tmp_path: Path
) -> None:
    path = tmp_path / "intent_ngrams.npz"
    IntentClassifier(
        classifier.classes, classifier.columns, classifier.weights, classifier.bias, embedding="no-such-model"
    ).save(path)
    with pytest.raises(ValueError, match=r"intent_ngrams\.npz.*no-such-model"):
        IntentClassifier.load(path)


def test_the_bot_pools_the_classifier_with_the_model(classifier: IntentClassifier) -> None:
    calibration = Calibration(model_weight=1.0, ngram_weight=1.0)
    bot = fake_bot(("iade", "iade_baslat", "-"), gap=0.5)
    plain = bot.predict("iade etmek istiyorum")
    pooled_bot = Bot(bot.backend, classifier=classifier, calibration=calibration)
    pooled = pooled_bot.predict("iade etmek istiyorum")
    assert pooled.intent == plain.intent == "iade_baslat"
    assert pooled.confidence > plain.confidence  # both opinions agree: more confident


def test_calibration_never_gives_confidence_to_a_draft_without_an_intent(classifier: IntentClassifier) -> None:
    backend = FakeBackend(fail="score")
    bot = Bot(backend, classifier=classifier, calibration=Calibration(ngram_weight=3.0))
    prediction = bot.predict("iade etmek istiyorum")
    assert prediction.intent is None and prediction.confidence == 0.0


def test_a_classifier_for_other_intents_is_refused(classifier: IntentClassifier) -> None:
    other = IntentClassifier(
        classifier.classes[:-1], classifier.columns, classifier.weights[:, :-1], classifier.bias[:-1]
    )
    with pytest.raises(ValueError, match="other intents"):
        Bot(FakeBackend(), classifier=other)

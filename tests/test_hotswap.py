"""Adapter hot-swap against fake vLLM replicas (tests/fake_vllm.py: in-process HTTP servers speaking vLLM's
LoRA and completions API)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from serving.hotswap import CanaryResult, SwapError, reconcile, swap_back, swap_in
from tests.fake_vllm import FakeVLLM, active_name, adapter_row, serve_v1, word
from training.registry import promote as registry_promote, rollback as registry_rollback


def test_promote_loads_everywhere_switches_the_alias_and_unloads_the_old(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    for fake in fakes:
        fake.favourite["destek-v2"] = word("siparis_iptal")
    report = swap_in(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        ["4815162342 nolu siparişimi iptal etmek istiyorum"],
        ["siparis_iptal"],
        switch=lambda: registry_promote(engine, "destek-v2"),
    )
    assert active_name(engine) == "destek-v2"
    assert adapter_row(engine, "destek-v1").status == "retired"
    for fake in fakes:
        assert fake.adapters == {"destek-v2": registry["destek-v2"]}
    assert report.previous == "destek-v1"
    assert [c.agreement for c in report.canaries] == [1.0, 1.0]
    assert report.drained and not report.unload_errors
    assert report.as_dict()["total_s"] >= 0


def test_a_canary_failure_says_what_each_disagreeing_prompt_got_without_its_text() -> None:
    """A wrong intent and a failed request read differently; the canary's text stays out of the reason."""
    answers = [
        {"text": "siparişim nerede", "expected": "kargo_takip", "intent": "kargo_takip", "problems": [], "ok": True},
        {"text": "iade edeceğim", "expected": "iade_baslat", "intent": "tesekkur", "problems": [], "ok": False},
        {"text": "faturam", "expected": None, "intent": None, "problems": ["scoring timed out"], "ok": False},
    ]
    misses = CanaryResult("http://replica", 1 / 3, answers).misses()
    assert misses == "expected iade_baslat, got tesekkur; expected a valid answer, got None (scoring timed out)"
    assert "iade edeceğim" not in misses and "faturam" not in misses


def test_a_failing_canary_switches_nothing_and_unloads_the_candidate(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[0].favourite["destek-v2"] = word("siparis_iptal")
    fakes[1].favourite["destek-v2"] = word("tesekkur")  # this replica disagrees with the gate
    with pytest.raises(SwapError, match=r"canary on .* agreed 0% < 80%: expected siparis_iptal, got tesekkur$"):
        swap_in(
            engine,
            "destek-v2",
            registry["destek-v2"],
            replicas,
            ["siparişimi iptal edin"],
            ["siparis_iptal"],
            switch=lambda: registry_promote(engine, "destek-v2"),
        )
    assert active_name(engine) == "destek-v1"
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}
    failed = adapter_row(engine, "destek-v2")
    assert failed.status == "candidate"
    assert failed.reason.startswith("hot-swap failed: canary")
    assert failed.gate["hotswap"]["step"] == "canary"
    assert failed.gate["hotswap"]["answers"][0]["intent"] == "tesekkur"


def test_a_replica_that_cannot_load_leaves_everything_as_it_was(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].fail_loads = True
    with pytest.raises(SwapError, match="out of LoRA slots"):
        swap_in(
            engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2")
        )
    assert active_name(engine) == "destek-v1"
    assert fakes[0].loads == [("destek-v2", registry["destek-v2"])]  # it was loaded on the first replica ...
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}  # ... and rolled back
    assert adapter_row(engine, "destek-v2").gate["hotswap"]["step"] == "load"


def test_a_name_is_never_reused_for_other_weights(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].adapters["destek-v2"] = "/somewhere/else"  # a stale copy under the same name
    with pytest.raises(SwapError, match="never reused"):
        swap_in(
            engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2")
        )
    assert active_name(engine) == "destek-v1"
    assert "destek-v2" not in fakes[0].adapters
    assert fakes[1].adapters["destek-v2"] == "/somewhere/else"  # not ours to unload


def test_promote_then_rollback_serves_each_name_from_its_own_folder(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    swap_in(engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2"))
    swap_in(engine, "destek-v3", registry["destek-v3"], replicas, switch=lambda: registry_promote(engine, "destek-v3"))
    report = swap_back(engine, "destek-v2", replicas, switch=lambda: registry_rollback(engine))
    assert active_name(engine) == "destek-v2"
    assert report.previous == "destek-v3"
    for fake in fakes:
        assert fake.adapters == {"destek-v2": registry["destek-v2"]}
        assert all(path == registry[name] for name, path in fake.loads)
        assert [name for name, _ in fake.loads] == ["destek-v2", "destek-v3", "destek-v2"]


def test_the_old_adapter_is_unloaded_only_after_its_requests_drained(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    counts = iter([2, 1, 1, 0])
    seen_loaded = []

    def inflight(adapter: str) -> int:
        assert adapter == "destek-v1"
        seen_loaded.append("destek-v1" in fakes[0].adapters)
        return next(counts)

    report = swap_in(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        switch=lambda: registry_promote(engine, "destek-v2"),
        inflight=inflight,
        poll_s=0.001,
    )
    assert report.drained
    assert seen_loaded == [True, True, True, True]  # still served while requests ran on it
    assert "destek-v1" not in fakes[0].adapters


def test_a_stuck_request_does_not_pin_the_old_adapter_forever(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    report = swap_in(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        switch=lambda: registry_promote(engine, "destek-v2"),
        inflight=lambda adapter: 1,
        drain_timeout_s=0.05,
        poll_s=0.01,
    )
    assert not report.drained
    assert active_name(engine) == "destek-v2"
    assert all("destek-v1" not in fake.adapters for fake in fakes)


def test_reconcile_reloads_the_active_adapter_on_a_restarted_replica(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].restart()
    active = adapter_row(engine, "destek-v1")
    assert reconcile(replicas, active) == [fakes[1].url]
    assert fakes[1].adapters == {"destek-v1": registry["destek-v1"]}
    assert reconcile(replicas, active) == []  # nothing left to fix
    assert reconcile(replicas, None) == []  # the base model needs no adapter


def test_promoting_the_active_adapter_is_refused(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    with pytest.raises(SwapError, match="already active"):
        swap_in(engine, "destek-v1", registry["destek-v1"], replicas, switch=lambda: None)


def test_a_failing_switch_unloads_the_candidate(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)

    def broken_switch() -> None:
        raise RuntimeError("database is locked")

    with pytest.raises(SwapError, match="the switch failed: database is locked"):
        swap_in(engine, "destek-v2", registry["destek-v2"], replicas, switch=broken_switch)
    assert active_name(engine) == "destek-v1"
    assert all(fake.adapters == {"destek-v1": registry["destek-v1"]} for fake in fakes)
    assert adapter_row(engine, "destek-v2").gate["hotswap"]["step"] == "switch"

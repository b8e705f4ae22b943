"""bench/compare_predictions.py: the night's per-ticket comparison (taught vs other intents, lost vs gained)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "compare_predictions.py"
spec = importlib.util.spec_from_file_location("compare_predictions", SCRIPT)
compare_predictions = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare_predictions)


def test_mcnemar_exact_p_values() -> None:
    assert compare_predictions.mcnemar_p(0, 0) == 1.0
    assert compare_predictions.mcnemar_p(3, 3) == 1.0
    assert compare_predictions.mcnemar_p(5, 0) == pytest.approx(2 / 32)  # all five flips one way
    assert compare_predictions.mcnemar_p(22, 11) == pytest.approx(0.080, abs=0.001)
    assert compare_predictions.mcnemar_p(11, 22) == compare_predictions.mcnemar_p(22, 11)


def test_taught_gains_do_not_hide_the_other_intents_losses() -> None:
    gold = {"1": "iade_baslat", "2": "iade_baslat", "3": "para_iadesi_durumu", "4": "para_iadesi_durumu", "5": "x"}
    before = {"1": "para_iadesi_durumu", "2": "para_iadesi_durumu", "3": "para_iadesi_durumu", "4": "x", "5": "x"}
    after = {"1": "iade_baslat", "2": "iade_baslat", "3": "iade_baslat", "4": "para_iadesi_durumu", "5": "x"}

    result = compare_predictions.compare_predictions(gold, before, after, {"iade_baslat"})

    assert result["all"] == {"n": 5, "before": 0.4, "after": 0.8}
    assert result["taught"] == {"n": 2, "before": 0.0, "after": 1.0, "intents": ["iade_baslat"]}
    others = result["others"]
    assert (others["n"], others["before"], others["after"], others["lost"], others["gained"]) == (3, 2 / 3, 2 / 3, 1, 1)
    assert result["lost_to"] == {"para_iadesi_durumu -> iade_baslat": 1}
    assert result["lost"] == {"para_iadesi_durumu": 1} and result["gained"] == {"para_iadesi_durumu": 1}
    assert [name for name, _ in compare_predictions.moved_intents(result)] == ["iade_baslat"]


def test_the_script_prints_writes_the_numbers_and_plots(tmp_path: Path, capsys) -> None:
    def write(name: str, rows: dict[str, str]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps({"id": k, "intent": v}) + "\n" for k, v in rows.items()))
        return path

    gold = write("heldout.jsonl", {"a": "iade_baslat", "b": "kargo_takip", "c": "kargo_takip"})
    before = write("before.jsonl", {"a": "kargo_takip", "b": "kargo_takip", "c": "kargo_takip"})
    after = write("after.jsonl", {"a": "iade_baslat", "b": "kargo_takip", "c": "iade_baslat"})
    args = ["--heldout", str(gold), "--before", str(before), "--after", str(after), "--taught", "iade_baslat"]

    compare_predictions.main([*args, "--plot", str(tmp_path / "moved.png"), "--json", str(tmp_path / "out.json")])

    printed = capsys.readouterr().out
    assert "other intents                    1.000 -> 0.500  (2 tickets)" in printed
    assert "1 lost, 0 gained" in printed and "kargo_takip -> iade_baslat 1" in printed
    assert (tmp_path / "moved.png").stat().st_size > 0
    assert json.loads((tmp_path / "out.json").read_text())["others"]["lost"] == 1
    with pytest.raises(SystemExit, match="does not exist"):
        compare_predictions.main([*args[:4], "--after", str(tmp_path / "missing.jsonl")])

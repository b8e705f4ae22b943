"""serving/vault.py: clear PII values live in memory for a limited time only."""

from __future__ import annotations

import pytest

import serving.vault
from serving.vault import PiiVault


def test_values_expire_and_expired_entries_are_swept_without_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(serving.vault.time, "monotonic", lambda: clock[0])
    vault = PiiVault(ttl_s=10)
    vault.put(1, {"[ADRES]": "Moda Cad. 12"})
    assert vault.get(1) == {"[ADRES]": "Moda Cad. 12"}
    clock[0] = 111.0
    vault.put(2, {"[TELEFON]": "0532 123 45 67"})  # ticket 1 expired unread: swept here
    assert len(vault) == 1
    assert vault.get(1) == {}
    clock[0] = 122.0
    assert vault.get(2) == {} and len(vault) == 0

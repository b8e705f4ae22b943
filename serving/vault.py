"""The short-lived, in-memory store of the personal data behind a ticket's placeholders.

The contract lets a tool act on personal data the model only sees masked (a new delivery address is
`[ADRES]` to the model), but the clear value must never be written anywhere. So the values live in this
process's memory for a limited time, keyed by ticket id, and vanish on expiry or restart; a tool that needs
a value that is gone answers that it must be asked again, and the ticket goes to a human.
"""

from __future__ import annotations

import threading
import time

DEFAULT_TTL_S = 3600.0


class PiiVault:
    """Placeholder -> clear value per ticket, expiring after `ttl_s` seconds; thread-safe."""

    def __init__(self, ttl_s: float = DEFAULT_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._values: dict[int, tuple[float, dict[str, str]]] = {}
        self._lock = threading.Lock()

    def put(self, ticket_id: int, values: dict[str, str]) -> None:
        """Keep a ticket's values; every put also drops the entries that expired, read or not."""
        if not values:
            return
        with self._lock:
            now = time.monotonic()
            for expired in [key for key, (expires, _) in self._values.items() if now >= expires]:
                del self._values[expired]
            self._values[ticket_id] = (now + self.ttl_s, dict(values))

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)

    def get(self, ticket_id: int) -> dict[str, str]:
        """The values for a ticket, or {} once expired (expired entries are dropped on the way)."""
        with self._lock:
            entry = self._values.get(ticket_id)
            if entry is None:
                return {}
            expires, values = entry
            if time.monotonic() >= expires:
                del self._values[ticket_id]
                return {}
            return dict(values)

    def forget(self, ticket_id: int) -> None:
        with self._lock:
            self._values.pop(ticket_id, None)


#: The process-wide vault the ingest door fills and the bot reads.
VAULT = PiiVault()

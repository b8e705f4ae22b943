"""API keys of the HTTP API: who may send and read tickets, and how often.

Why keys with scopes: the API drafts (and may auto-resolve) tickets on behalf of a customer, so an anonymous
caller must not be able to send a "cancel my order" for anyone or read every ticket. Each integration gets
its own key; a key sees only the tickets it created, and `/metrics` has its own scope for the monitoring
system. Keys are random 256-bit secrets, so a plain SHA-256 is stored (a slow password hash buys nothing
against guessing a 43-character random string) and the key itself is shown once, at creation.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from db.models import ApiKey, utcnow

SCOPES = ("tickets:write", "tickets:read", "metrics:read")
KEY_PREFIX = "dsk_"
DEFAULT_RATE_PER_MINUTE = 120
DEFAULT_BURST = 30


class ApiKeyError(ValueError):
    """A key cannot be created or revoked as asked; the message says why."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(session: Session, name: str, scopes: Iterable[str]) -> tuple[ApiKey, str]:
    """A new key (row, secret). The secret is returned once and never stored; the caller commits."""
    name = name.strip()
    wanted = sorted({s.strip() for s in scopes if s.strip()})
    if not name:
        raise ApiKeyError("a key needs a name")
    unknown = [s for s in wanted if s not in SCOPES]
    if unknown or not wanted:
        raise ApiKeyError(f"scopes must be some of {', '.join(SCOPES)}; got {', '.join(unknown) or 'none'}")
    if session.exec(select(ApiKey).where(ApiKey.name == name)).first() is not None:
        raise ApiKeyError(f"a key named {name!r} exists already")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, key_hash=hash_key(secret), prefix=secret[:10], scopes=wanted)
    session.add(row)
    return row, secret


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(col(ApiKey.id))))


def revoke_key(session: Session, name: str) -> ApiKey:
    """Revoke a key by name; its next request is refused (the caller commits)."""
    row = session.exec(select(ApiKey).where(ApiKey.name == name)).first()
    if row is None:
        raise ApiKeyError(f"no key named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
    return row


def authenticate(session: Session, presented: str | None) -> ApiKey | None:
    """The live key matching the presented secret, or None (missing, unknown or revoked)."""
    if not presented or not presented.startswith(KEY_PREFIX) or len(presented) > 200:
        return None
    row = session.exec(select(ApiKey).where(ApiKey.key_hash == hash_key(presented))).first()
    return row if row is not None and row.revoked_at is None else None


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """A token bucket per key: `burst` requests at once, refilled at `per_minute` a minute.

    In memory and per process: each API worker limits on its own, so a deployment with N workers allows up
    to N times the rate; the point is to stop a runaway client, not to meter billing."""

    def __init__(self, per_minute: float = DEFAULT_RATE_PER_MINUTE, burst: int = DEFAULT_BURST) -> None:
        if per_minute <= 0 or burst < 1:
            raise ValueError("the rate must be positive and the burst at least 1")
        self.rate = per_minute / 60.0
        self.burst = burst
        self._buckets: dict[int, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key_id: int, now: float | None = None) -> int | None:
        """None when the request may go ahead; otherwise the whole seconds to wait (Retry-After)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            bucket = self._buckets.setdefault(key_id, _Bucket(float(self.burst), now))
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - bucket.tokens) / self.rate))

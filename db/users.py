"""Users, roles, password hashing and the audit trail.

Every page of the review app checks the signed-in user's role against `PAGE_ROLES`, and every action that
changes data is written to `AuditEvent` with who and when, so a correction can always be traced to a person.
Passwords are stored as salted scrypt hashes (standard library, memory-hard); the plain text never reaches
the database or the logs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from db.labels import ROLE_LABELS as ROLE_LABELS  # the labels live in db.labels; importable from here too
from db.models import AuditEvent, User, UserSession, aware_utc, utcnow

AGENT = "agent"
ANNOTATOR = "annotator"
ML_LEAD = "ml_lead"
ADMIN = "admin"
ROLES: tuple[str, ...] = (AGENT, ANNOTATOR, ML_LEAD, ADMIN)

# Which roles may open which page of the review app; admin may open every page.
PAGE_ROLES: dict[str, frozenset[str]] = {
    "queue": frozenset({AGENT, ADMIN}),
    "workbench": frozenset({ANNOTATOR, ADMIN}),
    "cockpit": frozenset({ML_LEAD, ADMIN}),
    "operations": frozenset({ML_LEAD, ADMIN}),  # the support lead's figures; there is no team-lead role
    "users": frozenset({ADMIN}),
}

MIN_PASSWORD_LENGTH = 8
#: Passwords people pick first; refused whatever their length (compared case-insensitively).
COMMON_PASSWORDS = frozenset(
    {
        "12345678", "123456789", "1234567890", "11111111", "00000000", "87654321", "password", "password1",
        "passw0rd", "qwerty123", "qwertyui", "asdfghjk", "iloveyou", "sifre123", "parola123", "şifre123",
        "abc12345", "abcd1234", "1q2w3e4r", "trabzonspor", "galatasaray", "fenerbahce", "besiktas",
        "destek123", "admin123", "letmein1", "welcome1",
    }
)  # fmt: skip
#: Sign-in throttling: this many failures within the window lock further attempts for the rest of it.
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 20
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
# scrypt cost: n=2**14, r=8 (16 MiB, ~50 ms here): slow enough to resist guessing, fast enough for a sign-in.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class UserError(ValueError):
    """A user could not be created or changed; the message says why and is safe to show."""


class SignInThrottled(UserError):
    """Too many failed sign-ins for this user or address recently; the message says how long to wait."""


def check_password(password: str, username: str) -> None:
    """Raise UserError unless the password is long enough, not a common one, not one repeated character or
    digits only, and does not contain the username."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            f"Parola en az {MIN_PASSWORD_LENGTH} karakter olmalı. "
            f"(The password must have at least {MIN_PASSWORD_LENGTH} characters.)"
        )
    folded = password.casefold()
    if folded in COMMON_PASSWORDS or len(set(password)) == 1 or password.isdigit():
        raise UserError(
            "Parola tahmin edilmesi çok kolay: yaygın parolalardan ve yalnız rakamlardan kaçının. "
            "(The password is too easy to guess: avoid common passwords and digits only.)"
        )
    if len(username) >= 3 and username.casefold() in folded:
        raise UserError("Parola kullanıcı adını içermemeli. (The password must not contain the username.)")


@dataclass(frozen=True)
class SignedIn:
    """The signed-in user as the app keeps it in its session: no password hash, nothing mutable."""

    id: int
    username: str
    display_name: str
    role: str
    #: `credential_stamp` at sign-in; "" for sessions made in code (tests, tools), which skip the check.
    stamp: str = ""

    def may_open(self, page: str) -> bool:
        return self.role in PAGE_ROLES.get(page, frozenset())


def hash_password(password: str) -> str:
    """A self-describing salted scrypt hash: `scrypt$n$r$p$salt$hash` (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    encode = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@cache
def _dummy_hash() -> str:
    """A real hash of a random password: checking against it when the user does not exist costs the same time
    as a wrong password, so the sign-in form does not reveal which usernames exist. Made on first use, so
    importing this module (every `destek` command does) costs nothing."""
    return hash_password(secrets.token_hex(16))


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    display_name: str | None = None,
    *,
    by: int | None = None,
) -> User:
    """Create a user; refuses an unknown role, a weak password or a username that is taken.

    `by` is the admin who does it (audited as the actor); None means the command line."""
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise UserError(
            f"Geçersiz kullanıcı adı {username!r}: 2-64 karakter; küçük harf, rakam ve . _ @ - olabilir. "
            "(Invalid username: 2-64 characters, lowercase letters, digits and . _ @ - only.)"
        )
    if role not in ROLES:
        raise UserError(f"Bilinmeyen rol {role!r}; şunlardan biri: {', '.join(ROLES)}. (Unknown role.)")
    check_password(password, username)
    if session.exec(select(User).where(User.username == username)).first() is not None:
        raise UserError(f"{username!r} kullanıcı adı alınmış. (The username is taken.)")
    user = User(
        username=username,
        display_name=(display_name or username).strip(),
        role=role,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    record(session, by, "user.created", username=username, role=role)
    return user


def set_password(session: Session, username: str, password: str, *, by: int | None = None) -> User:
    """Replace a user's password (an admin's reset, audited under `by`); the same strength rule as `add_user`."""
    user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    if user is None:
        raise UserError(f"{username!r} adında kullanıcı yok. (No such user.)")
    check_password(password, user.username)
    user.password_hash = hash_password(password)
    session.add(user)
    record(session, by, "user.password_set", username=user.username)
    return user


def set_active(session: Session, username: str, active: bool, by: int | None) -> User:
    """Disable or re-enable a user; a disabled user cannot sign in but their history stays."""
    user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    if user is None:
        raise UserError(f"{username!r} adında kullanıcı yok. (No such user.)")
    user.active = active
    session.add(user)
    record(session, by, "user.enabled" if active else "user.disabled", username=user.username)
    return user


def _recent_failures(session: Session, username: str, address: str | None) -> tuple[int, int]:
    """Failed sign-ins within the throttle window: (for this username, from this address)."""
    since = utcnow() - THROTTLE_WINDOW
    events = session.exec(
        select(AuditEvent).where(AuditEvent.action == "auth.failed", col(AuditEvent.created_at) >= since)
    ).all()
    by_user = sum((e.details or {}).get("username") == username for e in events)
    by_address = sum(address is not None and (e.details or {}).get("address") == address for e in events)
    return by_user, by_address


def credential_stamp(user: User) -> str:
    """Changes when the password is reset: a session signed in before a reset is no longer valid."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def authenticate(session: Session, username: str, password: str, *, address: str | None = None) -> SignedIn | None:
    """The user for these credentials, or None; failed, throttled and successful sign-ins are all audited.

    Raises SignInThrottled after MAX_FAILURES_PER_USER failures for the username (or MAX_FAILURES_PER_ADDRESS
    from the address) within THROTTLE_WINDOW, without checking the password."""
    name = username.strip().lower()[:64]
    by_user, by_address = _recent_failures(session, name, address)
    if by_user >= MAX_FAILURES_PER_USER or by_address >= MAX_FAILURES_PER_ADDRESS:
        record(session, None, "auth.throttled", username=name, address=address)
        minutes = int(THROTTLE_WINDOW.total_seconds() // 60)
        raise SignInThrottled(
            f"Çok fazla hatalı deneme; {minutes} dakika sonra yeniden deneyin. "
            f"(Too many failed sign-ins; try again in {minutes} minutes.)"
        )
    user = session.exec(select(User).where(User.username == name)).first()
    if user is None or not user.active:
        verify_password(password, _dummy_hash())
        record(session, None, "auth.failed", username=name, address=address)
        return None
    if not verify_password(password, user.password_hash):
        record(session, user.id, "auth.failed", username=user.username, address=address)
        return None
    record(session, user.id, "auth.signed_in", username=user.username, address=address)
    return SignedIn(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        stamp=credential_stamp(user),
    )


def still_signed_in(session: Session, signed: SignedIn) -> bool:
    """Whether a session's user may go on: still active, and the password not reset since signing in."""
    user = session.get(User, signed.id)
    return user is not None and user.active and credential_stamp(user) == signed.stamp


#: How long a review-app session lasts without signing in again: a working day and some.
SESSION_TTL = timedelta(hours=12)
_SESSION_PREFIX = "dss_"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, signed: SignedIn, ttl: timedelta = SESSION_TTL) -> str:
    """A new session token for `signed` (shown to the browser once; only its hash is stored)."""
    token = _SESSION_PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        UserSession(
            token_hash=_token_hash(token), user_id=signed.id, stamp=signed.stamp, created_at=now, expires_at=now + ttl
        )
    )
    return token


def resume_session(session: Session, token: str | None) -> SignedIn | None:
    """The user of a live session token, or None: unknown, ended, expired, the user disabled or their password
    reset since."""
    if not token or not token.startswith(_SESSION_PREFIX) or len(token) > 100:
        return None
    row = session.exec(select(UserSession).where(UserSession.token_hash == _token_hash(token))).first()
    if row is None or row.ended_at is not None or aware_utc(row.expires_at) <= utcnow():
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active or credential_stamp(user) != row.stamp:
        return None
    return SignedIn(id=user.id, username=user.username, display_name=user.display_name, role=user.role, stamp=row.stamp)


def end_session(session: Session, token: str | None) -> None:
    """Sign a token out for good (a copied address no longer works)."""
    if not token:
        return
    row = session.exec(select(UserSession).where(UserSession.token_hash == _token_hash(token))).first()
    if row is not None and row.ended_at is None:
        row.ended_at = utcnow()
        session.add(row)
        record(session, row.user_id, "auth.signed_out")


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(User.username)).all())


def record(session: Session, user_id: int | None, action: str, **details: Any) -> AuditEvent:
    """Append one audit event (who, what, when); it commits with the caller's transaction."""
    event = AuditEvent(user_id=user_id, action=action, details=details or None)
    session.add(event)
    return event


def recent_events(session: Session, limit: int = 100) -> list[tuple[AuditEvent, str | None]]:
    """The newest audit events first, each with the acting user's username (None: no user, e.g. a failed sign-in)."""
    statement = (
        select(AuditEvent, User.username)
        .join(User, col(AuditEvent.user_id) == col(User.id), isouter=True)
        .order_by(col(AuditEvent.id).desc())
        .limit(limit)
    )
    return [(event, username) for event, username in session.exec(statement).all()]

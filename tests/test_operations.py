"""The operations read model on a database seeded with known timestamps: shares, first-answer percentiles,
backlog per day, throughput per agent, costs, the intent filter, an empty database and bad cost rates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.models import AuditEvent, Correction, Draft, Ticket, User
from serving.operations import CostRates, OperationsError, operations, percentile
from serving.tools import TURKEY

#: "Now" for every test: 5 December 2026, 12:00 in Turkey (09:00 UTC); a 3-day window is 3-5 December (TRT).
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=TURKEY)
DAYS = [date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5)]
RATES = CostRates(bot_usd=0.08, human_usd=1.50)


def trt(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A December 2026 moment in Turkey's time, stored as UTC like the app stores every timestamp."""
    return datetime(2026, 12, day, hour, minute, second, tzinfo=TURKEY).astimezone(UTC)


def ticket(session: Session, key: str, created: datetime, status: str) -> Ticket:
    row = Ticket(dedupe_key=key, text=f"talep {key}", status=status, created_at=created)
    session.add(row)
    session.flush()
    return row


def draft(session: Session, t: Ticket, at: datetime, route: str, intent: str = "siparis_status") -> Draft:
    row = Draft(ticket_id=t.id, model="m", intent=intent, route=route, created_at=at)
    session.add(row)
    session.flush()
    return row


def decide(session: Session, t: Ticket, d: Draft, user: User | None, at: datetime, field: str = "approve") -> None:
    session.add(
        Correction(
            ticket_id=t.id, draft_id=d.id, field=field, after={}, user_id=user.id if user else None, role="agent",
            created_at=at,
        )
    )  # fmt: skip


def seed(engine: Engine) -> None:
    """Ten tickets over 2-5 December (TRT); the expected figures in the tests below are worked out by hand."""
    with Session(engine) as s:
        ayse = User(username="ayse", display_name="Ayşe Yılmaz", role="agent", password_hash="x")
        mehmet = User(username="mehmet", display_name="Mehmet Kaya", role="agent", password_hash="x")
        s.add(ayse)
        s.add(mehmet)
        s.flush()
        # 3 Dec: T1 auto after 30 s; T2 approved by Ayşe after 10 min; T3 arrives 23:00, approved 4 Dec 01:00.
        t1 = ticket(s, "t1", trt(3, 10), "auto_resolved")
        draft(s, t1, trt(3, 10, 0, 30), "auto")
        t2 = ticket(s, "t2", trt(3, 11), "approved")
        decide(s, t2, draft(s, t2, trt(3, 11, 0, 10), "human", "iade_baslat"), ayse, trt(3, 11, 10))
        t3 = ticket(s, "t3", trt(3, 23), "approved")
        decide(s, t3, draft(s, t3, trt(3, 23, 0, 20), "human"), ayse, trt(4, 1))
        # 2 Dec (before the window): T7, approved by Mehmet on 3 Dec 09:00, a day after it arrived.
        t7 = ticket(s, "t7", trt(2, 9), "approved")
        decide(s, t7, draft(s, t7, trt(2, 9, 0, 5), "human"), mehmet, trt(3, 9))
        # 4 Dec: T4 escalated by Mehmet (no answer); T5 auto after 60 s; T9 arrives 20:00, its intent corrected,
        # approved by Mehmet 5 Dec 10:00; T10 arrives 22:00 and still waits.
        t4 = ticket(s, "t4", trt(4, 9), "escalated")
        decide(s, t4, draft(s, t4, trt(4, 9, 0, 5), "human"), mehmet, trt(4, 9, 30), field="escalate")
        t5 = ticket(s, "t5", trt(4, 12), "auto_resolved")
        draft(s, t5, trt(4, 12, 1), "auto", "iade_baslat")
        t9 = ticket(s, "t9", trt(4, 20), "approved")
        d9 = draft(s, t9, trt(4, 20, 0, 10), "human", "siparis_status")
        s.add(Correction(ticket_id=t9.id, draft_id=d9.id, field="intent", before="siparis_status",
                         after="iade_baslat", user_id=mehmet.id, role="agent", created_at=trt(5, 9, 59)))  # fmt: skip
        decide(s, t9, d9, mehmet, trt(5, 10))
        t10 = ticket(s, "t10", trt(4, 22), "drafted")
        draft(s, t10, trt(4, 22, 0, 10), "human")
        # 5 Dec: T6 waits for a human; T8 is not drafted yet.
        t6 = ticket(s, "t6", trt(5, 8), "drafted")
        draft(s, t6, trt(5, 8, 0, 10), "human", "iade_baslat")
        ticket(s, "t8", trt(5, 11), "pending")
        # Tomorrow's ticket (a clock skew) counts nowhere.
        ticket(s, "future", trt(6, 11), "pending")
        s.commit()


def seed_today(engine: Engine) -> None:
    """An hour ago (whatever the day; a two-day window always holds it): one ticket answered by the bot after
    40 s, one approved by an agent after 20 min, one still waiting."""
    start = datetime.now(UTC) - timedelta(hours=1)
    with Session(engine) as s:
        agent = User(username="ayse", display_name="Ayşe Yılmaz", role="agent", password_hash="x")
        s.add(agent)
        s.flush()
        auto = ticket(s, "a", start, "auto_resolved")
        draft(s, auto, start + timedelta(seconds=40), "auto")
        human = ticket(s, "h", start, "approved")
        decide(s, human, draft(s, human, start + timedelta(seconds=5), "human", "iade_baslat"), agent,
               start + timedelta(minutes=20))  # fmt: skip
        waiting = ticket(s, "w", start, "drafted")
        draft(s, waiting, start + timedelta(seconds=5), "human", "iade_baslat")
        s.commit()


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed(engine)
    return engine


def test_counts_shares_and_costs(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=3, now=NOW, rates=RATES)
    assert (ops.tickets_in, ops.auto_resolved, ops.human_handled) == (9, 2, 5)
    assert (ops.approved, ops.escalated, ops.closed, ops.backlog_now) == (4, 1, 7, 2)
    assert ops.auto_share == pytest.approx(2 / 7) and ops.human_share == pytest.approx(5 / 7)
    assert ops.costs.with_bot_usd == pytest.approx(2 * 0.08 + 5 * 1.50)
    assert ops.costs.all_human_usd == pytest.approx(7 * 1.50)
    assert ops.costs.savings_usd == pytest.approx(2 * (1.50 - 0.08))
    assert ops.cost_per_ticket_bot_usd == pytest.approx(7.66 / 7)
    assert ops.cost_per_ticket_human_usd == pytest.approx(1.50)
    assert ops.start == trt(3, 0) and ops.time_zone == "TRT (UTC+3)"


def test_first_answer_percentiles_count_auto_drafts_and_approvals_not_escalations(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=3, now=NOW, rates=RATES)
    # answered in the window: 30 s, 60 s, 600 s, 7,200 s, 50,400 s (T9: 14 h) and 86,400 s (T7: a day)
    assert (ops.first_answer_p50_s, ops.first_answer_p95_s) == (600, 86_400)
    by_day = {d.day: d for d in ops.daily}
    assert (by_day[DAYS[0]].first_answer_p50_s, by_day[DAYS[0]].first_answer_p95_s) == (600, 86_400)
    assert (by_day[DAYS[1]].first_answer_p50_s, by_day[DAYS[1]].first_answer_p95_s) == (60, 7_200)
    assert by_day[DAYS[2]].first_answer_p50_s == 50_400


def test_daily_series_and_backlog_reconstructed_at_each_days_end(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=3, now=NOW, rates=RATES)
    assert [d.day for d in ops.daily] == DAYS
    assert [d.tickets_in for d in ops.daily] == [3, 4, 2]
    assert [d.auto_resolved for d in ops.daily] == [1, 1, 0]
    assert [d.human_handled for d in ops.daily] == [2, 2, 1]
    # end of 3 Dec: T3 (decided 4 Dec 01:00); end of 4 Dec: T9, T10; now on 5 Dec: T10, T6
    assert [d.backlog for d in ops.daily] == [1, 2, 2]


def test_throughput_per_agent_per_day_by_display_name(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=3, now=NOW, rates=RATES)
    rows = {(r.agent, r.day): r.handled for r in ops.agents}
    assert rows == {
        ("Ayşe Yılmaz", DAYS[0]): 1,
        ("Ayşe Yılmaz", DAYS[1]): 1,
        ("Mehmet Kaya", DAYS[0]): 1,
        ("Mehmet Kaya", DAYS[1]): 1,
        ("Mehmet Kaya", DAYS[2]): 1,
    }
    assert ops.agent_totals() == [("Mehmet Kaya", 3), ("Ayşe Yılmaz", 2)]


def test_a_shorter_window_starts_at_midnight_in_turkey(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=1, now=NOW, rates=RATES)
    assert [d.day for d in ops.daily] == [DAYS[2]]
    assert (ops.tickets_in, ops.auto_resolved, ops.human_handled, ops.backlog_now) == (2, 0, 1, 2)
    assert ops.auto_share == 0 and ops.human_share == 1


def test_the_intent_filter_uses_the_corrected_intent(seeded: Engine) -> None:
    with Session(seeded) as session:
        ops = operations(session, days=3, intent="iade_baslat", now=NOW, rates=RATES)
    # T2 (approved), T5 (auto), T9 (corrected to iade_baslat, approved), T6 (waiting)
    assert (ops.tickets_in, ops.auto_resolved, ops.human_handled, ops.backlog_now) == (4, 1, 2, 1)
    assert (ops.first_answer_p50_s, ops.first_answer_p95_s) == (600, 50_400)
    with Session(seeded) as session:
        none = operations(session, days=3, intent="fatura_ister", now=NOW, rates=RATES)
    assert none.empty and none.auto_share is None and none.first_answer_p50_s is None


def test_an_approval_without_a_correction_is_read_from_the_audit_trail(engine: Engine) -> None:
    with Session(engine) as s:
        agent = User(username="ali", display_name="Ali", role="agent", password_hash="x")
        s.add(agent)
        s.flush()
        t = ticket(s, "a", trt(5, 9), "approved")
        draft(s, t, trt(5, 9, 0, 1), "human")
        s.add(
            AuditEvent(user_id=agent.id, action="review.approved", details={"ticket_id": t.id}, created_at=trt(5, 9, 5))
        )
        s.commit()
    with Session(engine) as session:
        ops = operations(session, days=1, now=NOW, rates=RATES)
    assert ops.human_handled == 1 and ops.first_answer_p50_s == 300
    assert ops.agent_totals() == [("Ali", 1)]


def test_an_empty_database_gives_zeros_and_no_shares(engine: Engine) -> None:
    with Session(engine) as session:
        ops = operations(session, days=7, now=NOW, rates=RATES)
    assert ops.empty and len(ops.daily) == 7 and all(d.backlog == 0 for d in ops.daily)
    assert ops.auto_share is None and ops.cost_per_ticket_bot_usd is None and ops.costs.savings_usd == 0
    assert ops.agents == []


def test_rates_come_from_the_environment_with_the_customers_defaults() -> None:
    assert CostRates.from_env({}) == CostRates(0.08, 1.50)
    assert CostRates.from_env({"DESTEK_COST_BOT_USD": "0.1", "DESTEK_COST_HUMAN_USD": " 2 "}) == CostRates(0.1, 2.0)


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "1,5"])
def test_a_bad_rate_is_a_clear_error(value: str) -> None:
    with pytest.raises(OperationsError, match="DESTEK_COST_HUMAN_USD"):
        CostRates.from_env({"DESTEK_COST_HUMAN_USD": value})


def test_bad_env_rates_fail_the_report(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_COST_BOT_USD", "sekiz sent")
    with Session(engine) as session, pytest.raises(OperationsError, match="DESTEK_COST_BOT_USD='sekiz sent'"):
        operations(session, days=7, now=NOW)


@pytest.mark.parametrize("days", [0, -3, 400])
def test_the_window_must_be_sensible(engine: Engine, days: int) -> None:
    with Session(engine) as session, pytest.raises(OperationsError, match="days must be between"):
        operations(session, days=days, now=NOW, rates=RATES)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile(range(1, 101), 95) == 95 and percentile(range(1, 101), 50) == 50
    assert percentile([4, 1, 3, 2], 50) == 2 and percentile([4, 1, 3, 2], 95) == 4
    assert percentile([5, 1, 4, 2, 3], 50) == 3  # rank ceil(2.5) = 3, not a rounded 2


def test_now_defaults_to_the_clock(engine: Engine) -> None:
    with Session(engine) as session:
        ops = operations(session, days=2, rates=RATES)
    assert abs(ops.now - datetime.now(UTC)) < timedelta(minutes=1)
    assert ops.daily[-1].day == datetime.now(TURKEY).date()


def test_metrics_expose_the_figures_without_names(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from serving import api
    from serving.bot import Bot
    from serving.operations import OperationsCollector
    from tests.test_api import FakeBackend, bearer, fake_retarget, new_key

    # the API reports today (1d); two days hold the seeded hour whatever the time of day the test runs
    monkeypatch.setattr(api, "OperationsCollector", lambda engine: OperationsCollector(engine, days=2))
    seed_today(engine)
    client = TestClient(api.create_app(engine, Bot(FakeBackend()), retarget=fake_retarget))
    text = client.get("/metrics", headers=bearer(new_key(engine, "prometheus", ["metrics:read"]))).text
    assert 'destek_ops_tickets_in{window="2d"} 3.0' in text
    assert 'destek_ops_auto_resolved{window="2d"} 1.0' in text
    assert 'destek_ops_human_handled{window="2d"} 1.0' in text
    assert 'destek_ops_auto_resolved_share{window="2d"} 0.5' in text
    assert 'destek_ops_first_answer_seconds{quantile="0.5",window="2d"} 40.0' in text
    assert 'destek_ops_first_answer_seconds{quantile="0.95",window="2d"} 1200.0' in text
    assert "destek_ops_backlog 1.0" in text
    assert 'destek_ops_cost_per_ticket_usd{mode="all_human",window="2d"} 1.5' in text
    assert 'destek_ops_savings_usd{window="2d"} 1.42' in text
    assert 'destek_ops_agent_handled{agent_id="1",window="2d"} 1.0' in text
    assert "Ayşe" not in text and "talep" not in text  # no names, no ticket text
    assert "destek_http_requests_total" in text  # the existing metrics stay


def test_draft_quality_counts_validity_and_route_reasons_from_the_drafts(engine: Engine) -> None:
    with Session(engine) as s:
        t = ticket(s, "q", trt(3, 10), "drafted")
        for at, valid, route, reason in [
            (trt(3, 10, 1), True, "auto", "Otomatik yanıtlandı"),
            (trt(3, 11), True, "human", "Düşük güven: 0.41 < 0.80"),
            (trt(4, 9), True, "human", "Düşük güven: 0.52 < 0.80"),
            (trt(5, 9), False, "human", "Model yanıtı geçersiz: intent: unknown"),
            (trt(1, 9), True, "auto", "Otomatik yanıtlandı"),  # before a 3-day window
        ]:
            s.add(Draft(ticket_id=t.id, model="m", valid=valid, route=route, route_reason=reason, created_at=at))
        s.commit()
    from serving.operations import draft_quality

    with Session(engine) as session:
        window = draft_quality(session, days=3, now=NOW)
        everything = draft_quality(session)
    assert (window.drafts, window.valid, window.invalid) == (4, 3, 1)
    assert window.valid_share == 0.75 and window.auto_share == 0.25
    assert [(r.route, r.reason, r.count) for r in window.routes] == [
        ("human", "low_confidence", 2),
        ("auto", "auto", 1),
        ("human", "invalid_output", 1),
    ]
    assert window.routes[0].label == "Düşük güven"
    assert [(d.day, d.valid, d.invalid) for d in window.daily] == [(DAYS[0], 2, 0), (DAYS[1], 1, 0), (DAYS[2], 0, 1)]
    assert (everything.drafts, everything.routes[0].count) == (5, 2)
    with Session(engine) as session:
        assert draft_quality(session, days=1, now=trt(9, 12)).valid_share is None


def test_the_metrics_collector_reads_at_scrape_time_and_keeps_the_result_briefly(engine: Engine) -> None:
    from serving.operations import OperationsCollector

    clock = [100.0]
    collector = OperationsCollector(engine, days=2, ttl_s=15, clock=lambda: clock[0])

    def backlog() -> float:
        family = next(f for f in collector.collect() if f.name == "destek_ops_backlog")
        return family.samples[0].value

    assert backlog() == 0
    seed_today(engine)
    clock[0] += 10
    assert backlog() == 0  # within 15 s: the cached scrape
    clock[0] += 10
    assert backlog() == 1  # past it: read again

"""The support lead's operations view: how much the bot answers, how fast customers hear back, what waits for a
human, who handles it, and what it costs with the bot against an all-human team.

Every figure comes from serving.operations (the same numbers as `destek report` and /metrics); this script only
lays them out: one number (st.metric) and one chart per figure, days in Turkey's time.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st
from sqlmodel import Session

from app.ui.session import engine, require
from db.contract import load_contract
from serving.operations import CostRates, Operations, OperationsError, operations

PERIODS = {1: "Bugün (today)", 7: "Son 7 gün (7 days)", 14: "Son 14 gün (14 days)", 30: "Son 30 gün (30 days)",
           90: "Son 90 gün (90 days)"}  # fmt: skip
ALL_INTENTS = ""
#: Integer ticks for every count axis: no 0.2 steps between tickets.
COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)
DAY_AXIS = alt.Axis(format="%d.%m", labelAngle=0, tickCount="day")

require("operations")
contract = load_contract()
labels = {intent.id: intent.label for intent in contract.intents}


def minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 60:
        return f"{seconds:.0f} sn"
    if seconds < 3600:
        return f"{seconds / 60:.1f} dk"
    return f"{seconds / 3600:.1f} sa"


def share(value: float | None) -> str:
    return "–" if value is None else f"%{value * 100:.1f}"


def usd(value: float | None) -> str:
    return "–" if value is None else f"${value:,.2f}"


def daily_frame(ops: Operations) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "gün": pd.Timestamp(d.day),
                "gelen": d.tickets_in,
                "otomatik": d.auto_resolved,
                "insan": d.human_handled,
                "bekleyen": d.backlog,
                "P50 (dk)": None if d.first_answer_p50_s is None else d.first_answer_p50_s / 60,
                "P95 (dk)": None if d.first_answer_p95_s is None else d.first_answer_p95_s / 60,
            }
            for d in ops.daily
        ]
    )


def volume_chart(daily: pd.DataFrame) -> alt.Chart:
    names = {"gelen": "Gelen (in)", "otomatik": "Otomatik (auto)", "insan": "İnsan (human)"}
    long = daily.melt(id_vars="gün", value_vars=list(names), var_name="tür", value_name="bilet")
    long["tür"] = long["tür"].map(names)
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("gün:T", title="Gün (day)", axis=DAY_AXIS),
            xOffset=alt.XOffset("tür:N", sort=list(names.values())),
            y=alt.Y("bilet:Q", title="Bilet sayısı (tickets)", axis=COUNT_AXIS),
            color=alt.Color("tür:N", title="Tür (kind)", sort=list(names.values())),
            tooltip=[alt.Tooltip("gün:T", format="%d.%m.%Y"), "tür:N", "bilet:Q"],
        )
        .properties(height=260)
    )


def backlog_chart(daily: pd.DataFrame) -> alt.Chart:
    return (
        alt.Chart(daily)
        .mark_line(point=True)
        .encode(
            x=alt.X("gün:T", title="Gün (day)", axis=DAY_AXIS),
            y=alt.Y("bekleyen:Q", title="Gün sonu bekleyen (end-of-day backlog)", axis=COUNT_AXIS),
            tooltip=[alt.Tooltip("gün:T", format="%d.%m.%Y"), "bekleyen:Q"],
        )
        .properties(height=260)
    )


def first_answer_chart(daily: pd.DataFrame) -> alt.Chart:
    long = daily.melt(id_vars="gün", value_vars=["P50 (dk)", "P95 (dk)"], var_name="yüzdelik", value_name="dakika")
    return (
        alt.Chart(long.dropna())
        .mark_line(point=True)
        .encode(
            x=alt.X("gün:T", title="Gün (day)", axis=DAY_AXIS),
            y=alt.Y("dakika:Q", title="İlk yanıt süresi, dakika (time to first answer, min)"),
            color=alt.Color("yüzdelik:N", title="Yüzdelik (percentile)"),
            tooltip=[alt.Tooltip("gün:T", format="%d.%m.%Y"), "yüzdelik:N", alt.Tooltip("dakika:Q", format=".1f")],
        )
        .properties(height=260)
    )


def agents_chart(ops: Operations) -> alt.Chart:
    frame = pd.DataFrame([{"temsilci": r.agent, "gün": pd.Timestamp(r.day), "bilet": r.handled} for r in ops.agents])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("sum(bilet):Q", title="Ele alınan bilet (tickets handled)", axis=COUNT_AXIS),
            y=alt.Y("temsilci:N", title="Temsilci (agent)", sort="-x"),
            color=alt.Color("gün:O", title="Gün (day)", timeUnit="yearmonthdate"),
            tooltip=["temsilci:N", alt.Tooltip("gün:T", format="%d.%m.%Y"), "bilet:Q"],
        )
        .properties(height=max(120, 40 * frame["temsilci"].nunique()))
    )


def share_chart(ops: Operations) -> alt.Chart:
    frame = pd.DataFrame({"tür": ["Otomatik (auto)", "İnsan (human)"], "bilet": [ops.auto_resolved, ops.human_handled]})
    return (
        alt.Chart(frame)
        .mark_arc(innerRadius=50)
        .encode(
            theta=alt.Theta("bilet:Q"),
            color=alt.Color("tür:N", title="Kapanan bilet (closed tickets)"),
            tooltip=["tür:N", "bilet:Q"],
        )
        .properties(height=220)
    )


def cost_chart(ops: Operations) -> alt.Chart:
    frame = pd.DataFrame(
        {
            "senaryo": ["Botla (with the bot)", "Tamamen insan (all-human)"],
            "dolar": [ops.costs.with_bot_usd, ops.costs.all_human_usd],
        }
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("dolar:Q", title="Toplam maliyet, $ (total cost, USD)"),
            y=alt.Y("senaryo:N", title="Senaryo (scenario)"),
            tooltip=["senaryo:N", alt.Tooltip("dolar:Q", format="$,.2f")],
        )
        .properties(height=120)
    )


st.title("Operasyon (operations)")
left, right = st.columns(2)
days = left.radio("Dönem (period)", list(PERIODS), index=1, format_func=PERIODS.get, horizontal=True)
intent = right.selectbox(
    "Niyet (intent)",
    [ALL_INTENTS, *labels],
    format_func=lambda i: "Tümü (all intents)" if i == ALL_INTENTS else f"{labels[i]} · {i}",
)
try:
    rates = CostRates.from_env()
    with Session(engine()) as session:
        ops = operations(session, days=days, intent=intent or None, rates=rates)
except OperationsError as exc:
    st.error(f"Maliyet ayarı hatalı (bad cost setting): {exc}")
    st.stop()

st.caption(
    f"Günler Türkiye saatine göre (days in {ops.time_zone}); {ops.start.astimezone(ops.now.tzinfo):%d.%m.%Y} – "
    f"bugün (today). Paylar ve maliyet dönemde kapanan biletler üzerinden (shares and costs are over the tickets "
    f"closed in the period). Bot ${rates.bot_usd:g} / insan ${rates.human_usd:g} bilet başı (per ticket; "
    f"DESTEK_COST_BOT_USD, DESTEK_COST_HUMAN_USD)."
)
if ops.empty:
    scope = f" «{labels[intent]}» niyetinde (for this intent)" if intent else ""
    st.info(
        f"Bu dönemde{scope} bilet yok (no tickets in this period). Biletler API'den (`destek serve`), "
        "`destek data import` ile veya `destek demo` ile gelir; bot onları taslaklar (`destek draft`), "
        "temsilciler inceleme kuyruğunda onaylar ya da yükseltir. Rakamlar bunlarla dolar. "
        "(Tickets arrive through the API, an import or the demo; the bot drafts them and agents approve or "
        "escalate them in the review queue: that fills these figures.)"
    )
    st.stop()

daily = daily_frame(ops)
st.subheader("Hacim ve paylar (volume and shares)")
columns = st.columns(4)
columns[0].metric("Gelen bilet (tickets in)", ops.tickets_in)
columns[1].metric("Otomatik çözülen (auto-resolved)", ops.auto_resolved, share(ops.auto_share), delta_color="off")
columns[2].metric(
    "İnsanın ele aldığı (human-handled)",
    ops.human_handled,
    share(ops.human_share),
    delta_color="off",
    help=f"{ops.approved} onaylandı (approved), {ops.escalated} yükseltildi (escalated)",
)
columns[3].metric(
    "Bekleyen şu an (backlog now)", ops.backlog_now, help="Temsilci bekleyen taslaklar (awaiting a human)"
)
chart, donut = st.columns([3, 1])
chart.altair_chart(volume_chart(daily), width="stretch")
if ops.closed:
    donut.altair_chart(share_chart(ops), width="stretch")

st.subheader("İlk yanıt süresi (time to first answer)")
columns = st.columns(2)
columns[0].metric("P50", minutes(ops.first_answer_p50_s))
columns[1].metric("P95", minutes(ops.first_answer_p95_s))
st.caption(
    "Biletin gelişinden ilk yanıta: botun otomatik taslağı ya da temsilcinin onayı; yükseltilenler sayılmaz. "
    "(From arrival to the first answer: the bot's auto draft or the agent's approval; escalations do not count.)"
)
if daily[["P50 (dk)", "P95 (dk)"]].notna().any().any():
    st.altair_chart(first_answer_chart(daily), width="stretch")

st.subheader("Bekleyen iş (backlog)")
st.altair_chart(backlog_chart(daily), width="stretch")

st.subheader("Temsilci verimi (agent throughput)")
if ops.agents:
    st.altair_chart(agents_chart(ops), width="stretch")
    st.dataframe(
        pd.DataFrame(
            [
                {"Temsilci (agent)": name, "Bilet (handled)": n, "Günlük (per day)": round(n / ops.days, 1)}
                for name, n in ops.agent_totals()
            ]
        ),
        hide_index=True,
    )
else:
    st.caption("Bu dönemde temsilci kararı yok (no agent decisions in this period).")

st.subheader("Maliyet (cost)")
columns = st.columns(3)
columns[0].metric("Bilet başı, botla (per ticket, with the bot)", usd(ops.cost_per_ticket_bot_usd))
columns[1].metric("Bilet başı, tamamen insan (per ticket, all-human)", usd(ops.cost_per_ticket_human_usd))
columns[2].metric("Tasarruf (savings)", usd(ops.costs.savings_usd))
if ops.closed:
    st.altair_chart(cost_chart(ops), width="stretch")

"""The bot: a masked ticket in, a complete draft out (intent, entities, tool calls and results, reply, route).

    text ─► prompt ─► score 44 intents (one pass: confidence) ─► generate entity lines ─► validate spans
         ─► tool calls from the contract ─► run them as the customer (dry run: nothing changes until a
            human approves or the ticket is auto-resolved) ─► grounded reply ─► route

Every failure along the way (a model that is down, an unparseable answer, a tool that refuses) ends in a
draft routed to a human with the reason; the pipeline never raises on bad input.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlmodel import Session

from db.contract import Contract, load_contract
from db.models import DRAFT_CONTENT_FIELDS
from serving.calibration import Calibration
from serving.extract import KnownFacts, extract, known_facts, merge
from serving.grounding import ungrounded_facts
from serving.intent_classifier import IntentClassifier
from serving.llm import LLMBackend, LLMError
from serving.output import Entity, parse_entities
from serving.prompt import (
    NO_ENTITIES,
    PATTERN_ENTITY_TYPES,
    intent_choice,
    intent_continuation,
    ticket_prompt,
)
from serving.replies import Reply, compose_reply
from serving.routing import DEFAULT_THRESHOLD, RouteDecision, decide_route, unmet_auto_condition
from serving.toolcalls import plan_tool_calls
from serving.tools import ToolContext, call_tool

MAX_ENTITY_TOKENS = 32
#: An answer ends at a blank line, or where a model without an adapter starts another prompt section.
STOP = ("\n\n", "\nNiyet:", "\nMesaj:")
TOP_ALTERNATIVES = 5


@dataclass
class Prediction:
    """What the model said about a ticket, validated: the part of a draft that training learns."""

    prompt: str
    intent: str | None
    confidence: float
    intent_probs: dict[str, float]
    entities: list[Entity]
    raw_output: str
    problems: list[str] = field(default_factory=list)

    def top_intents(self, k: int = TOP_ALTERNATIVES) -> list[tuple[str, float]]:
        return sorted(self.intent_probs.items(), key=lambda item: item[1], reverse=True)[:k]


@dataclass
class DraftResult:
    """A whole draft, ready to store as a db.Draft row."""

    prediction: Prediction
    tool_calls: list[dict[str, Any]]
    tool_results: list[dict[str, Any]]
    reply: str
    reply_source: str
    route: RouteDecision
    latency_s: float
    model: str
    adapter: str | None

    def as_row(self) -> dict[str, Any]:
        """Column values for db.Draft (ticket_id added by the caller): one per db.models.DRAFT_CONTENT_FIELDS.

        A column is one of the values worked out below, else this result's attribute of the same name, else
        the prediction's; a new Draft column needs only an attribute of its name here or on Prediction."""
        p = self.prediction
        worked_out: dict[str, Any] = {
            "valid": not p.problems,
            "error": "; ".join(p.problems) or None,
            "entities": [e.to_dict() for e in p.entities],
            "route": self.route.route,
            "route_reason": self.route.label,
        }
        row: dict[str, Any] = {}
        for name in DRAFT_CONTENT_FIELDS:
            if name in worked_out:
                row[name] = worked_out[name]
            elif name in DRAFT_RESULT_FIELDS:
                row[name] = getattr(self, name)
            elif name in PREDICTION_FIELDS:
                row[name] = getattr(p, name)
            else:
                raise AttributeError(f"a draft has no value for the Draft column {name!r}")
        return row


DRAFT_RESULT_FIELDS = frozenset(f.name for f in fields(DraftResult))
PREDICTION_FIELDS = frozenset(f.name for f in fields(Prediction))


class Bot:
    """Drafts tickets with one LLM backend; stateless apart from its settings, so workers can share it.

    `classifier` is the second opinion on the intent (n-grams and a sentence embedding) and `calibration`
    pools it with the model's scores (serving/calibration.py); both ship beside the adapter they were fitted with.
    """

    def __init__(
        self,
        backend: LLMBackend,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        classifier: IntentClassifier | None = None,
        calibration: Calibration | None = None,
        contract: Contract | None = None,
    ) -> None:
        self.backend = backend
        self.threshold = threshold
        self.classifier = classifier
        self.calibration = calibration or Calibration()
        self.contract = contract or load_contract()
        if classifier is not None and classifier.classes != self.contract.intent_ids:
            raise ValueError("the intent classifier was trained on other intents than the contract's")

    def intent_scores(self, masked_text: str) -> list[float]:
        """The model's raw score of every contract intent for a ticket (raises LLMError when it is down)."""
        prompt = ticket_prompt(masked_text)
        return self.backend.score(prompt, [intent_choice(i) for i in self.contract.intent_ids])

    def intent_distribution(self, masked_text: str, scores: list[float]) -> list[float]:
        """The calibrated probability of each contract intent, from the model's scores and the classifier."""
        ngram = self.classifier.log_proba([masked_text]) if self.classifier is not None else None
        return self.calibration.combine(np.asarray(scores, dtype=np.float64), ngram)[0].tolist()

    def answer_vocabulary(self, masked_text: str) -> list[str]:
        """What an answer may be written with: entity values are copied from the ticket, line starts are
        the entity types the model writes, and '-' says there are none (constrained decoding where offered)."""
        model_types = (t for t in self.contract.entity_type_ids if t not in PATTERN_ENTITY_TYPES)
        return [masked_text, NO_ENTITIES, *(f"{t}: " for t in model_types)]

    def predict(self, masked_text: str, known: KnownFacts | None = None) -> Prediction:
        """Intent distribution and entities for a masked ticket; model failures become problems.

        The entities are the model's (product, size, return reason) merged with the pattern candidates
        (serving/extract.py), checked against `known`, the customer's own orders and shipments."""
        facts = known or KnownFacts()
        candidates = extract(masked_text, facts)
        prompt = ticket_prompt(masked_text)
        intent_ids = self.contract.intent_ids
        try:
            scores = self.intent_scores(masked_text)
        except LLMError as exc:
            return Prediction(prompt, None, 0.0, {}, candidates, "", [f"model unavailable: {exc}"])
        probs = self.intent_distribution(masked_text, scores)
        best = max(range(len(intent_ids)), key=probs.__getitem__)
        intent = intent_ids[best]
        candidates = extract(masked_text, facts, intent)
        intent_probs = {i: round(p, 6) for i, p in zip(intent_ids, probs, strict=True)}
        try:
            raw = self.backend.generate(
                prompt + intent_continuation(intent),
                max_new_tokens=MAX_ENTITY_TOKENS,
                stop=STOP,
                vocabulary=self.answer_vocabulary(masked_text),
            )
        except LLMError as exc:
            return Prediction(prompt, intent, probs[best], intent_probs, candidates, "", [f"model unavailable: {exc}"])
        parsed = parse_entities(raw, masked_text, self.contract)
        return Prediction(
            prompt,
            intent,
            probs[best],
            intent_probs,
            merge(parsed.entities, candidates, catalogue=facts.product_mentions),
            intent_continuation(intent) + raw,
            parsed.problems,
        )

    def reply_and_route(
        self,
        intent_id: str | None,
        confidence: float,
        tool_results: list[dict[str, Any]],
        masked_text: str,
        *,
        problems: list[str],
        missing: str | None,
    ) -> tuple[Reply, RouteDecision]:
        """After the tools ran: the reply composed from their results, checked to be grounded in them and the
        ticket, and the draft's route. The bot's dry run and the real run of an auto-resolved draft
        (serving/drafting.py) both end here."""
        reply = compose_reply(intent_id, tool_results, missing)
        ungrounded = ungrounded_facts(reply.text, [*tool_results, masked_text])
        intent = self.contract.intent(intent_id) if intent_id else None
        route = decide_route(
            intent,
            confidence,
            self.threshold,
            problems=problems,
            tool_results=tool_results,
            missing=missing,
            grounded=not ungrounded,
            unmet_condition=unmet_auto_condition(intent, masked_text, self.contract.programmes),
        )
        return reply, route

    def draft(
        self,
        session: Session,
        masked_text: str,
        customer_id: int | None,
        *,
        pii_values: dict[str, str] | None = None,
        now: datetime | None = None,
    ) -> DraftResult:
        """The full pipeline for one ticket; tools run as `customer_id` without changing anything."""
        started = time.perf_counter()
        prediction = self.predict(masked_text, known_facts(session, customer_id))
        tool_calls: list[dict[str, Any]] = []
        tool_results: list[dict[str, Any]] = []
        missing = None
        if prediction.intent is not None:
            plan = plan_tool_calls(prediction.intent, prediction.entities, masked_text, self.contract)
            tool_calls, missing = plan.calls, plan.missing
        if tool_calls and not prediction.problems:  # an invalid answer is shown to the agent, never executed
            context = ToolContext(
                session=session,
                customer_id=customer_id,
                now=now or datetime.now(UTC),
                pii_values=pii_values or {},
                commit=False,
            )
            tool_results = [call_tool(context, c["name"], c["arguments"]).to_dict() for c in tool_calls]
        reply, route = self.reply_and_route(
            prediction.intent,
            prediction.confidence,
            tool_results,
            masked_text,
            problems=prediction.problems,
            missing=missing,
        )
        return DraftResult(
            prediction=prediction,
            tool_calls=tool_calls,
            tool_results=tool_results,
            reply=reply.text,
            reply_source=reply.source,
            route=route,
            latency_s=time.perf_counter() - started,
            model=self.backend.model_name,
            adapter=self.backend.adapter_name,
        )

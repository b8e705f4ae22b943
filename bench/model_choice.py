"""Which embedded model, and which decoding scheme, can answer a ticket within P95 < 3 s on a 2-core CPU?

Measures, for each embedded model (serving.embedded.EMBEDDED_MODELS), on this machine:

- conversion time GGUF -> HF folder (read from the cache's conversion record, or converted now), and the
  load time of the cached folder;
- tokens per Turkish ticket (30 realistic tickets below, with typos and missing Turkish letters) and
  tokens of the target output in verbose JSON vs a compact line;
- prompt prefill with a fixed ~150-token system prefix: the whole prompt vs the prefix's KV cache reused
  (a copy of a DynamicCache computed once at start-up), per ticket;
- greedy decoding speed (tokens/s) for a short compact output;
- intent scoring: all 44 intent ids as continuations of the prompt, scored by summed token
  log-probabilities in ONE batched forward pass over the prompt's cache, softmax over the 44 sums;
- a simulated end-to-end draft (cached prefix + scored intent + 16 generated tokens), P50/P95;
- 1 vs 2 torch threads, and the allocator (glibc vs jemalloc via LD_PRELOAD, in a child process).

Usage:  python bench/model_choice.py [--models gemma3-270m smollm2-135m] [--sample 10] [--e2e 30] [--json out.json]

The CPU may be shared: the load average is printed with the results, and timings are medians.
Results of the run on the 2-core dev box (AMD EPYC, AVX2/FMA, no AVX-512/bf16) are in the lead's notes.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch
from transformers import DynamicCache

from serving.embedded import (
    EMBEDDED_MODELS,
    configure_torch_threads,
    ensure_hf_model,
    load_model_and_tokenizer,
    model_metadata,
)

# The 44 intent ids of /work/shared/CONTRACT.md (hardcoded so the bench runs without the project's loader).
INTENTS = [
    "siparis_status", "siparis_iptal", "siparis_adres_degistir", "siparis_gecmisi", "siparis_verilemiyor",
    "eksik_urun", "yanlis_urun", "hasarli_urun", "kargo_takip", "kargo_gecikme", "teslim_edildi_gorunuyor",
    "teslimat_suresi", "kargo_ucreti", "iade_baslat", "iade_durumu", "iade_kargo_kodu", "iade_kosullari",
    "degisim_talebi", "para_iadesi_durumu", "odeme_problemi", "cift_cekim", "taksit_secenekleri", "kapida_odeme",
    "fatura_ister", "fatura_bilgisi_degistir", "urun_bilgi", "stok_sor", "fiyat_sor", "beden_danisma",
    "garanti_servis", "satici_iletisim", "kupon_kullanim", "kampanya_sor", "fiyat_dususu", "uyelik_problem",
    "sifre_unuttum", "hesap_silme", "iletisim_bilgisi_guncelle", "premium_uyelik", "insan_temsilci", "sikayet",
    "tesekkur", "selamlama", "kapsam_disi",
]  # fmt: skip
assert len(INTENTS) == 44 and len(set(INTENTS)) == 44

# (ticket, gold intent, gold entities) -- PII already masked, as the model sees it.
TICKETS: list[tuple[str, str, dict[str, str]]] = [
    ("Merhaba, 4815162342 nolu siparişim nerede kaldı?", "siparis_status", {"order_number": "4815162342"}),
    ("iade etmek istiyorum beden küçük geldi", "iade_baslat", {"return_reason": "beden küçük geldi"}),
    ("siparisim 3 gundur kargoya verilmedi neden??", "siparis_status", {"date": "3 gundur"}),
    ("Aras kargo takip no 7281933001245 hala hareket yok", "kargo_takip",
     {"cargo_company": "Aras", "tracking_number": "7281933001245"}),
    ("sipariş no 90817263544 iptal etmek istiyorum yanlışlıkla verdim", "siparis_iptal",
     {"order_number": "90817263544"}),
    ("Kargo teslim edildi diyor ama bana hicbir sey gelmedi!!", "teslim_edildi_gorunuyor", {}),
    ("paketi actim kulaklik yok icinde sadece kutu var. siparis 55512340987", "eksik_urun",
     {"order_number": "55512340987", "product": "kulaklik"}),
    ("siyah deri ceket siparis ettim kahverengi geldi", "yanlis_urun", {"product": "siyah deri ceket"}),
    ("Telefon kılıfı kırık geldi, ekranda çizik var", "hasarli_urun", {"product": "Telefon kılıfı"}),
    ("kartımdan iki kere çekim yapılmış 249,90 TL", "cift_cekim", {"amount": "249,90 TL"}),
    ("INDIRIM50 kodu sepette gecmiyor", "kupon_kullanim", {"coupon_code": "INDIRIM50"}),
    ("iPhone 15 kılıf stokta ne zaman olur", "stok_sor", {"product": "iPhone 15 kılıf"}),
    ("42 numara mı alayım 43 mü, kalıbı dar mı?", "beden_danisma", {"size": "42"}),
    ("iadem ne durumda, 12 Kasım'da kargoya verdim", "iade_durumu", {"date": "12 Kasım"}),
    ("iade kargo kodu gelmedi nasıl gönderecem", "iade_kargo_kodu", {}),
    ("param ne zaman hesabıma yatar iade onaylandı diyor 1.249,90 TL", "para_iadesi_durumu",
     {"amount": "1.249,90 TL"}),
    ("M beden yerine L ile degistirmek istiyorum", "degisim_talebi", {"size": "L"}),
    ("faturamı gönderir misiniz sipariş 7001234567", "fatura_ister", {"order_number": "7001234567"}),
    ("kurumsal fatura istiyorum vergi no eklemem lazım", "fatura_bilgisi_degistir", {}),
    ("sifremi unuttum giris yapamiyorum", "sifre_unuttum", {}),
    ("hesabımı silmek istiyorum KVKK kapsamında verilerim silinsin", "hesap_silme", {}),
    ("ödeme yaparken kart reddedildi hatası alıyorum", "odeme_problemi", {}),
    ("9 taksit yapan banka var mı 3500 TL lik ürün için", "taksit_secenekleri", {"amount": "3500 TL"}),
    ("kapıda ödeme var mı", "kapida_odeme", {}),
    ("aldığım gün fiyat düştü farkı iade eder misiniz", "fiyat_dususu", {"date": "aldığım gün"}),
    ("bir temsilciyle görüşmek istiyorum lütfen", "insan_temsilci", {}),
    ("rezalet bir hizmet, bir daha asla alışveriş yapmam", "sikayet", {}),
    ("tamamdır teşekkürler iyi günler", "tesekkur", {}),
    ("merhaba", "selamlama", {}),
    ("yarın hava yağmurlu olacak mı", "kapsam_disi", {}),
]  # fmt: skip

# A fixed system prefix of about 150 tokens (Gemma: ~150, SmolLM2: ~240): the instructions every ticket shares.
SYSTEM = (
    "Sen bir Türk e-ticaret sitesinin müşteri destek asistanısın. Müşterinin mesajından niyeti (intent) ve "
    "varlıkları (order_number, product, cargo_company, tracking_number, return_reason, coupon_code, amount, date, "
    "invoice_number, size) çıkar. Kişisel veriler maskelenmiştir. Sipariş numarası 8-11 haneli bir sayıdır; "
    "gerekiyorsa ve mesajda yoksa araç çağırma, numarayı iste. Emin değilsen insan_temsilci seç. "
    'Cevabın tek satırlık JSON olsun: {"intent": "...", "entities": {...}}. Uydurma bilgi verme.'
)
PROMPT_TAIL = '{"intent": "'  # the assistant's answer starts here; intents are scored as its continuation


def verbose_output(intent: str, entities: dict[str, str]) -> str:
    return json.dumps({"intent": intent, "entities": entities}, ensure_ascii=False)


def compact_output(intent: str, entities: dict[str, str]) -> str:
    return " ".join([intent, *(f"{k}={v}" for k, v in entities.items())])


CLOCK: Callable[[], float] = time.perf_counter  # --clock cpu switches to this process's CPU time


def now() -> float:
    return CLOCK()


def timed(fn: Callable[[], object], repeats: int = 1) -> float:
    """Median wall seconds of ``fn`` over ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        start = now()
        fn()
        times.append(now() - start)
    return statistics.median(times)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Prompter:
    """Tokenizes prompts as prefix ids + ticket ids, so the prefix's KV cache can be reused verbatim."""

    def __init__(self, tokenizer) -> None:
        self.tok = tokenizer
        marker = "\x00TICKET\x00"
        rendered = tokenizer.apply_chat_template(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": marker}],
            tokenize=False,
            add_generation_prompt=True,
        )
        head, tail = rendered.split(marker)
        self.head_text, self.tail_text = head, tail + PROMPT_TAIL
        self.prefix_ids = self.encode(head)

    def encode(self, text: str) -> list[int]:
        return self.tok(text, add_special_tokens=False)["input_ids"]

    def ticket_ids(self, ticket: str) -> list[int]:
        return self.encode(ticket + self.tail_text)

    def full_ids(self, ticket: str) -> torch.Tensor:
        return torch.tensor([self.prefix_ids + self.ticket_ids(ticket)])


@torch.inference_mode()
def prefix_cache(model, prompter: Prompter) -> DynamicCache:
    """The KV cache of the fixed prefix, computed once at start-up and copied for every ticket."""
    cache = DynamicCache(config=model.config)
    model(input_ids=torch.tensor([prompter.prefix_ids]), cache=cache, use_cache=True, logits_to_keep=1)
    return cache


@torch.inference_mode()
def prefill_full(model, prompter: Prompter, ticket: str):
    """The whole prompt, no reuse. logits_to_keep=1: Gemma's 262k-token head on every position costs more
    than the transformer body."""
    return model(input_ids=prompter.full_ids(ticket), use_cache=True, logits_to_keep=1)


@torch.inference_mode()
def prefill_cached(model, prompter: Prompter, cache: DynamicCache, ticket: str):
    """Forward only the ticket's tokens over a copy of the prefix cache (the copy is part of the cost)."""
    past = copy.deepcopy(cache)
    ids = torch.tensor([prompter.ticket_ids(ticket)])
    n_past = len(prompter.prefix_ids)
    positions = torch.arange(n_past, n_past + ids.shape[1]).unsqueeze(0)
    return model(input_ids=ids, cache=past, use_cache=True, position_ids=positions, logits_to_keep=1)


def head_log_probs(model, hidden: torch.Tensor) -> torch.Tensor:
    """log_softmax of the LM head on selected hidden states only (the full vocabulary is needed to normalise)."""
    logits = model.get_output_embeddings()(hidden).float()
    cap = getattr(model.config, "final_logit_softcapping", None)
    if cap:
        logits = torch.tanh(logits / cap) * cap
    return torch.log_softmax(logits, -1)


class IntentScorer:
    """Two ways to turn the prompt into a distribution over the 44 intent ids (each followed by the quote).

    ``score_sum`` (label log-likelihood): every label as a continuation, all 44 in ONE batched forward over
    the prompt's cache; softmax over the 44 sums of token log-probs. Exact P(label | label in set), but the
    batch is 44 x (longest label) tokens and every position needs the full-vocabulary head.

    ``score_trie`` (constrained decoding, exhaustively): the labels' token trie; only the nodes where labels
    branch need a distribution, renormalised over the allowed next tokens; a label's probability is the
    product along its path. Tokens after the branch point are forced (probability 1), so one tiny batched
    forward (one row per branching node, <= 4 tokens) suffices. Equals the sum method when the model puts
    its mass on the labels, which is what fine-tuning does.
    """

    def __init__(self, tokenizer, prompter: Prompter) -> None:
        self.labels = [prompter.encode(intent + '"') for intent in INTENTS]
        self.max_len = max(len(ids) for ids in self.labels)
        pad = tokenizer.pad_token_id
        self.ids = torch.tensor([ids + [pad] * (self.max_len - len(ids)) for ids in self.labels])
        # For the sum method: which (row, position) hidden states predict a label token, deduplicated by prefix.
        seen: dict[tuple[int, ...], int] = {}
        self.sum_rows, self.sum_cols, self.sum_index = [], [], []  # hidden state to use for each label token
        for row, ids in enumerate(self.labels):
            for k in range(1, len(ids)):
                key = tuple(ids[:k])
                if key not in seen:
                    seen[key] = len(self.sum_rows)
                    self.sum_rows.append(row)
                    self.sum_cols.append(k - 1)
                self.sum_index.append((row, k, seen[key]))
        # For the trie method: branching nodes and their allowed next tokens.
        children: dict[tuple[int, ...], list[int]] = {}
        for ids in self.labels:
            for k in range(len(ids)):
                nxt = children.setdefault(tuple(ids[:k]), [])
                if ids[k] not in nxt:
                    nxt.append(ids[k])
        self.branches = {node: nxt for node, nxt in children.items() if len(nxt) > 1}
        self.branch_nodes = sorted(node for node in self.branches if node)  # the root uses the prompt's logits
        depth = max((len(n) for n in self.branch_nodes), default=1)
        self.trie_ids = torch.tensor([list(n) + [pad] * (depth - len(n)) for n in self.branch_nodes] or [[pad]])
        self.trie_last = [len(n) - 1 for n in self.branch_nodes]

    @staticmethod
    def _expanded(cache: DynamicCache, n: int) -> DynamicCache:
        past = copy.deepcopy(cache)
        past.batch_repeat_interleave(n)
        return past

    @torch.inference_mode()
    def score_sum(self, model, prompt_out, n_prompt: int) -> torch.Tensor:
        """Right padding needs no attention mask: pads come after every real token and attention is causal."""
        n = len(self.labels)
        positions = torch.arange(n_prompt, n_prompt + self.max_len).unsqueeze(0).expand(n, -1)
        body = model.get_decoder()
        hidden = body(
            input_ids=self.ids, cache=self._expanded(prompt_out.cache, n), position_ids=positions, use_cache=True
        ).last_hidden_state
        logp = head_log_probs(model, hidden[self.sum_rows, self.sum_cols])  # (unique prefixes, vocab)
        first = torch.log_softmax(prompt_out.logits[0, -1].float(), -1)[self.ids[:, 0]]
        sums = first.clone()
        for row, k, idx in self.sum_index:
            sums[row] += logp[idx, self.labels[row][k]]
        return torch.softmax(sums, -1)

    @torch.inference_mode()
    def score_trie(self, model, prompt_out, n_prompt: int) -> torch.Tensor:
        dists: dict[tuple[int, ...], torch.Tensor] = {}
        root = self.branches[()]
        dists[()] = torch.softmax(prompt_out.logits[0, -1].float()[root], -1)
        if self.branch_nodes:
            n, depth = self.trie_ids.shape
            positions = torch.arange(n_prompt, n_prompt + depth).unsqueeze(0).expand(n, -1)
            hidden = model.get_decoder()(
                input_ids=self.trie_ids,
                cache=self._expanded(prompt_out.cache, n),
                position_ids=positions,
                use_cache=True,
            ).last_hidden_state[torch.arange(n), self.trie_last]
            # Renormalising over the allowed tokens needs only their rows of the head, not the whole vocabulary.
            weight = model.get_output_embeddings().weight
            cap = getattr(model.config, "final_logit_softcapping", None)
            for i, node in enumerate(self.branch_nodes):
                logits = (weight[self.branches[node]] @ hidden[i]).float()
                if cap:
                    logits = torch.tanh(logits / cap) * cap
                dists[node] = torch.softmax(logits, -1)
        probs = torch.ones(len(self.labels))
        for row, ids in enumerate(self.labels):
            for k in range(len(ids)):
                node = tuple(ids[:k])
                if node in dists:
                    probs[row] *= dists[node][self.branches[node].index(ids[k])]
        return probs


@torch.inference_mode()
def generate(model, ids: torch.Tensor, cache: DynamicCache, n_new: int) -> torch.Tensor:
    """Greedy, exactly n_new tokens, reusing ``cache`` for the ids it already covers."""
    return model.generate(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        cache=cache,
        max_new_tokens=n_new,
        min_new_tokens=n_new,
        do_sample=False,
    )


def decode_speed(model, prompter: Prompter, cache: DynamicCache, ticket: str, n_new: int) -> tuple[float, float]:
    """(seconds to generate 1 token, seconds for n_new tokens), greedy, prefix cache reused."""
    ids = prompter.full_ids(ticket)
    one = timed(lambda: generate(model, ids, copy.deepcopy(cache), 1))
    many = timed(lambda: generate(model, ids, copy.deepcopy(cache), n_new))
    return one, many


@torch.inference_mode()
def draft(model, prompter: Prompter, scorer: IntentScorer, cache: DynamicCache, ticket: str, n_new: int) -> str:
    """One simulated draft: cached prefill, trie-scored intent, then n_new greedy tokens of entities."""
    n_prompt = len(prompter.prefix_ids) + len(prompter.ticket_ids(ticket))
    out = prefill_cached(model, prompter, cache, ticket)
    best = INTENTS[int(scorer.score_trie(model, out, n_prompt).argmax())]
    ids = torch.cat([prompter.full_ids(ticket), torch.tensor([prompter.encode(best + '", "entities": {')])], 1)
    generate(model, ids, out.cache, n_new)
    return best


def measure_core(name: str, *, threads: int, n_tickets: int = 5) -> dict[str, float]:
    """The speed numbers that depend on threads/allocator (run in this process or in a child)."""
    model, tok = load_model_and_tokenizer(name)
    torch.set_num_threads(threads)  # after load_model_and_tokenizer, which applies its own default
    prompter = Prompter(tok)
    tickets = [t for t, _, _ in TICKETS][:n_tickets]
    cache = prefix_cache(model, prompter)
    prefill_full(model, prompter, tickets[0])  # warm-up
    full = statistics.median(timed(lambda t=t: prefill_full(model, prompter, t)) for t in tickets)
    cached = statistics.median(timed(lambda t=t: prefill_cached(model, prompter, cache, t)) for t in tickets)
    one, many = decode_speed(model, prompter, cache, tickets[0], 13)
    return {"prefill_full_s": full, "prefill_cached_s": cached, "decode_tok_s": 12 / max(many - one, 1e-9)}


def measure(name: str, args: argparse.Namespace) -> dict[str, object]:
    res: dict[str, object] = {"model": name}
    reported: set[str] = set()

    def log(msg: str) -> None:
        """Progress, plus every number measured since the last message (so a killed run still reports)."""
        fresh = {k: v for k, v in res.items() if k not in reported}
        reported.update(fresh)
        numbers = " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in fresh.items())
        print(f"  [{name}] {numbers}\n  [{name}] {msg} ...", file=sys.stderr, flush=True)

    start = now()
    folder = ensure_hf_model(name, progress=log)
    converted_now = now() - start
    res["convert_s"] = model_metadata(folder).get("convert_seconds", round(converted_now, 1))
    start = now()
    model, tok = load_model_and_tokenizer(name)
    res["load_s"] = now() - start
    res["params_M"] = sum(p.numel() for p in model.parameters()) / 1e6
    res["threads"] = torch.get_num_threads()
    prompter = Prompter(tok)
    res["prefix_tokens"] = len(prompter.prefix_ids)
    ticket_tokens = [len(prompter.encode(t)) for t, _, _ in TICKETS]
    res["ticket_tokens_mean"] = statistics.mean(ticket_tokens)
    res["ticket_tokens_max"] = max(ticket_tokens)
    res["chars_per_token"] = sum(len(t) for t, _, _ in TICKETS) / sum(ticket_tokens)
    res["out_tokens_json"] = statistics.mean(len(prompter.encode(verbose_output(i, e))) for _, i, e in TICKETS)
    res["out_tokens_compact"] = statistics.mean(len(prompter.encode(compact_output(i, e))) for _, i, e in TICKETS)
    res["out_tokens_entities_only"] = statistics.mean(
        len(prompter.encode(json.dumps(e, ensure_ascii=False)[1:])) for _, _, e in TICKETS
    )
    scorer = IntentScorer(tok, prompter)
    res["intent_label_tokens_max"] = scorer.max_len
    res["intent_trie_branch_nodes"] = len(scorer.branches)

    tickets = [t for t, _, _ in TICKETS]
    sample = tickets[: args.sample]
    log("prefill")
    cache = prefix_cache(model, prompter)
    res["prefix_cache_build_s"] = timed(lambda: prefix_cache(model, prompter))
    res["cache_copy_s"] = timed(lambda: copy.deepcopy(cache), 5)
    prefill_full(model, prompter, tickets[0])  # warm-up
    full = [timed(lambda t=t: prefill_full(model, prompter, t)) for t in sample]
    cached = [timed(lambda t=t: prefill_cached(model, prompter, cache, t)) for t in sample]
    res["prefill_full_s"], res["prefill_cached_s"] = statistics.median(full), statistics.median(cached)
    a = prefill_full(model, prompter, tickets[0]).logits[0, -1]
    b = prefill_cached(model, prompter, cache, tickets[0]).logits[0, -1]
    res["cache_max_logit_diff"] = float((a - b).abs().max())  # reusing the cache must not change the result

    log("decode")
    one, many = decode_speed(model, prompter, cache, tickets[0], 17)
    res["first_token_s"] = one
    res["decode_tok_s"] = 16 / max(many - one, 1e-9)

    log("intent scoring")
    sum_t, trie_t, sum_ok, trie_ok, agree, top = [], [], 0, 0, 0, []
    for i, (ticket, gold, _) in enumerate(TICKETS):
        n_prompt = len(prompter.prefix_ids) + len(prompter.ticket_ids(ticket))
        out = prefill_cached(model, prompter, cache, ticket)
        start = now()
        p_trie = scorer.score_trie(model, out, n_prompt)
        trie_t.append(now() - start)
        assert abs(float(p_trie.sum()) - 1) < 1e-4
        trie_ok += INTENTS[int(p_trie.argmax())] == gold
        top.append(float(p_trie.max()))
        if i < args.sample:  # the expensive one on fewer tickets
            start = now()
            p_sum = scorer.score_sum(model, out, n_prompt)
            sum_t.append(now() - start)
            assert abs(float(p_sum.sum()) - 1) < 1e-4
            sum_ok += INTENTS[int(p_sum.argmax())] == gold
            agree += int(p_sum.argmax()) == int(p_trie.argmax())
    res["score44_sum_s"] = statistics.median(sum_t)
    res["score44_trie_s"] = statistics.median(trie_t)
    res["zero_shot_acc_sum"] = sum_ok / len(sum_t)
    res["zero_shot_acc_trie"] = trie_ok / len(TICKETS)
    res["sum_trie_top1_agree"] = agree / len(sum_t)
    res["trie_top_prob_mean"] = statistics.mean(top)

    log("end-to-end drafts")
    e2e = [timed(lambda t=t: draft(model, prompter, scorer, cache, t, 16)) for t in tickets[: args.e2e]]
    res["draft16_p50_s"], res["draft16_p95_s"] = pct(e2e, 0.5), pct(e2e, 0.95)

    log("variants")
    if not args.skip_variants:
        for threads in (1, 2):
            log(f"{threads} thread(s)")
            core = measure_core(name, threads=threads)
            res.update({f"{k}@{threads}t": v for k, v in core.items()})
        configure_torch_threads()
        jemalloc = find_jemalloc()
        if jemalloc and "jemalloc" not in os.environ.get("LD_PRELOAD", ""):
            log("jemalloc child")
            env = dict(os.environ, LD_PRELOAD=jemalloc)
            cmd = [sys.executable, __file__, "--core-child", name, "--threads", str(torch.get_num_threads())]
            cmd += ["--clock", "cpu" if CLOCK is time.process_time else "wall"]
            child = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            core = json.loads(child.stdout.strip().splitlines()[-1])
            res.update({f"{k}@jemalloc": v for k, v in core.items()})
    log("done")
    return res


def find_jemalloc() -> str | None:
    for path in ("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", "/usr/lib/aarch64-linux-gnu/libjemalloc.so.2"):
        if Path(path).exists():
            return path
    return None


def print_table(results: list[dict[str, object]]) -> None:
    keys = [k for k in results[0] if k != "model"]
    width = max(len(k) for k in keys)
    print(f"{'':{width}}  " + "  ".join(f"{r['model']:>14}" for r in results))
    for key in keys:
        cells = []
        for r in results:
            value = r.get(key, "")
            cells.append(f"{value:>14.3f}" if isinstance(value, float) else f"{value!s:>14}")
        print(f"{key:{width}}  " + "  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(EMBEDDED_MODELS))
    parser.add_argument("--sample", type=int, default=10, help="tickets for prefill timing and sum scoring")
    parser.add_argument("--e2e", type=int, default=30, help="tickets for the end-to-end draft timing")
    parser.add_argument("--skip-variants", action="store_true", help="skip the 1/2-thread and jemalloc runs")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="cpu: time with this process's CPU seconds, which other processes on a shared box do not inflate "
        "(use with DESTEK_TORCH_THREADS=1: with 2 threads, OpenMP spin-waiting is counted too)",
    )
    parser.add_argument("--core-child", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    if args.core_child:  # a child started with LD_PRELOAD=jemalloc
        print(json.dumps(measure_core(args.core_child, threads=args.threads)))
        return
    results = []
    load_before, wall0, cpu0 = os.getloadavg(), time.perf_counter(), time.process_time()
    for name in args.models:
        print(f"measuring {name} ...", file=sys.stderr)
        results.append(measure(name, args))
    share = (time.process_time() - cpu0) / (time.perf_counter() - wall0)
    print(
        f"# torch {torch.__version__}, {os.cpu_count()} CPUs, clock={args.clock}, load average before {load_before} "
        f"after {os.getloadavg()}, this process got {share:.2f} CPUs on average"
    )
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""The synthetic Turkish ticket corpus: labelled tickets grounded in the demo commerce backend.

`generate(split, n, seed)` writes tickets for the mini (labelled), heldout (evaluation) or pool (unlabelled
queue) split; `corpus_stats` and `split_overlap` measure their variety and how much splits share.
"""

from db.corpus.generator import SPLITS, Split, all_templates, generate, intent_counts, write_jsonl
from db.corpus.stats import corpus_stats, split_overlap, surface_form

__all__ = [
    "SPLITS",
    "Split",
    "all_templates",
    "corpus_stats",
    "generate",
    "intent_counts",
    "split_overlap",
    "surface_form",
    "write_jsonl",
]

"""LoRA training throughput for the embedded model's architecture (Gemma 3 270M), on a GPU or this CPU.

Why: the nightly job's length is steps x seconds per step, and a step's time depends on the architecture
and the batch shape, not on the weights' values. The model is therefore built from the Gemma 3 270M shape
with random weights, so the same script runs on a machine that cannot download or receive the real
weights (the lent GPU machine has no network). The adapter is the one `cpu-small` trains: r=16, alpha 32,
on every attention and MLP projection; batches of token ids as long as our training examples.

    python bench/lora_throughput.py [--device auto|cuda|cpu] [--batch 8] [--seq 96] [--steps 30]

Prints seconds per step, examples per second, peak GPU memory, and the time of one nightly run's
training (896 examples x 3 epochs) at that speed.
"""

from __future__ import annotations

import argparse
import time

import torch
from peft import LoraConfig, get_peft_model
from transformers import Gemma3ForCausalLM, Gemma3TextConfig

TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
NIGHTLY_EXAMPLES, NIGHTLY_EPOCHS = 896, 3


def gemma3_270m_shape() -> Gemma3TextConfig:
    """Gemma 3 270M's dimensions (as in the converted model's config.json)."""
    return Gemma3TextConfig(
        vocab_size=262144,
        hidden_size=640,
        intermediate_size=2048,
        num_hidden_layers=18,
        num_attention_heads=4,
        num_key_value_heads=1,
        head_dim=256,
        sliding_window=512,
        max_position_embeddings=32768,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="auto", choices=["auto", "cuda", "cpu"])
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--seq", type=int, default=96, help="tokens per example (ours: about 65 to 100)")
    parser.add_argument("--steps", type=int, default=30)
    args = parser.parse_args()
    device = "cuda" if args.device == "auto" and torch.cuda.is_available() else args.device
    device = "cpu" if device == "auto" else device
    dtype = torch.bfloat16 if device == "cuda" else torch.float32  # these CPUs have no bf16 units
    torch.manual_seed(0)
    model = Gemma3ForCausalLM(gemma3_270m_shape()).to(device=device, dtype=dtype)
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=TARGETS))
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=5e-4)
    ids = torch.randint(3, 262144, (args.batch, args.seq), device=device)

    def step() -> None:
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    for _ in range(3):  # warm-up: kernels, allocator, optimizer state
        step()
    if device == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    started = time.perf_counter()
    for _ in range(args.steps):
        step()
    if device == "cuda":
        torch.cuda.synchronize()
    per_step = (time.perf_counter() - started) / args.steps
    name = torch.cuda.get_device_name() if device == "cuda" else "CPU"
    nightly_steps = -(-NIGHTLY_EXAMPLES // args.batch) * NIGHTLY_EPOCHS
    print(
        f"device {name}, {dtype}, batch {args.batch} x {args.seq} tokens, {sum(p.numel() for p in trainable):,} "
        f"trainable parameters"
    )
    print(f"{per_step:.4f} s/step, {args.batch / per_step:.1f} examples/s")
    if device == "cuda":
        print(f"peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.2f} GiB")
    print(
        f"nightly training ({NIGHTLY_EXAMPLES} examples x {NIGHTLY_EPOCHS} epochs = {nightly_steps} steps): "
        f"{nightly_steps * per_step:.0f} s"
    )


if __name__ == "__main__":
    main()

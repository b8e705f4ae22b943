"""Learning from humans: dataset versions, LoRA fine-tuning, the evaluation gate and the nightly job."""

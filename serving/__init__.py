"""The bot: PII masking, the commerce tools, LLM backends, the drafting pipeline and the HTTP API."""

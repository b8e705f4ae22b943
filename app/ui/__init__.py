"""Shared pieces of the Streamlit review app: the database session, sign-in state and small widgets."""

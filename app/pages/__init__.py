"""One Streamlit page per role: the agent's queue, the annotator's workbench, the ML lead's cockpit, users."""

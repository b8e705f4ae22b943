"""The top layer: the `destek` command line and the Streamlit review app."""

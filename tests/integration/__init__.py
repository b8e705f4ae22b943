"""Tests that start real servers; marked `integration` (run with `-m integration`)."""

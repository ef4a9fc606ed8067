"""Tests of emailing the handout."""

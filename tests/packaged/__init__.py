"""Tests of the packaged (frozen) designer."""

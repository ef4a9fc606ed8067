"""Reliability tests: they try hard to break the product's promises (issue 7)."""

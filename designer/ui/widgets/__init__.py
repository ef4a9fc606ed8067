"""The window's panels and small widgets, one module each."""

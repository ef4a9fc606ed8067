"""Qt item models: thin adapters over lists of domain objects (no data is owned here)."""

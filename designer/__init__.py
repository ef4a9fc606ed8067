"""Programme designer for a physiotherapy and rehabilitation clinic."""

__version__ = "0.1.0"

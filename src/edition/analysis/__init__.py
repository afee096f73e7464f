"""The concept analysis the notebooks chart."""

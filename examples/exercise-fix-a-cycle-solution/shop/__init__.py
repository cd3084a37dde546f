"""A tiny shop: items and their prices."""

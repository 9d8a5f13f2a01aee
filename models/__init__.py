"""Tortoise models, one module per domain, with the domain's operations beside its tables."""

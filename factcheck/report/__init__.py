"""Renderers: they turn a `Report` into text and do nothing else."""

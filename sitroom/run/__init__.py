"""Runners: compose the stages into one pure per-partition function."""

from sitroom.run.pipeline import Outcome, analyze_text, process_partition

__all__ = ["Outcome", "analyze_text", "process_partition"]

"""Fingerprints x fingerprints → matches, with calibrated thresholds. No Django."""

from takedown.matching.matcher import Matcher, MatchResult

__all__ = ["MatchResult", "Matcher"]

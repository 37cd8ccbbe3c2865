"""The robustness benchmark counts what it claims: recall per family, and every match to
an image other than the candidate's source as a false positive."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import corpus
import robustness
from robustness import METHODS, Outcome, table


def outcome(source, family, matched_ids):
    spec = corpus.CandidateSpec(source, family, 0)
    matched = {METHODS[0]: frozenset(matched_ids)}
    return Outcome(spec, matched, [], (100, 30), 0.0, 0.0)


def rows(text):
    return {line.split(" | ")[0].strip("| *"): line for line in text.splitlines()}


def test_recall_per_family_and_false_positives_per_pair():
    outcomes = [
        outcome("a", "mirror", {"a"}),
        outcome("b", "mirror", set()),
        outcome("c", "mirror", {"c", "stranger"}),
        outcome("a", "phone screenshot", {"stranger", "b"}),
    ]
    text = table(outcomes, n_reported=10, methods=[METHODS[0]])
    found = rows(text)
    assert "| 3 | 0.99 | 0.667 |" in found["mirror"]
    assert "| 1 | 0.95 | 0.000 |" in found["phone screenshot"]
    assert "**0.667**" in found["all but screenshot and collage"]
    assert "**0.500**" in found["all"]
    # 4 candidates x 9 images that are not their source; 3 wrong matches among them.
    assert "36 non-matching pairs" in text
    assert found[next(k for k in found if k.startswith("false positives"))].endswith("**3** |")


def test_a_run_of_hard_families_only_has_no_easy_row():
    text = table([outcome("a", "2x2 collage", {"a"})], n_reported=2, methods=[METHODS[0]])
    assert "all but screenshot" not in text
    assert "**1.000**" in rows(text)["all"]


def test_the_full_plan_reaches_a_million_non_matching_pairs():
    args = robustness.argparse.Namespace(quick=False, variants=None, distractors=None, family=[])
    candidates, reported = robustness.plan(args)
    assert len(candidates) * (len(reported) - 1) >= robustness.MIN_NON_MATCHING_PAIRS
    assert sum(kind == "source" for kind, *_ in reported) >= 40


@pytest.mark.skipif(bool(corpus.missing()), reason="wallpaper packages not installed")
def test_sources_distractors_and_fillers_never_overlap_and_images_repeat_exactly():
    groups = [set(corpus.SOURCES.values()), set(corpus.DISTRACTOR_MATERIAL.values())]
    groups.append(set(corpus.FILLERS.values()))
    assert sum(len(g) for g in groups) == len(set().union(*groups))
    assert len(corpus.SOURCES) >= 40
    spec = corpus.CandidateSpec("skimage-chelsea", "2x2 collage", 1)
    assert corpus.candidate(spec) == corpus.candidate(spec)
    other = corpus.CandidateSpec("skimage-chelsea", "2x2 collage", 2)
    assert corpus.candidate(spec) != corpus.candidate(other)

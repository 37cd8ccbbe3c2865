"""What was found, grouped by platform, in words a person understands. No images."""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext as _

from takedown.cases.models import Case, Match
from takedown.platforms import registry
from takedown.platforms.resolver import host_of

# Match.confidence is the matcher's 1 - (PDQ distance / 64) (takedown/matching/matcher.py);
# these cut-offs only choose words. 0.95 is 3 bits or fewer (the same file, re-encoded);
# 0.8 is 12 bits; 0.5 is 32 bits, about PDQ's own match threshold (31), beyond which
# only a second hash agreeing made it a match.
CERTAIN = 0.95
VERY_LIKELY = 0.8
LIKELY = 0.5


def confidence_words(confidence: float) -> str:
    if confidence >= CERTAIN:
        return _("Almost certainly your photo")
    if confidence >= VERY_LIKELY:
        return _("Very likely your photo")
    if confidence >= LIKELY:
        return _("Likely your photo, perhaps edited or cropped")
    return _("Possibly your photo: please check before you ask for removal")


def platform_name(slug: str, url: str) -> str:
    if slug:
        try:
            return registry.get(slug).name
        except LookupError:
            pass
    return host_of(url) or url


def matches_by_platform(case: Case) -> list[dict]:
    """[{"platform", "name", "pages": [{"url", "confidence", "words", "photos"}]}], the
    platforms with the most pages first."""
    pages: dict[int, dict] = {}
    for match in (
        Match.objects.filter(reported_image__case=case)
        .select_related("candidate__target", "reported_image")
        .order_by("-confidence", "pk")
    ):
        target = match.candidate.target
        page = pages.setdefault(
            target.pk,
            {"target": target, "url": target.url, "confidence": 0.0, "photos": []},
        )
        page["confidence"] = max(page["confidence"], match.confidence)
        label = match.reported_image.label
        if label not in page["photos"]:
            page["photos"].append(label)
    groups: dict[str, list[dict]] = defaultdict(list)
    for page in pages.values():
        page["words"] = confidence_words(page["confidence"])
        groups[page["target"].platform or (host_of(page["url"]) or "")].append(page)
    return sorted(
        (
            {"platform": key, "name": platform_name(key, pages_[0]["url"]), "pages": pages_}
            for key, pages_ in groups.items()
        ),
        key=lambda group: (-len(group["pages"]), group["name"]),
    )

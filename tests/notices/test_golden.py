"""Rendered notices compared with reviewed golden files under tests/notices/golden/.

After a deliberate wording change: UPDATE_GOLDEN=1 pytest tests/notices/test_golden.py,
then read every changed file in the diff before committing it.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from takedown.notices.draft import draft
from takedown.notices.escalation import (
    draft_host_abuse,
    draft_regulator_complaint,
    draft_second_notice,
)
from takedown.notices.facts import Recipient
from takedown.notices.render import render_text
from tests.notices.factories import NOW, complete_facts
from tests.notices.test_bases import SLUGS

GOLDEN = Path(__file__).parent / "golden"
SENT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
# GDPR's month must have run out before a complaint reads true.
SENT_MONTH_AGO = datetime(2026, 10, 15, 9, 30, tzinfo=UTC)
HOST = Recipient(
    platform_name="Example Hosting",
    channel_name="Abuse desk",
    kind="email",
    email="abuse@host.example.test",
)


def _notice(slug, language, platform, represented=False, ai_made=False):
    facts = complete_facts(slug, represented=represented, ai_made=ai_made, recipient=platform)
    return draft(slug, facts=facts, language=language, now=NOW)


CASES = {
    **{
        f"{slug}.example-social.{language}": lambda s=slug, lang=language: _notice(
            s, lang, "example-social"
        )
        for slug in SLUGS
        for language in ("en", "es")
    },
    **{
        f"{slug}.example-tube.{language}.representative-ai": lambda s=slug, lang=language: _notice(
            s, lang, "example-tube", represented=True, ai_made=True
        )
        for slug in SLUGS
        for language in ("en", "es")
    },
    "escalation.second-notice.take-it-down.en": lambda: draft_second_notice(
        _notice("take-it-down", "en", "example-tube"), sent_at=SENT, reference="T-991"
    ),
    "escalation.second-notice.gdpr-17.es": lambda: draft_second_notice(
        _notice("gdpr-17", "es", "example-tube"), sent_at=SENT_MONTH_AGO
    ),
    "escalation.second-notice.dsa-16.en": lambda: draft_second_notice(
        _notice("dsa-16", "en", "example-social"), sent_at=SENT
    ),
    "escalation.complaint.ftc.en": lambda: draft_regulator_complaint(
        _notice("take-it-down", "en", "example-tube"), sent_at=SENT, reference="T-991"
    ),
    "escalation.complaint.aepd.es": lambda: draft_regulator_complaint(
        _notice("gdpr-17", "es", "example-tube", represented=True), sent_at=SENT_MONTH_AGO
    ),
    "escalation.complaint.esafety.en": lambda: draft_regulator_complaint(
        _notice("esafety", "en", "example-social", ai_made=True), sent_at=SENT
    ),
    "escalation.host-abuse.en": lambda: draft_host_abuse(
        _notice("dsa-16", "en", "example-social"), host=HOST, sent_at=SENT, now=NOW
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rendered_notice_matches_its_reviewed_golden_file(name):
    text = render_text(CASES[name]())
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8")

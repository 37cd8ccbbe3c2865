"""Times one run of each follow-up beat task over a helpline's worth of open notices, on a
fresh SQLite database (or DATABASE_URL), for docs/performance.md.

Then the reports over the same notices: statistics, the funder report, the exports.

    .venv/bin/python benchmarks/followup.py            # 20,000 open notices
    .venv/bin/python benchmarks/followup.py --quick    # 1,000

Most notices are inside their deadline; 1% are newly overdue, so the first run drafts
their escalations and the second run, the steady state every 15 minutes, finds nothing
new. Rechecks are counted, not fetched: the fetch is the pipeline's to time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    notices = 1_000 if args.quick else 20_000

    workdir = tempfile.TemporaryDirectory()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir.name}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "takedown.settings")
    os.environ["EMAIL_URL"] = "memorymail://"
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from takedown.cases.models import (
        Case,
        Notice,
        NoticeStatus,
        Organization,
        Target,
        TargetStatus,
    )
    from takedown.followup import escalations, rechecks
    from takedown.followup.escalations import escalate_overdue
    from takedown.followup.reminders import send_due_reminders
    from takedown.followup.removals import record_removals
    from takedown.followup.reuploads import sweep_reuploads
    from takedown.platforms import AbuseLookupError

    now = timezone.now()
    org = Organization.objects.create(name="Bench", slug="bench")
    cases = Case.objects.bulk_create(
        Case(reference=f"TD-B{i:07d}", organization=org, country="US") for i in range(notices // 10)
    )
    targets = Target.objects.bulk_create(
        Target(
            case=cases[i // 10],
            url=f"https://x.com/u/status/{i}",
            platform="x",
            status=TargetStatus.MATCHED,
            last_checked_at=now - timedelta(hours=30),
        )
        for i in range(notices)
    )
    overdue_every = 100
    rows = Notice.objects.bulk_create(
        Notice(
            case=targets[i].case,
            platform="x",
            legal_basis="take-it-down",
            status=NoticeStatus.SENT,
            sent_at=now - timedelta(hours=60 if i % overdue_every == 0 else 10),
            deadline_at=now - timedelta(hours=12 if i % overdue_every == 0 else -38),
        )
        for i in range(notices)
    )
    Notice.targets.through.objects.bulk_create(
        Notice.targets.through(notice_id=n.pk, target_id=t.pk)
        for n, t in zip(rows, targets, strict=True)
    )
    queued = []
    rechecks.request_recheck = queued.append  # count, do not fetch

    def no_rdap(url):  # the benchmark stays off the network
        raise AbuseLookupError("rdap-unavailable")

    escalations.abuse_contact = no_rdap
    print(
        f"{notices} open notices, {notices // overdue_every} overdue, "
        f"{len(cases)} cases, database {django.db.connection.vendor}"
    )
    for label, run in (
        ("recheck selection, no batch", lambda: rechecks.recheck_open_notices(batch=notices)),
        ("removals", record_removals),
        ("reminders, first run", send_due_reminders),
        ("escalations, first run", escalate_overdue),
        ("reminders, steady state", send_due_reminders),
        ("escalations, steady state", escalate_overdue),
        ("re-upload sweep", sweep_reuploads),
    ):
        start = time.perf_counter()
        result = run()
        print(f"  {label:28} {time.perf_counter() - start:7.2f} s   result {result}")

    from takedown.reports import exports, funder, stats

    everything = Notice.objects.filter(case__organization=org)
    for label, run in (
        ("statistics by platform", lambda: len(stats.removal_stats(org, by="platform"))),
        ("statistics by basis", lambda: len(stats.removal_stats(org, by="legal_basis"))),
        ("cases per month", lambda: len(stats.cases_per_month(org))),
        ("funder report", lambda: len(funder.funder_report(org))),
        ("notices CSV", lambda: len(exports.to_csv(exports.notice_rows(everything)))),
        ("notices XLSX", lambda: len(exports.to_xlsx(exports.notice_rows(everything)))),
    ):
        start = time.perf_counter()
        result = run()
        print(f"  {label:28} {time.perf_counter() - start:7.2f} s   result {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

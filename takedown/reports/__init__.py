"""What an organisation reports: removal statistics, the funder report, exports of its
notices, and the evidence package of a case."""

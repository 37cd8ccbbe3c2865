"""The caseworker's side: sign-in with a second factor, caseloads, assignment, authorisations
to act, bulk notice work, notes, flags and the audit log."""

"""The authorisation matrix (DESIGN invariant 3): every URL of the project by every role.

Rows come from every `tests/authorization/rows_*.py` (one per part of the app), each
`ROWS = {"url_name": {"anonymous": "deny", "person_a": "allow", ...}}`. A row may add
`"_kwargs": {"param": value}` for a URL parameter the shared world does not know; a
callable value is called with the world (tests/authorization/world.py).
A URL with no row fails `test_every_url_has_a_row`, so no new view can skip the matrix.
"""

import importlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.authorization.world import ROLES, build_world

HERE = Path(__file__).parent
# Django's own admin guards itself with is_staff, and the case admin is tested on its own
# (tests/cases/test_admin.py); everything else must have a row.
EXEMPT_NAMESPACES = {"admin"}
OUTCOMES = {"allow", "deny"}


def load_rows() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for path in sorted(HERE.glob("rows_*.py")):
        module = importlib.import_module(f"tests.authorization.{path.stem}")
        for name, row in module.ROWS.items():
            if name in rows:
                raise AssertionError(f"{name} has rows in two files; keep one")
            rows[name] = row
    return rows


def url_patterns(patterns=None, namespace="", prefix=""):
    """(name or None, route, parameter names) of every pattern, includes flattened."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from url_patterns(entry.url_patterns, inner, route)
        elif isinstance(entry, URLPattern):
            params = set(entry.pattern.regex.groupindex)
            if entry.name is None:
                yield None, route, params
            else:
                yield f"{namespace}{entry.name}", route, params


def checked_patterns():
    return [
        (name, route, params)
        for name, route, params in url_patterns()
        if not any(route.startswith(f"{ns}/") for ns in EXEMPT_NAMESPACES)
        and (name or "").split(":")[0] not in EXEMPT_NAMESPACES
    ]


ROWS = load_rows()
CASES = [(name, role) for name in sorted(ROWS) for role in ROLES]


def login_paths() -> set[str]:
    paths = set()
    for name, _route, params in url_patterns():
        if name and not params and any(w in name for w in ("login", "sign_in", "signin")):
            paths.add(reverse(name))
    return paths


def test_rows_are_well_formed():
    for name, row in ROWS.items():
        roles = {key for key in row if not key.startswith("_")}
        assert roles == set(ROLES), f"{name}: roles {sorted(set(ROLES) ^ roles)}"
        assert {row[r] for r in roles} <= OUTCOMES, f"{name}: outcomes are allow or deny"


def test_every_url_has_a_row():
    missing = sorted(
        name or f"(unnamed) {route}"
        for name, route, _params in checked_patterns()
        if name not in ROWS
    )
    assert not missing, f"URLs with no row in tests/authorization/rows_*.py: {missing}"


def test_every_url_that_takes_a_case_has_a_row():
    case_params = {"reference", "case_id", "case"}
    taking_a_case = [name for name, _r, params in checked_patterns() if params & case_params]
    assert taking_a_case, "the project has views that take a case; the walk found none"
    assert not [name for name in taking_a_case if name not in ROWS]


def test_no_row_names_a_url_that_does_not_exist():
    names = {name for name, _r, _p in url_patterns() if name}
    assert not sorted(set(ROWS) - names)


@pytest.mark.parametrize(("url_name", "role"), CASES)
def test_matrix(client, db, url_name, role):
    world = build_world()
    params = {name: p for name, _r, p in url_patterns() if name}[url_name]
    extra = {
        name: value(world) if callable(value) else value
        for name, value in ROWS[url_name].get("_kwargs", {}).items()
    }
    known = {**world.kwargs(), **extra}
    unknown = params - set(known)
    assert not unknown, f"{url_name}: add _kwargs for {sorted(unknown)} to its row"
    url = reverse(url_name, kwargs={p: known[p] for p in params})
    world.sign_in(client, role)

    response = client.get(url)

    status = response.status_code
    location = urlsplit(response.get("Location", "")).path
    to_login = status in (301, 302) and location in login_paths()
    if ROWS[url_name][role] == "allow":
        assert 200 <= status < 300 or (status in (301, 302) and not to_login), (
            f"{role} should reach {url_name} ({url}): got {status} {location}"
        )
    else:
        assert status in (403, 404) or to_login, (
            f"{role} must not reach {url_name} ({url}): got {status} {location}"
        )
        assert world.case.full_name not in response.content.decode(errors="replace")

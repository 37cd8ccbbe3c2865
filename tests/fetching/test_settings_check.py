from takedown.cases.checks import check_fetch_allow_list, check_fetch_settings


def test_valid_fetch_settings_pass(settings):
    settings.TAKEDOWN_FETCH_ALLOW = ["127.0.0.1:8000", "[::1]:8000"]
    assert check_fetch_settings(None) == []


def test_an_allow_entry_without_a_port_is_an_error(settings):
    settings.TAKEDOWN_FETCH_ALLOW = ["localhost"]
    errors = check_fetch_settings(None)
    assert [error.id for error in errors] == ["takedown.E101"]
    assert "host:port" in errors[0].msg


def test_the_allow_list_is_flagged_for_deployment(settings):
    settings.TAKEDOWN_FETCH_ALLOW = ["127.0.0.1:8000"]
    assert [warning.id for warning in check_fetch_allow_list(None)] == ["takedown.W001"]
    settings.TAKEDOWN_FETCH_ALLOW = []
    assert check_fetch_allow_list(None) == []

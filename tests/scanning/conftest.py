import pytest

from tests.scanning.images import add_reported, jpeg, photo
from tests.scanning.site import Site


@pytest.fixture
def site(settings):
    site = Site()
    settings.TAKEDOWN_FETCH_ALLOW = [site.host]
    yield site
    site.close()


@pytest.fixture(scope="session")
def photos():
    """JPEG bytes of ordinary photographs: the reported original and what a site serves."""
    astronaut, coffee, chelsea, rocket = (
        photo(n) for n in ("astronaut", "coffee", "chelsea", "rocket")
    )
    return {
        "original": jpeg(astronaut, quality=95),
        # What a re-upload looks like: smaller, recompressed harder.
        "reupload": jpeg(astronaut, quality=70, scale=0.6),
        "coffee": jpeg(coffee),
        "chelsea": jpeg(chelsea),
        "rocket": jpeg(rocket),
    }


@pytest.fixture
def reported(case, photos):
    return add_reported(case, photos["original"], label="beach photo")

import functools

import pytest

from takedown.cases.models import ReportedImage
from takedown.hashing import fingerprint_reported
from tests.scanning.site import Site, jpeg, photo


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


@functools.cache
def _fingerprint(data: bytes):
    # The full reported variant set takes a second or two; the same photo recurs in every test.
    return fingerprint_reported(data)


def add_reported(case, data: bytes, label="") -> ReportedImage:
    fp = _fingerprint(data)
    return ReportedImage.objects.create(
        case=case,
        label=label,
        sha256=fp.sha256,
        pdq=fp.pdq,
        pdq_quality=fp.pdq_quality,
        phash=fp.phash,
        width=fp.width,
        height=fp.height,
        features=fp.features,
    )


@pytest.fixture
def reported(case, photos):
    return add_reported(case, photos["original"], label="beach photo")

"""URL → bytes, safely; HTML → the image URLs a browser would show. Knows nothing of Django."""

from takedown.fetching.dataurls import decode_data_url
from takedown.fetching.errors import FetchError
from takedown.fetching.extraction import extract_images, page_title
from takedown.fetching.fetcher import Fetcher, FetchResult
from takedown.fetching.policy import FetchPolicy, policy_from_settings

__all__ = [
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "decode_data_url",
    "extract_images",
    "page_title",
    "policy_from_settings",
]

"""What a person reads when an address cannot be checked: one fixed sentence per situation.

Fixed, so that the app can translate them: the scanning code stores the English sentence
and shows it through gettext. The specifics (host, IP address, port, size) go in
``FetchError.detail`` for caseworkers and logs. ``gettext_noop`` marks the sentences for
makemessages; it is defined here because this package imports nothing from Django.
"""


def gettext_noop(message: str) -> str:
    return message


EMPTY_ADDRESS = gettext_noop("The address is empty.")
INVALID_ADDRESS = gettext_noop("The address is not a valid web address.")
ADDRESS_TOO_LONG = gettext_noop("The address is too long to be a web page.")
INVALID_HOST = gettext_noop("The site name in the address is not valid.")
BAD_SCHEME = gettext_noop("Only web addresses starting with http:// or https:// can be checked.")
CREDENTIALS = gettext_noop(
    "Addresses with a user name or password in them are not checked, for safety."
)
BAD_PORT = gettext_noop(
    "The address uses a port the checker does not connect to, for safety; only the usual "
    "web ports are allowed."
)
BLOCKED_ADDRESS = gettext_noop(
    "The address leads to a private or internal network, which the checker never connects "
    "to, for safety."
)
NOT_FOUND_DNS = gettext_noop("The site could not be found: its name does not exist.")
TIMEOUT = gettext_noop("The site took too long to answer.")
CONNECTION_FAILED = gettext_noop("The checker could not connect to the site.")
CONNECTION_BROKEN = gettext_noop(
    "The connection to the site broke off before everything had arrived."
)
TLS = gettext_noop("The site's secure connection could not be verified.")
UNREADABLE_RESPONSE = gettext_noop("The site sent a response the checker cannot read.")
TOO_LARGE = gettext_noop("The page or image is larger than the checker reads.")
TOO_MANY_REDIRECTS = gettext_noop("The address redirects too many times.")
REDIRECT_LOOP = gettext_noop("The address redirects in a loop and never reaches a page.")
HTTP_ERROR = gettext_noop("The site answered with an error.")
SERVER_ERROR = gettext_noop("The site had an error and could not show the page.")
# The commonest statuses keep their number in the sentence: caseworkers quote it to platforms.
BY_STATUS = {
    401: gettext_noop("The site asks for a login to show this page or image (HTTP 401)."),
    403: gettext_noop("The site refused to show this page or image to the checker (HTTP 403)."),
    404: gettext_noop("The site says this page or image is not there (HTTP 404, not found)."),
    410: gettext_noop("The site says this page or image has been removed (HTTP 410, gone)."),
    429: gettext_noop("The site is limiting requests (HTTP 429); it will be checked again later."),
    451: gettext_noop(
        "The site has made this page or image unavailable for legal reasons (HTTP 451)."
    ),
    500: gettext_noop("The site had an error and could not show the page (HTTP 500)."),
    502: gettext_noop("The site's server could not be reached through its gateway (HTTP 502)."),
    503: gettext_noop("The site is unavailable for now (HTTP 503)."),
    504: gettext_noop("The site's server did not answer its gateway in time (HTTP 504)."),
}
NOT_IMAGE = gettext_noop("The address did not give an image.")
NOT_PAGE = gettext_noop("The address did not give a web page.")
DATA_TOO_LARGE = gettext_noop("An image inside the page is larger than the checker reads.")
DATA_INVALID = gettext_noop("An image inside the page could not be read.")


def for_status(status: int) -> str:
    if status in BY_STATUS:
        return BY_STATUS[status]
    return SERVER_ERROR if 500 <= status <= 599 else HTTP_ERROR

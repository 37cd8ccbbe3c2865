"""Spanish for takedown/fetching/messages.py: why an address could not be checked."""

MESSAGES = {
    "The address is empty.": "La dirección está vacía.",
    "The address is not a valid web address.": "La dirección no es una dirección web válida.",
    "The address is too long to be a web page.": (
        "La dirección es demasiado larga para ser una página web."
    ),
    "The site name in the address is not valid.": (
        "El nombre del sitio en la dirección no es válido."
    ),
    "Only web addresses starting with http:// or https:// can be checked.": (
        "Solo se pueden comprobar direcciones web que empiezan por http:// o https://."
    ),
    "Addresses with a user name or password in them are not checked, for safety.": (
        "Por seguridad, no se comprueban direcciones que contienen un nombre de usuario "
        "o una contraseña."
    ),
    "The address uses a port the checker does not connect to, for safety; only the usual "
    "web ports are allowed.": (
        "La dirección usa un puerto al que, por seguridad, el comprobador no se conecta; "
        "solo se permiten los puertos web habituales."
    ),
    "The address leads to a private or internal network, which the checker never connects "
    "to, for safety.": (
        "La dirección lleva a una red privada o interna, a la que el comprobador nunca se "
        "conecta por seguridad."
    ),
    "The site could not be found: its name does not exist.": (
        "No se encontró el sitio: su nombre no existe."
    ),
    "The site took too long to answer.": "El sitio tardó demasiado en responder.",
    "The checker could not connect to the site.": ("El comprobador no pudo conectarse al sitio."),
    "The connection to the site broke off before everything had arrived.": (
        "La conexión con el sitio se cortó antes de que llegara todo."
    ),
    "The site's secure connection could not be verified.": (
        "No se pudo verificar la conexión segura del sitio."
    ),
    "The site sent a response the checker cannot read.": (
        "El sitio envió una respuesta que el comprobador no puede leer."
    ),
    "The page or image is larger than the checker reads.": (
        "La página o la imagen es más grande de lo que el comprobador lee."
    ),
    "The address redirects too many times.": "La dirección redirige demasiadas veces.",
    "The address redirects in a loop and never reaches a page.": (
        "La dirección redirige en bucle y nunca llega a una página."
    ),
    "The site asks for a login to show this page or image (HTTP 401).": (
        "El sitio pide iniciar sesión para mostrar esta página o imagen (HTTP 401)."
    ),
    "The site refused to show this page or image to the checker (HTTP 403).": (
        "El sitio se negó a mostrar esta página o imagen al comprobador (HTTP 403)."
    ),
    "The site says this page or image is not there (HTTP 404, not found).": (
        "El sitio dice que esta página o imagen no está (HTTP 404, no encontrada)."
    ),
    "The site says this page or image has been removed (HTTP 410, gone).": (
        "El sitio dice que esta página o imagen ha sido eliminada (HTTP 410, retirada)."
    ),
    "The site is limiting requests (HTTP 429); it will be checked again later.": (
        "El sitio está limitando las solicitudes (HTTP 429); se volverá a comprobar más tarde."
    ),
    "The site has made this page or image unavailable for legal reasons (HTTP 451).": (
        "El sitio ha dejado esta página o imagen no disponible por motivos legales (HTTP 451)."
    ),
    "The site had an error and could not show the page (HTTP 500).": (
        "El sitio tuvo un error y no pudo mostrar la página (HTTP 500)."
    ),
    "The site's server could not be reached through its gateway (HTTP 502).": (
        "No se pudo llegar al servidor del sitio a través de su pasarela (HTTP 502)."
    ),
    "The site is unavailable for now (HTTP 503).": (
        "El sitio no está disponible por ahora (HTTP 503)."
    ),
    "The site's server did not answer its gateway in time (HTTP 504).": (
        "El servidor del sitio no respondió a tiempo a su pasarela (HTTP 504)."
    ),
    "The site had an error and could not show the page.": (
        "El sitio tuvo un error y no pudo mostrar la página."
    ),
    "The site answered with an error.": "El sitio respondió con un error.",
    "The address did not give an image.": "La dirección no devolvió una imagen.",
    "The address did not give a web page.": "La dirección no devolvió una página web.",
    "An image inside the page is larger than the checker reads.": (
        "Una imagen dentro de la página es más grande de lo que el comprobador lee."
    ),
    "An image inside the page could not be read.": (
        "No se pudo leer una imagen dentro de la página."
    ),
}

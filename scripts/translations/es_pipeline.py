"""Spanish for the scanning pipeline (takedown/cases/scanning.py)."""

MESSAGES = {
    "This address returned neither a web page nor an image.": (
        "Esta dirección no devolvió ni una página web ni una imagen."
    ),
    "None of the images on this page could be checked.": (
        "No se pudo comprobar ninguna de las imágenes de esta página."
    ),
    "The page is not there: the site answered that it was not found or removed.": (
        "La página no está: el sitio respondió que no existe o que se ha retirado."
    ),
    "The site refused to show the page.": "El sitio se negó a mostrar la página.",
    "The site is turning requests away for now. Try again later.": (
        "El sitio está rechazando solicitudes por ahora. Vuelve a intentarlo más tarde."
    ),
    "The site had a problem answering. Try again later.": (
        "El sitio tuvo un problema al responder. Vuelve a intentarlo más tarde."
    ),
    "The site took too long to answer.": "El sitio tardó demasiado en responder.",
    "No site could be found at this address.": "No se encontró ningún sitio en esta dirección.",
    "The site could not be reached.": "No se pudo conectar con el sitio.",
    "The site's secure connection could not be verified.": (
        "No se pudo verificar la conexión segura del sitio."
    ),
    "This address leads into a private network, which is never fetched.": (
        "Esta dirección lleva a una red privada, a la que nunca accedemos."
    ),
    "Only web addresses (http:// or https://) can be checked.": (
        "Solo se pueden comprobar direcciones web (http:// o https://)."
    ),
    "This address uses a port that is not checked.": (
        "Esta dirección usa un puerto que no se comprueba."
    ),
    "Addresses with a user name or password in them are not fetched.": (
        "No accedemos a direcciones que incluyen un nombre de usuario o una contraseña."
    ),
    "This is not a web address that can be checked.": (
        "Esta no es una dirección web que se pueda comprobar."
    ),
    "The page is larger than we can check.": "La página es más grande de lo que podemos comprobar.",
    "The address redirects too many times to reach a page.": (
        "La dirección redirige demasiadas veces sin llegar a una página."
    ),
    "The site's answer could not be read.": "No se pudo leer la respuesta del sitio.",
}

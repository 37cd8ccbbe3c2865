"""Spanish for the scanning pipeline (takedown/cases/scanning.py)."""

MESSAGES = {
    "This address returned neither a web page nor an image.": (
        "Esta dirección no devolvió ni una página web ni una imagen."
    ),
    "None of the images on this page could be checked.": (
        "No se pudo comprobar ninguna de las imágenes de esta página."
    ),
}

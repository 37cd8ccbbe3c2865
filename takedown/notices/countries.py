"""Country names for notices, in English and Spanish, by ISO 3166-1 alpha-2 code."""

COUNTRIES = {
    "AT": ("Austria", "Austria"),
    "BE": ("Belgium", "Bélgica"),
    "BG": ("Bulgaria", "Bulgaria"),
    "HR": ("Croatia", "Croacia"),
    "CY": ("Cyprus", "Chipre"),
    "CZ": ("Czechia", "Chequia"),
    "DK": ("Denmark", "Dinamarca"),
    "EE": ("Estonia", "Estonia"),
    "FI": ("Finland", "Finlandia"),
    "FR": ("France", "Francia"),
    "DE": ("Germany", "Alemania"),
    "GR": ("Greece", "Grecia"),
    "HU": ("Hungary", "Hungría"),
    "IE": ("Ireland", "Irlanda"),
    "IT": ("Italy", "Italia"),
    "LV": ("Latvia", "Letonia"),
    "LT": ("Lithuania", "Lituania"),
    "LU": ("Luxembourg", "Luxemburgo"),
    "MT": ("Malta", "Malta"),
    "NL": ("the Netherlands", "los Países Bajos"),
    "PL": ("Poland", "Polonia"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Romania", "Rumanía"),
    "SK": ("Slovakia", "Eslovaquia"),
    "SI": ("Slovenia", "Eslovenia"),
    "ES": ("Spain", "España"),
    "SE": ("Sweden", "Suecia"),
    "IS": ("Iceland", "Islandia"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "NO": ("Norway", "Noruega"),
    "GB": ("the United Kingdom", "el Reino Unido"),
    "US": ("the United States", "los Estados Unidos"),
    "AU": ("Australia", "Australia"),
    "CA": ("Canada", "Canadá"),
    "MX": ("Mexico", "México"),
    "AR": ("Argentina", "Argentina"),
    "CO": ("Colombia", "Colombia"),
    "CL": ("Chile", "Chile"),
    "PE": ("Peru", "Perú"),
}


def country_name(code: str, language: str) -> str:
    names = COUNTRIES.get(code.strip().upper())
    if not names:
        return code
    return names[1] if language == "es" else names[0]

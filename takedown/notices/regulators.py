"""Who a person can complain to when a platform does not act, by law and by country.

The data protection authorities are the members of the European Data Protection Board
(EEA) plus the UK's ICO; their complaint right is GDPR Art. 77 (UK GDPR Art. 77 for the
ICO). Check names against the EDPB's "Members" page when editing this table.
"""

from __future__ import annotations

from takedown.notices.basis import Regulator
from takedown.notices.countries import country_name

FTC = Regulator(
    slug="ftc",
    name="the US Federal Trade Commission (FTC)",
    name_es="la Comisión Federal de Comercio de EE. UU. (FTC)",
    # A platform's failure to comply is an unfair or deceptive act the FTC enforces.
    clause="47 U.S.C. 223a(b)",
    url="https://reportfraud.ftc.gov/",
)

ESAFETY = Regulator(
    slug="esafety",
    name="the eSafety Commissioner (Australia)",
    name_es="la Comisionada de eSafety (Australia)",
    # Complaints about intimate images go to the Commissioner (s. 32) or an objection
    # notice (s. 33); the Commissioner may then give a removal notice (s. 77).
    clause="Online Safety Act 2021 (Cth), ss. 32, 33 and 77",
    clause_es="la Online Safety Act 2021 (Cth), arts. 32, 33 y 77",
    url="https://www.esafety.gov.au/report",
)


# ISO 3166-1 alpha-2 -> (English name, name as the authority writes it)
_DPAS: dict[str, tuple[str, str]] = {
    "AT": ("Austrian Data Protection Authority", "Datenschutzbehörde"),
    "BE": ("Belgian Data Protection Authority", "Autorité de protection des données"),
    "BG": ("Commission for Personal Data Protection (Bulgaria)", "КЗЛД"),
    "HR": ("Croatian Personal Data Protection Agency", "AZOP"),
    "CY": ("Commissioner for Personal Data Protection (Cyprus)", "Επίτροπος"),
    "CZ": ("Office for Personal Data Protection (Czechia)", "ÚOOÚ"),
    "DK": ("Danish Data Protection Agency", "Datatilsynet"),
    "EE": ("Estonian Data Protection Inspectorate", "Andmekaitse Inspektsioon"),
    "FI": ("Office of the Data Protection Ombudsman (Finland)", "Tietosuojavaltuutettu"),
    "FR": ("French Data Protection Authority", "CNIL"),
    # Germany: complaints go to the authority of the person's Land or the federal BfDI.
    "DE": ("data protection authority of your German Land, or the BfDI", "BfDI"),
    "GR": ("Hellenic Data Protection Authority", "ΑΠΔΠΧ"),
    "HU": ("Hungarian National Authority for Data Protection", "NAIH"),
    "IE": ("Data Protection Commission (Ireland)", "DPC"),
    "IT": ("Italian Data Protection Authority", "Garante per la protezione dei dati personali"),
    "LV": ("Data State Inspectorate (Latvia)", "Datu valsts inspekcija"),
    "LT": ("State Data Protection Inspectorate (Lithuania)", "VDAI"),
    "LU": ("National Commission for Data Protection (Luxembourg)", "CNPD"),
    "MT": ("Information and Data Protection Commissioner (Malta)", "IDPC"),
    "NL": ("Dutch Data Protection Authority", "Autoriteit Persoonsgegevens"),
    "PL": ("Personal Data Protection Office (Poland)", "UODO"),
    "PT": ("National Data Protection Commission (Portugal)", "CNPD"),
    "RO": ("National Supervisory Authority for Personal Data Processing", "ANSPDCP"),
    "SK": ("Office for Personal Data Protection (Slovakia)", "ÚOOÚ SR"),
    "SI": ("Information Commissioner (Slovenia)", "Informacijski pooblaščenec"),
    "ES": ("Spanish Data Protection Agency", "Agencia Española de Protección de Datos (AEPD)"),
    "SE": ("Swedish Authority for Privacy Protection", "IMY"),
    "IS": ("Data Protection Authority (Iceland)", "Persónuvernd"),
    "LI": ("Data Protection Authority (Liechtenstein)", "Datenschutzstelle"),
    "NO": ("Norwegian Data Protection Authority", "Datatilsynet"),
    "GB": ("Information Commissioner's Office (ICO)", "ICO"),
}

EU_COUNTRIES = frozenset(_DPAS) - {"IS", "LI", "NO", "GB"}
EEA_COUNTRIES = frozenset(_DPAS) - {"GB"}


def data_protection_authority(country: str) -> Regulator | None:
    code = country.strip().upper()
    if code == "UK":
        code = "GB"
    if code not in _DPAS:
        return None
    english, native = _DPAS[code]
    clause = "UK GDPR, Art. 77" if code == "GB" else "Regulation (EU) 2016/679 (GDPR), Art. 77"
    clause_es = (
        "el UK GDPR, art. 77" if code == "GB" else "el Reglamento (UE) 2016/679 (RGPD), art. 77"
    )
    return Regulator(
        slug=f"dpa-{code.lower()}",
        name=f"the {english}",
        name_es=f"la {native}"
        if code == "ES"
        else f"la autoridad de protección de datos ({native})",
        clause=clause,
        clause_es=clause_es,
    )


def digital_services_coordinator(country: str) -> Regulator | None:
    """A person may complain to the Digital Services Coordinator of the Member State where
    they live (DSA Art. 53); each State designates its own, so we name it by country."""
    code = country.strip().upper()
    if code not in EU_COUNTRIES:
        return None
    return Regulator(
        slug="dsc",
        name=f"the Digital Services Coordinator of {country_name(code, 'en')}",
        name_es=f"el Coordinador de Servicios Digitales de {country_name(code, 'es')}",
        clause="Regulation (EU) 2022/2065 (Digital Services Act), Art. 53",
        clause_es="el Reglamento (UE) 2022/2065 (Reglamento de Servicios Digitales), art. 53",
    )


def ftc(_country: str) -> Regulator:
    return FTC


def esafety(_country: str) -> Regulator:
    return ESAFETY


def none(_country: str) -> None:
    return None

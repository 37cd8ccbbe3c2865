"""Spanish for the follow-up (takedown/followup) and the reports (takedown/reports)."""

ES = {
    "Name": "Nombre",
    "Notices sent": "Avisos enviados",
    "Removal rate": "Tasa de retirada",
    "Median hours": "Horas (mediana)",
    "90th percentile hours": "Horas (percentil 90)",
    "No notices sent in this period.": "No se enviaron avisos en este periodo.",
    "Evidence package for case %(reference)s": "Paquete de pruebas del caso %(reference)s",
    "Made on %(when)s UTC.": "Generado el %(when)s UTC.",
    "Matches": "Coincidencias",
    "Image found": "Imagen encontrada",
    "Its SHA-256": "Su SHA-256",
    "Algorithm": "Algoritmo",
    "Distance": "Distancia",
    "The rest are in matches.csv.": "Las demás están en matches.csv.",
    "Details": "Detalles",
    "Notice complied with: all its URLs removed": "Aviso atendido: todas sus URL retiradas",
    "Deadline reminder sent": "Recordatorio de plazo enviado",
    "Escalation drafted": "Escalado redactado",
    "Re-upload found": "Nueva publicación encontrada",
    "Notices exported": "Avisos exportados",
    "Evidence package downloaded": "Paquete de pruebas descargado",
    "Download the evidence package (zip)": "Descargar el paquete de pruebas (zip)",
    "This package is a BagIt bag: manifest-sha256.txt gives the SHA-256 of every file in "
    "data/, and tagmanifest-sha256.txt that of the manifest itself, so anyone can check that "
    "nothing changed since it was made. It holds no image: each image is identified by its "
    "SHA-256 and perceptual (PDQ) hash.": (
        "Este paquete es una bolsa BagIt: manifest-sha256.txt da el SHA-256 de cada archivo "
        "de data/, y tagmanifest-sha256.txt el del propio manifiesto, para que cualquiera "
        "pueda comprobar que nada ha cambiado desde que se generó. No contiene ninguna "
        "imagen: cada imagen se identifica por su SHA-256 y su hash perceptual (PDQ)."
    ),
    "Where the images were found": "Dónde se encontraron las imágenes",
    "Platform": "Plataforma",
    "Status": "Estado",
    "First checked": "Primera comprobación",
    "None.": "Ninguno.",
    "%(counter)s fetch is recorded in fetches.json and fetches.csv.": (
        "%(counter)s descarga consta en fetches.json y fetches.csv.",
        "%(counter)s descargas constan en fetches.json y fetches.csv.",
    ),
    "%(counter)s match is listed in matches.csv.": (
        "%(counter)s coincidencia figura en matches.csv.",
        "%(counter)s coincidencias figuran en matches.csv.",
    ),
    "File": "Archivo",
    "Legal basis": "Base legal",
    "Deadline": "Plazo",
    "Timeline": "Cronología",
    "When (UTC)": "Cuándo (UTC)",
    "What happened": "Qué pasó",
    "By": "Por",
    "Files in this package": "Archivos de este paquete",
    "Funder report": "Informe para financiadores",
    "Funder report for %(name)s": "Informe para financiadores de %(name)s",
    "Totals per quarter of the fiscal year, which starts in %(start_month)s. Nothing here "
    "identifies anyone.": (
        "Totales por trimestre del ejercicio fiscal, que empieza en %(start_month)s. Nada de "
        "lo que aparece aquí identifica a nadie."
    ),
    "Counts from 1 to %(below)s are shown as “&lt;%(threshold)s”, and rates and times are "
    "not shown for fewer than %(threshold)s notices: with so few, someone who knows one of "
    "the people helped could recognise them.": (
        "Las cifras de 1 a %(below)s se muestran como “&lt;%(threshold)s”, y las tasas y los "
        "tiempos no se muestran con menos de %(threshold)s avisos: con tan pocos, alguien que "
        "conozca a una de las personas atendidas podría reconocerla."
    ),
    "Per quarter": "Por trimestre",
    "Quarter": "Trimestre",
    "Cases opened": "Casos abiertos",
    "Cases closed": "Casos cerrados",
    "Notices complied with": "Avisos atendidos",
    "Median hours to removal": "Mediana de horas hasta la retirada",
    "Nothing to report yet.": "Todavía no hay nada que informar.",
    "Download as CSV": "Descargar en CSV",
    "Organisation settings": "Ajustes de la organización",
    "Settings for %(name)s": "Ajustes de %(name)s",
    "Save": "Guardar",
    "Statistics": "Estadísticas",
    "Statistics for %(name)s": "Estadísticas de %(name)s",
    "Show": "Mostrar",
    "%(removed)s of %(counter)s notice sent led to removal.": (
        "%(removed)s de %(counter)s aviso enviado terminó en retirada.",
        "%(removed)s de %(counter)s avisos enviados terminaron en retirada.",
    ),
    "Half were removed within %(median)s hours, nine in ten within %(p90)s hours.": (
        "La mitad se retiraron en %(median)s horas o menos, nueve de cada diez en %(p90)s "
        "horas o menos."
    ),
    "Counts include notices of cases since deleted, kept without anything that identifies "
    "the case. Time to removal runs from sending the notice to the recheck that found every "
    "URL gone.": (
        "Las cifras incluyen avisos de casos ya eliminados, conservados sin nada que "
        "identifique el caso. El tiempo hasta la retirada va desde el envío del aviso hasta la "
        "comprobación que encontró retiradas todas las URL."
    ),
    "Cases opened and closed": "Casos abiertos y cerrados",
    "Cases per period": "Casos por periodo",
    "Period": "Periodo",
    "Count cases per": "Contar los casos por",
    "month": "mes",
    "quarter": "trimestre",
    "year": "año",
    "Opened": "Abiertos",
    "No cases in this period.": "No hay casos en este periodo.",
    "Export notices (CSV)": "Exportar avisos (CSV)",
    "Export notices (Excel)": "Exportar avisos (Excel)",
    "Follow-up": "Seguimiento",
    "deadline reminder": "recordatorio de plazo",
    "Second notice": "Segundo aviso",
    "Report to the hosting provider": "Denuncia al proveedor de alojamiento",
    "Search-engine de-indexing": "Desindexación en buscadores",
    "Complaint to the regulator": "Reclamación ante el regulador",
    "escalation": "escalado",
    "Deadline in %(hours)d hours: notice to %(platform)s, case %(case)s": (
        "El plazo vence en %(hours)d horas: aviso a %(platform)s, caso %(case)s"
    ),
    "Deadline passed: notice to %(platform)s, case %(case)s": (
        "Plazo vencido: aviso a %(platform)s, caso %(case)s"
    ),
    "%(hours)d hours past the deadline: notice to %(platform)s, case %(case)s": (
        "%(hours)d horas después del plazo: aviso a %(platform)s, caso %(case)s"
    ),
    "The %(basis)s notice to %(platform)s in case %(case)s was sent on %(sent)s. Its "
    "deadline is %(deadline)s. The content has not been confirmed removed.\n\nOpen the case "
    "to recheck the URLs, send the escalation drafted for you, or record the platform's "
    "answer.": (
        "El aviso %(basis)s a %(platform)s del caso %(case)s se envió el %(sent)s. Su plazo "
        "vence el %(deadline)s. No consta que el contenido se haya retirado.\n\nAbra el caso "
        "para volver a comprobar las URL, enviar el escalado que se ha redactado o anotar la "
        "respuesta de la plataforma."
    ),
    "Reports": "Informes",
    "Case": "Caso",
    "Hours to removal": "Horas hasta la retirada",
    "Platform's reference": "Referencia de la plataforma",
    "URLs": "URL",
    "January": "enero",
    "February": "febrero",
    "March": "marzo",
    "April": "abril",
    "May": "mayo",
    "June": "junio",
    "July": "julio",
    "August": "agosto",
    "September": "septiembre",
    "October": "octubre",
    "November": "noviembre",
    "December": "diciembre",
    "Fiscal year starts in": "El ejercicio fiscal empieza en",
    "Closed and withdrawn cases are deleted this many days after they were closed, every "
    "night. Only anonymous counts stay. Leave empty to keep them until someone deletes "
    "them.": (
        "Los casos cerrados y retirados se eliminan, cada noche, este número de días después "
        "de cerrarse. Solo quedan cifras anónimas. Déjelo vacío para conservarlos hasta que "
        "alguien los elimine."
    ),
    "Keep closed cases for at least one day.": "Conserve los casos cerrados al menos un día.",
    "From": "Desde",
    "Until (not included)": "Hasta (sin incluir)",
    "%(title)s: removal rate": "%(title)s: tasa de retirada",
    "%(title)s: median hours to removal": "%(title)s: mediana de horas hasta la retirada",
    "By platform": "Por plataforma",
    "By legal basis": "Por base legal",
    "Settings saved.": "Ajustes guardados.",
    "(unknown)": "(desconocida)",
    "deleted case tally": "recuento de caso eliminado",
}

# The name the common brief uses; scripts/translate_es.py reads ES.
MESSAGES = ES

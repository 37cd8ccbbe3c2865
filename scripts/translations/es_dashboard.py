"""Spanish for the caseworker dashboard (takedown/dashboard, templates/dashboard)."""

MESSAGES = {
    "Result": "Resultado",
    "no authorisation to act on file: it cannot be sent yet": (
        "no consta autorización para actuar: aún no se puede enviar"
    ),
    "Missing:": "Falta:",
    "Audit log": "Registro de auditoría",
    "User": "Usuario",
    "Anyone": "Cualquiera",
    "Show": "Mostrar",
    "When": "Cuándo",
    "Who": "Quién",
    "What": "Qué",
    "(deleted case)": "(caso eliminado)",
    "Previous": "Anterior",
    "Next": "Siguiente",
    "Dashboard": "Panel",
    "Home": "Inicio",
    "Accept an invitation": "Aceptar una invitación",
    "Sign out": "Cerrar sesión",
    "Assign or transfer": "Asignar o transferir",
    "Assign or transfer case %(reference)s": "Asignar o transferir el caso %(reference)s",
    "Save": "Guardar",
    "Back to the case": "Volver al caso",
    "Authorisations to act": "Autorizaciones para actuar",
    "Authorisations to act for case %(reference)s": (
        "Autorizaciones para actuar en el caso %(reference)s"
    ),
    "A notice is sent in the person's name only with an authorisation on file that covers "
    "its platform and legal basis and is in force.": (
        "Un aviso solo se envía en nombre de la persona si consta una autorización vigente "
        "que cubra su plataforma y su base legal."
    ),
    "Given by": "Dada por",
    "How": "Cómo",
    "Expires": "Caduca",
    "In force": "Vigente",
    "all": "todas",
    "no": "no",
    "yes": "sí",
    "Revoke": "Revocar",
    "revoked": "revocada",
    "None on file.": "No consta ninguna.",
    "Record": "Registrar",
    "opened": "abierto",
    "nobody": "nadie",
    "Flags": "Marcas",
    "Flag": "Marca",
    "flag": "marca",
    "A flag that is set is cleared by the same button.": (
        "Una marca puesta se quita con el mismo botón."
    ),
    "Recheck every live URL of this case": "Volver a comprobar todas las URL activas del caso",
    "Send drafted notices": "Enviar los avisos redactados",
    "URLs": "URL",
    "Draft the notice for all matched URLs": (
        "Redactar el aviso para todas las URL con coincidencia"
    ),
    "Deadline": "Plazo",
    "No notices yet.": "Aún no hay avisos.",
    "Timeline and notes": "Cronología y notas",
    "Note": "Nota",
    "note": "nota",
    ("%(counter)s case", "%(counter)s cases"): ("%(counter)s caso", "%(counter)s casos"),
    "Opened": "Abierto",
    "Overdue": "Vencidos",
    "Next deadline": "Próximo plazo",
    "No cases match these filters.": "Ningún caso cumple estos filtros.",
    "Page %(number)s of %(total)s": "Página %(number)s de %(total)s",
    "Draft the notice to %(platform)s for case %(reference)s": (
        "Redactar el aviso a %(platform)s para el caso %(reference)s"
    ),
    "Your work today": "Tu trabajo de hoy",
    "my open cases": "mis casos abiertos",
    "matched URLs without a notice": "URL con coincidencia sin aviso",
    "cases waiting for the person": "casos a la espera de la persona",
    "cases nobody has taken": "casos que nadie ha asumido",
    "Take on a case with the person's code": "Asumir un caso con el código de la persona",
    "For": "Para",
    "Take the case": "Asumir el caso",
    "Ask a helpline for help": "Pedir ayuda a una línea de apoyo",
    "Give this code to the helpline. It works once, for 14 days, and is shown only now:": (
        "Da este código a la línea de apoyo. Sirve una sola vez, durante 14 días, y solo se "
        "muestra ahora:"
    ),
    "A caseworker who enters it will see your case, including your name and contact details, "
    "and can send notices for you once you have authorised them.": (
        "La persona de la línea de apoyo que lo introduzca verá tu caso, con tu nombre y tus "
        "datos de contacto, y podrá enviar avisos por ti cuando la hayas autorizado."
    ),
    "A helpline caseworker can take on your case for you. Make a code and give it to the "
    "helpline you trust, by phone or e-mail.": (
        "Una persona de una línea de apoyo puede llevar tu caso por ti. Crea un código y dáselo "
        "a la línea de apoyo en la que confíes, por teléfono o por correo electrónico."
    ),
    "Make a code": "Crear un código",
    "Assign a case": "Asignar un caso",
    "Assign case %(reference)s": "Asignar el caso %(reference)s",
    "As an organisation admin you can assign this case but not open it: only the caseworkers "
    "assigned to it can.": (
        "Como administrador de la organización puedes asignar este caso, pero no abrirlo: solo "
        "pueden hacerlo las personas asignadas."
    ),
    "Cases nobody has taken": "Casos que nadie ha asumido",
    "Assign": "Asignar",
    "Every case has a caseworker.": "Todos los casos tienen a alguien asignado.",
    "Work on %(name)s": "Trabajar en %(name)s",
    (
        "%(counter)s of your open cases has matched URLs here.",
        "%(counter)s of your open cases have matched URLs here.",
    ): (
        "%(counter)s de tus casos abiertos tiene URL con coincidencia aquí.",
        "%(counter)s de tus casos abiertos tienen URL con coincidencia aquí.",
    ),
    "Recheck every live URL on this platform": (
        "Volver a comprobar todas las URL activas en esta plataforma"
    ),
    "Draft the notices for all matched URLs": (
        "Redactar los avisos para todas las URL con coincidencia"
    ),
    "Draft them all": "Redactarlos todos",
    "Send": "Enviar",
    "Send every drafted notice to this platform": (
        "Enviar todos los avisos redactados a esta plataforma"
    ),
    "Recheck case %(reference)s": "Volver a comprobar el caso %(reference)s",
    (
        "%(counter)s URL is not known to be removed.",
        "%(counter)s URLs are not known to be removed.",
    ): (
        "No consta que se haya retirado %(counter)s URL.",
        "No consta que se hayan retirado %(counter)s URL.",
    ),
    "Check them again": "Volver a comprobarlas",
    "Send notices for case %(reference)s": "Enviar avisos del caso %(reference)s",
    "Read the notice": "Leer el aviso",
    "No drafted notices.": "No hay avisos redactados.",
    "Send the chosen notices": "Enviar los avisos elegidos",
    "You need your password and the 6-digit code from your authenticator app.": (
        "Necesitas tu contraseña y el código de 6 cifras de tu aplicación de autenticación."
    ),
    "Sign in": "Entrar",
    "This case is not with any organisation yet.": "Este caso aún no está en ninguna organización.",
    "%(user)s is not a member of this organisation.": (
        "%(user)s no es miembro de esta organización."
    ),
    "Only a caseworker on the case or an organisation admin can.": (
        "Solo puede hacerlo alguien asignado al caso o un administrador de la organización."
    ),
    "You are not a member of this organisation.": "No eres miembro de esta organización.",
    "This code is not valid. Ask the person for a new one.": (
        "Este código no es válido. Pide uno nuevo a la persona."
    ),
    "This case is already with another organisation.": "Este caso ya está con otra organización.",
    "No authorisation to act is on file for %(platform)s under %(basis)s. Record the person's "
    "authorisation before sending.": (
        "No consta autorización para actuar ante %(platform)s según %(basis)s. Registra la "
        "autorización de la persona antes de enviar."
    ),
    "This platform is not in the registry: write to its host.": (
        "Esta plataforma no está en el registro: escribe a su proveedor de alojamiento."
    ),
    "No matched URLs on this platform.": "No hay URL con coincidencia en esta plataforma.",
    "This notice was already sent.": "Este aviso ya se envió.",
    "This platform takes reports through a web form: use form assist.": (
        "Esta plataforma recibe denuncias por un formulario web: usa la ayuda con formularios."
    ),
    "Password": "Contraseña",
    "Username": "Nombre de usuario",
    "Code from your authenticator app": "Código de tu aplicación de autenticación",
    "Any": "Cualquiera",
    "Open": "Abiertos",
    "Matches without a notice": "Coincidencias sin aviso",
    "Opened from": "Abierto desde",
    "Opened until": "Abierto hasta",
    "Names, contact details and notes are encrypted and cannot be searched.": (
        "Los nombres, los datos de contacto y las notas están cifrados y no se pueden buscar."
    ),
    "Sort by": "Ordenar por",
    "Newest first": "Más recientes primero",
    "Oldest first": "Más antiguos primero",
    "Recently changed": "Cambiados recientemente",
    "Transfer: take everyone else off the case": "Transferir: quitar del caso a todos los demás",
    "The images were published without my consent": (
        "Las imágenes se publicaron sin mi consentimiento"
    ),
    "The information in the notice is accurate": "La información del aviso es exacta",
    "The use is not authorised by me, my agent or the law": (
        "El uso no está autorizado por mí, por mi representante ni por la ley"
    ),
    "I state the above under penalty of perjury": "Declaro lo anterior bajo pena de perjurio",
    "How it was given": "Cómo se dio",
    "how it was given": "cómo se dio",
    "When (YYYY-MM-DD HH:MM)": "Cuándo (AAAA-MM-DD HH:MM)",
    "Platforms (slugs, comma-separated; empty for all)": (
        "Plataformas (identificadores separados por comas; vacío para todas)"
    ),
    "Legal bases (none ticked for all)": "Bases legales (ninguna marcada para todas)",
    "Statements the person confirmed": "Declaraciones que la persona confirmó",
    "Expires (optional)": "Caduca (opcional)",
    "Language of the notice": "Idioma del aviso",
    "The images are AI-made or altered": "Las imágenes están hechas o alteradas con IA",
    "The person took the photo": "La persona hizo la foto",
    "The original photo, in words (DMCA)": "La foto original, descrita con palabras (DMCA)",
    "Your organisation's postal address": "Dirección postal de tu organización",
    "Sign with my name": "Firmar con mi nombre",
    "Invitation code from the person": "Código de invitación de la persona",
    "From": "Desde",
    "Until": "Hasta",
    "Viewed": "Consultado",
    "Changed": "Modificado",
    "Exported": "Exportado",
    "Signed in": "Inicio de sesión",
    "action": "acción",
    "what": "qué",
    "audit entry": "entrada de auditoría",
    "audit log": "registro de auditoría",
    "Signed authorisation form": "Formulario de autorización firmado",
    "E-mail from the person": "Correo electrónico de la persona",
    "Given in this app by the person": "Dada por la persona en esta aplicación",
    "By telephone, recorded in a note": "Por teléfono, anotada en una nota",
    "In person": "En persona",
    "given by": "dada por",
    "given on": "dada el",
    "statements confirmed": "declaraciones confirmadas",
    "expires on": "caduca el",
    "revoked on": "revocada el",
    "authorisation to act": "autorización para actuar",
    "helpline invitation": "invitación a una línea de apoyo",
    "Urgent": "Urgente",
    "Safety concern": "Riesgo para la seguridad",
    "Waiting for the person": "A la espera de la persona",
    "Needs legal advice": "Necesita asesoría jurídica",
    "Police involved": "Intervención policial",
    "The username, password or code is not right.": (
        "El nombre de usuario, la contraseña o el código no son correctos."
    ),
    "You have signed out.": "Has cerrado la sesión.",
    ("%(n)d URL will be checked again.", "%(n)d URLs will be checked again."): (
        "Se volverá a comprobar %(n)d URL.",
        "Se volverán a comprobar %(n)d URL.",
    ),
    "Choose what to do.": "Elige qué hacer.",
    "The case is assigned to %(user)s.": "El caso está asignado a %(user)s.",
    "The authorisation to act is on file.": "La autorización para actuar queda registrada.",
    "The authorisation is revoked.": "La autorización queda revocada.",
    "The case is now yours.": "Ahora el caso es tuyo.",
    "Case": "Caso",
    "Notice": "Aviso",
    "Action": "Acción",
    "Nothing recorded.": "No hay nada registrado.",
    "Caseload": "Casos",
    "Platforms": "Plataformas",
    "platforms": "plataformas",
    "Legal bases": "Bases legales",
    "legal bases": "bases legales",
    "Record an authorisation": "Registrar una autorización",
    "Case %(reference)s": "Caso %(reference)s",
    "Assigned to": "Asignado a",
    "URLs by platform": "URL por plataforma",
    "Platform": "Plataforma",
    "Matched": "Con coincidencia",
    "Notices": "Avisos",
    "Legal basis": "Base legal",
    "Status": "Estado",
    "Add note": "Añadir nota",
    "Case number": "Número de caso",
    "Pages": "Páginas",
    "Draft notices": "Redactar avisos",
    "Draft": "Redactar",
    "Unassigned cases": "Casos sin asignar",
    "notices overdue": "avisos vencidos",
    "Notices overdue": "Avisos vencidos",
    "Send notices": "Enviar avisos",
    "Caseworker sign-in": "Acceso para el personal de apoyo",
    "Caseworker dashboard": "Panel del personal de apoyo",
    "Given by (full name)": "Dada por (nombre completo)",
    "Case opened": "Caso abierto",
    "Case closed": "Caso cerrado",
    "Check started": "Comprobación iniciada",
    "Check finished": "Comprobación terminada",
    "Images found": "Imágenes encontradas",
    "URL checked again": "URL comprobada de nuevo",
    "URL could not be checked again": "No se pudo volver a comprobar la URL",
    "Removed": "Retirada",
    "Back online": "De nuevo en línea",
    "Caseworker added": "Persona de apoyo añadida",
    "Case transferred": "Caso transferido",
    "Helpline invitation made": "Invitación a la línea de apoyo creada",
    "Helpline took the case": "La línea de apoyo asumió el caso",
    "Authorisation to act recorded": "Autorización para actuar registrada",
    "Authorisation to act revoked": "Autorización para actuar revocada",
    "Notice drafted": "Aviso redactado",
    "Notice sent": "Aviso enviado",
    "Note added": "Nota añadida",
    "Flag set": "Marca puesta",
    "Flag cleared": "Marca quitada",
    "Marked as removed.": "Marcada como retirada.",
    "Mark removed": "Marcar como retirada",
    "Last checked": "Última comprobación",
    "URL": "URL",
    "Back to your case": "Volver a tu caso",
    "Ask a helpline to take on your case": "Pedir a una línea de apoyo que lleve tu caso",
}

# scripts/translate_es.py reads `ES`, with a plural under its singular msgid.
ES = {key[0] if isinstance(key, tuple) else key: value for key, value in MESSAGES.items()}

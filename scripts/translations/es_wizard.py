"""Spanish for the person's notice wizard (takedown/person/views/notices.py,
notice_forms.py, notice_wizard.py, templates/person/notice_*.html). Tuteo, as the rest of
the site."""

MESSAGES = {
    # Start and links
    "Write the request to %(name)s": "Escribir la solicitud a %(name)s",
    "Ask %(name)s to remove your photos": "Pide a %(name)s que retire tus fotos",
    (
        "We write one request for the %(count)s page where we found your photos:",
        "We write one request for the %(count)s pages where we found your photos:",
    ): (
        "Escribimos una solicitud para la %(count)s página donde encontramos tus fotos:",
        "Escribimos una solicitud para las %(count)s páginas donde encontramos tus fotos:",
    ),
    "We ask a few questions about where you live and about the photo, then suggest the law "
    "that works best, then ask only for the details that law requires. Before anything is "
    "sent you see the exact text. It never contains your photos.": (
        "Te hacemos unas preguntas sobre dónde vives y sobre la foto, te sugerimos la ley que "
        "mejor funciona y te pedimos solo los datos que esa ley exige. Antes de enviar nada "
        "ves el texto exacto. Nunca contiene tus fotos."
    ),
    "This website only takes reports through the report button in its app, or we do not "
    "know how it takes them. A caseworker can help you.": (
        "Este sitio solo acepta denuncias desde el botón de denunciar de su aplicación, o no "
        "sabemos cómo las acepta. Una persona de apoyo puede ayudarte."
    ),
    "This is not legal advice.": "Esto no es asesoramiento jurídico.",
    "Which law to use, in plain words": "Qué ley usar, en palabras sencillas",
    "Start": "Empezar",
    "Back to the ways to ask": "Volver a las formas de pedirlo",
    "Stop and go back to the ways to ask": "Parar y volver a las formas de pedirlo",
    # Questions
    "Yes": "Sí",
    "No": "No",
    "Somewhere else": "En otro país",
    "Which country do you live in?": "¿En qué país vives?",
    "Choose the country you live in": "Elige el país en el que vives",
    "Some laws protect you because of where you live.": (
        "Algunas leyes te protegen por el lugar donde vives."
    ),
    "Did you take the photo or video yourself?": "¿Hiciste tú la foto o el vídeo?",
    "Choose yes if you took it yourself, or no": "Elige sí si la hiciste tú, o no",
    "For example a selfie. This decides whether a copyright notice is possible.": (
        "Por ejemplo, un selfi. De esto depende que se pueda enviar un aviso de derechos de autor."
    ),
    "Was the image made or changed with AI?": "¿La imagen se creó o se modificó con IA?",
    "Choose yes if it was made or changed with AI, or no": (
        "Elige sí si se creó o se modificó con IA, o no"
    ),
    "For example a “deepfake” or an “undressing” app. The request then says so.": (
        "Por ejemplo, un «deepfake» o una aplicación para «desnudar». La solicitud lo dirá."
    ),
    "What is your full name?": "¿Cuál es tu nombre completo?",
    "Enter your full name": "Escribe tu nombre completo",
    "The website needs it to act on the request. It is sent only to them.": (
        "El sitio lo necesita para atender la solicitud. Solo se le envía a él."
    ),
    "What e-mail address should the website answer to?": (
        "¿A qué correo electrónico debe responder el sitio?"
    ),
    "Enter an e-mail address, like name@example.com": (
        "Escribe un correo electrónico, como nombre@ejemplo.com"
    ),
    "Use an address that only you can read. You get a copy of the request.": (
        "Usa una dirección que solo puedas leer tú. Recibirás una copia de la solicitud."
    ),
    "What postal address can go in the request?": (
        "¿Qué dirección postal puede figurar en la solicitud?"
    ),
    "Enter a postal address": "Escribe una dirección postal",
    "A copyright notice must give one. It may be the address of a helpline or a post office box.": (
        "Un aviso de derechos de autor debe incluir una. Puede ser la de una línea de ayuda o "
        "un apartado de correos."
    ),
    "Sign the request: type your full name": "Firma la solicitud: escribe tu nombre completo",
    "Type your full name to sign the request": (
        "Escribe tu nombre completo para firmar la solicitud"
    ),
    "Typing your name is your electronic signature.": (
        "Escribir tu nombre es tu firma electrónica."
    ),
    "Describe your original photo or video in a few words": (
        "Describe tu foto o vídeo original en pocas palabras"
    ),
    "Describe your original photo or video": "Describe tu foto o vídeo original",
    "For example: a photo I took of myself in 2024. Do not describe what it shows.": (
        "Por ejemplo: una foto que me hice en 2024. No describas lo que se ve."
    ),
    "Confirm that you did not agree to this": "Confirma que no diste tu consentimiento",
    "Tick the box to confirm it, or the request cannot be sent": (
        "Marca la casilla para confirmarlo; si no, la solicitud no se puede enviar"
    ),
    "I believe in good faith that this image was shared without my consent.": (
        "Creo de buena fe que esta imagen se compartió sin mi consentimiento."
    ),
    "Confirm that the request is accurate": "Confirma que la solicitud es exacta",
    "Everything in this request is accurate and complete, as far as I know.": (
        "Todo lo que dice esta solicitud es exacto y completo, que yo sepa."
    ),
    "Confirm that nobody had your permission": "Confirma que nadie tenía tu permiso",
    "I believe in good faith that nobody had my permission, or any legal right, to post it.": (
        "Creo de buena fe que nadie tenía mi permiso, ni ningún derecho legal, para publicarla."
    ),
    "Confirm under penalty of perjury": "Confirma bajo pena de perjurio",
    "A copyright notice must say this. Saying it falsely is a crime in the US.": (
        "Un aviso de derechos de autor debe decirlo. Decirlo en falso es delito en EE. UU."
    ),
    "Under penalty of perjury, this request is accurate and I own the copyright in the "
    "photo or video.": (
        "Bajo pena de perjurio, esta solicitud es exacta y soy titular de los derechos de "
        "autor de la foto o el vídeo."
    ),
    # The law
    "Which law should the request use?": "¿En qué ley debe basarse la solicitud?",
    "We suggest the one that should work best for you, from where you live and what this "
    "website accepts. You can send another request later.": (
        "Te sugerimos la que debería funcionar mejor para ti, según dónde vives y lo que "
        "acepta este sitio. Más tarde puedes enviar otra solicitud."
    ),
    "Suggested": "Sugerida",
    "The website must act within %(deadline)s.": "El sitio debe actuar en %(deadline)s.",
    "This website also takes copyright (DMCA) notices, but only the person who took the "
    "photo or video may send one.": (
        "Este sitio también acepta avisos de derechos de autor (DMCA), pero solo puede "
        "enviarlos quien hizo la foto o el vídeo."
    ),
    "Choose the law the request rests on": "Elige la ley en la que se basa la solicitud",
    "Choose one of the laws on this page": "Elige una de las leyes de esta página",
    "A copyright (DMCA) notice is only for the person who took the photo or video. Choose "
    "another law.": (
        "Un aviso de derechos de autor (DMCA) es solo para quien hizo la foto o el vídeo. "
        "Elige otra ley."
    ),
    "A US law. Websites that let people post must remove an intimate image shared without "
    "consent within 48 hours of a valid request. It also covers images made or changed "
    "with AI.": (
        "Una ley de EE. UU. Los sitios donde la gente publica deben retirar una imagen íntima "
        "compartida sin consentimiento en un plazo de 48 horas desde una solicitud válida. "
        "También cubre imágenes creadas o modificadas con IA."
    ),
    "Your right, under European data protection law, to have personal data about you "
    "erased. The website must answer within one month.": (
        "Tu derecho, según la ley europea de protección de datos, a que se supriman tus datos "
        "personales. El sitio debe responder en un mes."
    ),
    "A notice under the EU Digital Services Act. The website must look at it promptly and "
    "tell you what it decided.": (
        "Un aviso según la Ley de Servicios Digitales de la UE. El sitio debe examinarlo sin "
        "demora y decirte qué ha decidido."
    ),
    "In the United Kingdom sharing intimate images without consent is a crime, and "
    "websites must take such images down swiftly once they know.": (
        "En el Reino Unido compartir imágenes íntimas sin consentimiento es delito, y los "
        "sitios deben retirarlas rápidamente en cuanto lo saben."
    ),
    "Australia's scheme for image-based abuse. If the website does not act, the eSafety "
    "Commissioner can order removal within 24 hours.": (
        "El sistema australiano contra el abuso con imágenes. Si el sitio no actúa, la "
        "Comisionada de eSafety puede ordenar la retirada en 24 horas."
    ),
    "The website's own rules forbid intimate images shared without consent. This works "
    "anywhere, but no law sets a deadline.": (
        "Las propias normas del sitio prohíben las imágenes íntimas compartidas sin "
        "consentimiento. Sirve en cualquier país, pero ninguna ley fija un plazo."
    ),
    "Asks a search engine to stop showing the pages in its results. The pages themselves "
    "stay online until the website removes them.": (
        "Pide a un buscador que deje de mostrar las páginas en sus resultados. Las páginas "
        "siguen en línea hasta que el sitio las retire."
    ),
    "A report to the company that hosts the website, under its rules for acceptable use.": (
        "Una denuncia a la empresa que aloja el sitio, según sus normas de uso aceptable."
    ),
    "Copyright: only if you took the photo or video yourself. Websites act on these quickly.": (
        "Derechos de autor: solo si hiciste tú la foto o el vídeo. Los sitios los atienden rápido."
    ),
    "A copyright notice can be passed on to the person who posted the image and published "
    "in public databases, with your name on it. If that worries you, choose another law.": (
        "Un aviso de derechos de autor puede llegar a quien publicó la imagen y publicarse "
        "en bases de datos públicas, con tu nombre. Si eso te preocupa, elige otra ley."
    ),
    # Check your answers and preview
    "Check your answers before we write the request": (
        "Revisa tus respuestas antes de que escribamos la solicitud"
    ),
    "Law": "Ley",
    "Confirmed": "Confirmado",
    "Not confirmed": "Sin confirmar",
    "Next you see the exact text of the request. Nothing is sent until you say so.": (
        "A continuación ves el texto exacto de la solicitud. No se envía nada hasta que lo digas."
    ),
    "See the request": "Ver la solicitud",
    "Read the request before it is sent": "Lee la solicitud antes de enviarla",
    "This is the exact text. It contains no photos.": (
        "Este es el texto exacto. No contiene fotos."
    ),
    "To": "Para",
    "Subject": "Asunto",
    "It goes by e-mail from our address. Replies go to %(email)s, and you get a copy.": (
        "Se envía por correo electrónico desde nuestra dirección. Las respuestas llegan a "
        "%(email)s, y recibes una copia."
    ),
    "Send the request by e-mail": "Enviar la solicitud por correo electrónico",
    "%(name)s takes these requests only through a form on its website. Next we show you "
    "each answer to copy into it.": (
        "%(name)s solo acepta estas solicitudes mediante un formulario en su web. A "
        "continuación te mostramos cada respuesta para que la copies en él."
    ),
    "Fill in the website's form": "Rellenar el formulario del sitio",
    "Change your answers": "Cambiar tus respuestas",
    # Form assist
    "Fill in %(name)s's form": "Rellena el formulario de %(name)s",
    "Use the report button in the website's app, and copy these answers into it.": (
        "Usa el botón de denunciar de la aplicación del sitio y copia en él estas respuestas."
    ),
    "Copy": "Copiar",
    "Copied": "Copiado",
    "Answer this one yourself.": "Responde tú a esta.",
    "When you have submitted the form, tell us, so that we can follow it up.": (
        "Cuando hayas enviado el formulario, dínoslo para que podamos hacer el seguimiento."
    ),
    "I have submitted the form": "He enviado el formulario",
    # Confirmation
    "Your request has been sent": "Tu solicitud se ha enviado",
    "Your request is recorded": "Tu solicitud ha quedado registrada",
    "Your reference": "Tu referencia",
    "We asked %(name)s to remove your photos under: %(law)s.": (
        "Hemos pedido a %(name)s que retire tus fotos según: %(law)s."
    ),
    "The law gives the website until <strong>%(deadline)s</strong> to act.": (
        "La ley da al sitio hasta el <strong>%(deadline)s</strong> para actuar."
    ),
    "No law sets a deadline for this request, but websites usually answer within a few days.": (
        "Ninguna ley fija un plazo para esta solicitud, pero los sitios suelen responder en "
        "pocos días."
    ),
    "The website may answer you by e-mail. Keep the reference.": (
        "El sitio puede responderte por correo electrónico. Guarda la referencia."
    ),
    "We check the pages again and show on your status page when a photo is gone.": (
        "Volvemos a revisar las páginas y te mostramos en tu página de estado cuándo ha "
        "desaparecido una foto."
    ),
    "If nothing happens by the deadline, you can send a second request or complain to the "
    "regulator. A caseworker can help.": (
        "Si no pasa nada antes del plazo, puedes enviar una segunda solicitud o reclamar al "
        "organismo regulador. Una persona de apoyo puede ayudarte."
    ),
    "See the status of each page": "Ver el estado de cada página",
    "Ask another website": "Pedírselo a otro sitio",
    # Guide
    "Which law to use": "Qué ley usar",
    "Takedown is not a law firm. If you can, ask a helpline or a lawyer before you send a "
    "request, especially a copyright one.": (
        "Takedown no es un despacho de abogados. Si puedes, consulta a una línea de ayuda o a "
        "un abogado antes de enviar una solicitud, sobre todo si es de derechos de autor."
    ),
    "By where you live": "Según dónde vives",
    "United States: a TAKE IT DOWN Act request first. The website must remove the image "
    "within 48 hours.": (
        "Estados Unidos: primero, una solicitud según la Ley TAKE IT DOWN. El sitio debe "
        "retirar la imagen en 48 horas."
    ),
    "European Union: a data protection (GDPR) erasure request, answered within one month, "
    "and a Digital Services Act notice.": (
        "Unión Europea: una solicitud de supresión según la protección de datos (RGPD), con "
        "respuesta en un mes, y un aviso según la Ley de Servicios Digitales."
    ),
    "United Kingdom: a report under UK law; sharing intimate images without consent is a "
    "crime there.": (
        "Reino Unido: una denuncia según la ley británica; allí compartir imágenes íntimas "
        "sin consentimiento es delito."
    ),
    "Australia: a request under the eSafety scheme; the eSafety Commissioner can order removal.": (
        "Australia: una solicitud según el sistema de eSafety; la Comisionada de eSafety "
        "puede ordenar la retirada."
    ),
    "Anywhere else: the website's own rules, and a TAKE IT DOWN Act request if the website "
    "is American.": (
        "En cualquier otro país: las propias normas del sitio, y una solicitud según la Ley "
        "TAKE IT DOWN si el sitio es estadounidense."
    ),
    "By situation": "Según la situación",
    "If the image was made or changed with AI, every request can say so, and the laws "
    "above still apply.": (
        "Si la imagen se creó o se modificó con IA, cualquier solicitud puede decirlo, y las "
        "leyes anteriores siguen siendo aplicables."
    ),
    "If you took the photo yourself, you own the copyright and can send a DMCA notice. But "
    "it can be passed on to the person who posted it and published with your name.": (
        "Si hiciste tú la foto, tienes los derechos de autor y puedes enviar un aviso DMCA. "
        "Pero puede llegar a quien la publicó y publicarse con tu nombre."
    ),
    "If someone else took it, do not use the DMCA: use one of the privacy requests.": (
        "Si la hizo otra persona, no uses la DMCA: usa una de las solicitudes de privacidad."
    ),
    "Each law in plain words": "Cada ley en palabras sencillas",
    "The full guide for caseworkers is docs/notices.md in the project's source.": (
        "La guía completa para el personal de apoyo está en docs/notices.md, en el código "
        "del proyecto."
    ),
    # Under 18
    "Were you under 18 when the photo or video was made?": (
        "¿Tenías menos de 18 años cuando se hizo la foto o el vídeo?"
    ),
    "Choose yes if you were under 18, or no": "Elige sí si tenías menos de 18 años, o no",
    "If you were, there are services made for exactly this, and we show them first.": (
        "Si es así, hay servicios hechos justo para esto, y te los mostramos primero."
    ),
    "There is help made for this": "Hay ayuda pensada para esto",
    "You were under 18 when the photo or video was made. Two free services from the US "
    "National Center for Missing & Exploited Children (NCMEC) are made for this, and they "
    "can reach many websites at once. Use them first.": (
        "Tenías menos de 18 años cuando se hizo la foto o el vídeo. Dos servicios gratuitos "
        "del Centro Nacional para Niños Desaparecidos y Explotados de EE. UU. (NCMEC) están "
        "pensados para esto y pueden llegar a muchos sitios a la vez. Úsalos primero."
    ),
    "Take It Down": "Take It Down",
    "It makes a fingerprint of the image on your own device, without sending the image, "
    "and shares the fingerprint with the websites that take part so that they can find "
    "and remove it.": (
        "Crea una huella de la imagen en tu propio dispositivo, sin enviar la imagen, y "
        "comparte esa huella con los sitios que participan para que puedan encontrarla y "
        "retirarla."
    ),
    "Open Take It Down (new tab)": "Abrir Take It Down (pestaña nueva)",
    "CyberTipline": "CyberTipline",
    "Report the pages to NCMEC's CyberTipline. NCMEC works with websites and the police "
    "to have such images removed.": (
        "Denuncia las páginas en la CyberTipline del NCMEC. El NCMEC trabaja con los sitios "
        "y con la policía para que se retiren estas imágenes."
    ),
    "Open the CyberTipline (new tab)": "Abrir la CyberTipline (pestaña nueva)",
    "You can still write your own request to the website as well.": (
        "Además, puedes escribir tu propia solicitud al sitio."
    ),
    "Continue to the request": "Seguir con la solicitud",
    # Downloads
    "Keep a copy": "Guarda una copia",
    "Download as text": "Descargar como texto",
    "Download as PDF": "Descargar como PDF",
    "Download as an e-mail to send yourself": (
        "Descargar como correo electrónico para enviarlo tú"
    ),
    # Next steps
    "Write and send the request to %(name)s, step by step": (
        "Escribir y enviar la solicitud a %(name)s, paso a paso"
    ),
    "(all questions on one page, to download)": (
        "(todas las preguntas en una página, para descargarla)"
    ),
    "Read the request again, or download it": "Vuelve a leer la solicitud o descárgala",
    "Your name and e-mail address go only into the request, which we keep encrypted and "
    "delete with your case. Leaving with “Exit this page” forgets the answers you have not "
    "sent.": (
        "Tu nombre y tu correo electrónico solo van en la solicitud, que guardamos cifrada y "
        "borramos con tu caso. Si sales con «Salir de esta página», se olvidan las respuestas "
        "que no hayas enviado."
    ),
    "We could not send the e-mail just now. Nothing was sent. Try again in a few minutes, "
    "or download the request below and send it yourself.": (
        "No hemos podido enviar el correo ahora. No se ha enviado nada. Vuelve a intentarlo "
        "dentro de unos minutos, o descarga la solicitud más abajo y envíala tú."
    ),
}

"""Spanish for the person's web flow (templates/person, takedown/person, photos.js,
progress.js and the browser fingerprinting messages the photo page shows). Tuteo, as the
rest of the site."""

MESSAGES = {
    # Home and layout
    "You do not need an account, a name or an e-mail address.": (
        "No necesitas una cuenta, ni dar tu nombre ni un correo electrónico."
    ),
    "Start now": "Empezar ahora",
    "Already started?": "¿Ya empezaste?",
    "Go back to your case with its number and PIN": "Vuelve a tu caso con su número y su PIN",
    "Sign in with your e-mail address": "Entra con tu correo electrónico",
    "There is a problem": "Hay un problema",
    "Error:": "Error:",
    "Exit this page": "Salir de esta página",
    "Skip to main content": "Saltar al contenido principal",
    "Loading.": "Cargando.",
    "Exit this page expired.": "«Salir de esta página» ha caducado.",
    "Shift, press 2 more times to exit.": "Mayúsculas: pulsa 2 veces más para salir.",
    "Shift, press 1 more time to exit.": "Mayúsculas: pulsa 1 vez más para salir.",
    "Emergency": "Emergencia",
    "Press Shift three times, or use the red button, to leave this site quickly.": (
        "Pulsa la tecla Mayúsculas tres veces, o el botón rojo, para salir rápido de este sitio."
    ),
    "The person's web flow": "El recorrido web de la persona",
    "Warning": "Aviso",
    "Continue": "Continuar",
    "Back to your case": "Volver a tu caso",
    "Case %(reference)s": "Caso %(reference)s",
    "Save": "Guardar",
    # Before you start
    "Before you start: leaving this site quickly": "Antes de empezar: cómo salir rápido",
    "If someone comes near and you need to hide what you are doing, leave this site at once:": (
        "Si alguien se acerca y necesitas ocultar lo que estás haciendo, sal de este sitio "
        "al instante:"
    ),
    "use the red “Exit this page” button at the top of every page, or": (
        "usa el botón rojo «Salir de esta página», arriba en cada página, o"
    ),
    "press the Shift key three times in a row on a keyboard.": (
        "pulsa la tecla Mayúsculas tres veces seguidas en un teclado."
    ),
    "Either one closes your session here and opens a weather page instead. To come back to "
    "your case you will need your case number and PIN.": (
        "Cualquiera de los dos cierra tu sesión aquí y abre en su lugar una página del tiempo. "
        "Para volver a tu caso necesitarás tu número de caso y tu PIN."
    ),
    "This does not erase your browser history. Someone who checks your history can still see "
    "that you visited this site. Use a private or incognito window, or delete your history "
    "afterwards.": (
        "Esto no borra el historial de tu navegador. Quien mire tu historial aún puede ver que "
        "visitaste este sitio. Usa una ventana privada o de incógnito, o borra tu historial "
        "después."
    ),
    "What happens next": "Qué pasa ahora",
    "We will show you a case number and a PIN. Save them somewhere safe: they are the only way "
    "back to your case, and we cannot show them again or recover them.": (
        "Te mostraremos un número de caso y un PIN. Guárdalos en un lugar seguro: son la única "
        "forma de volver a tu caso, y no podemos volver a mostrarlos ni recuperarlos."
    ),
    "I understand, start my case": "Entendido, empezar mi caso",
    # Save the number and PIN
    "Save your case number and PIN now": "Guarda ahora tu número de caso y tu PIN",
    "Your case number": "Tu número de caso",
    "Your PIN": "Tu PIN",
    "We will not show your PIN again and cannot recover it. Without both, nobody can open your "
    "case, not even us.": (
        "No volveremos a mostrar tu PIN y no podemos recuperarlo. Sin los dos, nadie puede "
        "abrir tu caso, ni siquiera nosotros."
    ),
    "Save them where only you can see them: a password manager is best. You can also write "
    "them down or copy them into a private note.": (
        "Guárdalos donde solo tú puedas verlos: lo mejor es un gestor de contraseñas. También "
        "puedes apuntarlos o copiarlos en una nota privada."
    ),
    "Case number": "Número de caso",
    "PIN": "PIN",
    "I have saved my case number and PIN": "He guardado mi número de caso y mi PIN",
    "Confirm that you have saved your case number and PIN": (
        "Confirma que has guardado tu número de caso y tu PIN"
    ),
    # Return, sign in, sign out, lockout
    "Go back to your case": "Volver a tu caso",
    "For example, TD-7K2M-9QXH": "Por ejemplo, TD-7K2M-9QXH",
    "Enter your case number": "Escribe tu número de caso",
    "The 8 digits you saved when you started": "Los 8 dígitos que guardaste al empezar",
    "Enter your PIN": "Escribe tu PIN",
    "The case number or PIN is not right. Check both and try again.": (
        "El número de caso o el PIN no son correctos. Revisa los dos e inténtalo de nuevo."
    ),
    "Lost them? We cannot recover a case number or PIN. You can start a new case.": (
        "¿Los has perdido? No podemos recuperar un número de caso ni un PIN. Puedes empezar "
        "un caso nuevo."
    ),
    "Start a new case": "Empezar un caso nuevo",
    "Sign in with your e-mail address instead": "Entrar con tu correo electrónico",
    "Sign in": "Entrar",
    "If you made an account for your case, sign in with its e-mail address and password.": (
        "Si creaste una cuenta para tu caso, entra con su correo electrónico y su contraseña."
    ),
    "Use your case number and PIN instead": "Usar tu número de caso y tu PIN",
    "The e-mail address or password is not right.": (
        "El correo electrónico o la contraseña no son correctos."
    ),
    "Your cases": "Tus casos",
    "started %(date)s": "empezado el %(date)s",
    "There are no cases on this account.": "Esta cuenta no tiene casos.",
    "You have left your case": "Has salido de tu caso",
    "This browser can no longer open your case. To open it again you need its case number "
    "and PIN.": (
        "Este navegador ya no puede abrir tu caso. Para abrirlo de nuevo necesitas su número "
        "de caso y su PIN."
    ),
    "Too many tries": "Demasiados intentos",
    (
        "There were too many wrong tries, so signing in is paused for %(hours)s hour.",
        "There were too many wrong tries, so signing in is paused for %(hours)s hours.",
    ): (
        "Hubo demasiados intentos fallidos, así que la entrada queda en pausa durante "
        "%(hours)s hora.",
        "Hubo demasiados intentos fallidos, así que la entrada queda en pausa durante "
        "%(hours)s horas.",
    ),
    "This protects your case from someone guessing the PIN.": (
        "Así se protege tu caso de quien intente adivinar el PIN."
    ),
    "Try again later.": "Inténtalo más tarde.",
    "Try again later. If it was not you trying, someone may know your case number: check the "
    "list of sign-ins on your case when you are back in.": (
        "Inténtalo más tarde. Si no fuiste tú, puede que alguien conozca tu número de caso: "
        "revisa la lista de entradas a tu caso cuando vuelvas a entrar."
    ),
    # The case page
    "Your case %(reference)s": "Tu caso %(reference)s",
    "Your case": "Tu caso",
    "Add the photos you want removed": "Añade las fotos que quieres que retiren",
    ("%(count)s photo added", "%(count)s photos added"): (
        "%(count)s foto añadida",
        "%(count)s fotos añadidas",
    ),
    "Add the web addresses where they are": "Añade las direcciones web donde están",
    ("%(count)s address added", "%(count)s addresses added"): (
        "%(count)s dirección añadida",
        "%(count)s direcciones añadidas",
    ),
    "Follow the check of each address": "Sigue la revisión de cada dirección",
    "See what we found": "Ver lo que encontramos",
    ("Found on %(count)s address", "Found on %(count)s addresses"): (
        "Encontradas en %(count)s dirección",
        "Encontradas en %(count)s direcciones",
    ),
    "Recent sign-ins to this case": "Entradas recientes a este caso",
    "If you see a sign-in that was not you, someone else has your case number and PIN. Talk to "
    "a helpline, and consider starting a new case.": (
        "Si ves una entrada que no fue tuya, otra persona tiene tu número de caso y tu PIN. "
        "Habla con una línea de ayuda y plantéate empezar un caso nuevo."
    ),
    "When": "Cuándo",
    "Device": "Dispositivo",
    "Network": "Red",
    "case started": "caso empezado",
    "account": "cuenta",
    "The network you are on now": "La red en la que estás ahora",
    "Another network": "Otra red",
    "%(browser)s on %(system)s": "%(browser)s en %(system)s",
    "a device we could not recognise": "un dispositivo que no pudimos reconocer",
    "Contact and account": "Contacto y cuenta",
    "We may e-mail you about this case: change this": (
        "Podemos escribirte por correo sobre este caso: cambiar"
    ),
    "We will not e-mail you. Change this": "No te escribiremos por correo. Cambiar",
    "Make an account, to sign in with an e-mail address instead of the PIN (optional)": (
        "Crear una cuenta, para entrar con un correo electrónico en vez del PIN (opcional)"
    ),
    "Leave your case on this device": "Salir de tu caso en este dispositivo",
    # Contact and account
    "May we e-mail you?": "¿Podemos escribirte por correo?",
    "Only if you want: for example, to tell you when a website removes an image. If you say "
    "no, we keep no e-mail address.": (
        "Solo si quieres: por ejemplo, para avisarte cuando un sitio web retire una imagen. Si "
        "dices que no, no guardamos ningún correo electrónico."
    ),
    "Think about who else can read your e-mail before you say yes.": (
        "Piensa en quién más puede leer tu correo antes de decir que sí."
    ),
    "You may e-mail me about this case": "Acepto que me escriban por correo sobre este caso",
    "For example, when a website removes an image. We never e-mail you otherwise.": (
        "Por ejemplo, cuando un sitio web retire una imagen. Nunca te escribiremos por otra cosa."
    ),
    "Enter the e-mail address we may write to": "Escribe el correo al que podemos escribirte",
    "E-mail address": "Correo electrónico",
    "Enter your e-mail address": "Escribe tu correo electrónico",
    "Enter an e-mail address like name@example.com": (
        "Escribe un correo electrónico como nombre@ejemplo.com"
    ),
    "Choose a password": "Elige una contraseña",
    "At least 10 characters. A password manager can make one for you.": (
        "Al menos 10 caracteres. Un gestor de contraseñas puede crear una por ti."
    ),
    "The password must be at least %(limit_value)d characters": (
        "La contraseña debe tener al menos %(limit_value)d caracteres"
    ),
    "Password": "Contraseña",
    "Enter your password": "Escribe tu contraseña",
    "Make an account (optional)": "Crear una cuenta (opcional)",
    "With an account you sign in with your e-mail address and a password, and you can still use "
    "your case number and PIN. We store your e-mail address only in a form we cannot read back; "
    "we use it to write to you only if you tick the box.": (
        "Con una cuenta entras con tu correo electrónico y una contraseña, y puedes seguir "
        "usando tu número de caso y tu PIN. Guardamos tu correo solo de una forma que no "
        "podemos volver a leer; lo usamos para escribirte solo si marcas la casilla."
    ),
    "Make the account": "Crear la cuenta",
    "There is already an account with this e-mail address. Sign in to it, or use another "
    "address.": ("Ya hay una cuenta con este correo electrónico. Entra en ella o usa otro correo."),
    "This case has an account": "Este caso tiene una cuenta",
    "You can sign in with its e-mail address and password, or with the case number and PIN.": (
        "Puedes entrar con su correo electrónico y su contraseña, o con el número de caso y el PIN."
    ),
    # Photos
    "Your photos": "Tus fotos",
    "We keep only a fingerprint of each photo, never the photo. Only you and your caseworker "
    "see the names.": (
        "Solo guardamos una huella de cada foto, nunca la foto. Solo tú y la persona que lleva "
        "tu caso veis los nombres."
    ),
    "Fingerprinted on your device": "Huella hecha en tu dispositivo",
    "Fingerprinted on our server, then deleted": "Huella hecha en nuestro servidor y foto borrada",
    "This photo has little detail, so we may miss some copies of it.": (
        "Esta foto tiene poco detalle, así que puede que no encontremos algunas copias."
    ),
    "Remove": "Quitar",
    "You have not added any photos yet.": "Aún no has añadido ninguna foto.",
    "Next: add the web addresses where they are": (
        "Siguiente: añade las direcciones web donde están"
    ),
    "Add photos": "Añadir fotos",
    "Choose the photos you want removed. Your phone makes a fingerprint of each one and sends "
    "only that: the photos stay on your device.": (
        "Elige las fotos que quieres que retiren. Tu teléfono hace una huella de cada una y "
        "envía solo eso: las fotos se quedan en tu dispositivo."
    ),
    "Choose photos": "Elegir fotos",
    "You can choose several at once. They are blurred here until you tap them.": (
        "Puedes elegir varias a la vez. Aquí se ven borrosas hasta que las tocas."
    ),
    "Save the fingerprints": "Guardar las huellas",
    "Your browser cannot make fingerprints, so this page sends the photo to our server instead. "
    "The server makes the fingerprint in memory and keeps nothing of the photo.": (
        "Tu navegador no puede hacer huellas, así que esta página envía la foto a nuestro "
        "servidor. El servidor hace la huella en memoria y no guarda nada de la foto."
    ),
    "Add this photo": "Añadir esta foto",
    "Back to your photos": "Volver a tus fotos",
    "Photo": "Foto",
    "Choose a photo": "Elige una foto",
    "The photo you chose is empty": "La foto que elegiste está vacía",
    "A name for this photo": "Un nombre para esta foto",
    "Only you and your caseworker see it. For example, “beach photo”.": (
        "Solo lo veis tú y la persona que lleva tu caso. Por ejemplo, «foto de la playa»."
    ),
    "Give the photo a name, so you can tell it from the others": (
        "Ponle un nombre a la foto, para distinguirla de las demás"
    ),
    "The name must be %(limit_value)d characters or fewer": (
        "El nombre debe tener %(limit_value)d caracteres como máximo"
    ),
    "This photo is too large. Try a smaller copy of it.": (
        "Esta foto es demasiado grande. Prueba con una copia más pequeña."
    ),
    "This photo has too many pixels. Try a smaller copy of it.": (
        "Esta foto tiene demasiados píxeles. Prueba con una copia más pequeña."
    ),
    "This photo file is incomplete. Try copying it to your device again.": (
        "El archivo de esta foto está incompleto. Prueba a copiarlo de nuevo a tu dispositivo."
    ),
    "This file could not be read as a photo.": "Este archivo no se pudo leer como una foto.",
    "This kind of file is not supported. Try a JPEG or PNG copy of it.": (
        "Este tipo de archivo no se admite. Prueba con una copia en JPEG o PNG."
    ),
    "A case can hold %(limit)d photos. Remove one before adding another.": (
        "Un caso admite %(limit)d fotos. Quita una antes de añadir otra."
    ),
    "Photo %(number)d: give it a name, so you can tell it from the others": (
        "Foto %(number)d: ponle un nombre, para distinguirla de las demás"
    ),
    "Photo %(number)d: the name must be 100 characters or fewer": (
        "Foto %(number)d: el nombre debe tener 100 caracteres como máximo"
    ),
    "Photo %(number)d: its fingerprint was not accepted (%(reason)s)": (
        "Foto %(number)d: su huella no se aceptó (%(reason)s)"
    ),
    "Send the fingerprints as JSON.": "Envía las huellas como JSON.",
    "Too many photos at once.": "Demasiadas fotos a la vez.",
    "No photo fingerprints were received.": "No se recibió ninguna huella de foto.",
    # photos.js
    "Photo %(number)s": "Foto %(number)s",
    "Show or blur this photo": "Mostrar o difuminar esta foto",
    "Making the fingerprint…": "Haciendo la huella…",
    "Fingerprint ready.": "Huella lista.",
    "You can send this photo to our server instead: it makes the fingerprint in memory and "
    "keeps nothing of the photo.": (
        "Puedes enviar esta foto a nuestro servidor: hace la huella en memoria y no guarda "
        "nada de la foto."
    ),
    "Fingerprint it on our server": "Hacer la huella en nuestro servidor",
    "Give each photo a name, so you can tell it from the others": (
        "Ponle un nombre a cada foto, para distinguirlas"
    ),
    "Sending to our server…": "Enviando a nuestro servidor…",
    "Fingerprint saved. Our server kept nothing of the photo.": (
        "Huella guardada. Nuestro servidor no guardó nada de la foto."
    ),
    "Could not reach our server. Check your connection and try again.": (
        "No pudimos conectar con nuestro servidor. Revisa tu conexión e inténtalo de nuevo."
    ),
    # pdq.js messages, shown on the photo page
    "This photo could not be opened on your device. It may be in a format your browser cannot "
    "read, such as HEIC. You can still add it: it will be fingerprinted on our server in memory "
    "and not kept.": (
        "Esta foto no se pudo abrir en tu dispositivo. Puede estar en un formato que tu "
        "navegador no lee, como HEIC. Aun así puedes añadirla: se hará su huella en nuestro "
        "servidor, en memoria, y no se guardará."
    ),
    "This file is not a photo. Choose a photo file.": (
        "Este archivo no es una foto. Elige un archivo de foto."
    ),
    "This file is empty. Choose another photo.": "Este archivo está vacío. Elige otra foto.",
    "Your browser cannot fingerprint photos on this device. You can still add them: they will "
    "be fingerprinted on our server in memory and not kept.": (
        "Tu navegador no puede hacer huellas de fotos en este dispositivo. Aun así puedes "
        "añadirlas: se hará su huella en nuestro servidor, en memoria, y no se guardarán."
    ),
    # Web addresses and scanning
    "Where are the images?": "¿Dónde están las imágenes?",
    "Give us the web addresses of the pages where you saw them. We check each page for your "
    "photos by their fingerprints. You do not need to look at the pages again.": (
        "Danos las direcciones web de las páginas donde las viste. Revisamos cada página "
        "buscando tus fotos por sus huellas. No necesitas volver a mirar esas páginas."
    ),
    "Check these addresses": "Revisar estas direcciones",
    "Web addresses where the images are": "Direcciones web donde están las imágenes",
    "Paste one address on each line. Copy them from the address bar of your browser.": (
        "Pega una dirección en cada línea. Cópialas de la barra de direcciones de tu navegador."
    ),
    "Paste at least one web address": "Pega al menos una dirección web",
    "Line %(number)d: %(problem)s": "Línea %(number)d: %(problem)s",
    "These addresses are already on your case": "Estas direcciones ya están en tu caso",
    (
        "A case can hold %(limit)d addresses. You can add %(room)d more address.",
        "A case can hold %(limit)d addresses. You can add %(room)d more addresses.",
    ): (
        "Un caso admite %(limit)d direcciones. Puedes añadir %(room)d dirección más.",
        "Un caso admite %(limit)d direcciones. Puedes añadir %(room)d direcciones más.",
    ),
    "the address is too long (more than 2,048 characters)": (
        "la dirección es demasiado larga (más de 2048 caracteres)"
    ),
    "this is not a web address": "esto no es una dirección web",
    "the address must start with http:// or https://": (
        "la dirección debe empezar por http:// o https://"
    ),
    "a web address cannot contain spaces": "una dirección web no puede tener espacios",
    "Checking your addresses": "Revisando tus direcciones",
    "We look at every image on each page and compare its fingerprint with your photos. You can "
    "leave this page: the check goes on, and you can come back later.": (
        "Miramos cada imagen de cada página y comparamos su huella con tus fotos. Puedes salir "
        "de esta página: la revisión sigue, y puedes volver más tarde."
    ),
    "Refresh": "Actualizar",
    "Add more addresses": "Añadir más direcciones",
    "Still checking": "Aún revisando",
    "All addresses checked": "Todas las direcciones revisadas",
    "Address": "Dirección",
    "Progress": "Progreso",
    "%(done)s of %(total)s images checked": "%(done)s de %(total)s imágenes revisadas",
    ("%(count)s image skipped", "%(count)s images skipped"): (
        "%(count)s imagen omitida",
        "%(count)s imágenes omitidas",
    ),
    ("%(count)s match", "%(count)s matches"): (
        "%(count)s coincidencia",
        "%(count)s coincidencias",
    ),
    "You have not added any addresses yet.": "Aún no has añadido ninguna dirección.",
    # Results
    "Before you see the results": "Antes de ver los resultados",
    "The next page lists the websites where we found your photos. It shows no images, but the "
    "names and addresses of some sites may be upsetting.": (
        "La página siguiente enumera los sitios web donde encontramos tus fotos. No muestra "
        "ninguna imagen, pero los nombres y direcciones de algunos sitios pueden afectarte."
    ),
    "You may want someone you trust with you, or to look later. Nothing is lost if you wait.": (
        "Quizá prefieras tener contigo a alguien de confianza, o mirarlo más tarde. No se "
        "pierde nada si esperas."
    ),
    "Show the results": "Mostrar los resultados",
    "Not now: back to your case": "Ahora no: volver a tu caso",
    "What we found": "Lo que encontramos",
    "Each website below has at least one of your photos. For each one, the next step is to ask "
    "the website to remove it: we write the request for you, under the law that applies.": (
        "Cada sitio web de esta lista tiene al menos una de tus fotos. Para cada uno, el "
        "siguiente paso es pedirle que la retire: escribimos la solicitud por ti, según la ley "
        "que corresponda."
    ),
    "Page": "Página",
    "Your photos found here:": "Tus fotos encontradas aquí:",
    "What to do next:": "Qué hacer ahora:",
    "ask %(name)s to remove these pages.": "pide a %(name)s que retire estas páginas.",
    "A caseworker can help you send the request.": (
        "Una persona de apoyo puede ayudarte a enviar la solicitud."
    ),
    "We have not found any of your photos so far.": "Hasta ahora no hemos encontrado tus fotos.",
    "If we are still checking some addresses, come back later. A photo that was heavily "
    "cropped or edited can be missed: you can add another copy of it.": (
        "Si aún estamos revisando alguna dirección, vuelve más tarde. Una foto muy recortada o "
        "editada puede pasar desapercibida: puedes añadir otra copia de ella."
    ),
    "See the check of each address": "Ver la revisión de cada dirección",
    "Almost certainly your photo": "Casi seguro que es tu foto",
    "Very likely your photo": "Muy probablemente es tu foto",
    "Likely your photo, perhaps edited or cropped": (
        "Probablemente es tu foto, quizá editada o recortada"
    ),
    "Possibly your photo: please check before you ask for removal": (
        "Quizá sea tu foto: compruébalo antes de pedir que la retiren"
    ),
    # Model names
    "device": "dispositivo",
    "sign-in": "entrada",
}

MESSAGES.update(
    {
        # Next steps per platform
        "Ask each website to remove your photos": "Pide a cada sitio web que retire tus fotos",
        "For each website, these are the ways it takes removal requests, the most useful first, "
        "and the law each request rests on. A request under a law must contain certain "
        "details, such as your name and a statement that you did not consent: we ask you for "
        "them when we write the request.": (
            "Para cada sitio web, estas son las formas en que acepta solicitudes de retirada, "
            "primero las más útiles, y la ley en la que se basa cada solicitud. Una solicitud "
            "basada en una ley debe incluir ciertos datos, como tu nombre y una declaración de "
            "que no diste tu consentimiento: te los pedimos al escribir la solicitud."
        ),
        ("%(count)s page to remove", "%(count)s pages to remove"): (
            "%(count)s página que retirar",
            "%(count)s páginas que retirar",
        ),
        "the website must act within %(deadline)s": (
            "el sitio web debe actuar en un plazo de %(deadline)s"
        ),
        "only if you took the photo yourself": "solo si hiciste tú la foto",
        "Open the form (new tab)": "Abrir el formulario (pestaña nueva)",
        "We do not have this website's own way of taking requests. The request goes to the "
        "company that hosts it: a caseworker can find who that is and send it.": (
            "No conocemos la forma propia de este sitio web de aceptar solicitudes. La "
            "solicitud se envía a la empresa que lo aloja: una persona de apoyo puede "
            "averiguar cuál es y enviarla."
        ),
        "Back to what we found": "Volver a lo que encontramos",
        "How to ask, and under which law": "Cómo pedirlo, y según qué ley",
        "a form on its website": "un formulario en su web",
        "e-mail": "correo electrónico",
        "its copyright agent": "su agente de derechos de autor",
        "a removal form": "un formulario de retirada",
        "the report button in its app": "el botón de denuncia de su aplicación",
        "post": "correo postal",
    }
)

MESSAGES.update(
    {
        # Deleting the case
        "Delete your case": "Borrar tu caso",
        "Yes, delete my case and everything in it": "Sí, borrar mi caso y todo lo que contiene",
        "Tick the box to confirm that you want to delete it": (
            "Marca la casilla para confirmar que quieres borrarlo"
        ),
        "We will delete the case and everything in it: the fingerprints of your photos, the "
        "addresses, what we found, the requests we wrote and your details. We keep only "
        "anonymous counts (for example, how many requests to a website led to a removal), which "
        "do not identify you.": (
            "Borraremos el caso y todo lo que contiene: las huellas de tus fotos, las "
            "direcciones, lo que encontramos, las solicitudes que escribimos y tus datos. Solo "
            "guardamos recuentos anónimos (por ejemplo, cuántas solicitudes a un sitio web "
            "acabaron en una retirada), que no te identifican."
        ),
        "This cannot be undone. Requests already sent stay with the websites that received "
        "them, and we will no longer check whether the images come back.": (
            "No se puede deshacer. Las solicitudes ya enviadas siguen en los sitios web que las "
            "recibieron, y dejaremos de comprobar si las imágenes vuelven a aparecer."
        ),
        "Delete my case": "Borrar mi caso",
        "Keep my case": "Conservar mi caso",
        "Your case is deleted": "Tu caso está borrado",
        "Nothing we keep identifies you any more. If you need help again, you can start a new "
        "case at any time.": (
            "Ya no guardamos nada que te identifique. Si vuelves a necesitar ayuda, puedes "
            "empezar un caso nuevo cuando quieras."
        ),
        "Go to the start page": "Ir a la página de inicio",
    }
)

MESSAGES.update(
    {
        # Where things stand
        "Where things stand": "Cómo va todo",
        "Where things stand: requests, deadlines, removals": (
            "Cómo va todo: solicitudes, plazos, retiradas"
        ),
        "Removed, checked on %(date)s": "Retirada, comprobado el %(date)s",
        "Request sent on %(date)s (%(law)s).": "Solicitud enviada el %(date)s (%(law)s).",
        "The deadline passed on %(date)s. We will follow it up.": (
            "El plazo venció el %(date)s. Haremos el seguimiento."
        ),
        "The website must act by %(date)s (%(left)s left).": (
            "El sitio web debe actuar antes del %(date)s (quedan %(left)s)."
        ),
        "No removal request sent yet.": "Aún no se ha enviado ninguna solicitud de retirada.",
    }
)

MESSAGES.update(
    {
        "Too many new cases": "Demasiados casos nuevos",
        "Many cases were started from your network in the last hour, so starting another is "
        "paused for a while. Try again later.": (
            "En la última hora se empezaron muchos casos desde tu red, así que empezar otro "
            "queda en pausa un tiempo. Inténtalo más tarde."
        ),
        "Go back to a case you already started": "Volver a un caso que ya empezaste",
    }
)

MESSAGES.update(
    {
        "Page not found": "Página no encontrada",
        "This page does not exist, or you need to sign in to see it. If you were looking at "
        "your case, you may need its case number and PIN again.": (
            "Esta página no existe, o necesitas entrar para verla. Si estabas viendo tu caso, "
            "puede que necesites de nuevo su número de caso y su PIN."
        ),
    }
)

MESSAGES.update(
    {
        # Writing a removal request
        "Ask %(name)s to remove your photos": "Pide a %(name)s que retire tus fotos",
        "Write the request to %(name)s": "Escribir la solicitud a %(name)s",
        "If you were under 18 when the photo or video was made, use NCMEC's Take It Down "
        "first, and report it to the CyberTipline: they can reach many websites at once, and "
        "you do not need to send the image.": (
            "Si tenías menos de 18 años cuando se hizo la foto o el vídeo, usa primero Take It "
            "Down del NCMEC y denúncialo a la CyberTipline: pueden llegar a muchos sitios web a "
            "la vez, y no necesitas enviar la imagen."
        ),
        ("The request covers %(count)s page:", "The request covers %(count)s pages:"): (
            "La solicitud cubre %(count)s página:",
            "La solicitud cubre %(count)s páginas:",
        ),
        "no page yet": "aún ninguna página",
        "We ask only what the law you choose requires. Your details go only into the request, "
        "which we keep encrypted; you can delete it with your case.": (
            "Solo te pedimos lo que exige la ley que elijas. Tus datos van solo en la "
            "solicitud, que guardamos cifrada; puedes borrarla junto con tu caso."
        ),
        "About the image": "Sobre la imagen",
        "About you": "Sobre ti",
        "What you confirm": "Lo que confirmas",
        "Write the request": "Escribir la solicitud",
        "Back": "Volver",
        "Which request do you want to send?": "¿Qué solicitud quieres enviar?",
        "Choose the kind of request": "Elige el tipo de solicitud",
        "Which country do you live in?": "¿En qué país vives?",
        "Another country": "Otro país",
        "The image is AI-made or altered (for example, a face swap)": (
            "La imagen está hecha o alterada con IA (por ejemplo, un cambio de cara)"
        ),
        "I took this photo or video myself": "Hice yo esta foto o vídeo",
        "If you took it: describe the original in a few words": (
            "Si la hiciste tú: describe el original en pocas palabras"
        ),
        "For example: a photo I took of myself in 2024. Only for copyright.": (
            "Por ejemplo: una foto que me hice en 2024. Solo para derechos de autor."
        ),
        "Your full name": "Tu nombre completo",
        "E-mail address the website can answer to": (
            "Correo electrónico al que puede responder el sitio web"
        ),
        "It goes in the request. Consider an address only for this.": (
            "Va en la solicitud. Piensa en usar una dirección solo para esto."
        ),
        "Postal address (only if the law asks for one)": (
            "Dirección postal (solo si la ley la pide)"
        ),
        "Your signature: type your full name": "Tu firma: escribe tu nombre completo",
        "I confirm, in good faith, that the image was shared without my consent": (
            "Confirmo de buena fe que la imagen se compartió sin mi consentimiento"
        ),
        "I confirm that what this request says is accurate and complete": (
            "Confirmo que lo que dice esta solicitud es exacto y completo"
        ),
        "Copyright only: nobody had my permission, or any legal right, to post it": (
            "Solo derechos de autor: nadie tenía mi permiso, ni ningún derecho legal, para "
            "publicarla"
        ),
        "Copyright only: under penalty of perjury, this request is accurate and I own the "
        "copyright": (
            "Solo derechos de autor: bajo pena de perjurio, esta solicitud es exacta y soy "
            "titular de los derechos de autor"
        ),
        "This law needs your full name": "Esta ley exige tu nombre completo",
        "This law needs an e-mail address the website can answer to": (
            "Esta ley exige un correo electrónico al que pueda responder el sitio web"
        ),
        "This law needs a postal address": "Esta ley exige una dirección postal",
        "This law needs your signature: type your full name": (
            "Esta ley exige tu firma: escribe tu nombre completo"
        ),
        "This law needs the country you live in": "Esta ley exige el país en el que vives",
        "This law applies only to people who live in Australia": (
            "Esta ley solo se aplica a quienes viven en Australia"
        ),
        "Confirm that the image was shared without your consent": (
            "Confirma que la imagen se compartió sin tu consentimiento"
        ),
        "Confirm that what the request says is accurate": (
            "Confirma que lo que dice la solicitud es exacto"
        ),
        "Confirm that nobody had your permission to post it": (
            "Confirma que nadie tenía tu permiso para publicarla"
        ),
        "Confirm this statement, which copyright law requires": (
            "Confirma esta declaración, que exige la ley de derechos de autor"
        ),
        "Copyright law applies only if you took the photo yourself": (
            "La ley de derechos de autor solo se aplica si hiciste tú la foto"
        ),
        "Describe your original photo or video in a few words": (
            "Describe tu foto o vídeo original en pocas palabras"
        ),
        "There are no addresses with your photos on this website yet": (
            "Aún no hay direcciones con tus fotos en este sitio web"
        ),
        "Something this law requires is missing": "Falta algo que exige esta ley",
        "This website does not take requests under this law": (
            "Este sitio web no acepta solicitudes según esta ley"
        ),
        "This law does not cover AI-made or altered images: choose another": (
            "Esta ley no cubre imágenes hechas o alteradas con IA: elige otra"
        ),
        "This law does not fit your answers: choose another": (
            "Esta ley no encaja con tus respuestas: elige otra"
        ),
        # The request page
        "Your request to %(name)s": "Tu solicitud a %(name)s",
        "Read it through. Then send it the way the website takes requests, below, or download "
        "it to send it yourself later.": (
            "Léela entera. Después envíala como el sitio web acepta solicitudes, abajo, o "
            "descárgala para enviarla tú más tarde."
        ),
        "Download the request (text)": "Descargar la solicitud (texto)",
        "How to send it": "Cómo enviarla",
        "E-mail it to %(address)s, with the subject above.": (
            "Envíala por correo a %(address)s, con el asunto de arriba."
        ),
        "Paste it into the website's own form:": "Pégala en el formulario del propio sitio web:",
        "A caseworker can also send it for you, and follow it up.": (
            "Una persona de apoyo también puede enviarla por ti y hacer el seguimiento."
        ),
    }
)

MESSAGES.update(
    {
        (
            "A wrong PIN was typed for this case %(count)s time recently. If it was not you, "
            "someone may know your case number.",
            "A wrong PIN was typed for this case %(count)s times recently. If it was not you, "
            "someone may know your case number.",
        ): (
            "Hace poco se escribió %(count)s vez un PIN incorrecto para este caso. Si no fuiste "
            "tú, puede que alguien conozca tu número de caso.",
            "Hace poco se escribió %(count)s veces un PIN incorrecto para este caso. Si no "
            "fuiste tú, puede que alguien conozca tu número de caso.",
        ),
    }
)

# Why an address could not be checked (takedown/cases/problems.py): the person reads these
# on the progress page.
MESSAGES.update(
    {
        "This is not a web address we can check.": (
            "Esta no es una dirección web que podamos revisar."
        ),
        "Only addresses that start with http:// or https:// can be checked.": (
            "Solo se pueden revisar direcciones que empiezan por http:// o https://."
        ),
        "This address uses a network port we do not connect to.": (
            "Esta dirección usa un puerto de red al que no nos conectamos."
        ),
        "Addresses with a user name or password in them are not checked. Paste the address "
        "without them.": (
            "No revisamos direcciones que llevan un nombre de usuario o una contraseña. Pega "
            "la dirección sin ellos."
        ),
        "This address leads to a private or internal network, which we never contact.": (
            "Esta dirección lleva a una red privada o interna, con la que nunca conectamos."
        ),
        "The website's name could not be found. Check the address for typing errors.": (
            "No se encontró el nombre del sitio web. Revisa si la dirección tiene erratas."
        ),
        "The website could not be reached.": "No se pudo conectar con el sitio web.",
        "The website's secure connection could not be verified.": (
            "No se pudo verificar la conexión segura del sitio web."
        ),
        "The website took too long to answer.": "El sitio web tardó demasiado en responder.",
        "The page or image is larger than we can check.": (
            "La página o la imagen es más grande de lo que podemos revisar."
        ),
        "The website sent us on to other addresses too many times.": (
            "El sitio web nos redirigió a otras direcciones demasiadas veces."
        ),
        "The website sent us round in a circle of addresses.": (
            "El sitio web nos hizo dar vueltas entre las mismas direcciones."
        ),
        "This address did not return an image.": "Esta dirección no devolvió una imagen.",
        "This address did not return a web page.": "Esta dirección no devolvió una página web.",
        "The website sent an answer we could not read.": (
            "El sitio web envió una respuesta que no pudimos leer."
        ),
        "The website says this page does not exist (it may have been removed).": (
            "El sitio web dice que esta página no existe (puede que la hayan retirado)."
        ),
        "The website says this page is blocked for legal reasons.": (
            "El sitio web dice que esta página está bloqueada por motivos legales."
        ),
        "The website refused to show this page (it may need signing in).": (
            "El sitio web se negó a mostrar esta página (puede que haya que iniciar sesión)."
        ),
        "The website asked us to slow down. We will try again later.": (
            "El sitio web nos pidió ir más despacio. Lo intentaremos más tarde."
        ),
        "The website had a problem of its own. We will try again later.": (
            "El sitio web tuvo un problema propio. Lo intentaremos más tarde."
        ),
        "The website answered with an error.": "El sitio web respondió con un error.",
        "The image file is empty.": "El archivo de imagen está vacío.",
        "The image file is larger than we can check.": (
            "El archivo de imagen es más grande de lo que podemos revisar."
        ),
        "The image has more pixels than we can check.": (
            "La imagen tiene más píxeles de los que podemos revisar."
        ),
        "The image file is incomplete: it ends before the picture does.": (
            "El archivo de imagen está incompleto: termina antes que la imagen."
        ),
        "The image file is damaged and cannot be read.": (
            "El archivo de imagen está dañado y no se puede leer."
        ),
        "This is not an image format we can read.": (
            "Este no es un formato de imagen que podamos leer."
        ),
        "Something went wrong while checking this address.": (
            "Algo falló al revisar esta dirección."
        ),
    }
)

MESSAGES.update(
    {
        "Open it in your e-mail app, ready to send": (
            "Abrirla en tu aplicación de correo, lista para enviar"
        ),
        "Open your e-mail app with the subject filled in, then paste the request": (
            "Abrir tu aplicación de correo con el asunto puesto, y pegar la solicitud"
        ),
        "It is sent from your own e-mail address, which the website will see.": (
            "Se envía desde tu propia dirección de correo, que el sitio web verá."
        ),
    }
)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppController</name>
    <message>
        <source>History — {0}</source>
        <translation>Historial — {0}</translation>
    </message>
    <message>
        <source>All done — {0}</source>
        <translation>Terminado — {0}</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <source>Start a session</source>
        <translation>Empezar una sesión</translation>
    </message>
    <message>
        <source>Show footcare-gui</source>
        <translation>Mostrar footcare-gui</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A routine file was skipped: {error}</source>
        <translation>Se omitió un archivo de rutina: {error}</translation>
    </message>
    <message>
        <source>footcare-gui: the evening reminder is off (Preferences → Reminder), so there is nothing to wait for in the background.</source>
        <translation>footcare-gui: el recordatorio nocturno está desactivado (Preferencias → Recordatorio), así que no hay nada que esperar en segundo plano.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>aquí no se espera el valor %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>espera un valor</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>espera %s valor</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>espera %s valores</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (consulta {prog} --help)</translation>
    </message>
    <message>
        <source>A guided, hands-free evening foot-reflexology self-massage timer.</source>
        <translation>Un temporizador guiado para el automasaje de reflexología podal por la noche: tus manos se quedan en los pies.</translation>
    </message>
    <message>
        <source>Settings are kept between runs; the Preferences dialog (Ctrl+,) changes them.</source>
        <translation>Los ajustes se conservan de una vez a otra; puedes cambiarlos en Preferencias (Ctrl+,).</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>which foot goes first this time (overrides the setting for this run only)</source>
        <translation>qué pie va primero esta vez (solo para esta vez, en lugar del ajuste)</translation>
    </message>
    <message>
        <source>the routine to use, e.g. quick-wind-down</source>
        <translation>la rutina que se usa, por ejemplo quick-wind-down</translation>
    </message>
    <message>
        <source>the language of the window and the voice for this run: {codes} (default: the setting, else the system&apos;s)</source>
        <translation>el idioma de la ventana y de la voz para esta vez: {codes} (si no, el del ajuste o, si no, el del sistema)</translation>
    </message>
    <message>
        <source>keep every file the app writes in DIR (default: $FOOTCARE_GUI_CONFIG_DIR, else the user&apos;s config folder)</source>
        <translation>guardar en DIR todos los archivos que escribe la aplicación (si no, en $FOOTCARE_GUI_CONFIG_DIR o, si no, en la carpeta de configuración del usuario)</translation>
    </message>
    <message>
        <source>check this system (display, Qt, libraries, sound, folders, settings) and exit</source>
        <translation>comprobar este sistema (pantalla, Qt, bibliotecas, sonido, carpetas, ajustes) y salir</translation>
    </message>
    <message>
        <source>with --doctor: print JSON</source>
        <translation>con --doctor: mostrar el resultado en JSON</translation>
    </message>
    <message>
        <source>add the app to your desktop&apos;s menu, with its icon (Linux), and exit</source>
        <translation>añadir la aplicación con su icono al menú de tu escritorio (Linux) y salir</translation>
    </message>
    <message>
        <source>remove exactly what --install-desktop (and the reminder) wrote, and exit</source>
        <translation>quitar exactamente lo que escribió --install-desktop (y el recordatorio) y salir</translation>
    </message>
    <message>
        <source>start without a window, waiting for the evening reminder (in the tray if any)</source>
        <translation>empezar sin ventana, esperando al recordatorio nocturno (en la bandeja del sistema, si la hay)</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>rutinas</translation>
    </message>
    <message>
        <source>each of these prints its answer and exits, without opening a window</source>
        <translation>cada una de estas opciones muestra su respuesta y termina, sin abrir ninguna ventana</translation>
    </message>
    <message>
        <source>list every routine: id, built-in or own, length at the default durations, title</source>
        <translation>listar todas las rutinas: id, incluida o propia, duración con los tiempos predeterminados, título</translation>
    </message>
    <message>
        <source>add a routine from a .toml file; prints its id</source>
        <translation>añadir una rutina desde un archivo .toml; muestra su id</translation>
    </message>
    <message>
        <source>write a routine to a .toml file (FILE - prints it)</source>
        <translation>escribir una rutina en un archivo .toml (con FILE - la muestra)</translation>
    </message>
    <message>
        <source>argument --config-dir: the folder name is empty</source>
        <translation>argumento --config-dir: el nombre de la carpeta está vacío</translation>
    </message>
    <message>
        <source>argument --json: only with --doctor</source>
        <translation>argumento --json: solo junto con --doctor</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
    <message>
        <source>{time} left, {caption}</source>
        <translation>quedan {time}, {caption}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>Something went wrong; the details are in {path}.</source>
        <translation>Algo ha fallado; los detalles están en {path}.</translation>
    </message>
    <message>
        <source>Something went wrong; the details could not be saved in {path} ({error}).</source>
        <translation>Algo ha fallado; no se pudieron guardar los detalles en {path} ({error}).</translation>
    </message>
</context>
<context>
    <name>DesktopInstall</name>
    <message>
        <source>Could not change the login entry {path}: {why}.</source>
        <translation>No se pudo cambiar la entrada de inicio de sesión {path}: {why}.</translation>
    </message>
    <message>
        <source>Left the login entry {path} as it is ({why}).</source>
        <translation>La entrada de inicio de sesión {path} se queda como está ({why}).</translation>
    </message>
    <message>
        <source>The menu entry starts: {command}</source>
        <translation>La entrada del menú inicia: {command}</translation>
    </message>
    <message>
        <source>To remove it: {app} --uninstall-desktop</source>
        <translation>Para quitarla: {app} --uninstall-desktop</translation>
    </message>
    <message>
        <source>Nothing to remove: {app} has not installed anything here.</source>
        <translation>No hay nada que quitar: {app} no ha instalado nada aquí.</translation>
    </message>
    <message>
        <source>wrote   {path}</source>
        <translation>escrito     {path}</translation>
    </message>
    <message numerus="yes">
        <source>kept    %n file(s) already in place and up to date</source>
        <translation>
            <numerusform>conservado  %n archivo que ya estaba en su sitio y al día</numerusform>
            <numerusform>conservados %n archivos que ya estaban en su sitio y al día</numerusform>
        </translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>quitado     {path}</translation>
    </message>
    <message>
        <source>left    {path} alone: {why}</source>
        <translation>sin tocar   {path}: {why}</translation>
    </message>
    <message>
        <source>failed  {path}: {why}</source>
        <translation>falló       {path}: {why}</translation>
    </message>
    <message>
        <source>could not refresh {cache}: {why}</source>
        <translation>no se pudo actualizar {cache}: {why}</translation>
    </message>
    <message>
        <source>refreshed {cache}</source>
        <translation>actualizado {cache}</translation>
    </message>
    <message>
        <source>could not refresh {cache}: {tool} exited with {status}</source>
        <translation>no se pudo actualizar {cache}: {tool} terminó con {status}</translation>
    </message>
    <message>
        <source>On Windows there is no menu entry to install this way, and nothing was changed. pip put {app}.exe in your Python&apos;s Scripts folder ({folder}): to start it from the Start menu, right-click it in Explorer and choose &apos;Pin to Start&apos;.</source>
        <translation>En Windows no hay una entrada de menú que se pueda instalar así, y no se ha cambiado nada. pip puso {app}.exe en la carpeta Scripts de tu Python ({folder}): para abrirlo desde el menú Inicio, haz clic derecho sobre él en el Explorador y elige &apos;Anclar a Inicio&apos;.</translation>
    </message>
    <message>
        <source>On macOS apps live in the Applications folder as .app bundles, and pip does not make one, so nothing was changed. Start {app} from a terminal (or keep it in the Dock while it runs: right-click its icon, Options, Keep in Dock).</source>
        <translation>En macOS las aplicaciones están en la carpeta Aplicaciones como paquetes .app, y pip no crea ninguno, así que no se ha cambiado nada. Abre {app} desde una terminal (o mantenlo en el Dock mientras se ejecuta: clic derecho en su icono, Opciones, Mantener en el Dock).</translation>
    </message>
    <message>
        <source>not written by footcare-gui</source>
        <translation>no lo escribió footcare-gui</translation>
    </message>
    <message>
        <source>changed since footcare-gui wrote it</source>
        <translation>cambiado desde que footcare-gui lo escribió</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{folder}, writable</source>
        <translation>{folder}, se puede escribir</translation>
    </message>
    <message>
        <source>{folder} (made when first needed), writable</source>
        <translation>{folder} (se crea cuando haga falta), se puede escribir</translation>
    </message>
    <message>
        <source>{folder} is not writable</source>
        <translation>no se puede escribir en {folder}</translation>
    </message>
    <message>
        <source>{folder} (made when first needed) is not writable</source>
        <translation>no se puede escribir en {folder} (se crea cuando haga falta)</translation>
    </message>
    <message>
        <source>{effect}; make {folder} writable, or use --config-dir</source>
        <translation>{effect}; haz que se pueda escribir en {folder} o usa --config-dir</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged earlier file(s) kept aside beside it</source>
        <translation>
            <numerusform>; al lado se guarda %n archivo dañado anterior</numerusform>
            <numerusform>; al lado se guardan %n archivos dañados anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>none yet, defaults{aside}</source>
        <translation>todavía no hay, valores predeterminados{aside}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation>no se puede leer {path} ({why})</translation>
    </message>
    <message>
        <source>defaults are used and nothing is saved; check the file&apos;s permissions</source>
        <translation>se usan los valores predeterminados y no se guarda nada; revisa los permisos del archivo</translation>
    </message>
    <message>
        <source>{path}: {state}{aside}</source>
        <translation>{path}: {state}{aside}</translation>
    </message>
    <message>
        <source>at the next start the app resets {fields} and keeps the original as {name}.corrupt-&lt;time&gt;; or fix the file by hand (see docs/settings.md)</source>
        <translation>en el próximo inicio la aplicación restablece {fields} y guarda el original como {name}.corrupt-&lt;hora&gt;; o arregla el archivo a mano (consulta docs/settings.md)</translation>
    </message>
    <message>
        <source>damaged ({fields})</source>
        <translation>dañado ({fields})</translation>
    </message>
    <message>
        <source>from an older version; updated at the next start (a backup is kept)</source>
        <translation>de una versión anterior; se actualiza en el próximo inicio (se guarda una copia de seguridad)</translation>
    </message>
    <message>
        <source>written by a newer footcare-gui; used, but never overwritten</source>
        <translation>escrito por un footcare-gui más reciente; se usa, pero nunca se sobrescribe</translation>
    </message>
    <message>
        <source>changes last only until you quit: update footcare-gui</source>
        <translation>los cambios solo duran hasta que cierres la aplicación: actualiza footcare-gui</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>start {app} in a graphical desktop session (over SSH: `ssh -X`, or set DISPLAY)</source>
        <translation>abre {app} en una sesión de escritorio gráfico (por SSH: `ssh -X`, o define DISPLAY)</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>Bibliotecas del sistema</translation>
    </message>
    <message numerus="yes">
        <source>all %n found (for {platforms})</source>
        <translation>
            <numerusform>%n encontrada (para {platforms})</numerusform>
            <numerusform>las %n encontradas (para {platforms})</numerusform>
        </translation>
    </message>
    <message>
        <source>install them: `{apt}` (Debian, Ubuntu) or `{dnf}` (Fedora)</source>
        <translation>instálalas: `{apt}` (Debian, Ubuntu) o `{dnf}` (Fedora)</translation>
    </message>
    <message>
        <source>reinstall footcare-gui (Qt&apos;s own libraries are incomplete)</source>
        <translation>vuelve a instalar footcare-gui (las bibliotecas propias de Qt están incompletas)</translation>
    </message>
    <message>
        <source>find the package of {libraries} (`apt-file search`, `dnf provides`)</source>
        <translation>busca el paquete de {libraries} (`apt-file search`, `dnf provides`)</translation>
    </message>
    <message>
        <source>missing ({which})</source>
        <translation>faltan ({which})</translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation>Complemento de plataforma</translation>
    </message>
    <message>
        <source>{platform} (this running app)</source>
        <translation>{platform} (esta aplicación en marcha)</translation>
    </message>
    <message>
        <source>DISPLAY and WAYLAND_DISPLAY are unset</source>
        <translation>DISPLAY y WAYLAND_DISPLAY no están definidas</translation>
    </message>
    <message>
        <source>no display ({why})</source>
        <translation>no hay pantalla ({why})</translation>
    </message>
    <message>
        <source>{platforms} cannot load: libraries are missing</source>
        <translation>no se puede cargar {platforms}: faltan bibliotecas</translation>
    </message>
    <message>
        <source>install them (see System libraries)</source>
        <translation>instálalas (consulta Bibliotecas del sistema)</translation>
    </message>
    <message>
        <source>{platform} loads</source>
        <translation>{platform} se carga</translation>
    </message>
    <message>
        <source>no X server answers at DISPLAY={display}: {advice}</source>
        <translation>ningún servidor X responde en DISPLAY={display}: {advice}</translation>
    </message>
    <message>
        <source>see qt_messages in `--doctor --json`, and include them in a bug report</source>
        <translation>mira qt_messages en `--doctor --json` e inclúyelos en un informe de error</translation>
    </message>
    <message>
        <source>does not load ({why})</source>
        <translation>no se carga ({why})</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>reinstall footcare-gui (pip install --force-reinstall footcare-gui)</source>
        <translation>vuelve a instalar footcare-gui (pip install --force-reinstall footcare-gui)</translation>
    </message>
    <message>
        <source>PySide6 cannot load ({why})</source>
        <translation>no se puede cargar PySide6 ({why})</translation>
    </message>
    <message>
        <source>Audio outputs</source>
        <translation>Salidas de audio</translation>
    </message>
    <message>
        <source>the session runs without sound; for sound install libpulse0 (Debian) or pulseaudio-libs (Fedora)</source>
        <translation>la sesión funciona sin sonido; para tener sonido instala libpulse0 (Debian) o pulseaudio-libs (Fedora)</translation>
    </message>
    <message>
        <source>QtMultimedia cannot load ({why})</source>
        <translation>no se puede cargar QtMultimedia ({why})</translation>
    </message>
    <message>
        <source>the session runs without sound; start the sound server (PulseAudio or PipeWire) or connect a speaker</source>
        <translation>la sesión funciona sin sonido; inicia el servidor de sonido (PulseAudio o PipeWire) o conecta un altavoz</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>Speech engines</source>
        <translation>Motores de voz</translation>
    </message>
    <message>
        <source>voice guidance stays off; on Linux install speech-dispatcher and espeak-ng</source>
        <translation>la guía por voz queda desactivada; en Linux instala speech-dispatcher y espeak-ng</translation>
    </message>
    <message>
        <source>QtTextToSpeech cannot load ({why})</source>
        <translation>no se puede cargar QtTextToSpeech ({why})</translation>
    </message>
    <message numerus="yes">
        <source>{engines}; %n voice(s) for &apos;{language}&apos;</source>
        <translation>
            <numerusform>{engines}; %n voz para &apos;{language}&apos;</numerusform>
            <numerusform>{engines}; %n voces para &apos;{language}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>{engines}; {problem}</source>
        <translation>{engines}; {problem}</translation>
    </message>
    <message>
        <source>{engine} did not answer within 6 s (is speech-dispatcher stuck?)</source>
        <translation>{engine} no respondió en 6 s (¿se ha quedado colgado speech-dispatcher?)</translation>
    </message>
    <message>
        <source>{engine} could not be opened</source>
        <translation>no se pudo abrir {engine}</translation>
    </message>
    <message>
        <source>no voice for &apos;{language}&apos;</source>
        <translation>no hay ninguna voz para &apos;{language}&apos;</translation>
    </message>
    <message>
        <source>Screen hold</source>
        <translation>Pantalla encendida</translation>
    </message>
    <message>
        <source>the screen may blank during a session; lengthen the screen-blank delay in your desktop&apos;s settings</source>
        <translation>la pantalla puede apagarse durante una sesión; alarga el tiempo de apagado de pantalla en los ajustes de tu escritorio</translation>
    </message>
    <message>
        <source>QtDBus cannot load ({why})</source>
        <translation>no se puede cargar QtDBus ({why})</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>{service} on the session bus</source>
        <translation>{service} en el bus de sesión</translation>
    </message>
    <message>
        <source>no {service} service</source>
        <translation>no hay servicio {service}</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <source>settings and choices will not be saved</source>
        <translation>los ajustes y las elecciones no se guardarán</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Carpeta de caché</translation>
    </message>
    <message>
        <source>each start reads the routine files again (a few ms slower)</source>
        <translation>cada inicio vuelve a leer los archivos de rutina (unos ms más lento)</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registro</translation>
    </message>
    <message>
        <source>details of unexpected errors cannot be kept</source>
        <translation>no se pueden guardar los detalles de errores inesperados</translation>
    </message>
    <message>
        <source>{version} on {system}</source>
        <translation>{version} en {system}</translation>
    </message>
    <message>
        <source>checked on Linux only</source>
        <translation>solo se comprueba en Linux</translation>
    </message>
    <message>
        <source>unknown: Qt cannot load</source>
        <translation>desconocido: no se puede cargar Qt</translation>
    </message>
    <message>
        <source>see the Qt line</source>
        <translation>consulta la línea de Qt</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>the evening reminder comes only while footcare-gui runs (closing its window quits it); on GNOME the AppIndicator extension adds a tray</source>
        <translation>el recordatorio de la noche solo llega mientras footcare-gui esté abierto (cerrar su ventana lo cierra); en GNOME, la extensión AppIndicator añade una bandeja del sistema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>the reminder shows as a message of the tray icon</source>
        <translation>el recordatorio aparece como mensaje del icono de la bandeja</translation>
    </message>
    <message>
        <source>the reminder shows as a message of the tray icon, or in the window&apos;s status line</source>
        <translation>el recordatorio aparece como mensaje del icono de la bandeja o en la barra de estado de la ventana</translation>
    </message>
    <message>
        <source>A session can run here.</source>
        <translation>Aquí puede hacerse una sesión.</translation>
    </message>
    <message>
        <source>A session cannot run here yet: do what the lines above say.</source>
        <translation>Aquí todavía no puede hacerse una sesión: haz lo que indican las líneas de arriba.</translation>
    </message>
</context>
<context>
    <name>DurationsTab</name>
    <message>
        <source>Duration hint</source>
        <translation>Indicación de duración</translation>
    </message>
    <message>
        <source>Whole session length</source>
        <translation>Duración de la sesión completa</translation>
    </message>
    <message>
        <source>Routine length note</source>
        <translation>Nota sobre la duración de la rutina</translation>
    </message>
    <message>
        <source>Set the whole routine to</source>
        <translation>Ajustar la rutina completa a</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Whole routine length in minutes</source>
        <translation>Duración de la rutina completa en minutos</translation>
    </message>
    <message>
        <source>The session length to aim for; every step is scaled in proportion</source>
        <translation>La duración de sesión que buscas; cada paso se ajusta en proporción</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply routine length</source>
        <translation>Aplicar la duración de la rutina</translation>
    </message>
    <message>
        <source>Scale every step so the whole session takes this long, within each step&apos;s range</source>
        <translation>Ajustar cada paso para que la sesión completa dure esto, dentro del margen de cada paso</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Reset durations to defaults</source>
        <translation>Restablecer las duraciones predeterminadas</translation>
    </message>
    <message>
        <source>Put every step of this routine back to its default length</source>
        <translation>Devolver cada paso de esta rutina a su duración predeterminada</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>{step} length</source>
        <translation>Duración de {step}</translation>
    </message>
    <message>
        <source>Every step is back at its default length.</source>
        <translation>Cada paso vuelve a tener su duración predeterminada.</translation>
    </message>
</context>
<context>
    <name>DurationsView</name>
    <message>
        <source>each foot</source>
        <translation>cada pie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>{step} ({often}): {lo} to {hi}, default {default}. Type m:ss.</source>
        <translation>{step} ({often}): de {lo} a {hi}, predeterminado {default}. Escribe m:ss.</translation>
    </message>
    <message>
        <source>No routine is installed, so there is nothing to time.</source>
        <translation>No hay ninguna rutina instalada, así que no hay nada que cronometrar.</translation>
    </message>
    <message>
        <source>Step lengths for “{routine}”. Steps marked “each foot” run twice.</source>
        <translation>Duración de los pasos de «{routine}». Los pasos marcados con «cada pie» se hacen dos veces.</translation>
    </message>
    <message>
        <source>Whole session: {time}</source>
        <translation>Sesión completa: {time}</translation>
    </message>
    <message>
        <source>Every step was scaled to make {target}.</source>
        <translation>Cada paso se ajustó para sumar {target}.</translation>
    </message>
    <message>
        <source>The steps&apos; allowed lengths give a session of {lo} to {hi}, so it is now {total}.</source>
        <translation>Las duraciones permitidas de los pasos dan una sesión de {lo} a {hi}, así que ahora dura {total}.</translation>
    </message>
    <message>
        <source>Whole seconds cannot make exactly {target}; the closest is {total}.</source>
        <translation>Con segundos enteros no se llega exactamente a {target}; lo más cercano es {total}.</translation>
    </message>
    <message>
        <source>{step}: choose a time from {lo} to {hi}.</source>
        <translation>{step}: elige un tiempo de {lo} a {hi}.</translation>
    </message>
    <message>
        <source>{step}: {typed} is outside the allowed {lo} to {hi}, so it stays at {kept}.</source>
        <translation>{step}: {typed} está fuera del margen permitido de {lo} a {hi}, así que se queda en {kept}.</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>de {lo} a {hi}</translation>
    </message>
</context>
<context>
    <name>FeelPlot</name>
    <message>
        <source>How your feet felt before and after</source>
        <translation>Cómo sentías los pies antes y después</translation>
    </message>
    <message>
        <source>Choose a face before and after a session, and how your feet feel shows here.</source>
        <translation>Elige una cara antes y después de una sesión, y aquí verás cómo sientes los pies.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>lines: each week&apos;s mean · dots: each evening</source>
        <translation>líneas: media de cada semana · puntos: cada noche</translation>
    </message>
</context>
<context>
    <name>FeelRow</name>
    <message>
        <source>Sore</source>
        <translation>Doloridos</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansados</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Relajados</translation>
    </message>
    <message>
        <source>Wonderful</source>
        <translation>De maravilla</translation>
    </message>
    <message>
        <source>{word} (key {key})</source>
        <translation>{word} (tecla {key})</translation>
    </message>
</context>
<context>
    <name>Feet</name>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message>
        <source>on each foot</source>
        <translation>en cada pie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>Preview of the step: {0}</source>
        <translation>Vista previa del paso: {0}</translation>
    </message>
    <message>
        <source>Choose a zone</source>
        <translation>Elige una zona</translation>
    </message>
    <message>
        <source>Click a zone or its name, or tab to it, to read what it is said to reflect and which steps work it. Arrow keys move between zones; Enter opens one.</source>
        <translation>Haz clic en una zona o en su nombre, o llega a ella con el tabulador, para leer qué se dice que refleja y qué pasos la trabajan. Las flechas pasan de una zona a otra; Intro abre una.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Whose steps to list</source>
        <translation>De qué rutina mostrar los pasos</translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven: the map shows what its charts say, not medical facts.</source>
        <translation>La reflexología no está probada científicamente: el mapa muestra lo que dicen sus esquemas, no hechos médicos.</translation>
    </message>
    <message>
        <source>Steps in:</source>
        <translation>Pasos en:</translation>
    </message>
    <message>
        <source>In reflexology this area is said to reflect the {reflects}.</source>
        <translation>En reflexología se dice que esta zona refleja: {reflects}.</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Empeine</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Solo el pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Solo el pie derecho</translation>
    </message>
    <message>
        <source>No step of this routine works this zone.</source>
        <translation>Ningún paso de esta rutina trabaja esta zona.</translation>
    </message>
    <message>
        <source>Steps that work it:</source>
        <translation>Pasos que la trabajan:</translation>
    </message>
    <message>
        <source>Show this step&apos;s page</source>
        <translation>Mostrar la página de este paso</translation>
    </message>
    <message>
        <source>sole</source>
        <translation>planta</translation>
    </message>
    <message>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Mapa del pie</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Empeine</translation>
    </message>
    <message>
        <source>Find a zone or a body area: arch, neck, back…</source>
        <translation>Busca una zona o una parte del cuerpo: arco, cuello, espalda…</translation>
    </message>
    <message>
        <source>Find a zone</source>
        <translation>Buscar una zona</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>No zone matches “{0}”.</source>
        <translation>Ninguna zona coincide con «{0}».</translation>
    </message>
    <message>
        <source>{0} found: {1}</source>
        <translation>{0} encontradas: {1}</translation>
    </message>
</context>
<context>
    <name>FootView</name>
    <message>
        <source>Point at a zone to see what it is said to reflect.</source>
        <translation>Señala una zona para ver qué se dice que refleja.</translation>
    </message>
    <message>
        <source>{zone}{side} — said to reflect: {reflects}</source>
        <translation>{zone}{side} — se dice que refleja: {reflects}</translation>
    </message>
    <message>
        <source> (left foot only)</source>
        <translation> (solo pie izquierdo)</translation>
    </message>
    <message>
        <source> (right foot only)</source>
        <translation> (solo pie derecho)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Highlighted:&lt;/b&gt; {zones}.</source>
        <translation>&lt;b&gt;Resaltado:&lt;/b&gt; {zones}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;{side} — said to reflect: {reflects}</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;{side} — se dice que refleja: {reflects}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Empeine</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Night (very dim)</source>
        <translation>Noche (muy tenue)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>First foot</source>
        <translation>Primer pie</translation>
    </message>
    <message>
        <source>Which foot to start with</source>
        <translation>Con qué pie empezar</translation>
    </message>
    <message>
        <source>&amp;First foot:</source>
        <translation>&amp;Primer pie:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine a session follows</source>
        <translation>La rutina que sigue una sesión</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Cambiar esta rutina</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Crear una rutina propia</translation>
    </message>
    <message>
        <source>Move on by itself when a step ends</source>
        <translation>Seguir sola al terminar un paso</translation>
    </message>
    <message>
        <source>Move on by itself</source>
        <translation>Seguir sola</translation>
    </message>
    <message>
        <source>Start the next step automatically when the time is up</source>
        <translation>Empezar el siguiente paso en cuanto se acabe el tiempo</translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation>Esperarme en cada paso</translation>
    </message>
    <message>
        <source>Wait at each step</source>
        <translation>Esperar en cada paso</translation>
    </message>
    <message>
        <source>When a step&apos;s time is up, wait until you go on</source>
        <translation>Cuando se acabe el tiempo de un paso, esperar hasta que sigas</translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation>Entre pasos:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source> s before the end</source>
        <translation> s antes del final</translation>
    </message>
    <message>
        <source>Warning before a step ends</source>
        <translation>Aviso antes de que termine un paso</translation>
    </message>
    <message>
        <source>A soft signal this many seconds before a step ends (0 = off)</source>
        <translation>Una señal suave estos segundos antes de que termine un paso (0 = sin aviso)</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>&amp;Aviso:</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Chimes between steps and warnings</source>
        <translation>Campanillas entre pasos y como aviso</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the sounds are, 0 to 100</source>
        <translation>El volumen de los sonidos, de 0 a 100</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours: follow the system, light, dark, or night (dim, for a dark room)</source>
        <translation>Colores: como el sistema, claro, oscuro o noche (tenue, para una habitación a oscuras)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Start sessions in focus mode</source>
        <translation>Empezar las sesiones en modo concentración</translation>
    </message>
    <message>
        <source>Start in focus mode</source>
        <translation>Empezar en modo concentración</translation>
    </message>
    <message>
        <source>Show only the current step, full screen, when a session starts</source>
        <translation>Mostrar solo el paso actual, a pantalla completa, al empezar una sesión</translation>
    </message>
    <message>
        <source>Animate the hands&apos; motion on the feet</source>
        <translation>Animar el movimiento de las manos sobre los pies</translation>
    </message>
    <message>
        <source>Animate the technique</source>
        <translation>Animar la técnica</translation>
    </message>
    <message>
        <source>During a session, a soft marker moves the way your hands do; off, still arrows show the way. Off at first when your system asks for reduced motion.</source>
        <translation>Durante una sesión, una marca suave se mueve como lo hacen tus manos; si lo desactivas, unas flechas quietas indican el recorrido. Desactivado al principio si tu sistema pide menos movimiento.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation>Mantener la pantalla encendida durante una sesión</translation>
    </message>
    <message>
        <source>Keep the screen on</source>
        <translation>Mantener la pantalla encendida</translation>
    </message>
    <message>
        <source>Stop the screen from dimming or locking while a session runs</source>
        <translation>Evitar que la pantalla se oscurezca o se bloquee durante una sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window, the routines and the voice</source>
        <translation>El idioma de la ventana, de las rutinas y de la voz</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Close footcare-gui and open it again in the chosen language</source>
        <translation>Cerrar footcare-gui y abrirlo de nuevo en el idioma elegido</translation>
    </message>
    <message>
        <source>After the session: restarting now would end it</source>
        <translation>Después de la sesión: reiniciar ahora la terminaría</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation>Copiar información del sistema</translation>
    </message>
    <message>
        <source>Copy what footcare-gui --doctor reports, for a bug report</source>
        <translation>Copia el informe de footcare-gui --doctor, para un informe de error</translation>
    </message>
    <message>
        <source>System information copied: paste it into your bug report.</source>
        <translation>Información del sistema copiada: pégala en tu informe de error.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Your history file was damaged, so a new one was started. The old one is kept as {0}.</source>
        <translation>Tu archivo de historial estaba dañado, así que se empezó uno nuevo. El antiguo se guarda como {0}.</translation>
    </message>
    <message>
        <source>Your history file is damaged and could not be moved aside ({0}): history is off this session, and the file is left as it is.</source>
        <translation>Tu archivo de historial está dañado y no se pudo apartar ({0}): el historial queda desactivado en esta sesión y el archivo se deja como está.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of footcare-gui (history version {0}): it is shown, but nothing is recorded this session.</source>
        <translation>Tu historial lo escribió una versión más reciente de footcare-gui (versión de historial {0}): se muestra, pero en esta sesión no se registra nada.</translation>
    </message>
    <message>
        <source>History is shown but not recorded this session: {0} cannot be written ({1}).</source>
        <translation>El historial se muestra pero no se registra en esta sesión: no se puede escribir en {0} ({1}).</translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be written ({1}).</source>
        <translation>El historial está desactivado en esta sesión: no se puede escribir en {0} ({1}).</translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be opened ({1}).</source>
        <translation>El historial está desactivado en esta sesión: no se puede abrir {0} ({1}).</translation>
    </message>
    <message>
        <source>Your history was updated for this version; the old file is kept as {0}.</source>
        <translation>Tu historial se actualizó para esta versión; el archivo antiguo se guarda como {0}.</translation>
    </message>
    <message>
        <source>Your history could not be updated for this version ({0}): it is shown, but nothing is recorded this session. A copy is kept as {1}.</source>
        <translation>Tu historial no se pudo actualizar para esta versión ({0}): se muestra, pero en esta sesión no se registra nada. Se guarda una copia como {1}.</translation>
    </message>
    <message>
        <source>This session could not be recorded: {0}. The app keeps trying.</source>
        <translation>Esta sesión no se pudo registrar: {0}. La aplicación lo sigue intentando.</translation>
    </message>
    <message>
        <source>{0} of the last {1} evenings</source>
        <translation>{0} de las últimas {1} noches</translation>
    </message>
    <message>
        <source>Your first evening: a lovely start.</source>
        <translation>Tu primera noche: un comienzo precioso.</translation>
    </message>
    <message>
        <source>Another round tonight: your feet are well looked after.</source>
        <translation>Otra vuelta esta noche: tus pies están bien cuidados.</translation>
    </message>
    <message>
        <source>Every evening this week: it has become your ritual.</source>
        <translation>Todas las noches de esta semana: ya es tu ritual.</translation>
    </message>
    <message>
        <source>Evening after evening, it is becoming a habit.</source>
        <translation>Noche tras noche, se va convirtiendo en costumbre.</translation>
    </message>
    <message>
        <source>Good to see you again. Every evening counts.</source>
        <translation>Qué bien verte de nuevo. Cada noche cuenta.</translation>
    </message>
    <message>
        <source>One more evening of care for your feet.</source>
        <translation>Una noche más cuidando tus pies.</translation>
    </message>
    <message>
        <source>Before: {0} → now: {1}</source>
        <translation>Antes: {0} → ahora: {1}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Antes: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Ahora: {0}</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>something that is not a file is in its place</source>
        <translation>en su lugar hay algo que no es un archivo</translation>
    </message>
    <message>
        <source>it is an SQLite file of another program</source>
        <translation>es un archivo SQLite de otro programa</translation>
    </message>
    <message>
        <source>history is not writable</source>
        <translation>no se puede escribir en el historial</translation>
    </message>
</context>
<context>
    <name>HistoryCalendar</name>
    <message>
        <source>Evenings of the last 26 weeks</source>
        <translation>Noches de las últimas 26 semanas</translation>
    </message>
    <message>
        <source>Fewer minutes</source>
        <translation>Menos minutos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%Ln session(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln sesión exportada a {0}.</numerusform>
            <numerusform>%Ln sesiones exportadas a {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln minute(s)</source>
        <translation>
            <numerusform>%1: %Ln minuto</numerusform>
            <numerusform>%1: %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln session(s)</source>
        <translation>
            <numerusform>, %Ln sesión</numerusform>
            <numerusform>, %Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evening(s) in a row</source>
        <translation>
            <numerusform>%Ln noche seguida</numerusform>
            <numerusform>%Ln noches seguidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Volver a donde estabas</translation>
    </message>
    <message>
        <source>Your evenings</source>
        <translation>Tus noches</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every session as a CSV file</source>
        <translation>Guardar todas las sesiones en un archivo CSV</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Borrar todo el historial…</translation>
    </message>
    <message>
        <source>Forget every recorded session</source>
        <translation>Olvidar todas las sesiones registradas</translation>
    </message>
    <message>
        <source>Your history stays on this computer; nothing is ever sent anywhere.</source>
        <translation>Tu historial se queda en este ordenador; nunca se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>noches</translation>
    </message>
    <message>
        <source>minutes of foot care</source>
        <translation>minutos de cuidado de los pies</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>evenings in a row now</source>
        <translation>noches seguidas hasta hoy</translation>
    </message>
    <message>
        <source>The last 26 weeks</source>
        <translation>Las últimas 26 semanas</translation>
    </message>
    <message>
        <source>How your feet felt</source>
        <translation>Cómo sentías los pies</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>No evenings yet. After your first session, each evening you take care of your feet shows here.</source>
        <translation>Todavía no hay noches. Después de tu primera sesión, aquí aparecerá cada noche que cuides tus pies.</translation>
    </message>
    <message>
        <source>%1: no session</source>
        <translation>%1: sin sesión</translation>
    </message>
    <message>
        <source>; feet: %1 → %2</source>
        <translation>; pies: %1 → %2</translation>
    </message>
    <message>
        <source>History is off this session, so nothing is shown or recorded.</source>
        <translation>El historial está desactivado en esta sesión: no se muestra ni se registra nada.</translation>
    </message>
    <message>
        <source>History is shown as it is; nothing is recorded this session.</source>
        <translation>El historial se muestra tal como está; en esta sesión no se registra nada.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be exported: {0} ({1}).</source>
        <translation>No se pudo exportar el historial: {0} ({1}).</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <source>Every recorded session and feeling will be forgotten. This cannot be undone. (Export CSV first to keep a copy.)</source>
        <translation>Se olvidarán todas las sesiones y sensaciones registradas. No se puede deshacer. (Exporta antes un CSV para guardar una copia.)</translation>
    </message>
    <message>
        <source>All history was deleted.</source>
        <translation>Se borró todo el historial.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>{app}: warning: {error}</source>
        <translation>{app}: aviso: {error}</translation>
    </message>
    <message>
        <source>{app}: no routine could be loaded; reinstall the app.</source>
        <translation>{app}: no se pudo cargar ninguna rutina; vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <source>{app}: unknown routine &apos;{id}&apos; (known routines: {known})</source>
        <translation>{app}: rutina desconocida &apos;{id}&apos; (rutinas conocidas: {known})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Empezar / Pausa</translation>
    </message>
    <message>
        <source>Start, pause or carry on</source>
        <translation>Empezar, pausar o continuar</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Pasar al siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation>Empezar la sesión de nuevo</translation>
    </message>
    <message>
        <source>&amp;Wait for me at each step</source>
        <translation>Es&amp;perarme en cada paso</translation>
    </message>
    <message>
        <source>Hold each new step until you press Space</source>
        <translation>Detener cada paso nuevo hasta que pulses Espacio</translation>
    </message>
    <message>
        <source>Speak the steps &amp;aloud</source>
        <translation>&amp;Leer los pasos en voz alta</translation>
    </message>
    <message>
        <source>Voice guidance: say each step aloud</source>
        <translation>Guía por voz: decir cada paso en voz alta</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <source>Full screen with larger type</source>
        <translation>Pantalla completa con letra más grande</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Salir del modo concentración</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Your evenings: calendar and feelings</source>
        <translation>Tus noches: calendario y sensaciones</translation>
    </message>
    <message>
        <source>Foot &amp;map</source>
        <translation>&amp;Mapa del pie</translation>
    </message>
    <message>
        <source>Explore the reflex zones of both feet</source>
        <translation>Explorar las zonas reflejas de ambos pies</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Change durations, sound and look</source>
        <translation>Cambiar duraciones, sonido y aspecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit footcare-gui</source>
        <translation>Salir de footcare-gui</translation>
    </message>
    <message>
        <source>&amp;Safety and precautions</source>
        <translation>&amp;Seguridad y precauciones</translation>
    </message>
    <message>
        <source>Who should ask a doctor first</source>
        <translation>Quién debería consultar antes a un médico</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Versión y créditos</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>PrecautionsDialog</name>
    <message>
        <source>Safety and precautions</source>
        <translation>Seguridad y precauciones</translation>
    </message>
    <message>
        <source>About reflexology</source>
        <translation>Sobre la reflexología</translation>
    </message>
    <message>
        <source>I understand, let&apos;s begin</source>
        <translation>Entendido, empecemos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Duraciones</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Recordatorio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close Preferences; changes are already saved</source>
        <translation>Cerrar Preferencias; los cambios ya están guardados</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Qt&apos;s own libraries are incomplete: reinstall footcare-gui (and PySide6).</source>
        <translation>Las bibliotecas propias de Qt están incompletas: vuelve a instalar footcare-gui (y PySide6).</translation>
    </message>
    <message>
        <source>{library}: find its package with `apt-file search {library}` or `dnf provides &apos;*/{library}&apos;`</source>
        <translation>{library}: encuentra su paquete con `apt-file search {library}` o `dnf provides &apos;*/{library}&apos;`</translation>
    </message>
    <message>
        <source>{variable} is unset</source>
        <translation>{variable} no está definida</translation>
    </message>
    <message>
        <source>no X server at DISPLAY={0}</source>
        <translation>no hay ningún servidor X en DISPLAY={0}</translation>
    </message>
    <message>
        <source>no {socket}</source>
        <translation>no existe {socket}</translation>
    </message>
    <message>
        <source>footcare-gui could not open its window; run `footcare-gui --doctor` to see what is missing.</source>
        <translation>footcare-gui no pudo abrir su ventana; ejecuta `footcare-gui --doctor` para ver qué falta.</translation>
    </message>
    <message>
        <source>footcare-gui needs a graphical desktop; no display was found (DISPLAY and WAYLAND_DISPLAY are unset).</source>
        <translation>footcare-gui necesita un escritorio gráfico; no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas).</translation>
    </message>
    <message>
        <source>{app} needs a graphical desktop; no display was found ({why}).</source>
        <translation>{app} necesita un escritorio gráfico; no se encontró ninguna pantalla ({why}).</translation>
    </message>
    <message>
        <source>{app} cannot open its window: Qt needs a system library that is missing: {libraries}.</source>
        <translation>{app} no puede abrir su ventana: Qt necesita una biblioteca del sistema que falta: {libraries}.</translation>
    </message>
    <message>
        <source>Install it, then start {app} again:</source>
        <translation>Instálala y vuelve a abrir {app}:</translation>
    </message>
    <message>
        <source>{app} cannot open its window: Qt needs system libraries that are missing: {libraries}.</source>
        <translation>{app} no puede abrir su ventana: Qt necesita bibliotecas del sistema que faltan: {libraries}.</translation>
    </message>
    <message>
        <source>Install them, then start {app} again:</source>
        <translation>Instálalas y vuelve a abrir {app}:</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Started {0} at {1}</source>
        <translation>Empezada el {0} a las {1}</translation>
    </message>
    <message>
        <source>Left early, after {0} of {1} steps</source>
        <translation>Terminada antes, tras {0} de {1} pasos</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>The reminder is off.</source>
        <translation>El recordatorio está desactivado.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Elige al menos un día para el recordatorio.</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2.</source>
        <translation>Próximo recordatorio: %1 a las %2.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Time for your evening foot care</source>
        <translation>Es hora de cuidar tus pies esta noche</translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n minutes. Press Start when you are ready.</source>
        <translation>
            <numerusform>%1: unos %n minuto. Pulsa Empezar cuando estés listo.</numerusform>
            <numerusform>%1: unos %n minutos. Pulsa Empezar cuando estés listo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>footcare-gui is still running</source>
        <translation>footcare-gui sigue abierto</translation>
    </message>
    <message>
        <source>It waits here for your reminder at %1. To quit, choose Quit in this menu.</source>
        <translation>Espera aquí tu recordatorio de las %1. Para cerrarlo, elige Salir en este menú.</translation>
    </message>
</context>
<context>
    <name>ReminderTab</name>
    <message>
        <source>Evening reminder</source>
        <translation>Recordatorio nocturno</translation>
    </message>
    <message>
        <source>Remind me to do my foot care</source>
        <translation>Recordarme cuidar mis pies</translation>
    </message>
    <message>
        <source>A notification at the time you choose, with a Start button</source>
        <translation>Una notificación a la hora que elijas, con un botón para empezar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>When to remind you</source>
        <translation>Cuándo recordártelo</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Remind me on %1</source>
        <translation>Recordármelo el %1</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Start at login, without a window</source>
        <translation>Abrir al iniciar sesión, sin ventana</translation>
    </message>
    <message>
        <source>Start footcare-gui when you log in, waiting for the reminder</source>
        <translation>Abrir footcare-gui al iniciar sesión, a la espera del recordatorio</translation>
    </message>
    <message>
        <source>Starting at login is available on Linux desktops only</source>
        <translation>Abrir al iniciar sesión solo está disponible en escritorios Linux</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>While the reminder is on, closing the window keeps footcare-gui in the system tray; choose Quit to end it.</source>
        <translation>Mientras el recordatorio esté activo, al cerrar la ventana footcare-gui se queda en la bandeja del sistema; elige Salir para cerrarlo.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray: the reminder comes while footcare-gui runs, with its window open or started at login.</source>
        <translation>Este escritorio no tiene bandeja del sistema: el recordatorio llega mientras footcare-gui esté abierto, con su ventana o iniciado al abrir sesión.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Crear una rutina propia</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Make your own copy of the chosen routine</source>
        <translation>Hacer una copia propia de la rutina elegida</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation>Cambiar la rutina elegida</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the chosen routine</source>
        <translation>Borrar la rutina elegida</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Añadir una rutina desde un archivo .toml</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the chosen routine as a .toml file to share</source>
        <translation>Guardar la rutina elegida como archivo .toml para compartirla</translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation> (mi copia)</translation>
    </message>
    <message>
        <source>A built-in routine</source>
        <translation>Una rutina incluida</translation>
    </message>
    <message>
        <source>“{0}” comes with the app and cannot be changed.</source>
        <translation>«{0}» viene con la aplicación y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Make your own copy of it, and edit that?</source>
        <translation>¿Hacer una copia propia y editar esa?</translation>
    </message>
    <message>
        <source>&amp;Duplicate to edit</source>
        <translation>&amp;Duplicar para editar</translation>
    </message>
    <message>
        <source>“{0}” is saved.</source>
        <translation>«{0}» está guardada.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>¿Borrar «{0}»?</translation>
    </message>
    <message>
        <source>Its file and the step lengths you chose for it go too. This cannot be undone.</source>
        <translation>También se borran su archivo y las duraciones que elegiste para ella. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>“{0}” was deleted.</source>
        <translation>«{0}» se borró.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Rutinas (*.toml)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation>Esta rutina no se puede importar</translation>
    </message>
    <message>
        <source>“{0}” is imported (as {1}: the id {2} was taken).</source>
        <translation>«{0}» está importada (como {1}: el identificador {2} ya existía).</translation>
    </message>
    <message>
        <source>“{0}” is imported.</source>
        <translation>«{0}» está importada.</translation>
    </message>
    <message>
        <source>This routine cannot be exported</source>
        <translation>Esta rutina no se puede exportar</translation>
    </message>
    <message>
        <source>“{0}” is exported to {1}.</source>
        <translation>«{0}» se exportó a {1}.</translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <translation>{problem}: {detail}</translation>
    </message>
</context>
<context>
    <name>RoutineCommands</name>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>{app}: {error} (nothing was imported)</source>
        <translation>{app}: {error} (no se importó nada)</translation>
    </message>
    <message>
        <source>{app}: the id {old} was taken, so the routine is {new}</source>
        <translation>{app}: el id {old} ya estaba en uso, así que la rutina es {new}</translation>
    </message>
</context>
<context>
    <name>RoutineDraft</name>
    <message>
        <source>Switch to the other foot</source>
        <translation>Cambia al otro pie</translation>
    </message>
    <message>
        <source>Lower this foot and bring the other one up onto your knee.</source>
        <translation>Baja este pie y sube el otro a la rodilla.</translation>
    </message>
    <message>
        <source>A few seconds to change sides before repeating the steps.</source>
        <translation>Unos segundos para cambiar de lado antes de repetir los pasos.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Editar «{0}»</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the start page</source>
        <translation>Opcional: una o dos frases para la página de inicio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Start-&amp;page intro:</source>
        <translation>Introducción de la &amp;página de inicio:</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Guardar la rutina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Whole session: {0} ({1} without the optional steps)</source>
        <translation>Sesión completa: {0} ({1} sin los pasos opcionales)</translation>
    </message>
    <message>
        <source>Whole session: {0}</source>
        <translation>Sesión completa: {0}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Lista para guardar.</translation>
    </message>
    <message>
        <source>One thing to put right before saving.</source>
        <translation>Hay una cosa que corregir antes de guardar.</translation>
    </message>
    <message>
        <source>{0} things to put right before saving.</source>
        <translation>Hay {0} cosas que corregir antes de guardar.</translation>
    </message>
    <message>
        <source>Saved as {0} in {1}</source>
        <translation>Guardada como {0} en {1}</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>Guardada como {0}</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>cada pie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(todavía sin título)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved.</source>
        <translation>Esta rutina tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>Your routine file {error}. It was moved aside as {name}.</source>
        <translation>Problema en tu archivo de rutina {error}. El archivo se ha apartado como {name}.</translation>
    </message>
    <message>
        <source>Your routine file {error}. It was skipped.</source>
        <translation>Problema en tu archivo de rutina {error}. El archivo se ha omitido.</translation>
    </message>
    <message>
        <source>Your routine {name} has the id {id} of a built-in routine, so it was skipped: give it another id.</source>
        <translation>Tu rutina {name} tiene el identificador {id} de una rutina incluida, así que se ha omitido: ponle otro identificador.</translation>
    </message>
    <message>
        <source>Your routines folder {folder} is read-only: routines cannot be saved.</source>
        <translation>Tu carpeta de rutinas {folder} es de solo lectura: no se pueden guardar rutinas.</translation>
    </message>
    <message>
        <source>This copy of the app has no folder for your own routines.</source>
        <translation>Esta copia de la aplicación no tiene carpeta para tus propias rutinas.</translation>
    </message>
    <message>
        <source>“{title}” is built in and cannot be changed.</source>
        <translation>«{title}» viene incluida y no se puede cambiar.</translation>
    </message>
    <message>
        <source>“{title}” could not be saved: {reason} ({path})</source>
        <translation>No se pudo guardar «{title}»: {reason} ({path})</translation>
    </message>
    <message>
        <source>{id} is not one of your routines.</source>
        <translation>{id} no es una de tus rutinas.</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted: {reason} ({path})</source>
        <translation>No se pudo borrar «{title}»: {reason} ({path})</translation>
    </message>
    <message>
        <source>There is no routine {id}.</source>
        <translation>No hay ninguna rutina {id}.</translation>
    </message>
    <message>
        <source>“{title}” could not be exported: {reason} ({path})</source>
        <translation>No se pudo exportar «{title}»: {reason} ({path})</translation>
    </message>
</context>
<context>
    <name>RoutineRules</name>
    <message>
        <source>{file}, step &apos;{step}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, paso &apos;{step}&apos;, campo &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}, step &apos;{step}&apos;: {problem}</source>
        <translation>{file}, paso &apos;{step}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, campo &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>has {count} characters; at most {most} fit</source>
        <translation>tiene {count} caracteres; caben como mucho {most}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>debe ser true o false, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number of seconds, not {value}</source>
        <translation>debe ser un número entero de segundos, no {value}</translation>
    </message>
    <message>
        <source>{value} s must lie within {lo}..{hi} s</source>
        <translation>{value} s debe estar entre {lo} y {hi} s</translation>
    </message>
    <message>
        <source>{value} is not one of: {known}</source>
        <translation>{value} no es ninguno de: {known}</translation>
    </message>
    <message>
        <source>{value} must be at most {most} lower-case letters, digits and dashes (a-z, 0-9, -), not starting with a dash</source>
        <translation>{value} debe tener como mucho {most} letras minúsculas, cifras y guiones (a-z, 0-9, -), sin empezar por un guion</translation>
    </message>
    <message>
        <source>must be a list of zone ids</source>
        <translation>debe ser una lista de identificadores de zona</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <translation>zona desconocida {zone}</translation>
    </message>
    <message>
        <source>zone {zone} is not on the sole view</source>
        <translation>la zona {zone} no está en la planta</translation>
    </message>
    <message>
        <source>zone {zone} is not on the top view</source>
        <translation>la zona {zone} no está en el empeine</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>debe ser una tabla</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>{hi} s is below the minimum of {lo} s</source>
        <translation>{hi} s está por debajo del mínimo de {lo} s</translation>
    </message>
    <message>
        <source>{value} s is outside the allowed range {lo}..{hi} s</source>
        <translation>{value} s está fuera del margen permitido {lo}..{hi} s</translation>
    </message>
    <message>
        <source>the switch happens once per session</source>
        <translation>el cambio de pie ocurre una vez por sesión</translation>
    </message>
    <message>
        <source>the switch between the feet cannot be skipped</source>
        <translation>el cambio entre un pie y otro no se puede saltar</translation>
    </message>
    <message>
        <source>is too large for a routine ({count} characters)</source>
        <translation>es demasiado grande para una rutina ({count} caracteres)</translation>
    </message>
    <message>
        <source>is not valid TOML (nested too deeply)</source>
        <translation>no es TOML válido (anidado a demasiada profundidad)</translation>
    </message>
    <message>
        <source>must list at least one [[steps]] table</source>
        <translation>debe incluir al menos una tabla [[steps]]</translation>
    </message>
    <message>
        <source>has {count} steps; at most {most} fit in a routine</source>
        <translation>tiene {count} pasos; en una rutina caben como mucho {most}</translation>
    </message>
    <message>
        <source>is missing (the [switch] table between the feet)</source>
        <translation>falta (la tabla [switch] entre un pie y otro)</translation>
    </message>
    <message>
        <source>is used by more than one step</source>
        <translation>lo usa más de un paso</translation>
    </message>
    <message>
        <source>needs at least one step done on each foot (per = &quot;foot&quot;)</source>
        <translation>necesita al menos un paso en cada pie (per = &quot;foot&quot;)</translation>
    </message>
    <message>
        <source>a once-per-session step must come before or after the foot steps</source>
        <translation>un paso de una vez por sesión debe ir antes o después de los pasos de cada pie</translation>
    </message>
    <message>
        <source>repeats the routine id {id}</source>
        <translation>repite el identificador de rutina {id}</translation>
    </message>
    <message>
        <source>is not a known field of a routine&apos;s translation</source>
        <translation>no es un campo conocido de la traducción de una rutina</translation>
    </message>
    <message>
        <source>must be a table of step ids</source>
        <translation>debe ser una tabla de identificadores de paso</translation>
    </message>
    <message>
        <source>is not a step of {routine}</source>
        <translation>no es un paso de {routine}</translation>
    </message>
    <message>
        <source>is not a translatable field of a step</source>
        <translation>no es un campo traducible de un paso</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>is not valid TOML ({detail})</source>
        <translation>no es TOML válido ({detail})</translation>
    </message>
    <message>
        <source>is too large for a routine (over {most} bytes)</source>
        <translation>es demasiado grande para una rutina (más de {most} bytes)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or carry on</source>
        <translation>Pausar o continuar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Pasar al siguiente paso</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation>Empezar la sesión de nuevo</translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation>Esperarme en cada paso</translation>
    </message>
    <message>
        <source>Hold each new step until you press Space (W)</source>
        <translation>Detener cada paso nuevo hasta que pulses Espacio (W)</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>Paused: the computer seemed to be asleep for {gap}. Press Space to carry on.</source>
        <translation>En pausa: el ordenador parece haber estado en reposo {gap}. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source>Could not keep the screen awake.</source>
        <translation>No se pudo mantener la pantalla encendida.</translation>
    </message>
    <message>
        <source>not supported here</source>
        <translation>no disponible aquí</translation>
    </message>
    <message>
        <source>Could not keep the screen awake ({reason}).</source>
        <translation>No se pudo mantener la pantalla encendida ({reason}).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (no session bus).</source>
        <translation>No se pudo mantener la pantalla encendida (no hay bus de sesión).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (no screensaver service found).</source>
        <translation>No se pudo mantener la pantalla encendida (no se encontró ningún servicio de salvapantallas).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (Windows refused the request).</source>
        <translation>No se pudo mantener la pantalla encendida (Windows rechazó la petición).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (caffeinate not found).</source>
        <translation>No se pudo mantener la pantalla encendida (no se encontró caffeinate).</translation>
    </message>
    <message>
        <source>D-Bus support is missing</source>
        <translation>falta la compatibilidad con D-Bus</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>GETTING READY</source>
        <translation>PREPARACIÓN</translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation>CAMBIO DE PIE</translation>
    </message>
    <message>
        <source>WINDING DOWN</source>
        <translation>PARA TERMINAR</translation>
    </message>
    <message>
        <source>Next: all done</source>
        <translation>Después: terminado</translation>
    </message>
    <message>
        <source>Next: switch feet</source>
        <translation>Después: cambio de pie</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Después: {title}</translation>
    </message>
    <message>
        <source>Step {step} of {steps} · {time} left</source>
        <translation>Paso {step} de {steps} · quedan {time}</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>press Space to start</source>
        <translation>pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>press Space to begin</source>
        <translation>pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>{time} · {step} — {app}</source>
        <translation>{time} · {step} — {app}</translation>
    </message>
    <message>
        <source>Paused · {time} · {step} — {app}</source>
        <translation>En pausa · {time} · {step} — {app}</translation>
    </message>
    <message>
        <source>Ready · {time} · {step} — {app}</source>
        <translation>Listo · {time} · {step} — {app}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Settings cannot be saved: {error}. Changes last until you quit.</source>
        <translation>No se pueden guardar los ajustes: {error}. Los cambios duran hasta que salgas.</translation>
    </message>
    <message>
        <source>Settings are being saved again.</source>
        <translation>Los ajustes vuelven a guardarse.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>{reason} ({path})</source>
        <translation>{reason} ({path})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is far too large to be a settings file</source>
        <translation>es demasiado grande para ser un archivo de ajustes</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created ({reason})</source>
        <translation>no se puede crear la carpeta {folder} ({reason})</translation>
    </message>
    <message>
        <source>the folder {folder} is not writable</source>
        <translation>no se puede escribir en la carpeta {folder}</translation>
    </message>
    <message>
        <source>Settings will not be saved this session: {reason}.</source>
        <translation>Los ajustes no se guardarán en esta sesión: {reason}.</translation>
    </message>
    <message>
        <source>Using default settings. Settings will not be saved this session: {path} cannot be read ({reason}); it is left as it is.</source>
        <translation>Se usan los ajustes predeterminados. Los ajustes no se guardarán en esta sesión: no se puede leer {path} ({reason}); se deja como está.</translation>
    </message>
    <message>
        <source>Your settings file was written by a newer version of footcare-gui (settings version {version}; this one knows {known}). Its settings are used where possible, but the file will not be changed, so changes you make now last until you quit.</source>
        <translation>Tu archivo de ajustes lo escribió una versión más reciente de footcare-gui (versión de ajustes {version}; esta conoce hasta la {known}). Sus ajustes se usan en lo posible, pero el archivo no se modificará, así que los cambios que hagas ahora duran hasta que salgas.</translation>
    </message>
    <message>
        <source>all settings</source>
        <translation>todos los ajustes</translation>
    </message>
    <message>
        <source>Settings will not be saved this session: a copy of the original could not be made ({reason}), so {name} is left untouched.</source>
        <translation>Los ajustes no se guardarán en esta sesión: no se pudo hacer una copia del original ({reason}), así que {name} se deja intacto.</translation>
    </message>
    <message>
        <source>Your settings file could not be used ({problem}), so all settings were reset to defaults.</source>
        <translation>Tu archivo de ajustes no se pudo usar ({problem}), así que todos los ajustes han vuelto a sus valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings were updated from an older version of the app.</source>
        <translation>Tus ajustes se han actualizado desde una versión anterior de la aplicación.</translation>
    </message>
    <message>
        <source>Your settings file had problems; these were reset to defaults: {fields}.</source>
        <translation>Tu archivo de ajustes tenía problemas; estos ajustes han vuelto a sus valores predeterminados: {fields}.</translation>
    </message>
    <message>
        <source>The original is saved as {name}.</source>
        <translation>El original se guarda como {name}.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{app} is already running (it did not answer; if it is stuck, end it or remove {lock}).</source>
        <translation>{app} ya se está ejecutando (no respondió; si se ha quedado colgada, ciérrala o borra {lock}).</translation>
    </message>
    <message>
        <source>Could not take the single-instance lock; a second copy would not be noticed.</source>
        <translation>No se pudo tomar el bloqueo contra una segunda copia; una segunda copia no se notaría.</translation>
    </message>
    <message>
        <source>A second launch cannot reach this one ({why}).</source>
        <translation>Un segundo inicio no puede llegar a esta copia ({why}).</translation>
    </message>
    <message>
        <source>{app} is already running; its window was brought forward.</source>
        <translation>{app} ya se está ejecutando; su ventana se ha traído al frente.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>No audio output found: sounds are off for now.</source>
        <translation>No se encontró salida de audio: los sonidos quedan desactivados por ahora.</translation>
    </message>
    <message>
        <source>Sound is not supported on this system: sounds are off for now.</source>
        <translation>Este sistema no admite sonido: los sonidos quedan desactivados por ahora.</translation>
    </message>
    <message>
        <source>Sounds could not be played: sounds are off for now.</source>
        <translation>No se pudieron reproducir los sonidos: quedan desactivados por ahora.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine was found, so the steps are not spoken (chimes only). On Linux, install speech-dispatcher and espeak-ng.</source>
        <translation>No se encontró ningún motor de voz, así que los pasos no se leen en voz alta (solo campanillas). En Linux, instala speech-dispatcher y espeak-ng.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for this language ({language}), so the steps are not spoken. On Linux, install espeak-ng.</source>
        <translation>El motor de voz no tiene ninguna voz para este idioma ({language}), así que los pasos no se leen en voz alta. En Linux, instala espeak-ng.</translation>
    </message>
    <message>
        <source>The speech engine did not answer within two seconds, so the steps are not spoken (chimes only). On Linux, check that speech-dispatcher runs.</source>
        <translation>El motor de voz no respondió en dos segundos, así que los pasos no se leen en voz alta (solo campanillas). En Linux, comprueba que speech-dispatcher esté en marcha.</translation>
    </message>
    <message>
        <source>The speech engine stopped answering, so the steps are no longer spoken (chimes only). On Linux, restarting speech-dispatcher may help.</source>
        <translation>El motor de voz dejó de responder, así que los pasos ya no se leen en voz alta (solo campanillas). En Linux, reiniciar speech-dispatcher puede ayudar.</translation>
    </message>
    <message>
        <source>The speech engine failed ({detail}), so the steps are not spoken (chimes only). On Linux, check that speech-dispatcher and espeak-ng are installed.</source>
        <translation>El motor de voz falló ({detail}), así que los pasos no se leen en voz alta (solo campanillas). En Linux, comprueba que speech-dispatcher y espeak-ng estén instalados.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>{foot}.</source>
        <translation>{foot}.</translation>
    </message>
    <message>
        <source>Now the left foot</source>
        <translation>Ahora el pie izquierdo</translation>
    </message>
    <message>
        <source>Now the right foot</source>
        <translation>Ahora el pie derecho</translation>
    </message>
    <message>
        <source>Next: switch feet.</source>
        <translation>Ahora viene: cambio de pie.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Ahora viene: {title}</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Choose which foot goes first: the one that feels more tired.</source>
        <translation>Elige qué pie va primero: el que notes más cansado.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Evening foot care</source>
        <translation>Cuidado de los pies por la noche</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Which routine to follow tonight</source>
        <translation>Qué rutina seguir esta noche</translation>
    </message>
    <message>
        <source>Which foot feels more tired?</source>
        <translation>¿Qué pie notas más cansado?</translation>
    </message>
    <message>
        <source>Many people like to begin with that one.</source>
        <translation>Mucha gente prefiere empezar por ese.</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Start with the left foot</source>
        <translation>Empezar por el pie izquierdo</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Start with the right foot</source>
        <translation>Empezar por el pie derecho</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Primero, la seguridad</translation>
    </message>
    <message>
        <source>Read the precautions before you start</source>
        <translation>Lee las precauciones antes de empezar</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Mapa del pie</translation>
    </message>
    <message>
        <source>Explore every reflex zone of both feet, and the steps that work it</source>
        <translation>Explorar todas las zonas reflejas de ambos pies y los pasos que las trabajan</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Leer los pasos en voz alta</translation>
    </message>
    <message>
        <source>Voice guidance: hear each step, eyes on your foot (V)</source>
        <translation>Guía por voz: escucha cada paso sin apartar la vista del pie (V)</translation>
    </message>
    <message>
        <source>Tip for tonight</source>
        <translation>Consejo para esta noche</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>¿Cómo notas los pies?</translation>
    </message>
    <message>
        <source>How do your feet feel before the session?</source>
        <translation>¿Cómo notas los pies antes de la sesión?</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Unos %n minuto.</numerusform>
            <numerusform>Unos %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s), {full} with the optional step.</source>
        <translation>
            <numerusform>Unos %n minuto, {full} con el paso opcional.</numerusform>
            <numerusform>Unos %n minutos, {full} con el paso opcional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s), {full} with the optional steps.</source>
        <translation>
            <numerusform>Unos %n minuto, {full} con los pasos opcionales.</numerusform>
            <numerusform>Unos %n minutos, {full} con los pasos opcionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} {length}</source>
        <translation>{summary} {length}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Choose a foot to start</source>
        <translation>Elige un pie para empezar</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Optional: what the voice says. Empty: the instruction&apos;s first sentence.</source>
        <translation>Opcional: lo que dice la voz. Vacío: la primera frase de la instrucción.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instrucción:</translation>
    </message>
    <message>
        <source>Spo&amp;ken line:</source>
        <translation>Frase &amp;hablada:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Empeine</translation>
    </message>
    <message>
        <source>Sole and top</source>
        <translation>Planta y empeine</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Techni&amp;que:</source>
        <translation>Técni&amp;ca:</translation>
    </message>
    <message>
        <source>On &amp;each foot</source>
        <translation>En &amp;cada pie</translation>
    </message>
    <message>
        <source>&amp;Once in the session</source>
        <translation>&amp;Una vez por sesión</translation>
    </message>
    <message>
        <source>Optiona&amp;l: may be skipped</source>
        <translation>Opciona&amp;l: se puede saltar</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Se hace:</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>allowed &amp;between</source>
        <translation>permitida &amp;entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Deslizar</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presionar</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Knead</source>
        <translation>Amasar</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rodar</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Reposar</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up / Alt+Down, to move it</source>
        <translation>Arrastra un paso, o pulsa Alt+Arriba / Alt+Abajo, para moverlo</translation>
    </message>
</context>
<context>
    <name>StepPreview</name>
    <message>
        <source>Preview of the step in a session</source>
        <translation>Vista previa del paso en una sesión</translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation>en cada pie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>Spoken: {0}</source>
        <translation>Hablado: {0}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Steps, in order:</source>
        <translation>&amp;Pasos, en orden:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>A new step after this one</source>
        <translation>Un paso nuevo después de este</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <source>A copy of this step</source>
        <translation>Una copia de este paso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Quitar este paso</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Subir</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Arriba)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Bajar</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Between the feet:</source>
        <translation>Entre los pies:</translation>
    </message>
    <message>
        <source>The short pause between the feet</source>
        <translation>La breve pausa entre un pie y otro</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>All done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>And how do your feet feel now?</source>
        <translation>¿Y cómo notas ahora los pies?</translation>
    </message>
    <message>
        <source>How do your feet feel after the session?</source>
        <translation>¿Cómo notas los pies después de la sesión?</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar otra vez</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close footcare-gui</source>
        <translation>Cerrar footcare-gui</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>{time} of foot care · {done} of %n step(s) done</source>
        <translation>
            <numerusform>{time} de cuidado de los pies · {done} de %n paso hecho</numerusform>
            <numerusform>{time} de cuidado de los pies · {done} de %n pasos hechos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have a medical condition such as diabetes or poor circulation, or are pregnant.</source>
        <translation>Consulta antes a tu médico si tienes una enfermedad como diabetes o mala circulación, o si estás embarazada.</translation>
    </message>
    <message>
        <source>Do not massage a foot that has an injury, an open wound or an infection, not even around it.</source>
        <translation>No masajees un pie que tenga una lesión, una herida abierta o una infección, ni siquiera alrededor.</translation>
    </message>
    <message>
        <source>Begin with gentle pressure and build up only as far as it feels good.</source>
        <translation>Empieza con una presión suave y auméntala solo mientras te resulte agradable.</translation>
    </message>
    <message>
        <source>If anything hurts, stop.</source>
        <translation>Si algo duele, para.</translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven. When a 2009 systematic review weighed the published studies, it found nothing convincing to show that reflexology treats any illness. This app only tells you what each part of the foot is said to reflect in reflexology, and it promises nothing medical. Even so, a slow foot massage can feel wonderfully relaxing.</source>
        <translation>La reflexología no está probada científicamente. Cuando una revisión sistemática de 2009 valoró los estudios publicados, no encontró nada convincente que demuestre que la reflexología trate ninguna enfermedad. Esta aplicación solo te cuenta qué se dice en reflexología que refleja cada parte del pie, y no promete nada médico. Aun así, un masaje lento de pies puede resultar maravillosamente relajante.</translation>
    </message>
    <message>
        <source>Slip on warm socks or tuck your feet under a blanket.</source>
        <translation>Ponte unos calcetines calentitos o mete los pies bajo una manta.</translation>
    </message>
    <message>
        <source>Sip a glass of water before bed.</source>
        <translation>Bebe despacio un vaso de agua antes de acostarte.</translation>
    </message>
    <message>
        <source>Keep the lights low for the rest of the evening.</source>
        <translation>Deja la luz tenue el resto de la noche.</translation>
    </message>
    <message>
        <source>Leave the phone on the other side of the room.</source>
        <translation>Deja el teléfono al otro lado de la habitación.</translation>
    </message>
    <message>
        <source>Take a few slow breaths and let your shoulders drop.</source>
        <translation>Respira despacio unas cuantas veces y deja caer los hombros.</translation>
    </message>
    <message>
        <source>Go to bed while you still feel this relaxed.</source>
        <translation>Vete a dormir mientras sigues así de relajado.</translation>
    </message>
    <message>
        <source>This app guides you through an evening foot massage step by step, with a timer for each step so your oily hands can stay on your feet. Large text can be read from across the room, and the sounds and screen stay soft and quiet so the evening stays calm.</source>
        <translation>Esta aplicación te guía paso a paso por un masaje de pies nocturno, con un temporizador para cada paso, para que tus manos con aceite no tengan que dejar los pies. El texto grande se lee desde el otro lado de la habitación, y los sonidos y la pantalla se mantienen suaves y tranquilos para que la noche siga en calma.</translation>
    </message>
    <message>
        <source>Begin with light pressure and go firmer only as far as it stays comfortable.</source>
        <translation>Empieza con una presión ligera y aumenta la firmeza solo mientras siga siendo cómodo.</translation>
    </message>
    <message>
        <source>Dim the lights or light a candle, and keep the room pleasantly warm.</source>
        <translation>Baja la luz o enciende una vela, y mantén la habitación agradablemente cálida.</translation>
    </message>
    <message>
        <source>A little oil or lotion lets the hands glide instead of dragging on the skin.</source>
        <translation>Un poco de aceite o crema hace que las manos se deslicen en vez de tirar de la piel.</translation>
    </message>
    <message>
        <source>A tennis ball or foot roller can reach the sole when your thumbs get tired.</source>
        <translation>Una pelota de tenis o un rodillo para pies llega a la planta cuando los pulgares se cansan.</translation>
    </message>
    <message>
        <source>Quiet music or silence both work: pick whatever helps you slow down.</source>
        <translation>Música tranquila o silencio, las dos cosas sirven: elige lo que te ayude a bajar el ritmo.</translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Voice guidance</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Leer los pasos en voz alta</translation>
    </message>
    <message>
        <source>Hear each step, so your eyes can stay on your foot (V)</source>
        <translation>Escucha cada paso para no apartar la vista del pie (V)</translation>
    </message>
    <message>
        <source>The voices are listed when this page is shown.</source>
        <translation>Las voces aparecen al mostrar esta página.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voices for the language of the routine</source>
        <translation>Las voces del motor de voz para el idioma de la rutina</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oz:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Slower or faster speech</source>
        <translation>Hablar más despacio o más deprisa</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más deprisa</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>How loud, 0 to 100</source>
        <translation>El volumen, de 0 a 100</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>Vo&amp;lumen:</translation>
    </message>
    <message>
        <source>Say the full instruction</source>
        <translation>Decir la instrucción completa</translation>
    </message>
    <message>
        <source>At each step: its title, then what to do</source>
        <translation>En cada paso: su título y luego qué hacer</translation>
    </message>
    <message>
        <source>Say the title only</source>
        <translation>Decir solo el título</translation>
    </message>
    <message>
        <source>At each step: only its title</source>
        <translation>En cada paso: solo su título</translation>
    </message>
    <message>
        <source>At each step:</source>
        <translation>En cada paso:</translation>
    </message>
    <message>
        <source>Say what comes next near the end of a step</source>
        <translation>Decir lo que viene al final de cada paso</translation>
    </message>
    <message>
        <source>Say what comes next</source>
        <translation>Decir lo que viene</translation>
    </message>
    <message>
        <source>About eight seconds before a step ends: “Next: …”</source>
        <translation>Unos ocho segundos antes de que termine un paso: «Ahora viene: …»</translation>
    </message>
    <message>
        <source>&amp;Try the voice</source>
        <translation>&amp;Probar la voz</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Hear a step as it will sound</source>
        <translation>Escuchar un paso tal como sonará</translation>
    </message>
    <message>
        <source>Voice guidance is not available here.</source>
        <translation>La guía por voz no está disponible aquí.</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Buscando voces…</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>Automática ({voice})</translation>
    </message>
    <message>
        <source>{count} voices for this language.</source>
        <translation>{count} voces para este idioma.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Foot diagram: click a zone to pick it</source>
        <translation>Dibujo del pie: haz clic en una zona para elegirla</translation>
    </message>
    <message>
        <source>&amp;Zones: click them on the feet, or tick them here</source>
        <translation>&amp;Zonas: haz clic en ellas sobre los pies, o márcalas aquí</translation>
    </message>
    <message>
        <source>Zones of this step</source>
        <translation>Zonas de este paso</translation>
    </message>
    <message>
        <source>Space ticks or unticks the zone under the cursor</source>
        <translation>Espacio marca o desmarca la zona bajo el cursor</translation>
    </message>
    <message>
        <source> (left only)</source>
        <translation> (solo izquierdo)</translation>
    </message>
    <message>
        <source> (right only)</source>
        <translation> (solo derecho)</translation>
    </message>
    <message>
        <source> (top)</source>
        <translation> (empeine)</translation>
    </message>
    <message>
        <source>{0}: {1}; said to reflect {2}</source>
        <translation>{0}: {1}; se dice que refleja: {2}</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Head and brain</source>
        <translation>Cabeza y cerebro</translation>
    </message>
    <message>
        <source>pad and tip of the big toe</source>
        <translation>yema y punta del dedo gordo</translation>
    </message>
    <message>
        <source>head, brain</source>
        <translation>cabeza, cerebro</translation>
    </message>
    <message>
        <source>Sinuses</source>
        <translation>Senos nasales</translation>
    </message>
    <message>
        <source>tips and pads of toes 2 to 5</source>
        <translation>puntas y yemas de los dedos 2 a 5</translation>
    </message>
    <message>
        <source>sinuses</source>
        <translation>senos nasales</translation>
    </message>
    <message>
        <source>Neck and throat</source>
        <translation>Cuello y garganta</translation>
    </message>
    <message>
        <source>base of the big toe</source>
        <translation>base del dedo gordo</translation>
    </message>
    <message>
        <source>neck, throat, thyroid</source>
        <translation>cuello, garganta, tiroides</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <source>base of toes 2 and 3</source>
        <translation>base de los dedos 2 y 3</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>ojos</translation>
    </message>
    <message>
        <source>Ears</source>
        <translation>Oídos</translation>
    </message>
    <message>
        <source>base of toes 4 and 5</source>
        <translation>base de los dedos 4 y 5</translation>
    </message>
    <message>
        <source>ears</source>
        <translation>oídos</translation>
    </message>
    <message>
        <source>Lungs and chest</source>
        <translation>Pulmones y pecho</translation>
    </message>
    <message>
        <source>ball of the foot</source>
        <translation>almohadilla del pie</translation>
    </message>
    <message>
        <source>lungs, chest, upper back</source>
        <translation>pulmones, pecho, parte alta de la espalda</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>lower inner part of the ball</source>
        <translation>parte interior baja de la almohadilla</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>corazón</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>outer edge just below the little toe</source>
        <translation>borde exterior, justo debajo del dedo pequeño</translation>
    </message>
    <message>
        <source>shoulder, arm</source>
        <translation>hombro, brazo</translation>
    </message>
    <message>
        <source>Solar plexus</source>
        <translation>Plexo solar</translation>
    </message>
    <message>
        <source>centre of the sole just below the ball</source>
        <translation>centro de la planta, justo debajo de la almohadilla</translation>
    </message>
    <message>
        <source>diaphragm, solar plexus</source>
        <translation>diafragma, plexo solar</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Hígado</translation>
    </message>
    <message>
        <source>upper arch, outer half</source>
        <translation>arco superior, mitad exterior</translation>
    </message>
    <message>
        <source>liver</source>
        <translation>hígado</translation>
    </message>
    <message>
        <source>Gallbladder</source>
        <translation>Vesícula biliar</translation>
    </message>
    <message>
        <source>inside the liver area</source>
        <translation>dentro de la zona del hígado</translation>
    </message>
    <message>
        <source>gallbladder</source>
        <translation>vesícula biliar</translation>
    </message>
    <message>
        <source>Spleen</source>
        <translation>Bazo</translation>
    </message>
    <message>
        <source>upper arch, outer edge</source>
        <translation>arco superior, borde exterior</translation>
    </message>
    <message>
        <source>spleen</source>
        <translation>bazo</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Estómago</translation>
    </message>
    <message>
        <source>upper arch, inner half</source>
        <translation>arco superior, mitad interior</translation>
    </message>
    <message>
        <source>stomach, digestion</source>
        <translation>estómago, digestión</translation>
    </message>
    <message>
        <source>Pancreas</source>
        <translation>Páncreas</translation>
    </message>
    <message>
        <source>just below the stomach area</source>
        <translation>justo debajo de la zona del estómago</translation>
    </message>
    <message>
        <source>pancreas</source>
        <translation>páncreas</translation>
    </message>
    <message>
        <source>Kidneys and adrenals</source>
        <translation>Riñones y suprarrenales</translation>
    </message>
    <message>
        <source>middle of the arch at the waistline</source>
        <translation>centro del arco, a la altura de la línea de la cintura</translation>
    </message>
    <message>
        <source>kidneys, adrenal glands</source>
        <translation>riñones, glándulas suprarrenales</translation>
    </message>
    <message>
        <source>Small intestine</source>
        <translation>Intestino delgado</translation>
    </message>
    <message>
        <source>lower arch, centre</source>
        <translation>arco inferior, centro</translation>
    </message>
    <message>
        <source>small intestine</source>
        <translation>intestino delgado</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Colon</translation>
    </message>
    <message>
        <source>a band around the small intestine</source>
        <translation>una franja alrededor del intestino delgado</translation>
    </message>
    <message>
        <source>large intestine</source>
        <translation>intestino grueso</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Vejiga</translation>
    </message>
    <message>
        <source>inner lower arch, above the heel</source>
        <translation>arco inferior interior, encima del talón</translation>
    </message>
    <message>
        <source>bladder</source>
        <translation>vejiga</translation>
    </message>
    <message>
        <source>Pelvis and sciatic nerve</source>
        <translation>Pelvis y nervio ciático</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>el talón</translation>
    </message>
    <message>
        <source>pelvis, lower back, sciatic nerve</source>
        <translation>pelvis, zona lumbar, nervio ciático</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>inner edge, big toe joint to heel</source>
        <translation>borde interior, de la articulación del dedo gordo al talón</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>Knee and hip</source>
        <translation>Rodilla y cadera</translation>
    </message>
    <message>
        <source>middle of the outer edge</source>
        <translation>centro del borde exterior</translation>
    </message>
    <message>
        <source>knee, leg, hip</source>
        <translation>rodilla, pierna, cadera</translation>
    </message>
    <message>
        <source>Chest and upper back</source>
        <translation>Pecho y parte alta de la espalda</translation>
    </message>
    <message>
        <source>upper third of the top, near the toes</source>
        <translation>tercio superior del empeine, cerca de los dedos</translation>
    </message>
    <message>
        <source>chest, breast, upper back</source>
        <translation>tórax, pecho, parte alta de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>from below the ankle to the top&apos;s highest point</source>
        <translation>desde debajo del tobillo hasta el punto más alto del empeine</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>Lymph</source>
        <translation>Linfa</translation>
    </message>
    <message>
        <source>a band across the front of the ankle</source>
        <translation>una franja que cruza la parte delantera del tobillo</translation>
    </message>
    <message>
        <source>lymph, groin</source>
        <translation>linfa, ingle</translation>
    </message>
    <message>
        <source>Toe tops</source>
        <translation>Dorso de los dedos</translation>
    </message>
    <message>
        <source>tops of the toes and their joints</source>
        <translation>parte de arriba de los dedos y sus articulaciones</translation>
    </message>
    <message>
        <source>head, face, teeth</source>
        <translation>cabeza, cara, dientes</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppController</name>
    <message>
        <source>History — {0}</source>
        <translation>Verlauf — {0}</translation>
    </message>
    <message>
        <source>All done — {0}</source>
        <translation>Geschafft — {0}</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <source>Start a session</source>
        <translation>Eine Sitzung beginnen</translation>
    </message>
    <message>
        <source>Show footcare-gui</source>
        <translation>footcare-gui zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A routine file was skipped: {error}</source>
        <translation>Eine Ablaufdatei wurde übersprungen: {error}</translation>
    </message>
    <message>
        <source>footcare-gui: the evening reminder is off (Preferences → Reminder), so there is nothing to wait for in the background.</source>
        <translation>footcare-gui: Die abendliche Erinnerung ist aus (Einstellungen → Erinnerung), es gibt also im Hintergrund nichts abzuwarten.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s möglich</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>Wert %r wird hier nicht erwartet</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (siehe {prog} --help)</translation>
    </message>
    <message>
        <source>A guided, hands-free evening foot-reflexology self-massage timer.</source>
        <translation>Ein geführter Zeitgeber für die abendliche Fußreflexzonen-Selbstmassage: Ihre Hände bleiben bei den Füßen.</translation>
    </message>
    <message>
        <source>Settings are kept between runs; the Preferences dialog (Ctrl+,) changes them.</source>
        <translation>Die Einstellungen bleiben von Start zu Start erhalten; Sie ändern sie im Fenster Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>which foot goes first this time (overrides the setting for this run only)</source>
        <translation>welcher Fuß diesmal zuerst drankommt (gilt nur für diesen Start, statt der Einstellung)</translation>
    </message>
    <message>
        <source>the routine to use, e.g. quick-wind-down</source>
        <translation>der gewünschte Ablauf, z. B. quick-wind-down</translation>
    </message>
    <message>
        <source>the language of the window and the voice for this run: {codes} (default: the setting, else the system&apos;s)</source>
        <translation>die Sprache von Fenster und Stimme für diesen Start: {codes} (sonst die der Einstellung, sonst die des Systems)</translation>
    </message>
    <message>
        <source>keep every file the app writes in DIR (default: $FOOTCARE_GUI_CONFIG_DIR, else the user&apos;s config folder)</source>
        <translation>alle Dateien der App in DIR ablegen (sonst in $FOOTCARE_GUI_CONFIG_DIR, sonst im Konfigurationsordner des Benutzers)</translation>
    </message>
    <message>
        <source>check this system (display, Qt, libraries, sound, folders, settings) and exit</source>
        <translation>dieses System prüfen (Anzeige, Qt, Bibliotheken, Ton, Ordner, Einstellungen) und beenden</translation>
    </message>
    <message>
        <source>with --doctor: print JSON</source>
        <translation>mit --doctor: als JSON ausgeben</translation>
    </message>
    <message>
        <source>add the app to your desktop&apos;s menu, with its icon (Linux), and exit</source>
        <translation>die App mit ihrem Symbol ins Menü Ihres Desktops aufnehmen (Linux) und beenden</translation>
    </message>
    <message>
        <source>remove exactly what --install-desktop (and the reminder) wrote, and exit</source>
        <translation>genau das entfernen, was --install-desktop (und die Erinnerung) angelegt hat, und beenden</translation>
    </message>
    <message>
        <source>start without a window, waiting for the evening reminder (in the tray if any)</source>
        <translation>ohne Fenster starten und auf die abendliche Erinnerung warten (im Infobereich, falls vorhanden)</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>each of these prints its answer and exits, without opening a window</source>
        <translation>jede dieser Optionen gibt ihre Antwort aus und beendet sich, ohne ein Fenster zu öffnen</translation>
    </message>
    <message>
        <source>list every routine: id, built-in or own, length at the default durations, title</source>
        <translation>alle Abläufe auflisten: ID, mitgeliefert oder eigen, Dauer mit den Standardzeiten, Titel</translation>
    </message>
    <message>
        <source>add a routine from a .toml file; prints its id</source>
        <translation>einen Ablauf aus einer .toml-Datei hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <source>write a routine to a .toml file (FILE - prints it)</source>
        <translation>einen Ablauf in eine .toml-Datei schreiben (FILE - gibt ihn aus)</translation>
    </message>
    <message>
        <source>argument --config-dir: the folder name is empty</source>
        <translation>Argument --config-dir: der Ordnername ist leer</translation>
    </message>
    <message>
        <source>argument --json: only with --doctor</source>
        <translation>Argument --json: nur zusammen mit --doctor</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>{time} left, {caption}</source>
        <translation>noch {time}, {caption}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>Something went wrong; the details are in {path}.</source>
        <translation>Etwas ist schiefgegangen; die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong; the details could not be saved in {path} ({error}).</source>
        <translation>Etwas ist schiefgegangen; die Einzelheiten konnten nicht in {path} gespeichert werden ({error}).</translation>
    </message>
</context>
<context>
    <name>DesktopInstall</name>
    <message>
        <source>Could not change the login entry {path}: {why}.</source>
        <translation>Der Anmeldeeintrag {path} konnte nicht geändert werden: {why}.</translation>
    </message>
    <message>
        <source>Left the login entry {path} as it is ({why}).</source>
        <translation>Der Anmeldeeintrag {path} bleibt, wie er ist ({why}).</translation>
    </message>
    <message>
        <source>The menu entry starts: {command}</source>
        <translation>Der Menüeintrag startet: {command}</translation>
    </message>
    <message>
        <source>To remove it: {app} --uninstall-desktop</source>
        <translation>Zum Entfernen: {app} --uninstall-desktop</translation>
    </message>
    <message>
        <source>Nothing to remove: {app} has not installed anything here.</source>
        <translation>Nichts zu entfernen: {app} hat hier nichts installiert.</translation>
    </message>
    <message>
        <source>wrote   {path}</source>
        <translation>geschrieben    {path}</translation>
    </message>
    <message numerus="yes">
        <source>kept    %n file(s) already in place and up to date</source>
        <translation>
            <numerusform>behalten       %n Datei, die schon aktuell vorhanden war</numerusform>
            <numerusform>behalten       %n Dateien, die schon aktuell vorhanden waren</numerusform>
        </translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>entfernt       {path}</translation>
    </message>
    <message>
        <source>left    {path} alone: {why}</source>
        <translation>belassen       {path}: {why}</translation>
    </message>
    <message>
        <source>failed  {path}: {why}</source>
        <translation>fehlgeschlagen {path}: {why}</translation>
    </message>
    <message>
        <source>could not refresh {cache}: {why}</source>
        <translation>{cache} konnte nicht aufgefrischt werden: {why}</translation>
    </message>
    <message>
        <source>refreshed {cache}</source>
        <translation>aufgefrischt {cache}</translation>
    </message>
    <message>
        <source>could not refresh {cache}: {tool} exited with {status}</source>
        <translation>{cache} konnte nicht aufgefrischt werden: {tool} endete mit {status}</translation>
    </message>
    <message>
        <source>On Windows there is no menu entry to install this way, and nothing was changed. pip put {app}.exe in your Python&apos;s Scripts folder ({folder}): to start it from the Start menu, right-click it in Explorer and choose &apos;Pin to Start&apos;.</source>
        <translation>Unter Windows gibt es keinen Menüeintrag, der sich so installieren lässt, und es wurde nichts geändert. pip hat {app}.exe in den Scripts-Ordner Ihres Python gelegt ({folder}): Um es aus dem Startmenü zu starten, klicken Sie es im Explorer mit der rechten Maustaste an und wählen &apos;An Start anheften&apos;.</translation>
    </message>
    <message>
        <source>On macOS apps live in the Applications folder as .app bundles, and pip does not make one, so nothing was changed. Start {app} from a terminal (or keep it in the Dock while it runs: right-click its icon, Options, Keep in Dock).</source>
        <translation>Unter macOS liegen Apps als .app-Pakete im Ordner Programme, und pip legt keines an; daher wurde nichts geändert. Starten Sie {app} im Terminal (oder behalten Sie es im Dock, während es läuft: Rechtsklick auf das Symbol, Optionen, Im Dock behalten).</translation>
    </message>
    <message>
        <source>not written by footcare-gui</source>
        <translation>nicht von footcare-gui geschrieben</translation>
    </message>
    <message>
        <source>changed since footcare-gui wrote it</source>
        <translation>geändert, seit footcare-gui sie geschrieben hat</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{folder}, writable</source>
        <translation>{folder}, beschreibbar</translation>
    </message>
    <message>
        <source>{folder} (made when first needed), writable</source>
        <translation>{folder} (wird bei Bedarf angelegt), beschreibbar</translation>
    </message>
    <message>
        <source>{folder} is not writable</source>
        <translation>{folder} ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>{folder} (made when first needed) is not writable</source>
        <translation>{folder} (wird bei Bedarf angelegt) ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>{effect}; make {folder} writable, or use --config-dir</source>
        <translation>{effect}; machen Sie {folder} beschreibbar oder nutzen Sie --config-dir</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged earlier file(s) kept aside beside it</source>
        <translation>
            <numerusform>; %n frühere beschädigte Datei liegt daneben</numerusform>
            <numerusform>; %n frühere beschädigte Dateien liegen daneben</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>none yet, defaults{aside}</source>
        <translation>noch keine, Standardwerte{aside}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation>{path} kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>defaults are used and nothing is saved; check the file&apos;s permissions</source>
        <translation>es gelten die Standardwerte und nichts wird gespeichert; prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <source>{path}: {state}{aside}</source>
        <translation>{path}: {state}{aside}</translation>
    </message>
    <message>
        <source>at the next start the app resets {fields} and keeps the original as {name}.corrupt-&lt;time&gt;; or fix the file by hand (see docs/settings.md)</source>
        <translation>beim nächsten Start setzt die App {fields} zurück und bewahrt das Original als {name}.corrupt-&lt;Zeit&gt; auf; oder Sie reparieren die Datei von Hand (siehe docs/settings.md)</translation>
    </message>
    <message>
        <source>damaged ({fields})</source>
        <translation>beschädigt ({fields})</translation>
    </message>
    <message>
        <source>from an older version; updated at the next start (a backup is kept)</source>
        <translation>von einer älteren Version; wird beim nächsten Start aktualisiert (eine Sicherung bleibt erhalten)</translation>
    </message>
    <message>
        <source>written by a newer footcare-gui; used, but never overwritten</source>
        <translation>von einem neueren footcare-gui geschrieben; wird genutzt, aber nie überschrieben</translation>
    </message>
    <message>
        <source>changes last only until you quit: update footcare-gui</source>
        <translation>Änderungen gelten nur bis zum Beenden: Aktualisieren Sie footcare-gui</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>start {app} in a graphical desktop session (over SSH: `ssh -X`, or set DISPLAY)</source>
        <translation>starten Sie {app} in einer grafischen Arbeitsumgebung (über SSH: `ssh -X`, oder setzen Sie DISPLAY)</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>Systembibliotheken</translation>
    </message>
    <message numerus="yes">
        <source>all %n found (for {platforms})</source>
        <translation>
            <numerusform>%n gefunden (für {platforms})</numerusform>
            <numerusform>alle %n gefunden (für {platforms})</numerusform>
        </translation>
    </message>
    <message>
        <source>install them: `{apt}` (Debian, Ubuntu) or `{dnf}` (Fedora)</source>
        <translation>installieren Sie sie: `{apt}` (Debian, Ubuntu) oder `{dnf}` (Fedora)</translation>
    </message>
    <message>
        <source>reinstall footcare-gui (Qt&apos;s own libraries are incomplete)</source>
        <translation>installieren Sie footcare-gui neu (die Bibliotheken von Qt selbst sind unvollständig)</translation>
    </message>
    <message>
        <source>find the package of {libraries} (`apt-file search`, `dnf provides`)</source>
        <translation>suchen Sie das Paket für {libraries} (`apt-file search`, `dnf provides`)</translation>
    </message>
    <message>
        <source>missing ({which})</source>
        <translation>fehlen ({which})</translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation>Plattform-Plugin</translation>
    </message>
    <message>
        <source>{platform} (this running app)</source>
        <translation>{platform} (diese laufende App)</translation>
    </message>
    <message>
        <source>DISPLAY and WAYLAND_DISPLAY are unset</source>
        <translation>DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt</translation>
    </message>
    <message>
        <source>no display ({why})</source>
        <translation>keine Anzeige ({why})</translation>
    </message>
    <message>
        <source>{platforms} cannot load: libraries are missing</source>
        <translation>{platforms} kann nicht geladen werden: Bibliotheken fehlen</translation>
    </message>
    <message>
        <source>install them (see System libraries)</source>
        <translation>installieren Sie sie (siehe Systembibliotheken)</translation>
    </message>
    <message>
        <source>{platform} loads</source>
        <translation>{platform} lädt</translation>
    </message>
    <message>
        <source>no X server answers at DISPLAY={display}: {advice}</source>
        <translation>unter DISPLAY={display} antwortet kein X-Server: {advice}</translation>
    </message>
    <message>
        <source>see qt_messages in `--doctor --json`, and include them in a bug report</source>
        <translation>siehe qt_messages in `--doctor --json`; fügen Sie sie einem Fehlerbericht bei</translation>
    </message>
    <message>
        <source>does not load ({why})</source>
        <translation>lädt nicht ({why})</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>reinstall footcare-gui (pip install --force-reinstall footcare-gui)</source>
        <translation>installieren Sie footcare-gui neu (pip install --force-reinstall footcare-gui)</translation>
    </message>
    <message>
        <source>PySide6 cannot load ({why})</source>
        <translation>PySide6 kann nicht geladen werden ({why})</translation>
    </message>
    <message>
        <source>Audio outputs</source>
        <translation>Audioausgänge</translation>
    </message>
    <message>
        <source>the session runs without sound; for sound install libpulse0 (Debian) or pulseaudio-libs (Fedora)</source>
        <translation>die Sitzung läuft ohne Ton; für Ton installieren Sie libpulse0 (Debian) oder pulseaudio-libs (Fedora)</translation>
    </message>
    <message>
        <source>QtMultimedia cannot load ({why})</source>
        <translation>QtMultimedia kann nicht geladen werden ({why})</translation>
    </message>
    <message>
        <source>the session runs without sound; start the sound server (PulseAudio or PipeWire) or connect a speaker</source>
        <translation>die Sitzung läuft ohne Ton; starten Sie den Soundserver (PulseAudio oder PipeWire) oder schließen Sie einen Lautsprecher an</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Speech engines</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>voice guidance stays off; on Linux install speech-dispatcher and espeak-ng</source>
        <translation>die Sprachführung bleibt aus; unter Linux installieren Sie speech-dispatcher und espeak-ng</translation>
    </message>
    <message>
        <source>QtTextToSpeech cannot load ({why})</source>
        <translation>QtTextToSpeech kann nicht geladen werden ({why})</translation>
    </message>
    <message numerus="yes">
        <source>{engines}; %n voice(s) for &apos;{language}&apos;</source>
        <translation>
            <numerusform>{engines}; %n Stimme für &apos;{language}&apos;</numerusform>
            <numerusform>{engines}; %n Stimmen für &apos;{language}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>{engines}; {problem}</source>
        <translation>{engines}; {problem}</translation>
    </message>
    <message>
        <source>{engine} did not answer within 6 s (is speech-dispatcher stuck?)</source>
        <translation>{engine} hat nicht innerhalb von 6 s geantwortet (hängt speech-dispatcher?)</translation>
    </message>
    <message>
        <source>{engine} could not be opened</source>
        <translation>{engine} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no voice for &apos;{language}&apos;</source>
        <translation>keine Stimme für &apos;{language}&apos;</translation>
    </message>
    <message>
        <source>Screen hold</source>
        <translation>Bildschirm an</translation>
    </message>
    <message>
        <source>the screen may blank during a session; lengthen the screen-blank delay in your desktop&apos;s settings</source>
        <translation>der Bildschirm kann während einer Sitzung dunkel werden; verlängern Sie die Zeit bis zum Abschalten in den Einstellungen Ihres Desktops</translation>
    </message>
    <message>
        <source>QtDBus cannot load ({why})</source>
        <translation>QtDBus kann nicht geladen werden ({why})</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>{service} on the session bus</source>
        <translation>{service} am Sitzungsbus</translation>
    </message>
    <message>
        <source>no {service} service</source>
        <translation>kein Dienst {service}</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <source>settings and choices will not be saved</source>
        <translation>Einstellungen und Auswahl werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>each start reads the routine files again (a few ms slower)</source>
        <translation>jeder Start liest die Ablaufdateien neu (ein paar ms langsamer)</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>details of unexpected errors cannot be kept</source>
        <translation>Einzelheiten zu unerwarteten Fehlern können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>{version} on {system}</source>
        <translation>{version} auf {system}</translation>
    </message>
    <message>
        <source>checked on Linux only</source>
        <translation>wird nur unter Linux geprüft</translation>
    </message>
    <message>
        <source>unknown: Qt cannot load</source>
        <translation>unbekannt: Qt kann nicht geladen werden</translation>
    </message>
    <message>
        <source>see the Qt line</source>
        <translation>siehe die Zeile Qt</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>available</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>the evening reminder comes only while footcare-gui runs (closing its window quits it); on GNOME the AppIndicator extension adds a tray</source>
        <translation>die abendliche Erinnerung kommt nur, solange footcare-gui läuft (das Schließen des Fensters beendet es); unter GNOME fügt die Erweiterung AppIndicator einen Infobereich hinzu</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>the reminder shows as a message of the tray icon</source>
        <translation>die Erinnerung erscheint als Meldung des Symbols im Infobereich</translation>
    </message>
    <message>
        <source>the reminder shows as a message of the tray icon, or in the window&apos;s status line</source>
        <translation>die Erinnerung erscheint als Meldung des Symbols im Infobereich oder in der Statuszeile des Fensters</translation>
    </message>
    <message>
        <source>A session can run here.</source>
        <translation>Hier kann eine Sitzung laufen.</translation>
    </message>
    <message>
        <source>A session cannot run here yet: do what the lines above say.</source>
        <translation>Hier kann noch keine Sitzung laufen: Folgen Sie den Hinweisen in den Zeilen oben.</translation>
    </message>
</context>
<context>
    <name>DurationsTab</name>
    <message>
        <source>Duration hint</source>
        <translation>Hinweis zur Dauer</translation>
    </message>
    <message>
        <source>Whole session length</source>
        <translation>Dauer der ganzen Sitzung</translation>
    </message>
    <message>
        <source>Routine length note</source>
        <translation>Hinweis zur Ablaufdauer</translation>
    </message>
    <message>
        <source>Set the whole routine to</source>
        <translation>Den ganzen Ablauf einstellen auf</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Whole routine length in minutes</source>
        <translation>Dauer des ganzen Ablaufs in Minuten</translation>
    </message>
    <message>
        <source>The session length to aim for; every step is scaled in proportion</source>
        <translation>Die gewünschte Sitzungsdauer; jeder Schritt wird anteilig angepasst</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply routine length</source>
        <translation>Ablaufdauer übernehmen</translation>
    </message>
    <message>
        <source>Scale every step so the whole session takes this long, within each step&apos;s range</source>
        <translation>Jeden Schritt so anpassen, dass die ganze Sitzung so lange dauert, im erlaubten Bereich jedes Schritts</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset durations to defaults</source>
        <translation>Dauern auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Put every step of this routine back to its default length</source>
        <translation>Jeden Schritt dieses Ablaufs auf seine Standarddauer zurücksetzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>{step} length</source>
        <translation>Dauer von {step}</translation>
    </message>
    <message>
        <source>Every step is back at its default length.</source>
        <translation>Jeder Schritt hat wieder seine Standarddauer.</translation>
    </message>
</context>
<context>
    <name>DurationsView</name>
    <message>
        <source>each foot</source>
        <translation>jeder Fuß</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>{step} ({often}): {lo} to {hi}, default {default}. Type m:ss.</source>
        <translation>{step} ({often}): {lo} bis {hi}, Standard {default}. Eingabe als m:ss.</translation>
    </message>
    <message>
        <source>No routine is installed, so there is nothing to time.</source>
        <translation>Es ist kein Ablauf installiert, also gibt es nichts zu takten.</translation>
    </message>
    <message>
        <source>Step lengths for “{routine}”. Steps marked “each foot” run twice.</source>
        <translation>Schrittdauern für „{routine}“. Schritte mit „jeder Fuß“ laufen zweimal.</translation>
    </message>
    <message>
        <source>Whole session: {time}</source>
        <translation>Ganze Sitzung: {time}</translation>
    </message>
    <message>
        <source>Every step was scaled to make {target}.</source>
        <translation>Jeder Schritt wurde angepasst, um {target} zu ergeben.</translation>
    </message>
    <message>
        <source>The steps&apos; allowed lengths give a session of {lo} to {hi}, so it is now {total}.</source>
        <translation>Die erlaubten Schrittdauern ergeben eine Sitzung von {lo} bis {hi}, daher sind es jetzt {total}.</translation>
    </message>
    <message>
        <source>Whole seconds cannot make exactly {target}; the closest is {total}.</source>
        <translation>Mit ganzen Sekunden lässt sich {target} nicht genau erreichen; am nächsten kommt {total}.</translation>
    </message>
    <message>
        <source>{step}: choose a time from {lo} to {hi}.</source>
        <translation>{step}: Wählen Sie eine Zeit von {lo} bis {hi}.</translation>
    </message>
    <message>
        <source>{step}: {typed} is outside the allowed {lo} to {hi}, so it stays at {kept}.</source>
        <translation>{step}: {typed} liegt außerhalb der erlaubten {lo} bis {hi}, daher bleibt es bei {kept}.</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>{lo} bis {hi}</translation>
    </message>
</context>
<context>
    <name>FeelPlot</name>
    <message>
        <source>How your feet felt before and after</source>
        <translation>Wie sich Ihre Füße vorher und nachher anfühlten</translation>
    </message>
    <message>
        <source>Choose a face before and after a session, and how your feet feel shows here.</source>
        <translation>Wählen Sie vor und nach einer Sitzung ein Gesicht, dann sehen Sie hier, wie sich Ihre Füße anfühlen.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>lines: each week&apos;s mean · dots: each evening</source>
        <translation>Linien: Mittel jeder Woche · Punkte: jeder Abend</translation>
    </message>
</context>
<context>
    <name>FeelRow</name>
    <message>
        <source>Sore</source>
        <translation>Wund</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Müde</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Entspannt</translation>
    </message>
    <message>
        <source>Wonderful</source>
        <translation>Wunderbar</translation>
    </message>
    <message>
        <source>{word} (key {key})</source>
        <translation>{word} (Taste {key})</translation>
    </message>
</context>
<context>
    <name>Feet</name>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message>
        <source>on each foot</source>
        <translation>an jedem Fuß</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>Preview of the step: {0}</source>
        <translation>Vorschau des Schritts: {0}</translation>
    </message>
    <message>
        <source>Choose a zone</source>
        <translation>Eine Zone wählen</translation>
    </message>
    <message>
        <source>Click a zone or its name, or tab to it, to read what it is said to reflect and which steps work it. Arrow keys move between zones; Enter opens one.</source>
        <translation>Klicken Sie auf eine Zone oder ihren Namen oder wählen Sie sie mit der Tabulatortaste: Dann steht hier, wofür sie stehen soll und welche Schritte sie bearbeiten. Mit den Pfeiltasten wechseln Sie die Zone, die Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Whose steps to list</source>
        <translation>Welche Schritte gezeigt werden</translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven: the map shows what its charts say, not medical facts.</source>
        <translation>Die Reflexzonenmassage ist wissenschaftlich nicht belegt: Die Karte zeigt, was ihre Tafeln sagen, keine medizinischen Tatsachen.</translation>
    </message>
    <message>
        <source>Steps in:</source>
        <translation>Schritte in:</translation>
    </message>
    <message>
        <source>In reflexology this area is said to reflect the {reflects}.</source>
        <translation>In der Reflexzonenlehre soll dieser Bereich für {reflects} stehen.</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Fußrücken</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Nur linker Fuß</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Nur rechter Fuß</translation>
    </message>
    <message>
        <source>No step of this routine works this zone.</source>
        <translation>Kein Schritt dieses Ablaufs bearbeitet diese Zone.</translation>
    </message>
    <message>
        <source>Steps that work it:</source>
        <translation>Schritte, die sie bearbeiten:</translation>
    </message>
    <message>
        <source>Show this step&apos;s page</source>
        <translation>Die Seite dieses Schritts zeigen</translation>
    </message>
    <message>
        <source>sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>top</source>
        <translation>Oberseite</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Fußkarte</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oberseite</translation>
    </message>
    <message>
        <source>Find a zone or a body area: arch, neck, back…</source>
        <translation>Zone oder Körperbereich suchen: Gewölbe, Nacken, Rücken…</translation>
    </message>
    <message>
        <source>Find a zone</source>
        <translation>Eine Zone suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>No zone matches “{0}”.</source>
        <translation>Keine Zone passt zu „{0}“.</translation>
    </message>
    <message>
        <source>{0} found: {1}</source>
        <translation>{0} gefunden: {1}</translation>
    </message>
</context>
<context>
    <name>FootView</name>
    <message>
        <source>Point at a zone to see what it is said to reflect.</source>
        <translation>Zeigen Sie auf eine Zone, um zu sehen, wofür sie stehen soll.</translation>
    </message>
    <message>
        <source>{zone}{side} — said to reflect: {reflects}</source>
        <translation>{zone}{side} — soll stehen für: {reflects}</translation>
    </message>
    <message>
        <source> (left foot only)</source>
        <translation> (nur linker Fuß)</translation>
    </message>
    <message>
        <source> (right foot only)</source>
        <translation> (nur rechter Fuß)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Highlighted:&lt;/b&gt; {zones}.</source>
        <translation>&lt;b&gt;Hervorgehoben:&lt;/b&gt; {zones}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;{side} — said to reflect: {reflects}</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;{side} — soll stehen für: {reflects}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oberseite</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Night (very dim)</source>
        <translation>Nacht (sehr gedämpft)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>First foot</source>
        <translation>Erster Fuß</translation>
    </message>
    <message>
        <source>Which foot to start with</source>
        <translation>Mit welchem Fuß es beginnt</translation>
    </message>
    <message>
        <source>&amp;First foot:</source>
        <translation>&amp;Erster Fuß:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The routine a session follows</source>
        <translation>Der Ablauf, dem eine Sitzung folgt</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Diesen Ablauf ändern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Einen eigenen Ablauf anlegen</translation>
    </message>
    <message>
        <source>Move on by itself when a step ends</source>
        <translation>Am Ende eines Schritts von selbst weitergehen</translation>
    </message>
    <message>
        <source>Move on by itself</source>
        <translation>Von selbst weitergehen</translation>
    </message>
    <message>
        <source>Start the next step automatically when the time is up</source>
        <translation>Den nächsten Schritt beginnen, sobald die Zeit um ist</translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation>Bei jedem Schritt auf mich warten</translation>
    </message>
    <message>
        <source>Wait at each step</source>
        <translation>Bei jedem Schritt warten</translation>
    </message>
    <message>
        <source>When a step&apos;s time is up, wait until you go on</source>
        <translation>Wenn die Zeit eines Schritts um ist, warten, bis Sie weitermachen</translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation>Zwischen den Schritten:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> s before the end</source>
        <translation> s vor dem Ende</translation>
    </message>
    <message>
        <source>Warning before a step ends</source>
        <translation>Hinweis vor dem Ende eines Schritts</translation>
    </message>
    <message>
        <source>A soft signal this many seconds before a step ends (0 = off)</source>
        <translation>Ein leises Signal so viele Sekunden vor dem Ende eines Schritts (0 = aus)</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Klänge abspielen</translation>
    </message>
    <message>
        <source>Chimes between steps and warnings</source>
        <translation>Glockentöne zwischen den Schritten und als Hinweis</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the sounds are, 0 to 100</source>
        <translation>Wie laut die Klänge sind, 0 bis 100</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Colours: follow the system, light, dark, or night (dim, for a dark room)</source>
        <translation>Farben: wie das System, hell, dunkel oder Nacht (gedämpft, für ein dunkles Zimmer)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Start sessions in focus mode</source>
        <translation>Sitzungen im Fokusmodus beginnen</translation>
    </message>
    <message>
        <source>Start in focus mode</source>
        <translation>Im Fokusmodus beginnen</translation>
    </message>
    <message>
        <source>Show only the current step, full screen, when a session starts</source>
        <translation>Zu Beginn einer Sitzung nur den aktuellen Schritt zeigen, bildschirmfüllend</translation>
    </message>
    <message>
        <source>Animate the hands&apos; motion on the feet</source>
        <translation>Die Bewegung der Hände auf den Füßen zeigen</translation>
    </message>
    <message>
        <source>Animate the technique</source>
        <translation>Die Technik bewegt zeigen</translation>
    </message>
    <message>
        <source>During a session, a soft marker moves the way your hands do; off, still arrows show the way. Off at first when your system asks for reduced motion.</source>
        <translation>Während einer Sitzung bewegt sich eine sanfte Markierung so wie Ihre Hände; ausgeschaltet zeigen ruhende Pfeile den Weg. Zu Beginn aus, wenn Ihr System weniger Bewegung wünscht.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation>Den Bildschirm während einer Sitzung anlassen</translation>
    </message>
    <message>
        <source>Keep the screen on</source>
        <translation>Bildschirm anlassen</translation>
    </message>
    <message>
        <source>Stop the screen from dimming or locking while a session runs</source>
        <translation>Verhindern, dass der Bildschirm während einer Sitzung dunkel wird oder sperrt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window, the routines and the voice</source>
        <translation>Die Sprache des Fensters, der Abläufe und der Stimme</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Close footcare-gui and open it again in the chosen language</source>
        <translation>footcare-gui schließen und in der gewählten Sprache wieder öffnen</translation>
    </message>
    <message>
        <source>After the session: restarting now would end it</source>
        <translation>Nach der Sitzung: ein Neustart jetzt würde sie beenden</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation>Systeminformationen kopieren</translation>
    </message>
    <message>
        <source>Copy what footcare-gui --doctor reports, for a bug report</source>
        <translation>Kopiert den Bericht von footcare-gui --doctor, für eine Fehlermeldung</translation>
    </message>
    <message>
        <source>System information copied: paste it into your bug report.</source>
        <translation>Systeminformationen kopiert: Fügen Sie sie in Ihre Fehlermeldung ein.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Your history file was damaged, so a new one was started. The old one is kept as {0}.</source>
        <translation>Ihre Verlaufsdatei war beschädigt, daher wurde eine neue begonnen. Die alte bleibt als {0} erhalten.</translation>
    </message>
    <message>
        <source>Your history file is damaged and could not be moved aside ({0}): history is off this session, and the file is left as it is.</source>
        <translation>Ihre Verlaufsdatei ist beschädigt und konnte nicht beiseitegelegt werden ({0}): Der Verlauf ist in dieser Sitzung aus, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of footcare-gui (history version {0}): it is shown, but nothing is recorded this session.</source>
        <translation>Ihr Verlauf stammt von einer neueren Version von footcare-gui (Verlaufsversion {0}): Er wird gezeigt, aber in dieser Sitzung wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>History is shown but not recorded this session: {0} cannot be written ({1}).</source>
        <translation>Der Verlauf wird gezeigt, aber in dieser Sitzung nicht aufgezeichnet: {0} kann nicht beschrieben werden ({1}).</translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be written ({1}).</source>
        <translation>Der Verlauf ist in dieser Sitzung aus: {0} kann nicht beschrieben werden ({1}).</translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be opened ({1}).</source>
        <translation>Der Verlauf ist in dieser Sitzung aus: {0} kann nicht geöffnet werden ({1}).</translation>
    </message>
    <message>
        <source>Your history was updated for this version; the old file is kept as {0}.</source>
        <translation>Ihr Verlauf wurde für diese Version aktualisiert; die alte Datei bleibt als {0} erhalten.</translation>
    </message>
    <message>
        <source>Your history could not be updated for this version ({0}): it is shown, but nothing is recorded this session. A copy is kept as {1}.</source>
        <translation>Ihr Verlauf konnte nicht für diese Version aktualisiert werden ({0}): Er wird gezeigt, aber in dieser Sitzung wird nichts aufgezeichnet. Eine Kopie bleibt als {1} erhalten.</translation>
    </message>
    <message>
        <source>This session could not be recorded: {0}. The app keeps trying.</source>
        <translation>Diese Sitzung konnte nicht aufgezeichnet werden: {0}. Die App versucht es weiter.</translation>
    </message>
    <message>
        <source>{0} of the last {1} evenings</source>
        <translation>{0} der letzten {1} Abende</translation>
    </message>
    <message>
        <source>Your first evening: a lovely start.</source>
        <translation>Ihr erster Abend: ein schöner Anfang.</translation>
    </message>
    <message>
        <source>Another round tonight: your feet are well looked after.</source>
        <translation>Heute Abend noch eine Runde: Ihre Füße sind gut versorgt.</translation>
    </message>
    <message>
        <source>Every evening this week: it has become your ritual.</source>
        <translation>Jeden Abend in dieser Woche: Es ist Ihr Ritual geworden.</translation>
    </message>
    <message>
        <source>Evening after evening, it is becoming a habit.</source>
        <translation>Abend für Abend wird es zur Gewohnheit.</translation>
    </message>
    <message>
        <source>Good to see you again. Every evening counts.</source>
        <translation>Schön, dass Sie wieder da sind. Jeder Abend zählt.</translation>
    </message>
    <message>
        <source>One more evening of care for your feet.</source>
        <translation>Ein weiterer Abend, an dem Sie Ihren Füßen Gutes tun.</translation>
    </message>
    <message>
        <source>Before: {0} → now: {1}</source>
        <translation>Vorher: {0} → jetzt: {1}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Vorher: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Jetzt: {0}</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>something that is not a file is in its place</source>
        <translation>an ihrer Stelle liegt etwas, das keine Datei ist</translation>
    </message>
    <message>
        <source>it is an SQLite file of another program</source>
        <translation>es ist eine SQLite-Datei eines anderen Programms</translation>
    </message>
    <message>
        <source>history is not writable</source>
        <translation>der Verlauf kann nicht beschrieben werden</translation>
    </message>
</context>
<context>
    <name>HistoryCalendar</name>
    <message>
        <source>Evenings of the last 26 weeks</source>
        <translation>Abende der letzten 26 Wochen</translation>
    </message>
    <message>
        <source>Fewer minutes</source>
        <translation>Weniger Minuten</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%Ln session(s) exported to {0}.</source>
        <translation>
            <numerusform>%Ln Sitzung nach {0} exportiert.</numerusform>
            <numerusform>%Ln Sitzungen nach {0} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln minute(s)</source>
        <translation>
            <numerusform>%1: %Ln Minute</numerusform>
            <numerusform>%1: %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln session(s)</source>
        <translation>
            <numerusform>, %Ln Sitzung</numerusform>
            <numerusform>, %Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evening(s) in a row</source>
        <translation>
            <numerusform>%Ln Abend in Folge</numerusform>
            <numerusform>%Ln Abende in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Zurück zur vorigen Seite</translation>
    </message>
    <message>
        <source>Your evenings</source>
        <translation>Ihre Abende</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every session as a CSV file</source>
        <translation>Alle Sitzungen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Ganzen Verlauf löschen…</translation>
    </message>
    <message>
        <source>Forget every recorded session</source>
        <translation>Alle aufgezeichneten Sitzungen vergessen</translation>
    </message>
    <message>
        <source>Your history stays on this computer; nothing is ever sent anywhere.</source>
        <translation>Ihr Verlauf bleibt auf diesem Computer; nichts wird je irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>Abende</translation>
    </message>
    <message>
        <source>minutes of foot care</source>
        <translation>Minuten Fußpflege</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>evenings in a row now</source>
        <translation>Abende in Folge bis jetzt</translation>
    </message>
    <message>
        <source>The last 26 weeks</source>
        <translation>Die letzten 26 Wochen</translation>
    </message>
    <message>
        <source>How your feet felt</source>
        <translation>Wie sich Ihre Füße anfühlten</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>No evenings yet. After your first session, each evening you take care of your feet shows here.</source>
        <translation>Noch keine Abende. Nach Ihrer ersten Sitzung erscheint hier jeder Abend, an dem Sie Ihre Füße pflegen.</translation>
    </message>
    <message>
        <source>%1: no session</source>
        <translation>%1: keine Sitzung</translation>
    </message>
    <message>
        <source>; feet: %1 → %2</source>
        <translation>; Füße: %1 → %2</translation>
    </message>
    <message>
        <source>History is off this session, so nothing is shown or recorded.</source>
        <translation>Der Verlauf ist in dieser Sitzung aus, daher wird nichts gezeigt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>History is shown as it is; nothing is recorded this session.</source>
        <translation>Der Verlauf wird gezeigt, wie er ist; in dieser Sitzung wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be exported: {0} ({1}).</source>
        <translation>Der Verlauf konnte nicht exportiert werden: {0} ({1}).</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>Den ganzen Verlauf löschen?</translation>
    </message>
    <message>
        <source>Every recorded session and feeling will be forgotten. This cannot be undone. (Export CSV first to keep a copy.)</source>
        <translation>Alle aufgezeichneten Sitzungen und Empfindungen werden vergessen. Das lässt sich nicht rückgängig machen. (Exportieren Sie vorher eine CSV-Datei, um eine Kopie zu behalten.)</translation>
    </message>
    <message>
        <source>All history was deleted.</source>
        <translation>Der ganze Verlauf wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>{app}: warning: {error}</source>
        <translation>{app}: Warnung: {error}</translation>
    </message>
    <message>
        <source>{app}: no routine could be loaded; reinstall the app.</source>
        <translation>{app}: Es konnte kein Ablauf geladen werden; bitte installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>{app}: unknown routine &apos;{id}&apos; (known routines: {known})</source>
        <translation>{app}: unbekannter Ablauf &apos;{id}&apos; (bekannte Abläufe: {known})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>Start, pause or carry on</source>
        <translation>Beginnen, pausieren oder weitermachen</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Von vorn &amp;beginnen</translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation>Die Sitzung neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Wait for me at each step</source>
        <translation>Bei jedem Schritt auf mich &amp;warten</translation>
    </message>
    <message>
        <source>Hold each new step until you press Space</source>
        <translation>Jeden neuen Schritt anhalten, bis Sie die Leertaste drücken</translation>
    </message>
    <message>
        <source>Speak the steps &amp;aloud</source>
        <translation>Schritte &amp;vorlesen</translation>
    </message>
    <message>
        <source>Voice guidance: say each step aloud</source>
        <translation>Sprachführung: jeden Schritt laut ansagen</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Full screen with larger type</source>
        <translation>Vollbild mit größerer Schrift</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Fokusmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Your evenings: calendar and feelings</source>
        <translation>Ihre Abende: Kalender und Empfindungen</translation>
    </message>
    <message>
        <source>Foot &amp;map</source>
        <translation>Fuß&amp;karte</translation>
    </message>
    <message>
        <source>Explore the reflex zones of both feet</source>
        <translation>Die Reflexzonen beider Füße erkunden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change durations, sound and look</source>
        <translation>Dauer, Klang und Aussehen ändern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit footcare-gui</source>
        <translation>footcare-gui beenden</translation>
    </message>
    <message>
        <source>&amp;Safety and precautions</source>
        <translation>&amp;Sicherheit und Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Who should ask a doctor first</source>
        <translation>Wer zuerst ärztlichen Rat einholen sollte</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Mitwirkende</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>A&amp;blauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>PrecautionsDialog</name>
    <message>
        <source>Safety and precautions</source>
        <translation>Sicherheit und Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>About reflexology</source>
        <translation>Über die Reflexzonenmassage</translation>
    </message>
    <message>
        <source>I understand, let&apos;s begin</source>
        <translation>Verstanden, los geht&apos;s</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>S&amp;timme</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Erinnerung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Preferences; changes are already saved</source>
        <translation>Einstellungen schließen; Änderungen sind schon gespeichert</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Qt&apos;s own libraries are incomplete: reinstall footcare-gui (and PySide6).</source>
        <translation>Die Bibliotheken von Qt selbst sind unvollständig: Installieren Sie footcare-gui (und PySide6) neu.</translation>
    </message>
    <message>
        <source>{library}: find its package with `apt-file search {library}` or `dnf provides &apos;*/{library}&apos;`</source>
        <translation>{library}: Das Paket dazu finden Sie mit `apt-file search {library}` oder `dnf provides &apos;*/{library}&apos;`</translation>
    </message>
    <message>
        <source>{variable} is unset</source>
        <translation>{variable} ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no X server at DISPLAY={0}</source>
        <translation>kein X-Server unter DISPLAY={0}</translation>
    </message>
    <message>
        <source>no {socket}</source>
        <translation>{socket} fehlt</translation>
    </message>
    <message>
        <source>footcare-gui could not open its window; run `footcare-gui --doctor` to see what is missing.</source>
        <translation>footcare-gui konnte sein Fenster nicht öffnen; `footcare-gui --doctor` zeigt, was fehlt.</translation>
    </message>
    <message>
        <source>footcare-gui needs a graphical desktop; no display was found (DISPLAY and WAYLAND_DISPLAY are unset).</source>
        <translation>footcare-gui braucht eine grafische Arbeitsumgebung; es wurde keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).</translation>
    </message>
    <message>
        <source>{app} needs a graphical desktop; no display was found ({why}).</source>
        <translation>{app} braucht eine grafische Arbeitsumgebung; es wurde keine Anzeige gefunden ({why}).</translation>
    </message>
    <message>
        <source>{app} cannot open its window: Qt needs a system library that is missing: {libraries}.</source>
        <translation>{app} kann sein Fenster nicht öffnen: Qt braucht eine Systembibliothek, die fehlt: {libraries}.</translation>
    </message>
    <message>
        <source>Install it, then start {app} again:</source>
        <translation>Installieren Sie sie und starten Sie {app} dann erneut:</translation>
    </message>
    <message>
        <source>{app} cannot open its window: Qt needs system libraries that are missing: {libraries}.</source>
        <translation>{app} kann sein Fenster nicht öffnen: Qt braucht Systembibliotheken, die fehlen: {libraries}.</translation>
    </message>
    <message>
        <source>Install them, then start {app} again:</source>
        <translation>Installieren Sie sie und starten Sie {app} dann erneut:</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>Started {0} at {1}</source>
        <translation>Begonnen am {0} um {1}</translation>
    </message>
    <message>
        <source>Left early, after {0} of {1} steps</source>
        <translation>Früher beendet, nach {0} von {1} Schritten</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>The reminder is off.</source>
        <translation>Die Erinnerung ist aus.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Wählen Sie mindestens einen Tag für die Erinnerung.</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2.</source>
        <translation>Nächste Erinnerung: %1 um %2.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Time for your evening foot care</source>
        <translation>Zeit für Ihre abendliche Fußpflege</translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n minutes. Press Start when you are ready.</source>
        <translation>
            <numerusform>%1: etwa %n Minute. Drücken Sie „Beginnen“, wenn Sie bereit sind.</numerusform>
            <numerusform>%1: etwa %n Minuten. Drücken Sie „Beginnen“, wenn Sie bereit sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>footcare-gui is still running</source>
        <translation>footcare-gui läuft noch</translation>
    </message>
    <message>
        <source>It waits here for your reminder at %1. To quit, choose Quit in this menu.</source>
        <translation>Es wartet hier auf Ihre Erinnerung um %1. Zum Beenden wählen Sie in diesem Menü „Beenden“.</translation>
    </message>
</context>
<context>
    <name>ReminderTab</name>
    <message>
        <source>Evening reminder</source>
        <translation>Abendliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me to do my foot care</source>
        <translation>Mich an meine Fußpflege erinnern</translation>
    </message>
    <message>
        <source>A notification at the time you choose, with a Start button</source>
        <translation>Eine Benachrichtigung zur gewählten Zeit, mit einer Schaltfläche zum Beginnen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When to remind you</source>
        <translation>Wann Sie erinnert werden</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Remind me on %1</source>
        <translation>Erinnern am %1</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Start at login, without a window</source>
        <translation>Bei der Anmeldung starten, ohne Fenster</translation>
    </message>
    <message>
        <source>Start footcare-gui when you log in, waiting for the reminder</source>
        <translation>footcare-gui bei der Anmeldung starten; es wartet auf die Erinnerung</translation>
    </message>
    <message>
        <source>Starting at login is available on Linux desktops only</source>
        <translation>Der Start bei der Anmeldung ist nur auf Linux-Desktops verfügbar</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>While the reminder is on, closing the window keeps footcare-gui in the system tray; choose Quit to end it.</source>
        <translation>Solange die Erinnerung an ist, bleibt footcare-gui nach dem Schließen des Fensters im Infobereich; zum Beenden wählen Sie „Beenden“.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray: the reminder comes while footcare-gui runs, with its window open or started at login.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Die Erinnerung kommt, solange footcare-gui läuft, mit offenem Fenster oder bei der Anmeldung gestartet.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neuer Ablauf…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Einen eigenen Ablauf anlegen</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Make your own copy of the chosen routine</source>
        <translation>Eine eigene Kopie des gewählten Ablaufs anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation>Den gewählten Ablauf ändern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the chosen routine</source>
        <translation>Den gewählten Ablauf löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Einen Ablauf aus einer .toml-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the chosen routine as a .toml file to share</source>
        <translation>Den gewählten Ablauf als .toml-Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation> (meine Kopie)</translation>
    </message>
    <message>
        <source>A built-in routine</source>
        <translation>Ein mitgelieferter Ablauf</translation>
    </message>
    <message>
        <source>“{0}” comes with the app and cannot be changed.</source>
        <translation>„{0}“ gehört zur App und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Make your own copy of it, and edit that?</source>
        <translation>Eine eigene Kopie anlegen und diese bearbeiten?</translation>
    </message>
    <message>
        <source>&amp;Duplicate to edit</source>
        <translation>Zum Bearbeiten &amp;duplizieren</translation>
    </message>
    <message>
        <source>“{0}” is saved.</source>
        <translation>„{0}“ ist gespeichert.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Ablauf löschen</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>„{0}“ löschen?</translation>
    </message>
    <message>
        <source>Its file and the step lengths you chose for it go too. This cannot be undone.</source>
        <translation>Seine Datei und die von Ihnen gewählten Schrittlängen werden mitgelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>“{0}” was deleted.</source>
        <translation>„{0}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Einen Ablauf importieren</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Abläufe (*.toml)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Einen Ablauf exportieren</translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation>Dieser Ablauf kann nicht importiert werden</translation>
    </message>
    <message>
        <source>“{0}” is imported (as {1}: the id {2} was taken).</source>
        <translation>„{0}“ ist importiert (als {1}: Die Kennung {2} war vergeben).</translation>
    </message>
    <message>
        <source>“{0}” is imported.</source>
        <translation>„{0}“ ist importiert.</translation>
    </message>
    <message>
        <source>This routine cannot be exported</source>
        <translation>Dieser Ablauf kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>“{0}” is exported to {1}.</source>
        <translation>„{0}“ ist nach {1} exportiert.</translation>
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
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>{app}: {error} (nothing was imported)</source>
        <translation>{app}: {error} (es wurde nichts importiert)</translation>
    </message>
    <message>
        <source>{app}: the id {old} was taken, so the routine is {new}</source>
        <translation>{app}: Die ID {old} war schon vergeben, daher heißt der Ablauf {new}</translation>
    </message>
</context>
<context>
    <name>RoutineDraft</name>
    <message>
        <source>Switch to the other foot</source>
        <translation>Zum anderen Fuß wechseln</translation>
    </message>
    <message>
        <source>Lower this foot and bring the other one up onto your knee.</source>
        <translation>Stellen Sie diesen Fuß ab und legen Sie den anderen aufs Knie.</translation>
    </message>
    <message>
        <source>A few seconds to change sides before repeating the steps.</source>
        <translation>Ein paar Sekunden für den Seitenwechsel, bevor sich die Schritte wiederholen.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the start page</source>
        <translation>Optional: ein oder zwei Sätze für die Startseite</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>Start-&amp;page intro:</source>
        <translation>Einleitung der &amp;Startseite:</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Den Ablauf speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Whole session: {0} ({1} without the optional steps)</source>
        <translation>Ganze Sitzung: {0} ({1} ohne die optionalen Schritte)</translation>
    </message>
    <message>
        <source>Whole session: {0}</source>
        <translation>Ganze Sitzung: {0}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>One thing to put right before saving.</source>
        <translation>Eine Sache ist vor dem Speichern zu korrigieren.</translation>
    </message>
    <message>
        <source>{0} things to put right before saving.</source>
        <translation>{0} Dinge sind vor dem Speichern zu korrigieren.</translation>
    </message>
    <message>
        <source>Saved as {0} in {1}</source>
        <translation>Gespeichert als {0} in {1}</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>Gespeichert als {0}</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>jeder Fuß</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(noch kein Titel)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved.</source>
        <translation>Dieser Ablauf hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>Your routine file {error}. It was moved aside as {name}.</source>
        <translation>Problem in Ihrer Ablaufdatei {error}. Die Datei wurde als {name} beiseitegelegt.</translation>
    </message>
    <message>
        <source>Your routine file {error}. It was skipped.</source>
        <translation>Problem in Ihrer Ablaufdatei {error}. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>Your routine {name} has the id {id} of a built-in routine, so it was skipped: give it another id.</source>
        <translation>Ihr Ablauf {name} hat die Kennung {id} eines mitgelieferten Ablaufs und wurde daher übersprungen: Geben Sie ihm eine andere Kennung.</translation>
    </message>
    <message>
        <source>Your routines folder {folder} is read-only: routines cannot be saved.</source>
        <translation>Ihr Ablaufordner {folder} ist schreibgeschützt: Abläufe können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This copy of the app has no folder for your own routines.</source>
        <translation>Diese Kopie der App hat keinen Ordner für Ihre eigenen Abläufe.</translation>
    </message>
    <message>
        <source>“{title}” is built in and cannot be changed.</source>
        <translation>„{title}“ ist mitgeliefert und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>“{title}” could not be saved: {reason} ({path})</source>
        <translation>„{title}“ konnte nicht gespeichert werden: {reason} ({path})</translation>
    </message>
    <message>
        <source>{id} is not one of your routines.</source>
        <translation>{id} ist keiner Ihrer Abläufe.</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted: {reason} ({path})</source>
        <translation>„{title}“ konnte nicht gelöscht werden: {reason} ({path})</translation>
    </message>
    <message>
        <source>There is no routine {id}.</source>
        <translation>Es gibt keinen Ablauf {id}.</translation>
    </message>
    <message>
        <source>“{title}” could not be exported: {reason} ({path})</source>
        <translation>„{title}“ konnte nicht exportiert werden: {reason} ({path})</translation>
    </message>
</context>
<context>
    <name>RoutineRules</name>
    <message>
        <source>{file}, step &apos;{step}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, Schritt &apos;{step}&apos;, Feld &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}, step &apos;{step}&apos;: {problem}</source>
        <translation>{file}, Schritt &apos;{step}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}, field &apos;{field}&apos;: {problem}</source>
        <translation>{file}, Feld &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>has {count} characters; at most {most} fit</source>
        <translation>hat {count} Zeichen; höchstens {most} passen</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number of seconds, not {value}</source>
        <translation>muss eine ganze Zahl von Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>{value} s must lie within {lo}..{hi} s</source>
        <translation>{value} s muss zwischen {lo} und {hi} s liegen</translation>
    </message>
    <message>
        <source>{value} is not one of: {known}</source>
        <translation>{value} ist keiner von: {known}</translation>
    </message>
    <message>
        <source>{value} must be at most {most} lower-case letters, digits and dashes (a-z, 0-9, -), not starting with a dash</source>
        <translation>{value} darf höchstens {most} Kleinbuchstaben, Ziffern und Bindestriche haben (a-z, 0-9, -) und nicht mit einem Bindestrich beginnen</translation>
    </message>
    <message>
        <source>must be a list of zone ids</source>
        <translation>muss eine Liste von Zonenkennungen sein</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <translation>unbekannte Zone {zone}</translation>
    </message>
    <message>
        <source>zone {zone} is not on the sole view</source>
        <translation>Zone {zone} liegt nicht auf der Sohle</translation>
    </message>
    <message>
        <source>zone {zone} is not on the top view</source>
        <translation>Zone {zone} liegt nicht auf der Oberseite</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>{hi} s is below the minimum of {lo} s</source>
        <translation>{hi} s liegt unter dem Minimum von {lo} s</translation>
    </message>
    <message>
        <source>{value} s is outside the allowed range {lo}..{hi} s</source>
        <translation>{value} s liegt außerhalb des erlaubten Bereichs {lo}..{hi} s</translation>
    </message>
    <message>
        <source>the switch happens once per session</source>
        <translation>der Fußwechsel kommt einmal pro Sitzung</translation>
    </message>
    <message>
        <source>the switch between the feet cannot be skipped</source>
        <translation>der Wechsel zwischen den Füßen kann nicht ausgelassen werden</translation>
    </message>
    <message>
        <source>is too large for a routine ({count} characters)</source>
        <translation>ist zu groß für einen Ablauf ({count} Zeichen)</translation>
    </message>
    <message>
        <source>is not valid TOML (nested too deeply)</source>
        <translation>ist kein gültiges TOML (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>must list at least one [[steps]] table</source>
        <translation>muss mindestens eine [[steps]]-Tabelle enthalten</translation>
    </message>
    <message>
        <source>has {count} steps; at most {most} fit in a routine</source>
        <translation>hat {count} Schritte; höchstens {most} passen in einen Ablauf</translation>
    </message>
    <message>
        <source>is missing (the [switch] table between the feet)</source>
        <translation>fehlt (die [switch]-Tabelle zwischen den Füßen)</translation>
    </message>
    <message>
        <source>is used by more than one step</source>
        <translation>wird von mehr als einem Schritt verwendet</translation>
    </message>
    <message>
        <source>needs at least one step done on each foot (per = &quot;foot&quot;)</source>
        <translation>braucht mindestens einen Schritt an jedem Fuß (per = &quot;foot&quot;)</translation>
    </message>
    <message>
        <source>a once-per-session step must come before or after the foot steps</source>
        <translation>ein Schritt für die ganze Sitzung muss vor oder nach den Fußschritten kommen</translation>
    </message>
    <message>
        <source>repeats the routine id {id}</source>
        <translation>wiederholt die Ablaufkennung {id}</translation>
    </message>
    <message>
        <source>is not a known field of a routine&apos;s translation</source>
        <translation>ist kein bekanntes Feld einer Ablaufübersetzung</translation>
    </message>
    <message>
        <source>must be a table of step ids</source>
        <translation>muss eine Tabelle mit Schrittkennungen sein</translation>
    </message>
    <message>
        <source>is not a step of {routine}</source>
        <translation>ist kein Schritt von {routine}</translation>
    </message>
    <message>
        <source>is not a translatable field of a step</source>
        <translation>ist kein übersetzbares Feld eines Schritts</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>is not valid TOML ({detail})</source>
        <translation>ist kein gültiges TOML ({detail})</translation>
    </message>
    <message>
        <source>is too large for a routine (over {most} bytes)</source>
        <translation>ist zu groß für einen Ablauf (über {most} Byte)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or carry on</source>
        <translation>Pausieren oder weitermachen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation>Die Sitzung neu beginnen</translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation>Bei jedem Schritt warten</translation>
    </message>
    <message>
        <source>Hold each new step until you press Space (W)</source>
        <translation>Jeden neuen Schritt anhalten, bis Sie die Leertaste drücken (W)</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>Paused: the computer seemed to be asleep for {gap}. Press Space to carry on.</source>
        <translation>Pausiert: Der Computer schien {gap} lang zu schlafen. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Could not keep the screen awake.</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden.</translation>
    </message>
    <message>
        <source>not supported here</source>
        <translation>hier nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not keep the screen awake ({reason}).</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden ({reason}).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (no session bus).</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden (kein Sitzungsbus).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (no screensaver service found).</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden (kein Bildschirmschoner-Dienst gefunden).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (Windows refused the request).</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden (Windows hat die Anfrage abgelehnt).</translation>
    </message>
    <message>
        <source>Could not keep the screen awake (caffeinate not found).</source>
        <translation>Der Bildschirm konnte nicht wach gehalten werden (caffeinate nicht gefunden).</translation>
    </message>
    <message>
        <source>D-Bus support is missing</source>
        <translation>D-Bus-Unterstützung fehlt</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>GETTING READY</source>
        <translation>VORBEREITUNG</translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation>FUSSWECHSEL</translation>
    </message>
    <message>
        <source>WINDING DOWN</source>
        <translation>AUSKLANG</translation>
    </message>
    <message>
        <source>Next: all done</source>
        <translation>Danach: geschafft</translation>
    </message>
    <message>
        <source>Next: switch feet</source>
        <translation>Danach: Fußwechsel</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Danach: {title}</translation>
    </message>
    <message>
        <source>Step {step} of {steps} · {time} left</source>
        <translation>Schritt {step} von {steps} · noch {time}</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>press Space to start</source>
        <translation>Leertaste zum Beginnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>press Space to begin</source>
        <translation>Leertaste zum Beginnen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{time} · {step} — {app}</source>
        <translation>{time} · {step} — {app}</translation>
    </message>
    <message>
        <source>Paused · {time} · {step} — {app}</source>
        <translation>Pausiert · {time} · {step} — {app}</translation>
    </message>
    <message>
        <source>Ready · {time} · {step} — {app}</source>
        <translation>Bereit · {time} · {step} — {app}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Settings cannot be saved: {error}. Changes last until you quit.</source>
        <translation>Die Einstellungen können nicht gespeichert werden: {error}. Änderungen gelten bis zum Beenden.</translation>
    </message>
    <message>
        <source>Settings are being saved again.</source>
        <translation>Die Einstellungen werden wieder gespeichert.</translation>
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
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is far too large to be a settings file</source>
        <translation>sie ist viel zu groß für eine Einstellungsdatei</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>sie enthält keinen Text</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created ({reason})</source>
        <translation>der Ordner {folder} kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>the folder {folder} is not writable</source>
        <translation>der Ordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Settings will not be saved this session: {reason}.</source>
        <translation>Die Einstellungen werden in dieser Sitzung nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <source>Using default settings. Settings will not be saved this session: {path} cannot be read ({reason}); it is left as it is.</source>
        <translation>Es gelten die Standardeinstellungen. Die Einstellungen werden in dieser Sitzung nicht gespeichert: {path} kann nicht gelesen werden ({reason}); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your settings file was written by a newer version of footcare-gui (settings version {version}; this one knows {known}). Its settings are used where possible, but the file will not be changed, so changes you make now last until you quit.</source>
        <translation>Ihre Einstellungsdatei stammt von einer neueren Version von footcare-gui (Einstellungsversion {version}; diese Version kennt {known}). Ihre Einstellungen werden verwendet, wo es geht, aber die Datei wird nicht verändert: Was Sie jetzt ändern, gilt nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>all settings</source>
        <translation>alle Einstellungen</translation>
    </message>
    <message>
        <source>Settings will not be saved this session: a copy of the original could not be made ({reason}), so {name} is left untouched.</source>
        <translation>Die Einstellungen werden in dieser Sitzung nicht gespeichert: Vom Original konnte keine Kopie angelegt werden ({reason}), daher bleibt {name} unberührt.</translation>
    </message>
    <message>
        <source>Your settings file could not be used ({problem}), so all settings were reset to defaults.</source>
        <translation>Ihre Einstellungsdatei konnte nicht verwendet werden ({problem}), daher wurden alle Einstellungen auf die Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Your settings were updated from an older version of the app.</source>
        <translation>Ihre Einstellungen wurden von einer älteren Version der App übernommen und aktualisiert.</translation>
    </message>
    <message>
        <source>Your settings file had problems; these were reset to defaults: {fields}.</source>
        <translation>Ihre Einstellungsdatei hatte Fehler; diese Einstellungen wurden auf die Standardwerte zurückgesetzt: {fields}.</translation>
    </message>
    <message>
        <source>The original is saved as {name}.</source>
        <translation>Das Original ist als {name} gesichert.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{app} is already running (it did not answer; if it is stuck, end it or remove {lock}).</source>
        <translation>{app} läuft bereits (es hat nicht geantwortet; falls es hängt, beenden Sie es oder löschen Sie {lock}).</translation>
    </message>
    <message>
        <source>Could not take the single-instance lock; a second copy would not be noticed.</source>
        <translation>Die Sperre gegen einen zweiten Start konnte nicht gesetzt werden; eine zweite Kopie würde nicht bemerkt.</translation>
    </message>
    <message>
        <source>A second launch cannot reach this one ({why}).</source>
        <translation>Ein zweiter Start kann diese Kopie nicht erreichen ({why}).</translation>
    </message>
    <message>
        <source>{app} is already running; its window was brought forward.</source>
        <translation>{app} läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>No audio output found: sounds are off for now.</source>
        <translation>Keine Audioausgabe gefunden: Die Klänge sind vorerst aus.</translation>
    </message>
    <message>
        <source>Sound is not supported on this system: sounds are off for now.</source>
        <translation>Ton wird auf diesem System nicht unterstützt: Die Klänge sind vorerst aus.</translation>
    </message>
    <message>
        <source>Sounds could not be played: sounds are off for now.</source>
        <translation>Die Klänge konnten nicht abgespielt werden: Sie sind vorerst aus.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine was found, so the steps are not spoken (chimes only). On Linux, install speech-dispatcher and espeak-ng.</source>
        <translation>Es wurde keine Sprachausgabe gefunden, daher werden die Schritte nicht angesagt (nur Glockentöne). Unter Linux installieren Sie speech-dispatcher und espeak-ng.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for this language ({language}), so the steps are not spoken. On Linux, install espeak-ng.</source>
        <translation>Die Sprachausgabe hat keine Stimme für diese Sprache ({language}), daher werden die Schritte nicht angesagt. Unter Linux installieren Sie espeak-ng.</translation>
    </message>
    <message>
        <source>The speech engine did not answer within two seconds, so the steps are not spoken (chimes only). On Linux, check that speech-dispatcher runs.</source>
        <translation>Die Sprachausgabe hat nicht innerhalb von zwei Sekunden geantwortet, daher werden die Schritte nicht angesagt (nur Glockentöne). Prüfen Sie unter Linux, ob speech-dispatcher läuft.</translation>
    </message>
    <message>
        <source>The speech engine stopped answering, so the steps are no longer spoken (chimes only). On Linux, restarting speech-dispatcher may help.</source>
        <translation>Die Sprachausgabe antwortet nicht mehr, daher werden die Schritte nicht mehr angesagt (nur Glockentöne). Unter Linux kann ein Neustart von speech-dispatcher helfen.</translation>
    </message>
    <message>
        <source>The speech engine failed ({detail}), so the steps are not spoken (chimes only). On Linux, check that speech-dispatcher and espeak-ng are installed.</source>
        <translation>Die Sprachausgabe ist ausgefallen ({detail}), daher werden die Schritte nicht angesagt (nur Glockentöne). Prüfen Sie unter Linux, ob speech-dispatcher und espeak-ng installiert sind.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>Paused.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>{foot}.</source>
        <translation>{foot}.</translation>
    </message>
    <message>
        <source>Now the left foot</source>
        <translation>Jetzt der linke Fuß</translation>
    </message>
    <message>
        <source>Now the right foot</source>
        <translation>Jetzt der rechte Fuß</translation>
    </message>
    <message>
        <source>Next: switch feet.</source>
        <translation>Gleich: Fußwechsel.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Gleich: {title}</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Choose which foot goes first: the one that feels more tired.</source>
        <translation>Wählen Sie, welcher Fuß beginnt: der, der sich müder anfühlt.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Evening foot care</source>
        <translation>Fußpflege am Abend</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Which routine to follow tonight</source>
        <translation>Welchem Ablauf Sie heute Abend folgen</translation>
    </message>
    <message>
        <source>Which foot feels more tired?</source>
        <translation>Welcher Fuß ist müder?</translation>
    </message>
    <message>
        <source>Many people like to begin with that one.</source>
        <translation>Viele beginnen gern mit diesem.</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Start with the left foot</source>
        <translation>Mit dem linken Fuß beginnen</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Start with the right foot</source>
        <translation>Mit dem rechten Fuß beginnen</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Die Sitzung beginnen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <source>Read the precautions before you start</source>
        <translation>Lesen Sie vor dem Beginn die Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Fußkarte</translation>
    </message>
    <message>
        <source>Explore every reflex zone of both feet, and the steps that work it</source>
        <translation>Jede Reflexzone beider Füße erkunden, mit den Schritten, die sie bearbeiten</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Schritte vorlesen</translation>
    </message>
    <message>
        <source>Voice guidance: hear each step, eyes on your foot (V)</source>
        <translation>Sprachführung: jeden Schritt hören, den Blick beim Fuß (V)</translation>
    </message>
    <message>
        <source>Tip for tonight</source>
        <translation>Tipp für heute Abend</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>Wie fühlen sich Ihre Füße an?</translation>
    </message>
    <message>
        <source>How do your feet feel before the session?</source>
        <translation>Wie fühlen sich Ihre Füße vor der Sitzung an?</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Etwa %n Minute.</numerusform>
            <numerusform>Etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s), {full} with the optional step.</source>
        <translation>
            <numerusform>Etwa %n Minute, {full} mit dem optionalen Schritt.</numerusform>
            <numerusform>Etwa %n Minuten, {full} mit dem optionalen Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s), {full} with the optional steps.</source>
        <translation>
            <numerusform>Etwa %n Minute, {full} mit den optionalen Schritten.</numerusform>
            <numerusform>Etwa %n Minuten, {full} mit den optionalen Schritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} {length}</source>
        <translation>{summary} {length}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Choose a foot to start</source>
        <translation>Zum Beginnen einen Fuß wählen</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Optional: what the voice says. Empty: the instruction&apos;s first sentence.</source>
        <translation>Optional: was die Stimme sagt. Leer: der erste Satz der Anleitung.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>Spo&amp;ken line:</source>
        <translation>Ge&amp;sprochener Satz:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oberseite</translation>
    </message>
    <message>
        <source>Sole and top</source>
        <translation>Sohle und Oberseite</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>A&amp;nsicht:</translation>
    </message>
    <message>
        <source>Techni&amp;que:</source>
        <translation>Te&amp;chnik:</translation>
    </message>
    <message>
        <source>On &amp;each foot</source>
        <translation>An &amp;jedem Fuß</translation>
    </message>
    <message>
        <source>&amp;Once in the session</source>
        <translation>&amp;Einmal in der Sitzung</translation>
    </message>
    <message>
        <source>Optiona&amp;l: may be skipped</source>
        <translation>Optiona&amp;l: darf ausgelassen werden</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Ausführung:</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kürzeste</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <source>allowed &amp;between</source>
        <translation>erlaubt &amp;zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Drücken</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreisen</translation>
    </message>
    <message>
        <source>Knead</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up / Alt+Down, to move it</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Alt+Hoch / Alt+Runter, um ihn zu verschieben</translation>
    </message>
</context>
<context>
    <name>StepPreview</name>
    <message>
        <source>Preview of the step in a session</source>
        <translation>Vorschau des Schritts in einer Sitzung</translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation>an jedem Fuß</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>Spoken: {0}</source>
        <translation>Gesprochen: {0}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Steps, in order:</source>
        <translation>&amp;Schritte, der Reihe nach:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>A new step after this one</source>
        <translation>Ein neuer Schritt nach diesem</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>A copy of this step</source>
        <translation>Eine Kopie dieses Schritts</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Den Schritt nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Den Schritt nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Between the feet:</source>
        <translation>Zwischen den Füßen:</translation>
    </message>
    <message>
        <source>The short pause between the feet</source>
        <translation>Die kurze Pause zwischen den Füßen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>All done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>And how do your feet feel now?</source>
        <translation>Und wie fühlen sich Ihre Füße jetzt an?</translation>
    </message>
    <message>
        <source>How do your feet feel after the session?</source>
        <translation>Wie fühlen sich Ihre Füße nach der Sitzung an?</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close footcare-gui</source>
        <translation>footcare-gui schließen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>{time} of foot care · {done} of %n step(s) done</source>
        <translation>
            <numerusform>{time} Fußpflege · {done} von %n Schritt erledigt</numerusform>
            <numerusform>{time} Fußpflege · {done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have a medical condition such as diabetes or poor circulation, or are pregnant.</source>
        <translation>Fragen Sie zuerst Ihre Ärztin oder Ihren Arzt, wenn Sie eine Erkrankung wie Diabetes oder Durchblutungsstörungen haben oder schwanger sind.</translation>
    </message>
    <message>
        <source>Do not massage a foot that has an injury, an open wound or an infection, not even around it.</source>
        <translation>Massieren Sie keinen Fuß mit einer Verletzung, einer offenen Wunde oder einer Entzündung, auch nicht in deren Umgebung.</translation>
    </message>
    <message>
        <source>Begin with gentle pressure and build up only as far as it feels good.</source>
        <translation>Beginnen Sie mit sanftem Druck und steigern Sie ihn nur so weit, wie es sich gut anfühlt.</translation>
    </message>
    <message>
        <source>If anything hurts, stop.</source>
        <translation>Wenn etwas wehtut, hören Sie auf.</translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven. When a 2009 systematic review weighed the published studies, it found nothing convincing to show that reflexology treats any illness. This app only tells you what each part of the foot is said to reflect in reflexology, and it promises nothing medical. Even so, a slow foot massage can feel wonderfully relaxing.</source>
        <translation>Die Reflexzonenmassage ist wissenschaftlich nicht belegt. Eine systematische Übersichtsarbeit von 2009 hat die veröffentlichten Studien geprüft und nichts Überzeugendes dafür gefunden, dass Reflexzonenmassage irgendeine Krankheit behandelt. Diese App sagt Ihnen nur, wofür jeder Teil des Fußes in der Reflexzonenlehre stehen soll, und verspricht nichts Medizinisches. Trotzdem kann eine langsame Fußmassage wunderbar entspannend sein.</translation>
    </message>
    <message>
        <source>Slip on warm socks or tuck your feet under a blanket.</source>
        <translation>Ziehen Sie warme Socken an oder stecken Sie die Füße unter eine Decke.</translation>
    </message>
    <message>
        <source>Sip a glass of water before bed.</source>
        <translation>Trinken Sie vor dem Schlafengehen ein Glas Wasser.</translation>
    </message>
    <message>
        <source>Keep the lights low for the rest of the evening.</source>
        <translation>Lassen Sie das Licht für den Rest des Abends gedämpft.</translation>
    </message>
    <message>
        <source>Leave the phone on the other side of the room.</source>
        <translation>Legen Sie das Telefon auf die andere Seite des Zimmers.</translation>
    </message>
    <message>
        <source>Take a few slow breaths and let your shoulders drop.</source>
        <translation>Atmen Sie ein paar Mal langsam und lassen Sie die Schultern sinken.</translation>
    </message>
    <message>
        <source>Go to bed while you still feel this relaxed.</source>
        <translation>Gehen Sie schlafen, solange Sie sich noch so entspannt fühlen.</translation>
    </message>
    <message>
        <source>This app guides you through an evening foot massage step by step, with a timer for each step so your oily hands can stay on your feet. Large text can be read from across the room, and the sounds and screen stay soft and quiet so the evening stays calm.</source>
        <translation>Diese App führt Sie Schritt für Schritt durch eine abendliche Fußmassage, mit einem Zeitgeber für jeden Schritt, damit Ihre geölten Hände an den Füßen bleiben können. Die große Schrift ist quer durchs Zimmer lesbar, und Klänge und Bildschirm bleiben sanft und leise, damit der Abend ruhig bleibt.</translation>
    </message>
    <message>
        <source>Begin with light pressure and go firmer only as far as it stays comfortable.</source>
        <translation>Beginnen Sie mit leichtem Druck und werden Sie nur so weit fester, wie es angenehm bleibt.</translation>
    </message>
    <message>
        <source>Dim the lights or light a candle, and keep the room pleasantly warm.</source>
        <translation>Dimmen Sie das Licht oder zünden Sie eine Kerze an, und halten Sie das Zimmer angenehm warm.</translation>
    </message>
    <message>
        <source>A little oil or lotion lets the hands glide instead of dragging on the skin.</source>
        <translation>Etwas Öl oder Lotion lässt die Hände gleiten, statt an der Haut zu ziehen.</translation>
    </message>
    <message>
        <source>A tennis ball or foot roller can reach the sole when your thumbs get tired.</source>
        <translation>Ein Tennisball oder eine Fußrolle erreicht die Sohle, wenn die Daumen müde werden.</translation>
    </message>
    <message>
        <source>Quiet music or silence both work: pick whatever helps you slow down.</source>
        <translation>Leise Musik oder Stille, beides passt: Wählen Sie, was Ihnen hilft, zur Ruhe zu kommen.</translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Voice guidance</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Schritte vorlesen</translation>
    </message>
    <message>
        <source>Hear each step, so your eyes can stay on your foot (V)</source>
        <translation>Jeden Schritt hören, damit der Blick beim Fuß bleiben kann (V)</translation>
    </message>
    <message>
        <source>The voices are listed when this page is shown.</source>
        <translation>Die Stimmen werden aufgelistet, wenn diese Seite gezeigt wird.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voices for the language of the routine</source>
        <translation>Die Stimmen der Sprachausgabe für die Sprache des Ablaufs</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Slower or faster speech</source>
        <translation>Langsamer oder schneller sprechen</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>How loud, 0 to 100</source>
        <translation>Wie laut, 0 bis 100</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Say the full instruction</source>
        <translation>Die ganze Anleitung sagen</translation>
    </message>
    <message>
        <source>At each step: its title, then what to do</source>
        <translation>Bei jedem Schritt: sein Titel, dann was zu tun ist</translation>
    </message>
    <message>
        <source>Say the title only</source>
        <translation>Nur den Titel sagen</translation>
    </message>
    <message>
        <source>At each step: only its title</source>
        <translation>Bei jedem Schritt: nur sein Titel</translation>
    </message>
    <message>
        <source>At each step:</source>
        <translation>Bei jedem Schritt:</translation>
    </message>
    <message>
        <source>Say what comes next near the end of a step</source>
        <translation>Gegen Ende eines Schritts sagen, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Say what comes next</source>
        <translation>Sagen, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>About eight seconds before a step ends: “Next: …”</source>
        <translation>Etwa acht Sekunden vor dem Ende eines Schritts: „Gleich: …“</translation>
    </message>
    <message>
        <source>&amp;Try the voice</source>
        <translation>Stimme &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Stimme ausprobieren</translation>
    </message>
    <message>
        <source>Hear a step as it will sound</source>
        <translation>Einen Schritt so hören, wie er klingen wird</translation>
    </message>
    <message>
        <source>Voice guidance is not available here.</source>
        <translation>Sprachführung ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Stimmen werden gesucht…</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>Automatisch ({voice})</translation>
    </message>
    <message>
        <source>{count} voices for this language.</source>
        <translation>{count} Stimmen für diese Sprache.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Foot diagram: click a zone to pick it</source>
        <translation>Fußbild: Klicken Sie auf eine Zone, um sie zu wählen</translation>
    </message>
    <message>
        <source>&amp;Zones: click them on the feet, or tick them here</source>
        <translation>&amp;Zonen: auf den Füßen anklicken oder hier ankreuzen</translation>
    </message>
    <message>
        <source>Zones of this step</source>
        <translation>Zonen dieses Schritts</translation>
    </message>
    <message>
        <source>Space ticks or unticks the zone under the cursor</source>
        <translation>Die Leertaste kreuzt die Zone unter dem Cursor an oder ab</translation>
    </message>
    <message>
        <source> (left only)</source>
        <translation> (nur links)</translation>
    </message>
    <message>
        <source> (right only)</source>
        <translation> (nur rechts)</translation>
    </message>
    <message>
        <source> (top)</source>
        <translation> (Oberseite)</translation>
    </message>
    <message>
        <source>{0}: {1}; said to reflect {2}</source>
        <translation>{0}: {1}; soll stehen für: {2}</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Head and brain</source>
        <translation>Kopf und Gehirn</translation>
    </message>
    <message>
        <source>pad and tip of the big toe</source>
        <translation>Ballen und Spitze der großen Zehe</translation>
    </message>
    <message>
        <source>head, brain</source>
        <translation>Kopf, Gehirn</translation>
    </message>
    <message>
        <source>Sinuses</source>
        <translation>Nebenhöhlen</translation>
    </message>
    <message>
        <source>tips and pads of toes 2 to 5</source>
        <translation>Spitzen und Ballen der Zehen 2 bis 5</translation>
    </message>
    <message>
        <source>sinuses</source>
        <translation>Nebenhöhlen</translation>
    </message>
    <message>
        <source>Neck and throat</source>
        <translation>Hals und Nacken</translation>
    </message>
    <message>
        <source>base of the big toe</source>
        <translation>Ansatz der großen Zehe</translation>
    </message>
    <message>
        <source>neck, throat, thyroid</source>
        <translation>Nacken, Hals, Schilddrüse</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>base of toes 2 and 3</source>
        <translation>Ansatz der Zehen 2 und 3</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Ears</source>
        <translation>Ohren</translation>
    </message>
    <message>
        <source>base of toes 4 and 5</source>
        <translation>Ansatz der Zehen 4 und 5</translation>
    </message>
    <message>
        <source>ears</source>
        <translation>Ohren</translation>
    </message>
    <message>
        <source>Lungs and chest</source>
        <translation>Lunge und Brust</translation>
    </message>
    <message>
        <source>ball of the foot</source>
        <translation>Fußballen</translation>
    </message>
    <message>
        <source>lungs, chest, upper back</source>
        <translation>Lunge, Brust, oberer Rücken</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>lower inner part of the ball</source>
        <translation>unterer innerer Teil des Ballens</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>outer edge just below the little toe</source>
        <translation>Außenrand knapp unter der kleinen Zehe</translation>
    </message>
    <message>
        <source>shoulder, arm</source>
        <translation>Schulter, Arm</translation>
    </message>
    <message>
        <source>Solar plexus</source>
        <translation>Solarplexus</translation>
    </message>
    <message>
        <source>centre of the sole just below the ball</source>
        <translation>Mitte der Sohle knapp unter dem Ballen</translation>
    </message>
    <message>
        <source>diaphragm, solar plexus</source>
        <translation>Zwerchfell, Solarplexus</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <source>upper arch, outer half</source>
        <translation>oberes Fußgewölbe, äußere Hälfte</translation>
    </message>
    <message>
        <source>liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <source>Gallbladder</source>
        <translation>Gallenblase</translation>
    </message>
    <message>
        <source>inside the liver area</source>
        <translation>innerhalb des Leberbereichs</translation>
    </message>
    <message>
        <source>gallbladder</source>
        <translation>Gallenblase</translation>
    </message>
    <message>
        <source>Spleen</source>
        <translation>Milz</translation>
    </message>
    <message>
        <source>upper arch, outer edge</source>
        <translation>oberes Fußgewölbe, Außenrand</translation>
    </message>
    <message>
        <source>spleen</source>
        <translation>Milz</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Magen</translation>
    </message>
    <message>
        <source>upper arch, inner half</source>
        <translation>oberes Fußgewölbe, innere Hälfte</translation>
    </message>
    <message>
        <source>stomach, digestion</source>
        <translation>Magen, Verdauung</translation>
    </message>
    <message>
        <source>Pancreas</source>
        <translation>Bauchspeicheldrüse</translation>
    </message>
    <message>
        <source>just below the stomach area</source>
        <translation>knapp unter dem Magenbereich</translation>
    </message>
    <message>
        <source>pancreas</source>
        <translation>Bauchspeicheldrüse</translation>
    </message>
    <message>
        <source>Kidneys and adrenals</source>
        <translation>Nieren und Nebennieren</translation>
    </message>
    <message>
        <source>middle of the arch at the waistline</source>
        <translation>Mitte des Gewölbes auf Höhe der Taillenlinie</translation>
    </message>
    <message>
        <source>kidneys, adrenal glands</source>
        <translation>Nieren, Nebennieren</translation>
    </message>
    <message>
        <source>Small intestine</source>
        <translation>Dünndarm</translation>
    </message>
    <message>
        <source>lower arch, centre</source>
        <translation>unteres Fußgewölbe, Mitte</translation>
    </message>
    <message>
        <source>small intestine</source>
        <translation>Dünndarm</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Dickdarm</translation>
    </message>
    <message>
        <source>a band around the small intestine</source>
        <translation>ein Band rund um den Dünndarm</translation>
    </message>
    <message>
        <source>large intestine</source>
        <translation>Dickdarm</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Blase</translation>
    </message>
    <message>
        <source>inner lower arch, above the heel</source>
        <translation>inneres unteres Gewölbe, über der Ferse</translation>
    </message>
    <message>
        <source>bladder</source>
        <translation>Blase</translation>
    </message>
    <message>
        <source>Pelvis and sciatic nerve</source>
        <translation>Becken und Ischiasnerv</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>die Ferse</translation>
    </message>
    <message>
        <source>pelvis, lower back, sciatic nerve</source>
        <translation>Becken, unterer Rücken, Ischiasnerv</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>inner edge, big toe joint to heel</source>
        <translation>Innenrand, vom Großzehengelenk bis zur Ferse</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Knee and hip</source>
        <translation>Knie und Hüfte</translation>
    </message>
    <message>
        <source>middle of the outer edge</source>
        <translation>Mitte des Außenrands</translation>
    </message>
    <message>
        <source>knee, leg, hip</source>
        <translation>Knie, Bein, Hüfte</translation>
    </message>
    <message>
        <source>Chest and upper back</source>
        <translation>Brust und oberer Rücken</translation>
    </message>
    <message>
        <source>upper third of the top, near the toes</source>
        <translation>oberes Drittel des Fußrückens, nahe den Zehen</translation>
    </message>
    <message>
        <source>chest, breast, upper back</source>
        <translation>Brustkorb, Brust, oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>from below the ankle to the top&apos;s highest point</source>
        <translation>von unter dem Knöchel bis zum höchsten Punkt des Fußrückens</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>Lymph</source>
        <translation>Lymphe</translation>
    </message>
    <message>
        <source>a band across the front of the ankle</source>
        <translation>ein Band quer über die Vorderseite des Knöchels</translation>
    </message>
    <message>
        <source>lymph, groin</source>
        <translation>Lymphe, Leiste</translation>
    </message>
    <message>
        <source>Toe tops</source>
        <translation>Zehenoberseiten</translation>
    </message>
    <message>
        <source>tops of the toes and their joints</source>
        <translation>Oberseiten der Zehen und ihre Gelenke</translation>
    </message>
    <message>
        <source>head, face, teeth</source>
        <translation>Kopf, Gesicht, Zähne</translation>
    </message>
</context>
</TS>

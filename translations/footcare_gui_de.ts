<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the step: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone or its name, or tab to it, to read what it is said to reflect and which steps work it. Arrow keys move between zones; Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose steps to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven: the map shows what its charts say, not medical facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of this routine works this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that work it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this step&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a zone or a body area: arch, neck, back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every recorded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history stays on this computer; nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of foot care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evenings in a row now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your feet felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evenings yet. After your first session, each evening you take care of your feet shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file was damaged, so a new one was started. The old one is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file is damaged and could not be moved aside ({0}): history is off this session, and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was written by a newer version of footcare-gui (history version {0}): it is shown, but nothing is recorded this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is shown but not recorded this session: {0} cannot be written ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be written ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off this session: {0} cannot be opened ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was updated for this version; the old file is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be updated for this version ({0}): it is shown, but nothing is recorded this session. A copy is kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be recorded: {0}. The app keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the last {1} evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first evening: a lovely start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another round tonight: your feet are well looked after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evening this week: it has become your ritual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening after evening, it is becoming a habit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you again. Every evening counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more evening of care for your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0} → now: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>History — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show footcare-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left, {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feet</name>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (very dim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which foot to start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First foot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine a session follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on by itself when a step ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next step automatically when the time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step&apos;s time is up, wait until you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning before a step ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft signal this many seconds before a step ends (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes between steps and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sounds are, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: follow the system, light, dark, or night (dim, for a dark room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sessions in focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the current step, full screen, when a session starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate the hands&apos; motion on the feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate the technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a session, a soft marker moves the way your hands do; off, still arrows show the way. Off at first when your system asks for reduced motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the screen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the screen from dimming or locking while a session runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, the routines and the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what footcare-gui --doctor reports, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information copied: paste it into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>%1: no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; feet: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for me at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each new step until you press Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps &amp;aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance: say each step aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with larger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evenings: calendar and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the reflex zones of both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change durations, sound and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit footcare-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety and precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should ask a doctor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrecautionsDialog</name>
    <message>
        <source>Safety and precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About reflexology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, let&apos;s begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early, after {0} of {1} steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Time for your evening foot care</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n minutes. Press Start when you are ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footcare-gui is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits here for your reminder at %1. To quit, choose Quit in this menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTab</name>
    <message>
        <source>Evening reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to do my foot care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification at the time you choose, with a Start button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to remind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start footcare-gui when you log in, waiting for the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login is available on Linux desktops only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the reminder is on, closing the window keeps footcare-gui in the system tray; choose Quit to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray: the reminder comes while footcare-gui runs, with its window open or started at login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of the chosen routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen routine as a .toml file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” comes with the app and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of it, and edit that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file and the step lengths you chose for it go too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is imported (as {1}: the id {2} was taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is exported to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-&amp;page intro:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} without the optional steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to put right before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} things to put right before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each new step until you press Space (W)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>Paused: the computer seemed to be asleep for {gap}. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the screen awake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>GETTING READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDING DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: switch feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {steps} · {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Space to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {step} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {time} · {step} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · {time} · {step} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Settings cannot be saved: {error}. Changes last until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are being saved again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{foot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: switch feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Choose which foot goes first: the one that feels more tired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Evening foot care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routine to follow tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which foot feels more tired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people like to begin with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the precautions before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore every reflex zone of both feet, and the steps that work it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance: hear each step, eyes on your foot (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip for tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do your feet feel before the session?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>About %n minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %n minute(s), {full} with the optional step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %n minute(s), {full} with the optional steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a foot to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Optional: what the voice says. Empty: the instruction&apos;s first sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spo&amp;ken line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole and top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techni&amp;que:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Once in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optiona&amp;l: may be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up / Alt+Down, to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPreview</name>
    <message>
        <source>Preview of the step in a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Steps, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new step after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the feet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short pause between the feet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>And how do your feet feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do your feet feel after the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close footcare-gui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor first if you have a medical condition such as diabetes or poor circulation, or are pregnant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not massage a foot that has an injury, an open wound or an infection, not even around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with gentle pressure and build up only as far as it feels good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything hurts, stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflexology is not scientifically proven. When a 2009 systematic review weighed the published studies, it found nothing convincing to show that reflexology treats any illness. This app only tells you what each part of the foot is said to reflect in reflexology, and it promises nothing medical. Even so, a slow foot massage can feel wonderfully relaxing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip on warm socks or tuck your feet under a blanket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sip a glass of water before bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the lights low for the rest of the evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the phone on the other side of the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a few slow breaths and let your shoulders drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to bed while you still feel this relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app guides you through an evening foot massage step by step, with a timer for each step so your oily hands can stay on your feet. Large text can be read from across the room, and the sounds and screen stay soft and quiet so the evening stays calm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with light pressure and go firmer only as far as it stays comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim the lights or light a candle, and keep the room pleasantly warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little oil or lotion lets the hands glide instead of dragging on the skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tennis ball or foot roller can reach the sole when your thumbs get tired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet music or silence both work: pick whatever helps you slow down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear each step, so your eyes can stay on your foot (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voices are listed when this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine&apos;s voices for the language of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower or faster speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the full instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each step: its title, then what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each step: only its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what comes next near the end of a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About eight seconds before a step ends: “Next: …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear a step as it will sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} voices for this language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Foot diagram: click a zone to pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zones: click them on the feet, or tick them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the zone under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (left only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (right only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}; said to reflect {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Head and brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad and tip of the big toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head, brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tips and pads of toes 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of the big toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck, throat, thyroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of toes 2 and 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of toes 4 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lungs and chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ball of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lungs, chest, upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower inner part of the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer edge just below the little toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder, arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar plexus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre of the sole just below the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diaphragm, solar plexus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper arch, outer half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallbladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the liver area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gallbladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper arch, outer edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper arch, inner half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stomach, digestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pancreas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just below the stomach area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pancreas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidneys and adrenals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle of the arch at the waistline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kidneys, adrenal glands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small intestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower arch, centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small intestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band around the small intestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large intestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner lower arch, above the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvis and sciatic nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelvis, lower back, sciatic nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner edge, big toe joint to heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee and hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle of the outer edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee, leg, hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest and upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper third of the top, near the toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest, breast, upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from below the ankle to the top&apos;s highest point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lymph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band across the front of the ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lymph, groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe tops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tops of the toes and their joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head, face, teeth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>History is off this session, so nothing is shown or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is shown as it is; nothing is recorded this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded session and feeling will be forgotten. This cannot be undone. (Export CSV first to keep a copy.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All history was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Plugboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Plugboard</source>
        <translation>Ü&amp;ber Plugboard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No connections yet.
Platforms you can connect to will appear here.</source>
        <translation>Noch keine Verbindungen.
Plattformen, mit denen Sie sich verbinden können, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Plugboard</source>
        <translation>Über Plugboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Keeps your connections to online platforms in one place, with every secret in your system keyring.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Hält Ihre Verbindungen zu Online-Plattformen an einem Ort, jedes Geheimnis im Schlüsselbund Ihres Systems.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+18"/>
        <source>Open Plugboard</source>
        <translation>Plugboard öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+14"/>
        <source>Plugboard from the terminal: valid tokens for scripts, without ever seeing a refresh token.</source>
        <translation>Plugboard im Terminal: gültige Tokens für Skripte, ohne je ein Refresh-Token zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+31"/>
        <source>Plugboard keeps your connections to online platforms working, with every secret in your system keyring.</source>
        <translation>Plugboard hält Ihre Verbindungen zu Online-Plattformen funktionsfähig, jedes Geheimnis im Schlüsselbund Ihres Systems.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Plugboard::AuthorizationSession</name>
    <message numerus="yes">
        <location filename="../core/oauth/authorizationsession.cpp" line="+44"/>
        <source>No answer from the browser within %n minute(s). Press Connect to try again.</source>
        <translation>
            <numerusform>No answer from the browser within %n minute. Press Connect to try again.</numerusform>
            <numerusform>No answer from the browser within %n minutes. Press Connect to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopApplication</name>
    <message numerus="yes">
        <location filename="../app/gui/desktopapplication.cpp" line="+285"/>
        <source>Checking %n connection(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+181"/>
        <source>%n platform(s) available</source>
        <translation>
            <numerusform>%n platform available</numerusform>
            <numerusform>%n platforms available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="+18"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>

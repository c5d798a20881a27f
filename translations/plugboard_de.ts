<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Plugboard::Cli::CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+27" />
        <source>Usage: plugboard-cli COMMAND [OPTIONS]

Plugboard from the terminal: valid tokens for scripts, without ever seeing a refresh token. Secrets are read from standard input, never from arguments.

Commands:
</source>
        <translation>Verwendung: plugboard-cli COMMAND [OPTIONS]

Plugboard im Terminal: gültige Tokens für Skripte, ohne je ein Refresh-Token zu sehen. Geheimnisse werden von der Standardeingabe gelesen, niemals aus Argumenten.

Befehle:
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>
Run `plugboard-cli COMMAND --help` for a command's options.

Exit codes:
  0  success
  1  other failure
  2  usage error (including a secret offered as an argument)
  3  unknown or ambiguous platform or connection
  4  the connection needs to be reconnected
  5  the keyring is unavailable or locked
  6  the platform refused or failed
  7  cancelled or timed out
</source>
        <translation>
Die Optionen eines Befehls zeigt `plugboard-cli COMMAND --help`.

Exit-Codes:
  0  Erfolg
  1  sonstiger Fehler
  2  Aufruffehler (auch ein als Argument übergebenes Geheimnis)
  3  unbekannte oder mehrdeutige Plattform oder Verbindung
  4  die Verbindung muss erneut verbunden werden
  5  der Schlüsselbund ist nicht verfügbar oder gesperrt
  6  die Plattform hat abgelehnt oder einen Fehler gemeldet
  7  abgebrochen oder Zeitüberschreitung
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 would put a secret on the command line, where other users and your shell history can read it. Pipe it in instead, e.g. `--client-secret-stdin`.</source>
        <translation>%1 würde ein Geheimnis in die Befehlszeile schreiben, wo andere Benutzer und Ihr Shell-Verlauf es lesen können. Übergeben Sie es stattdessen über eine Pipe, z. B. mit `--client-secret-stdin`.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Unknown command "%1". Run `plugboard-cli --help` to list the commands.</source>
        <translation>Unbekannter Befehl "%1". Führen Sie `plugboard-cli --help` aus, um die Befehle aufzulisten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1. Run `plugboard-cli %2 --help` for its options.</source>
        <translation>%1. Die Optionen zeigt `plugboard-cli %2 --help`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProvidersCommand</name>
    <message>
        <location filename="../app/cli/commands/providerscommand.cpp" line="+16" />
        <source>Prints JSON for programs.</source>
        <translation>Gibt JSON für Programme aus.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Lists the platforms Plugboard can connect to.</source>
        <translation>Listet die Plattformen auf, mit denen sich Plugboard verbinden kann.</translation>
    </message>
    <message>
        <location line="+32" />
        <source> (custom)</source>
        <translation> (benutzerdefiniert)</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::RedirectUriCommand</name>
    <message>
        <location filename="../app/cli/commands/redirecturicommand.cpp" line="+19" />
        <source>Prints the exact redirect URI to register for a platform.</source>
        <translation>Gibt die exakte Redirect-URI aus, die für eine Plattform zu registrieren ist.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Platform id, e.g. github.</source>
        <translation>Plattform-ID, z. B. github.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name one platform, e.g. `plugboard-cli redirect-uri github`.</source>
        <translation>Geben Sie eine Plattform an, z. B. `plugboard-cli redirect-uri github`.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Plugboard picks a free port each time; platforms accept any port on a loopback address.</source>
        <translation>Plugboard wählt jedes Mal einen freien Port; Plattformen akzeptieren jeden Port auf einer Loopback-Adresse.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionCard</name>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+56" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show scope descriptions</source>
        <translation>Beschreibungen der Scopes anzeigen</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Set up credentials…</source>
        <translation>Zugangsdaten einrichten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy redirect URI</source>
        <translation>Redirect-URI kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit credentials…</source>
        <translation>Zugangsdaten bearbeiten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 icon</source>
        <translation>%1-Symbol</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>checked %1</source>
        <translation>zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Waiting for the browser… %1:%2 left</source>
        <translation>Warten auf den Browser… noch %1:%2</translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialForm</name>
    <message>
        <location filename="../ui/credentialform.cpp" line="+57" />
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Redirect-URI</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy redirect URI</source>
        <translation>Redirect-URI kopieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Redirect URI to register:</source>
        <translation>Zu registrierende Redirect-URI:</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Register an app with %1 to get these values. %2</source>
        <translation>Registrieren Sie eine App bei %1, um diese Werte zu erhalten. %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the developer console</source>
        <translation>Entwicklerkonsole öffnen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Saved; type to replace</source>
        <translation>Gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved (%1); type to replace</source>
        <translation>Gespeichert (%1); zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Where do I find this?</source>
        <translation>Wo finde ich das?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Required.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Erforderlich.&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>Plugboard::IdentityRequest</name>
    <message>
        <location filename="../core/oauth/identityrequest.cpp" line="+55" />
        <source>%1 declares no userinfo endpoint, so Plugboard cannot tell which account signed in.</source>
        <translation>%1 gibt keinen Userinfo-Endpunkt an, daher kann Plugboard nicht feststellen, welches Konto sich angemeldet hat.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Could not ask %1 which account signed in: %2. Check your connection and connect again.</source>
        <translation>%1 konnte nicht gefragt werden, welches Konto sich angemeldet hat: %2. Prüfen Sie Ihre Netzwerkverbindung und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 did not say which account signed in (HTTP %2). Connect again; if it keeps failing, check the app's permissions at %1.</source>
        <translation>%1 hat nicht mitgeteilt, welches Konto sich angemeldet hat (HTTP %2). Verbinden Sie sich erneut; falls es weiterhin fehlschlägt, prüfen Sie die Berechtigungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1's account information has no "%2" field, so Plugboard cannot tell the account apart. Check the platform record's identity settings.</source>
        <translation>Die Kontoinformationen von %1 enthalten kein Feld "%2", daher kann Plugboard das Konto nicht unterscheiden. Prüfen Sie die Identitätseinstellungen im Plattformeintrag.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackListener</name>
    <message>
        <location filename="../core/oauth/loopbacklistener.cpp" line="+76" />
        <source>The redirect host must be 127.0.0.1 or localhost, not %1.</source>
        <translation>Der Redirect-Host muss 127.0.0.1 oder localhost sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Could not listen on %1 port %2 for the browser's answer: %3. Close the program using that port, or try again.</source>
        <translation>Auf %1, Port %2 kann nicht auf die Antwort des Browsers gewartet werden: %3. Beenden Sie das Programm, das diesen Port verwendet, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Plugboard stopped waiting. You can close this tab.</source>
        <translation>Plugboard wartet nicht mehr. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>This is not a request Plugboard understands.</source>
        <translation>Diese Anfrage versteht Plugboard nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackReplyHandler</name>
    <message>
        <location filename="../core/oauth/loopbackreplyhandler.cpp" line="+38" />
        <source>The redirect path must start with / and name a path.</source>
        <translation>Der Redirect-Pfad muss mit / beginnen und einen Pfad angeben.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET akzeptiert.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This link does not belong to the sign-in Plugboard is waiting for. Start the connection again from Plugboard.</source>
        <translation>Dieser Link gehört nicht zu der Anmeldung, auf die Plugboard wartet. Starten Sie die Verbindung in Plugboard erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plugboard has already received the answer for this sign-in.</source>
        <translation>Plugboard hat die Antwort für diese Anmeldung bereits erhalten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The answer repeats a parameter. Start the connection again.</source>
        <translation>Die Antwort enthält einen Parameter mehrfach. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Could not reach %1 to finish signing in: %2. Check your connection and try again.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden, da %1 nicht erreichbar ist: %2. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+45" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;About Plugboard</source>
        <translation>Ü&amp;ber Plugboard</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No connections yet.
Platforms you can connect to will appear here.</source>
        <translation>Noch keine Verbindungen.
Plattformen, mit denen Sie sich verbinden können, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n platform(s) available</source>
        <translation>
            <numerusform>%n Plattform verfügbar</numerusform>
            <numerusform>%n Plattformen verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>About Plugboard</source>
        <translation>Über Plugboard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Keeps your connections to online platforms in one place, with every secret in your system keyring.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Hält Ihre Verbindungen zu Online-Plattformen an einem Ort, jedes Geheimnis im Schlüsselbund Ihres Systems.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Plugboard::OAuthError</name>
    <message>
        <location filename="../core/oauth/oautherror.cpp" line="+34" />
        <source>%1 does not accept Plugboard's redirect URI. Register exactly %2 in your app's settings at %1, then connect again. (%1 said: %3)</source>
        <translation>%1 akzeptiert die Redirect-URI von Plugboard nicht. Registrieren Sie genau %2 in den Einstellungen Ihrer App bei %1 und verbinden Sie sich dann erneut. (%1 meldete: %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Access was not granted at %1. Press Connect and approve the request to connect.</source>
        <translation>Der Zugriff wurde bei %1 nicht gewährt. Klicken Sie auf „Verbinden“ und bestätigen Sie die Anfrage, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 did not accept the app credentials. Check the client ID and client secret. (%1 said: %2)</source>
        <translation>%1 hat die App-Zugangsdaten nicht akzeptiert. Prüfen Sie Client-ID und Client-Secret. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again. (%1 said: %2)</source>
        <translation>%1 hat die angeforderten Berechtigungen abgelehnt. Entfernen Sie die Scopes, die %1 nicht anbietet, und verbinden Sie sich erneut. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again. (%1 said: %2)</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr. Verbinden Sie sich erneut, um sich wieder anzumelden. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 refused to issue tokens: %2. Try again; if it keeps failing, check the app's settings at %1.</source>
        <translation>%1 hat die Ausgabe von Tokens verweigert: %2. Versuchen Sie es erneut; falls es weiterhin fehlschlägt, prüfen Sie die Einstellungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformCatalog</name>
    <message>
        <location filename="../core/catalog/platformcatalog.cpp" line="+43" />
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: custom: a shipped record must not be marked custom; remove the key</source>
        <translation>%1: custom: ein mitgelieferter Eintrag darf nicht als custom markiert sein; entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: id: "%2" belongs to a built-in platform, which a custom record cannot replace; give the file and its id another name</source>
        <translation>%1: id: "%2" gehört zu einer integrierten Plattform, die ein benutzerdefinierter Eintrag nicht ersetzen kann; geben Sie der Datei und ihrer id einen anderen Namen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no platform called "%1". Run `plugboard-cli providers` to list them.</source>
        <translation>Es gibt keine Plattform namens "%1". Führen Sie `plugboard-cli providers` aus, um alle Plattformen aufzulisten.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>"%1" is the id of a built-in platform. Choose another id for the custom platform.</source>
        <translation>"%1" ist die ID einer integrierten Plattform. Wählen Sie eine andere ID für die benutzerdefinierte Plattform.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A custom platform "%1" already exists. Remove it first, or choose another id.</source>
        <translation>Eine benutzerdefinierte Plattform "%1" existiert bereits. Entfernen Sie sie zuerst oder wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Could not save the custom platform to %1: %2. Check that the folder is writable.</source>
        <translation>Die benutzerdefinierte Plattform konnte nicht in %1 gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" is a built-in platform and cannot be removed.</source>
        <translation>"%1" ist eine integrierte Plattform und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not delete %1: %2. Check that the folder is writable.</source>
        <translation>%1 konnte nicht gelöscht werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformRecordParser</name>
    <message>
        <location filename="../core/catalog/platformrecordparser.cpp" line="+43" />
        <source>the record uses schema %1, but this version of Plugboard reads schema %2 at most; update Plugboard to use it</source>
        <translation>der Eintrag verwendet Schema %1, diese Plugboard-Version liest aber höchstens Schema %2; aktualisieren Sie Plugboard, um ihn zu verwenden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" may use only lowercase letters a-z, digits and '-', and must start with a letter or digit</source>
        <translation>"%1" darf nur Kleinbuchstaben a-z, Ziffern und '-' enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is "%1" but the file is named %2; the id and the file name must match</source>
        <translation>ist "%1", aber die Datei heißt %2; id und Dateiname müssen übereinstimmen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be an SVG file name such as github.svg, without folders</source>
        <translation>muss ein SVG-Dateiname wie github.svg sein, ohne Ordner</translation>
    </message>
    <message>
        <location line="+31" />
        <source>is missing, but revocation_style needs it</source>
        <translation>fehlt, wird aber von revocation_style benötigt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must name how to revoke a token, because endpoints.revocation is set</source>
        <translation>muss angeben, wie ein Token widerrufen wird, da endpoints.revocation gesetzt ist</translation>
    </message>
    <message>
        <location line="+21" />
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is declared twice; list each scope once</source>
        <translation>"%1" ist doppelt angegeben; führen Sie jeden Scope nur einmal auf</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Plugboard sets this parameter itself; remove it</source>
        <translation>Plugboard setzt diesen Parameter selbst; entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+19" />
        <source>must be "127.0.0.1" or "localhost"</source>
        <translation>muss "127.0.0.1" oder "localhost" sein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be between 0 and 65535 (0 picks any free port)</source>
        <translation>muss zwischen 0 und 65535 liegen (0 wählt einen beliebigen freien Port)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must start with "/" and name a path such as /callback, without spaces, ? or #</source>
        <translation>muss mit "/" beginnen und einen Pfad wie /callback angeben, ohne Leerzeichen, ? oder #</translation>
    </message>
    <message>
        <location line="+20" />
        <source>must be " " or ","</source>
        <translation>muss " " oder "," sein</translation>
    </message>
    <message>
        <location line="+17" />
        <source>must be a header name other than Authorization</source>
        <translation>muss ein anderer Header-Name als Authorization sein</translation>
    </message>
    <message>
        <location line="+17" />
        <source>is missing, but endpoints.userinfo needs it to tell accounts apart</source>
        <translation>fehlt, wird aber von endpoints.userinfo benötigt, um Konten zu unterscheiden</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be "GET" or "POST"</source>
        <translation>muss "GET" oder "POST" sein</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a dotted path such as user.id</source>
        <translation>muss ein durch Punkte getrennter Pfad wie user.id sein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a dotted path such as user.login</source>
        <translation>muss ein durch Punkte getrennter Pfad wie user.login sein</translation>
    </message>
    <message>
        <location line="+16" />
        <source>must be a sentence (a non-empty string)</source>
        <translation>muss ein Satz sein (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must hold 2 to 4 steps, not %1</source>
        <translation>muss 2 bis 4 Schritte enthalten, nicht %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must hold at most 4 steps, not %1</source>
        <translation>darf höchstens 4 Schritte enthalten, nicht %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>may use only lowercase letters a-z, digits and '_', starting with a letter</source>
        <translation>darf nur Kleinbuchstaben a-z, Ziffern und '_' enthalten und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be true for a client secret or API key</source>
        <translation>muss für ein Client-Secret oder einen API-Schlüssel true sein</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is declared twice; each key may appear once</source>
        <translation>"%1" ist doppelt angegeben; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>an oauth2 platform must declare a "client_id" field</source>
        <translation>eine oauth2-Plattform muss ein Feld "client_id" deklarieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must declare a "client_secret" field, because client_authentication sends one</source>
        <translation>muss ein Feld "client_secret" deklarieren, da client_authentication eines sendet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a token platform must declare a field of type "api_key"</source>
        <translation>eine token-Plattform muss ein Feld vom Typ "api_key" deklarieren</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not valid JSON: %1 at offset %2; fix the syntax there (often a missing comma or quote)</source>
        <translation>kein gültiges JSON: %1 an Position %2; korrigieren Sie dort die Syntax (oft fehlt ein Komma oder Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must hold one JSON object ({…})</source>
        <translation>muss genau ein JSON-Objekt ({…}) enthalten</translation>
    </message>
</context>
<context>
    <name>Plugboard::RecordReader</name>
    <message>
        <location filename="../core/catalog/recordreader.cpp" line="+17" />
        <source>platform record</source>
        <translation>Plattformeintrag</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be one of %1, not "%2"</source>
        <translation>muss einer der Werte %1 sein, nicht "%2"</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown key; check its spelling against resources/platforms/SCHEMA.md</source>
        <translation>unbekannter Schlüssel; prüfen Sie die Schreibweise anhand von resources/platforms/SCHEMA.md</translation>
    </message>
    <message>
        <location line="+14" />
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+34" />
        <source>must be an https:// URL (http:// only for loopback hosts)</source>
        <translation>muss eine https://-URL sein (http:// nur für Loopback-Hosts)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be an object ({…})</source>
        <translation>muss ein Objekt ({…}) sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a list ([…])</source>
        <translation>muss eine Liste ([…]) sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
</context>
<context>
    <name>Plugboard::RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="+18" />
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expired %1 · refreshes when needed</source>
        <translation>%1 abgelaufen · wird bei Bedarf erneuert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · refreshes automatically</source>
        <translation>%1 · wird automatisch erneuert</translation>
    </message>
</context>
<context>
    <name>Plugboard::ResultPage</name>
    <message>
        <location filename="../core/oauth/resultpage.cpp" line="+45" />
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plugboard is now connected as %1.</source>
        <translation>Plugboard ist jetzt als %1 verbunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not connect to %1</source>
        <translation>Verbindung mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can close this tab and try again from Plugboard.</source>
        <translation>Sie können diesen Tab schließen und es in Plugboard erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretLineEdit</name>
    <message>
        <location filename="../ui/secretlineedit.cpp" line="+23" />
        <location line="+33" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+32" />
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
</context>
<context>
    <name>Plugboard::StatusBadge</name>
    <message>
        <location filename="../ui/statusbadge.cpp" line="+43" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRefreshRequest</name>
    <message>
        <location filename="../core/oauth/tokenrefreshrequest.cpp" line="+73" />
        <source>Could not reach %1 to refresh the token: %2. Plugboard will try again.</source>
        <translation>%1 war zum Erneuern des Tokens nicht erreichbar: %2. Plugboard versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenResponseParser</name>
    <message>
        <location filename="../core/oauth/tokenresponseparser.cpp" line="+48" />
        <source>%1 answered the token request with %2 (HTTP %3). Try again later; if it keeps happening, check the platform's status page.</source>
        <translation>%1 hat auf die Token-Anfrage mit %2 geantwortet (HTTP %3). Versuchen Sie es später erneut; falls das weiterhin passiert, prüfen Sie die Statusseite der Plattform.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>malformed JSON</source>
        <translation>fehlerhaftem JSON</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a web page</source>
        <translation>einer Webseite</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an unreadable answer</source>
        <translation>einer unlesbaren Antwort</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no access token</source>
        <translation>einer Antwort ohne Access-Token</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRevocation</name>
    <message>
        <location filename="../core/oauth/tokenrevocation.cpp" line="+144" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not revoke at %1: %2. Plugboard forgot the tokens here; to cut access, remove the app at %3.</source>
        <translation>Widerruf bei %1 fehlgeschlagen: %2. Plugboard hat die Tokens hier gelöscht; um den Zugriff zu entziehen, entfernen Sie die App bei %3.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+18" />
        <source>Open Plugboard</source>
        <translation>Plugboard öffnen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33" />
        <source>Plugboard keeps your connections to online platforms working, with every secret in your system keyring.</source>
        <translation>Plugboard hält Ihre Verbindungen zu Online-Plattformen funktionsfähig, jedes Geheimnis im Schlüsselbund Ihres Systems.</translation>
    </message>
</context>
</TS>

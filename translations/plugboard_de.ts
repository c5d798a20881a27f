<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+54"/>
        <source>The discovery document at %1 has no %2, which Plugboard needs to connect. The provider may not support signing in through the browser; check its documentation.</source>
        <translation>Das Discovery-Dokument unter %1 enthält kein Feld %2, das Plugboard zum Verbinden benötigt. Der Anbieter unterstützt die Anmeldung über den Browser möglicherweise nicht; prüfen Sie seine Dokumentation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discovery document at %1 has a %2 that is not a URL. Ask the provider to fix its discovery document.</source>
        <translation>Das Discovery-Dokument unter %1 enthält ein Feld %2, das keine URL ist. Bitten Sie den Anbieter, sein Discovery-Dokument zu korrigieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The discovery document at %1 gives %2 as %3, which is not an https:// URL. Plugboard only talks to https:// servers, or to http:// on this computer.</source>
        <translation>Das Discovery-Dokument unter %1 gibt %2 als %3 an, was keine https://-URL ist. Plugboard kommuniziert nur mit https://-Servern oder mit http:// auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sign you in with OpenID Connect</source>
        <translation>Sie mit OpenID Connect anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile, such as your name</source>
        <translation>Ihr Basisprofil lesen, z. B. Ihren Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation>Verbunden bleiben, während Sie abwesend sind (Refresh-Tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your postal address</source>
        <translation>Ihre Postanschrift lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your phone number</source>
        <translation>Ihre Telefonnummer lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permission defined by %1</source>
        <translation>Eine von %1 definierte Berechtigung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID the provider gave the application you registered.</source>
        <translation>Die ID, die der Anbieter der von Ihnen registrierten Anwendung zugewiesen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for confidential clients; leave it empty for a public client.</source>
        <translation>Nur für vertrauliche Clients; lassen Sie das Feld bei einem öffentlichen Client leer.</translation>
    </message>
</context>
<context>
    <name>PlatformRecord</name>
    <message>
        <location filename="platformrecordstrings.cpp" line="+19"/>
        <source>In the Atlassian developer console, choose Create &gt; OAuth 2.0 integration.</source>
        <extracomment>Step 1 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Wählen Sie in der Atlassian-Entwicklerkonsole „Create &gt; OAuth 2.0 integration“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Permissions, add User identity API plus the Jira or Confluence APIs and scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Fügen Sie unter „Permissions“ die „User identity API“ sowie die Jira- oder Confluence-APIs und Scopes hinzu, die Sie verwenden möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Authorization, add OAuth 2.0 (3LO) with the exact callback URL Plugboard shows.</source>
        <extracomment>Step 3 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Fügen Sie unter „Authorization“ „OAuth 2.0 (3LO)“ mit genau der Callback-URL hinzu, die Plugboard anzeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Settings, copy the client ID and secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Kopieren Sie unter „Settings“ die Client-ID und das Secret in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <extracomment>Label of a field in the Atlassian credential form, in Atlassian&apos;s words</extracomment>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Atlassian credential form</extracomment>
        <translation>Wird auf der Seite „Settings“ der App angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <extracomment>Label of a field in the Atlassian credential form, in Atlassian&apos;s words</extracomment>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings page. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Secret&quot; field of the Atlassian credential form</extracomment>
        <translation>Wird auf der Seite „Settings“ der App angezeigt. Plugboard bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Atlassian account profile</source>
        <extracomment>What the Atlassian permission &quot;read:me&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Atlassian-Kontoprofil lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected when you are not using Plugboard</source>
        <extracomment>What the Atlassian permission &quot;offline_access&quot; allows, shown in the permission picker</extracomment>
        <translation>Verbunden bleiben, wenn Sie Plugboard nicht verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira user information</source>
        <extracomment>What the Atlassian permission &quot;read:jira-user&quot; allows, shown in the permission picker</extracomment>
        <translation>Jira-Benutzerinformationen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira projects and issues</source>
        <extracomment>What the Atlassian permission &quot;read:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation>Jira-Projekte und -Vorgänge lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit Jira issues</source>
        <extracomment>What the Atlassian permission &quot;write:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation>Jira-Vorgänge erstellen und bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read summaries of Confluence pages</source>
        <extracomment>What the Atlassian permission &quot;read:confluence-content.summary&quot; allows, shown in the permission picker</extracomment>
        <translation>Zusammenfassungen von Confluence-Seiten lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your Atlassian account&apos;s Security page, choose Create API token with scopes.</source>
        <extracomment>Step 1 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Wählen Sie auf der Seite „Security“ Ihres Atlassian-Kontos „Create API token with scopes“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it, set an expiry, choose Bitbucket as the app and select read:user:bitbucket plus what your tools need.</source>
        <extracomment>Step 2 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Vergeben Sie einen Namen und ein Ablaufdatum, wählen Sie Bitbucket als App und dann read:user:bitbucket sowie alles, was Ihre Tools benötigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token into Plugboard, with the email address of your Atlassian account.</source>
        <extracomment>Step 3 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Kopieren Sie das Token zusammen mit der E-Mail-Adresse Ihres Atlassian-Kontos in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian account email</source>
        <extracomment>Label of a field in the Bitbucket credential form, in Bitbucket&apos;s words</extracomment>
        <translation>E-Mail-Adresse des Atlassian-Kontos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitbucket takes the token together with the email you sign in with.</source>
        <extracomment>Hint under the &quot;Atlassian account email&quot; field of the Bitbucket credential form</extracomment>
        <translation>Bitbucket erwartet das Token zusammen mit der E-Mail-Adresse, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token</source>
        <extracomment>Label of a field in the Bitbucket credential form, in Bitbucket&apos;s words</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Atlassian API token with Bitbucket scopes, including read:user:bitbucket.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Bitbucket credential form</extracomment>
        <translation>Ein Atlassian-API-Token mit Bitbucket-Scopes, einschließlich read:user:bitbucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Cloudflare dashboard, open My Profile, then API Tokens, and choose Create Token.</source>
        <extracomment>Step 1 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Öffnen Sie im Cloudflare-Dashboard „My Profile“ und dann „API Tokens“ und wählen Sie „Create Token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a template or a custom token and give it only the permissions and zones your tools need.</source>
        <extracomment>Step 2 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Gehen Sie von einer Vorlage oder einem benutzerdefinierten Token aus und geben Sie ihm nur die Berechtigungen und Zonen, die Ihre Tools benötigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token into Plugboard; Cloudflare shows it only once. The connection is named after the token&apos;s ID.</source>
        <extracomment>Step 3 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Erstellen Sie es und kopieren Sie das Token in Plugboard; Cloudflare zeigt es nur einmal an. Die Verbindung wird nach der ID des Tokens benannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API token, not the Global API Key.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Cloudflare credential form</extracomment>
        <translation>Ein API-Token, nicht der „Global API Key“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the DigitalOcean control panel, open API, then Tokens, and choose Generate New Token.</source>
        <extracomment>Step 1 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Öffnen Sie im Control Panel von DigitalOcean „API“ und dann „Tokens“ und wählen Sie „Generate New Token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a name and an expiry, and choose Custom Scopes with at least account:read (or Read Only).</source>
        <extracomment>Step 2 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Vergeben Sie einen Namen und ein Ablaufdatum und wählen Sie „Custom Scopes“ mit mindestens account:read (oder „Read Only“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate it and copy the token (it starts with dop_v1_) into Plugboard; DigitalOcean shows it only once.</source>
        <extracomment>Step 3 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Erzeugen Sie es und kopieren Sie das Token (es beginnt mit dop_v1_) in Plugboard; DigitalOcean zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token</source>
        <extracomment>Label of a field in the DigitalOcean credential form, in DigitalOcean&apos;s words</extracomment>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs at least the account:read scope; it starts with dop_v1_.</source>
        <extracomment>Hint under the &quot;Personal access token&quot; field of the DigitalOcean credential form</extracomment>
        <translation>Benötigt mindestens den Scope account:read; beginnt mit dop_v1_.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Discord developer portal, choose New Application.</source>
        <extracomment>Step 1 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Wählen Sie im Discord Developer Portal „New Application“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open OAuth2 and add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 2 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Öffnen Sie „OAuth2“ und fügen Sie genau die Redirect-URI hinzu, die Plugboard anzeigt, einschließlich des Ports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Reset Secret to get a client secret.</source>
        <extracomment>Step 3 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Wählen Sie „Reset Secret“, um ein Client-Secret zu erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Kopieren Sie die Client-ID und das Client-Secret in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the application&apos;s OAuth2 page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Discord credential form</extracomment>
        <translation>Wird auf der Seite „OAuth2“ der Anwendung angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Secret</source>
        <extracomment>Label of a field in the Discord credential form, in Discord&apos;s words</extracomment>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated on the app&apos;s page. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Discord credential form</extracomment>
        <translation>Wird auf der Seite der App erzeugt. Plugboard bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your username and avatar</source>
        <extracomment>What the Discord permission &quot;identify&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Benutzernamen und Ihren Avatar lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <extracomment>What the Discord permission &quot;email&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the servers you are in</source>
        <extracomment>What the Discord permission &quot;guilds&quot; allows, shown in the permission picker</extracomment>
        <translation>Die Server sehen, auf denen Sie Mitglied sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See accounts linked to your Discord account</source>
        <extracomment>What the Discord permission &quot;connections&quot; allows, shown in the permission picker</extracomment>
        <translation>Mit Ihrem Discord-Konto verknüpfte Konten sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Dropbox App Console, choose Create app with Scoped access.</source>
        <extracomment>Step 1 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Wählen Sie in der Dropbox App Console „Create app“ mit „Scoped access“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Permissions tab, tick the scopes you plan to use and submit.</source>
        <extracomment>Step 2 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Wählen Sie auf dem Tab „Permissions“ die Scopes aus, die Sie verwenden möchten, und bestätigen Sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Settings tab, add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 3 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Fügen Sie auf dem Tab „Settings“ genau die Redirect-URI hinzu, die Plugboard anzeigt, einschließlich des Ports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the app key into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Kopieren Sie den App-Schlüssel („App key“) in Plugboard. Ein Secret wird nicht benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App key</source>
        <extracomment>Label of a field in the Dropbox credential form, in Dropbox&apos;s words</extracomment>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings tab.</source>
        <extracomment>Hint under the &quot;App key&quot; field of the Dropbox credential form</extracomment>
        <translation>Wird auf dem Tab „Settings“ der App angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your account name and email</source>
        <extracomment>What the Dropbox permission &quot;account_info.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Kontonamen und Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your files and folders</source>
        <extracomment>What the Dropbox permission &quot;files.metadata.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Dateien und Ordner auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the contents of your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Den Inhalt Ihrer Dateien lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.write&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Dateien erstellen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your sharing settings</source>
        <extracomment>What the Dropbox permission &quot;sharing.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Freigabeeinstellungen lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Settings &gt; Developer settings &gt; OAuth Apps and choose New OAuth App.</source>
        <extracomment>Step 1 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Öffnen Sie „Settings &gt; Developer settings &gt; OAuth Apps“ und wählen Sie „New OAuth App“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the authorization callback URL to the redirect URI Plugboard shows. GitHub accepts any port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Tragen Sie als „Authorization callback URL“ die Redirect-URI ein, die Plugboard anzeigt. GitHub akzeptiert jeden Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the app, then choose Generate a new client secret.</source>
        <extracomment>Step 3 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Registrieren Sie die App und wählen Sie dann „Generate a new client secret“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Kopieren Sie die Client-ID und das Client-Secret in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s page after you register it.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the GitHub credential form</extracomment>
        <translation>Wird nach der Registrierung auf der Seite der App angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile</source>
        <extracomment>What the GitHub permission &quot;read:user&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email addresses</source>
        <extracomment>What the GitHub permission &quot;user:email&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre E-Mail-Adressen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full access to your public and private repositories</source>
        <extracomment>What the GitHub permission &quot;repo&quot; allows, shown in the permission picker</extracomment>
        <translation>Vollzugriff auf Ihre öffentlichen und privaten Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to your public repositories</source>
        <extracomment>What the GitHub permission &quot;public_repo&quot; allows, shown in the permission picker</extracomment>
        <translation>Zugriff auf Ihre öffentlichen Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit your gists</source>
        <extracomment>What the GitHub permission &quot;gist&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Gists erstellen und bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update GitHub Actions workflow files</source>
        <extracomment>What the GitHub permission &quot;workflow&quot; allows, shown in the permission picker</extracomment>
        <translation>Workflow-Dateien von GitHub Actions aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In GitLab, open Preferences, then Access tokens, and choose Add new token.</source>
        <extracomment>Step 1 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Öffnen Sie in GitLab „Preferences“ und dann „Access tokens“ und wählen Sie „Add new token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a name and an expiry date, and select read_user (add api or read_api only if your tools need them).</source>
        <extracomment>Step 2 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Vergeben Sie einen Namen und ein Ablaufdatum und wählen Sie read_user (api oder read_api nur, wenn Ihre Tools sie benötigen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token (it starts with glpat-) into Plugboard; GitLab shows it only once.</source>
        <extracomment>Step 3 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Erstellen Sie es und kopieren Sie das Token (es beginnt mit glpat-) in Plugboard; GitLab zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs at least the read_user scope; it starts with glpat-.</source>
        <extracomment>Hint under the &quot;Personal access token&quot; field of the GitLab (personal access token) credential form</extracomment>
        <translation>Benötigt mindestens den Scope read_user; beginnt mit glpat-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open User settings &gt; Applications on GitLab.com and choose Add new application.</source>
        <extracomment>Step 1 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Öffnen Sie auf GitLab.com „User settings &gt; Applications“ und wählen Sie „Add new application“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the redirect URI to the one Plugboard shows and tick the scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Tragen Sie die Redirect-URI ein, die Plugboard anzeigt, und wählen Sie die Scopes aus, die Sie verwenden möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Confidential to use the app without a secret, or keep it and copy the secret too.</source>
        <extracomment>Step 3 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Deaktivieren Sie „Confidential“, um die App ohne Secret zu verwenden, oder lassen Sie es aktiviert und kopieren Sie auch das Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application and copy the application ID into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Speichern Sie die Anwendung und kopieren Sie die Anwendungs-ID in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application ID</source>
        <extracomment>Label of a field in the GitLab credential form, in GitLab&apos;s words</extracomment>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application ID shown after you save the application.</source>
        <extracomment>Hint under the &quot;Application ID&quot; field of the GitLab credential form</extracomment>
        <translation>Die Anwendungs-ID, die nach dem Speichern der Anwendung angezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed when the application is marked Confidential.</source>
        <extracomment>Hint under the &quot;Secret&quot; field of the GitLab credential form</extracomment>
        <translation>Nur nötig, wenn die Anwendung als „Confidential“ markiert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read access to the API, including groups and projects</source>
        <extracomment>What the GitLab permission &quot;read_api&quot; allows, shown in the permission picker</extracomment>
        <translation>Lesezugriff auf die API, einschließlich Gruppen und Projekten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your repositories over Git and the API</source>
        <extracomment>What the GitLab permission &quot;read_repository&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Repositorys über Git und die API lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push to your repositories over Git</source>
        <extracomment>What the GitLab permission &quot;write_repository&quot; allows, shown in the permission picker</extracomment>
        <translation>Per Git in Ihre Repositorys pushen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full read and write access to the API</source>
        <extracomment>What the GitLab permission &quot;api&quot; allows, shown in the permission picker</extracomment>
        <translation>Vollständiger Lese- und Schreibzugriff auf die API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Google Cloud Console, pick or create a project and configure the OAuth consent screen.</source>
        <extracomment>Step 1 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Wählen oder erstellen Sie in der Google Cloud Console ein Projekt und konfigurieren Sie den OAuth-Zustimmungsbildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the YouTube Data API v3 if you plan to use the YouTube scopes.</source>
        <extracomment>Step 2 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Aktivieren Sie die „YouTube Data API v3“, wenn Sie die YouTube-Scopes verwenden möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Credentials, create an OAuth client ID of type Desktop app. Desktop clients accept any 127.0.0.1 port, so no redirect URI needs to be entered.</source>
        <extracomment>Step 3 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Erstellen Sie unter „Credentials“ eine OAuth-Client-ID vom Typ „Desktop app“. Desktop-Clients akzeptieren jeden Port auf 127.0.0.1, daher muss keine Redirect-URI eingetragen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown with the Desktop app client. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Google credential form</extracomment>
        <translation>Wird beim Client „Desktop app“ angezeigt. Plugboard bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Google account signed in</source>
        <extracomment>What the Google permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Bestätigen, welches Google-Konto sich angemeldet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name and profile picture</source>
        <extracomment>What the Google permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Namen und Ihr Profilbild lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube.readonly&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr YouTube-Konto ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr YouTube-Konto verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apps whose OAuth consent screen is in Testing get 7-day refresh tokens; publishing the app lifts the limit.</source>
        <extracomment>Why Google ends sign-ins early and what lifts the limit, shown after the warning on a connection&apos;s card</extracomment>
        <translation>Apps, deren OAuth-Zustimmungsbildschirm im Status „Testing“ ist, erhalten Refresh-Tokens mit 7 Tagen Laufzeit; wenn Sie die App veröffentlichen, entfällt die Grenze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Hugging Face&apos;s Access Tokens page, choose Create new token.</source>
        <extracomment>Step 1 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Wählen Sie auf der Seite „Access Tokens“ von Hugging Face „Create new token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick Read for downloading models and datasets, or Fine-grained to limit it to the repositories you choose.</source>
        <extracomment>Step 2 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Wählen Sie „Read“, um Modelle und Datasets herunterzuladen, oder „Fine-grained“, um das Token auf ausgewählte Repositorys zu beschränken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token (it starts with hf_) into Plugboard; Hugging Face shows it only once.</source>
        <extracomment>Step 3 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Kopieren Sie das Token (es beginnt mit hf_) in Plugboard; Hugging Face zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <extracomment>Label of a field in the Hugging Face credential form, in Hugging Face&apos;s words</extracomment>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A read or fine-grained token; it starts with hf_.</source>
        <extracomment>Hint under the &quot;Access token&quot; field of the Hugging Face credential form</extracomment>
        <translation>Ein Token vom Typ „Read“ oder „Fine-grained“; beginnt mit hf_.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Microsoft Entra admin center, open App registrations and choose New registration.</source>
        <extracomment>Step 1 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Öffnen Sie im Microsoft Entra Admin Center „App registrations“ und wählen Sie „New registration“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under supported account types, pick any organizational directory and personal Microsoft accounts.</source>
        <extracomment>Step 2 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Wählen Sie unter „Supported account types“ Konten in einem beliebigen Organisationsverzeichnis und persönliche Microsoft-Konten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Mobile and desktop applications platform with the redirect URI Plugboard shows; the port is ignored for localhost.</source>
        <extracomment>Step 3 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Fügen Sie eine Plattform „Mobile and desktop applications“ mit der Redirect-URI hinzu, die Plugboard anzeigt; bei localhost wird der Port ignoriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Application (client) ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Kopieren Sie die Anwendungs-ID (Client) in Plugboard. Ein Secret wird nicht benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (client) ID</source>
        <extracomment>Label of a field in the Microsoft credential form, in Microsoft&apos;s words</extracomment>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app registration&apos;s Overview page.</source>
        <extracomment>Hint under the &quot;Application (client) ID&quot; field of the Microsoft credential form</extracomment>
        <translation>Wird auf der Seite „Overview“ der App-Registrierung angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign you in</source>
        <extracomment>What the Microsoft permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Sie anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile</source>
        <extracomment>What the Microsoft permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Basisprofil lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Microsoft account profile</source>
        <extracomment>What the Microsoft permission &quot;User.Read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Microsoft-Kontoprofil lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your OneDrive files</source>
        <extracomment>What the Microsoft permission &quot;Files.Read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre OneDrive-Dateien lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Notion&apos;s integrations page, create a new integration of type Internal for your workspace.</source>
        <extracomment>Step 1 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Erstellen Sie auf der Integrationsseite von Notion eine neue Integration vom Typ „Internal“ für Ihren Workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capabilities it needs (Read content is enough to look things up).</source>
        <extracomment>Step 2 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Wählen Sie die benötigten Fähigkeiten („Capabilities“); „Read content“ genügt, um Inhalte nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Internal Integration Secret into Plugboard, then share the pages it may use with the integration in Notion.</source>
        <extracomment>Step 3 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Kopieren Sie das „Internal Integration Secret“ in Plugboard und geben Sie dann in Notion die Seiten, die es verwenden darf, für die Integration frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal integration secret</source>
        <extracomment>Label of a field in the Notion (internal integration) credential form, in Notion (internal integration)&apos;s words</extracomment>
        <translation>Internes Integrations-Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On Notion&apos;s integrations page, create a new integration and set its type to Public.</source>
        <extracomment>Step 1 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Erstellen Sie auf der Integrationsseite von Notion eine neue Integration und setzen Sie ihren Typ auf „Public“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows and choose the capabilities it needs; Notion has no scopes to request.</source>
        <extracomment>Step 2 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Fügen Sie genau die Redirect-URI hinzu, die Plugboard anzeigt, und wählen Sie die benötigten Fähigkeiten („Capabilities“); Notion kennt keine Scopes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then copy the OAuth client ID and client secret into Plugboard.</source>
        <extracomment>Step 3 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Speichern Sie und kopieren Sie dann die OAuth-Client-ID und das Client-Secret in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth Client ID</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>On your Atlassian account&apos;s Security page, choose Create API token.</source>
        <extracomment>Step 1 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)&apos;s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)&apos;s English pages.</extracomment>
        <translation>Wählen Sie auf der Seite „Security“ Ihres Atlassian-Kontos „Create API token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it and set an expiry; the token acts with your own permissions on the site.</source>
        <extracomment>Step 2 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)&apos;s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)&apos;s English pages.</extracomment>
        <translation>Geben Sie ihm einen Namen und ein Ablaufdatum; das Token handelt mit Ihren eigenen Berechtigungen auf der Site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian takes the token together with the email you sign in with.</source>
        <extracomment>Hint under the &quot;Atlassian account email&quot; field of the Atlassian site (Jira, Confluence) credential form</extracomment>
        <translation>Atlassian nimmt das Token zusammen mit der E-Mail-Adresse entgegen, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Atlassian API token; it works on every site your account can use.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Atlassian site (Jira, Confluence) credential form</extracomment>
        <translation>Ein Atlassian-API-Token; es gilt auf jeder Site, die Ihr Konto nutzen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site address</source>
        <extracomment>Label of a field in the Add self-hosted server dialog for Atlassian site (Jira, Confluence)</extracomment>
        <translation>Adresse der Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Jira or Confluence site.</source>
        <extracomment>Hint under the &quot;Site address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Die Adresse Ihrer Jira- oder Confluence-Site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your server, open Settings, then Applications, and create a new OAuth2 application.</source>
        <extracomment>Step 1 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Öffnen Sie auf Ihrem Server „Settings“ und dann „Applications“ und erstellen Sie eine neue OAuth2-Anwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows; clear Confidential client if you keep no secret.</source>
        <extracomment>Step 2 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Fügen Sie genau die Redirect-URI hinzu, die Plugboard anzeigt; deaktivieren Sie „Confidential client“, wenn Sie kein Secret verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it, then copy the Client ID (and the Client Secret, for a confidential client) into Plugboard.</source>
        <extracomment>Step 3 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Erstellen Sie die Anwendung und kopieren Sie dann die Client-ID (und bei einem vertraulichen Client das Client-Secret) in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown after you create the OAuth2 application.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Gitea or Forgejo credential form</extracomment>
        <translation>Wird nach dem Erstellen der OAuth2-Anwendung angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a confidential client; Gitea shows it once.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Gitea or Forgejo credential form</extracomment>
        <translation>Nur für einen vertraulichen Client; Gitea zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <extracomment>Label of a field in the Add self-hosted server dialog for Gitea or Forgejo</extracomment>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address you open your Gitea or Forgejo server at.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Die Adresse, unter der Sie Ihren Gitea- oder Forgejo-Server öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your user name and profile</source>
        <extracomment>What the Gitea or Forgejo permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Benutzernamen und Ihr Profil lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your GitLab server, open Preferences, then Applications, and add a new application (an administrator can add one for the whole server under Admin, then Applications).</source>
        <extracomment>Step 1 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Öffnen Sie auf Ihrem GitLab-Server „Preferences“ und dann „Applications“ und fügen Sie eine neue Anwendung hinzu (Administratoren können unter „Admin“ und dann „Applications“ eine für den ganzen Server anlegen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows and select the scopes you want; clear Confidential if you keep no secret.</source>
        <extracomment>Step 2 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Fügen Sie genau die Redirect-URI hinzu, die Plugboard anzeigt, und wählen Sie die gewünschten Scopes aus; deaktivieren Sie „Confidential“, wenn Sie kein Secret verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then copy the Application ID (and the Secret, if confidential) into Plugboard.</source>
        <extracomment>Step 3 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Speichern Sie und kopieren Sie dann die „Application ID“ (und bei „Confidential“ auch das „Secret“) in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address you open your GitLab at.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Die Adresse, unter der Sie Ihr GitLab öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Keycloak admin console, open the {realm} realm, then Clients, and create an OpenID Connect client.</source>
        <extracomment>Step 1 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Öffnen Sie in der Keycloak-Administrationskonsole den Realm {realm} und dann „Clients“ und erstellen Sie einen OpenID-Connect-Client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on Standard flow, add the exact redirect URI Plugboard shows under Valid redirect URIs, and set PKCE to S256 under Advanced.</source>
        <extracomment>Step 2 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Aktivieren Sie „Standard flow“, fügen Sie unter „Valid redirect URIs“ genau die Redirect-URI hinzu, die Plugboard anzeigt, und setzen Sie unter „Advanced“ PKCE auf S256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Client authentication off for a public client, or turn it on and copy the secret from the Credentials tab.</source>
        <extracomment>Step 3 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Lassen Sie „Client authentication“ für einen öffentlichen Client deaktiviert, oder aktivieren Sie es und kopieren Sie das Secret vom Tab „Credentials“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s ID as you named it in the realm.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Keycloak realm credential form</extracomment>
        <translation>Die ID des Clients, wie Sie ihn im Realm benannt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <extracomment>Label of a field in the Keycloak realm credential form, in Keycloak realm&apos;s words</extracomment>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when Client authentication is on: the Credentials tab shows it.</source>
        <extracomment>Hint under the &quot;Client secret&quot; field of the Keycloak realm credential form</extracomment>
        <translation>Nur wenn „Client authentication“ aktiviert ist: Der Tab „Credentials“ zeigt es an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Keycloak server; include /auth for Keycloak 16 and older.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Die Adresse Ihres Keycloak-Servers; bei Keycloak 16 und älter mit /auth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realm</source>
        <extracomment>Label of a field in the Add self-hosted server dialog for Keycloak realm</extracomment>
        <translation>Realm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm your account lives in, as the admin console names it.</source>
        <extracomment>Hint under the &quot;Realm&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Der Realm, in dem sich Ihr Konto befindet, so wie ihn die Administrationskonsole benennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name and user name</source>
        <extracomment>What the Keycloak realm permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Namen und Benutzernamen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected after you sign out of the browser</source>
        <extracomment>What the Keycloak realm permission &quot;offline_access&quot; allows, shown in the permission picker</extracomment>
        <translation>Verbunden bleiben, nachdem Sie sich im Browser abgemeldet haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard registers itself with your server when you add it: there is no app to set up by hand.</source>
        <extracomment>Step 1 of registering an app on Mastodon. The names of Mastodon&apos;s menus and buttons stay in English, as on Mastodon&apos;s English pages.</extracomment>
        <translation>Plugboard registriert sich beim Hinzufügen selbst bei Ihrem Server: Sie müssen keine App von Hand einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Connect and approve Plugboard on your server&apos;s page; your server lists it under Authorized apps.</source>
        <extracomment>Step 2 of registering an app on Mastodon. The names of Mastodon&apos;s menus and buttons stay in English, as on Mastodon&apos;s English pages.</extracomment>
        <translation>Wählen Sie „Verbinden“ und genehmigen Sie Plugboard auf der Seite Ihres Servers; Ihr Server führt es unter „Authorized apps“ auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key</source>
        <extracomment>Label of a field in the Mastodon credential form, in Mastodon&apos;s words</extracomment>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugboard received it from your server when it registered.</source>
        <extracomment>Hint under the &quot;Client key&quot; field of the Mastodon credential form</extracomment>
        <translation>Plugboard hat ihn bei der Registrierung von Ihrem Server erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Mastodon server, such as the one in your handle @you@server.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>Die Adresse Ihres Mastodon-Servers, z. B. die aus Ihrem Handle @you@server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your posts, timelines and lists</source>
        <extracomment>What the Mastodon permission &quot;read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Beiträge, Timelines und Listen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post and change things for you</source>
        <extracomment>What the Mastodon permission &quot;write&quot; allows, shown in the permission picker</extracomment>
        <translation>In Ihrem Namen veröffentlichen und Änderungen vornehmen</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Shown on the integration&apos;s Configuration page.</source>
        <extracomment>Hint under the &quot;Internal integration secret&quot; field of the Notion (internal integration) credential form</extracomment>
        <translation>Wird auf der Seite „Configuration“ der Integration angezeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth Client Secret</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On api.slack.com/apps, choose Create New App, then From scratch.</source>
        <extracomment>Step 1 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Wählen Sie auf api.slack.com/apps „Create New App“ und dann „From scratch“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under OAuth &amp; Permissions, add the user scopes openid, profile and email, and add the exact redirect URL Plugboard shows.</source>
        <extracomment>Step 2 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Fügen Sie unter „OAuth &amp; Permissions“ die User-Scopes openid, profile und email hinzu sowie genau die Redirect-URL, die Plugboard anzeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on PKCE in the app settings; Slack accepts http://localhost redirects only for PKCE apps.</source>
        <extracomment>Step 3 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Aktivieren Sie PKCE in den App-Einstellungen; Slack akzeptiert Weiterleitungen an http://localhost nur für PKCE-Apps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID from Basic Information into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Kopieren Sie die Client-ID aus „Basic Information“ in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials on the Basic Information page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Slack credential form</extracomment>
        <translation>Wird auf der Seite „Basic Information“ unter „App Credentials“ angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty when PKCE is on. Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Slack credential form</extracomment>
        <translation>Leer lassen, wenn PKCE aktiviert ist. Wird unter „App Credentials“ angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Slack account signed in</source>
        <extracomment>What the Slack permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Bestätigen, welches Slack-Konto sich angemeldet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name, picture and workspace</source>
        <extracomment>What the Slack permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihren Namen, Ihr Bild und Ihren Workspace lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Spotify developer dashboard, choose Create app and tick Web API.</source>
        <extracomment>Step 1 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Wählen Sie im Spotify Developer Dashboard „Create app“ und haken Sie „Web API“ an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows. Spotify rejects localhost; use 127.0.0.1, any port is accepted.</source>
        <extracomment>Step 2 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Fügen Sie die Redirect-URI hinzu, die Plugboard anzeigt. Spotify lehnt localhost ab; verwenden Sie 127.0.0.1, jeder Port wird akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, open Settings and copy the client ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 3 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Speichern Sie, öffnen Sie „Settings“ und kopieren Sie die Client-ID in Plugboard. Ein Secret wird nicht benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the app&apos;s Settings on the Spotify developer dashboard.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Spotify credential form</extracomment>
        <translation>Wird im Spotify Developer Dashboard in den „Settings“ der App angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile and subscription details</source>
        <extracomment>What the Spotify permission &quot;user-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Profil und Ihre Abodetails lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your private playlists</source>
        <extracomment>What the Spotify permission &quot;playlist-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre privaten Playlists lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your saved tracks and albums</source>
        <extracomment>What the Spotify permission &quot;user-library-read&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre gespeicherten Titel und Alben lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what is playing on your devices</source>
        <extracomment>What the Spotify permission &quot;user-read-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation>Sehen, was auf Ihren Geräten abgespielt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control playback on your devices</source>
        <extracomment>What the Spotify permission &quot;user-modify-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation>Die Wiedergabe auf Ihren Geräten steuern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Twitch developer console, choose Register Your Application (two-factor authentication must be on).</source>
        <extracomment>Step 1 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Wählen Sie in der Twitch Developer Console „Register Your Application“ (die Zwei-Faktor-Authentifizierung muss aktiviert sein).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows, including the port, and set the client type to Confidential.</source>
        <extracomment>Step 2 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Fügen Sie genau die Redirect-URI hinzu, die Plugboard anzeigt, einschließlich des Ports, und setzen Sie den Client-Typ auf „Confidential“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Manage, then New Secret.</source>
        <extracomment>Step 3 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Wählen Sie „Manage“ und dann „New Secret“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the channels you follow</source>
        <extracomment>What the Twitch permission &quot;user:read:follows&quot; allows, shown in the permission picker</extracomment>
        <translation>Die Kanäle sehen, denen Sie folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See your channel subscriptions</source>
        <extracomment>What the Twitch permission &quot;user:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Kanalabonnements sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See who subscribes to your channel</source>
        <extracomment>What the Twitch permission &quot;channel:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation>Sehen, wer Ihren Kanal abonniert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:read&quot; allows, shown in the permission picker</extracomment>
        <translation>Chatnachrichten lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:edit&quot; allows, shown in the permission picker</extracomment>
        <translation>Chatnachrichten senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In your Vercel account settings, open Tokens and choose Create.</source>
        <extracomment>Step 1 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Öffnen Sie in Ihren Vercel-Kontoeinstellungen „Tokens“ und wählen Sie „Create“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it, choose the scope (your account or one team) and an expiration date.</source>
        <extracomment>Step 2 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Vergeben Sie einen Namen und wählen Sie den „Scope“ (Ihr Konto oder ein Team) und ein Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token into Plugboard; Vercel shows it only once.</source>
        <extracomment>Step 3 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Erstellen Sie es und kopieren Sie das Token in Plugboard; Vercel zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created under Account Settings, Tokens.</source>
        <extracomment>Hint under the &quot;Access token&quot; field of the Vercel credential form</extracomment>
        <translation>Wird unter „Account Settings“, „Tokens“ erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Zoom App Marketplace, choose Develop &gt; Build App and create a General App with user-managed authorization.</source>
        <extracomment>Step 1 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Wählen Sie im Zoom App Marketplace „Develop &gt; Build App“ und erstellen Sie eine „General App“ mit benutzerverwalteter Autorisierung („user-managed“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows to the OAuth redirect URL and the allow list. Zoom ignores the port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Tragen Sie die Redirect-URI, die Plugboard anzeigt, als „OAuth redirect URL“ und in der „allow list“ ein. Zoom ignoriert den Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Scopes, add the same scopes you will select in Plugboard.</source>
        <extracomment>Step 3 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Fügen Sie unter „Scopes“ dieselben Scopes hinzu, die Sie in Plugboard auswählen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and, unless the app uses public PKCE, the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Kopieren Sie die Client-ID und, sofern die App nicht öffentliches PKCE verwendet, das Client-Secret in Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Zoom credential form</extracomment>
        <translation>Wird unter „App Credentials“ angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials. Not needed for a public PKCE client.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Zoom credential form</extracomment>
        <translation>Wird unter „App Credentials“ angezeigt. Für einen öffentlichen PKCE-Client nicht nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Zoom profile</source>
        <extracomment>What the Zoom permission &quot;user:read:user&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihr Zoom-Profil lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your meetings</source>
        <extracomment>What the Zoom permission &quot;meeting:read:list_meetings&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Meetings auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meetings for you</source>
        <extracomment>What the Zoom permission &quot;meeting:write:meeting&quot; allows, shown in the permission picker</extracomment>
        <translation>Meetings für Sie erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your cloud recordings</source>
        <extracomment>What the Zoom permission &quot;cloud_recording:read:list_user_recordings&quot; allows, shown in the permission picker</extracomment>
        <translation>Ihre Cloud-Aufzeichnungen auflisten</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityDialog</name>
    <message>
        <location filename="../ui/activitydialog.cpp" line="+66"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity, newest first</source>
        <translation>Aktivität, neueste zuerst</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show events</source>
        <translation>Ereignisse anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show connection</source>
        <translation>Verbindung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show period</source>
        <translation>Zeitraum anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show all activity</source>
        <translation>Gesamte Aktivität anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check of the record</source>
        <translation>Prüfung des Protokolls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that every entry is still as Plugboard wrote it</source>
        <translation>Prüft, ob jeder Eintrag noch so ist, wie Plugboard ihn geschrieben hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing has happened to your secrets yet.

Plugboard writes down here everything that touches them: app credentials saved or removed, sign-ins, renewals and checks, every token handed to a program and who took it, access given to apps, disconnects, backups and vault unlocks. Each entry is sealed, so a change to the record shows.</source>
        <translation>Mit Ihren Geheimnissen ist noch nichts geschehen.

Plugboard hält hier alles fest, was sie berührt: gespeicherte oder entfernte App-Zugangsdaten, Anmeldungen, Erneuerungen und Prüfungen, jedes an ein Programm ausgegebene Token und wer es genommen hat, Apps gewährten Zugriff, Trennungen, Sicherungen und Entsperrungen des Tresors. Jeder Eintrag ist versiegelt, sodass eine Änderung am Protokoll sichtbar wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activity matches these filters.</source>
        <translation>Keine Aktivität entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking that the record is as Plugboard wrote it…</source>
        <translation>Es wird geprüft, ob das Protokoll so ist, wie Plugboard es geschrieben hat…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked: %1 The record can be checked once Plugboard can read your secrets.</source>
        <translation>Nicht geprüft: %1 Das Protokoll kann geprüft werden, sobald Plugboard Ihre Geheimnisse lesen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Checked: %n entry(ies), unchanged.</source>
        <translation>
            <numerusform>Geprüft: %n Eintrag, unverändert.</numerusform>
            <numerusform>Geprüft: %n Einträge, unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: nothing has been recorded yet.</source>
        <translation>Geprüft: Es wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity record cannot be checked</source>
        <translation>Das Aktivitätsprotokoll kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries are shown as they are on disk; whether someone changed them cannot be told.</source>
        <translation>Die Einträge werden so angezeigt, wie sie auf der Festplatte stehen; ob jemand sie geändert hat, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: the record&apos;s key is missing.</source>
        <translation>Nicht geprüft: Der Schlüssel des Protokolls fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed the activity record</source>
        <translation>Jemand hat das Aktivitätsprotokoll geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check failed at entry %1 (in bold below).</source>
        <translation>Prüfung bei Eintrag %1 fehlgeschlagen (unten fett).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 was left half-written when Plugboard stopped while writing it. It is not part of the record; nothing after it was lost.</source>
        <translation>Hinweis: %1 blieb halb geschrieben, als Plugboard beim Schreiben beendet wurde. Er gehört nicht zum Protokoll; nichts danach ging verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Note: %n entry(ies) wait to be signed; Plugboard signs them the next time it can read your secrets.</source>
        <translation>
            <numerusform>Hinweis: %n Eintrag wartet auf die Signatur; Plugboard signiert ihn, sobald es Ihre Geheimnisse wieder lesen kann.</numerusform>
            <numerusform>Hinweis: %n Einträge warten auf die Signatur; Plugboard signiert sie, sobald es Ihre Geheimnisse wieder lesen kann.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer what Plugboard wrote.</source>
        <translation>%1 ist nicht mehr so, wie Plugboard ihn geschrieben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is where the record breaks.</source>
        <translation>Bei %1 bricht das Protokoll ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is line %1 of %2.</source>
        <translation>Es ist Zeile %1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your secrets are not affected by this by itself: the record holds none of them. But something that can write to your files changed it, so what it says from that entry on cannot be trusted. If you did not change it yourself, look for programs on this computer you do not recognise, then disconnect and reconnect the accounts you care about so that their tokens are replaced.</source>
        <translation>Ihre Geheimnisse sind dadurch allein nicht betroffen: Das Protokoll enthält keine davon. Aber etwas, das in Ihre Dateien schreiben kann, hat es geändert, daher ist ab diesem Eintrag nicht mehr verlässlich, was darin steht. Wenn Sie es nicht selbst geändert haben, suchen Sie auf diesem Computer nach Programmen, die Sie nicht kennen, und trennen Sie dann die Konten, die Ihnen wichtig sind, und verbinden Sie sie neu, damit ihre Token ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityFlow</name>
    <message>
        <location filename="../app/gui/activityflow.cpp" line="+151"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="+81"/>
        <source>Entry %1 failed the check: it is not what Plugboard wrote.</source>
        <translation>Eintrag %1 hat die Prüfung nicht bestanden: Er ist nicht so, wie Plugboard ihn geschrieben hat.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityPresentation</name>
    <message>
        <location filename="../ui/activitypresentation.cpp" line="+31"/>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring locked</source>
        <translation>Schlüsselbund gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring refused access</source>
        <translation>Schlüsselbund hat Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials refused</source>
        <translation>App-Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This app</source>
        <translation>Diese App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line (%1)</source>
        <translation>Befehlszeile (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>waiting to be signed</source>
        <translation>wartet auf Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed later</source>
        <translation>später signiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token handed out to %1</source>
        <translation>Token an %1 ausgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By: %1</source>
        <translation>Durch: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins &amp; renewals</source>
        <translation>Anmeldungen &amp; Erneuerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens handed out</source>
        <translation>Ausgegebene Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access grants</source>
        <translation>Zugriffsfreigaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials &amp; providers</source>
        <translation>Zugangsdaten &amp; Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp; vault</source>
        <translation>Sicherung &amp; Tresor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>Plugboard::AddServerOperation</name>
    <message>
        <location filename="../core/lifecycle/addserveroperation.cpp" line="+34"/>
        <source>There is a platform called &quot;%1&quot; already. Choose another id for %2.</source>
        <translation>Es gibt bereits eine Plattform namens „%1“. Wählen Sie eine andere ID für %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ApiKeyFlow</name>
    <message>
        <location filename="../app/gui/apikeyflow.cpp" line="+47"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked the new key: it replaced the old one of %1.</source>
        <translation>Neuer Schlüssel geprüft: Er ersetzt den bisherigen Schlüssel von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppAccessFlow</name>
    <message>
        <location filename="../app/gui/appaccessflow.cpp" line="+44"/>
        <source>%1 can no longer use %2.</source>
        <translation>%1 kann %2 nicht mehr verwenden.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppCredentials</name>
    <message>
        <location filename="../core/storage/appcredentials.cpp" line="+21"/>
        <source>The saved app credentials of this platform are damaged (%1). Enter them again to replace them.</source>
        <translation>Die gespeicherten App-Zugangsdaten dieser Plattform sind beschädigt (%1). Geben Sie sie erneut ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Missing required credentials: %1</source>
        <translation>Fehlende erforderliche Zugangsdaten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation>&quot;%1&quot; hat den falschen Typ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The saved app credentials of this platform were written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or enter them again.</source>
        <translation>Die gespeicherten App-Zugangsdaten dieser Plattform wurden von einer neueren Plugboard-Version geschrieben (Format %1; diese Version liest Format %2). Aktualisieren Sie Plugboard oder geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppGrant</name>
    <message>
        <location filename="../core/storage/appgrant.cpp" line="+35"/>
        <source>&quot;%1&quot; does not name an application. Give the absolute path of its executable (for example /usr/bin/gnome-calendar), flatpak:ID or snap:NAME; `plugboard-cli grants list` shows the applications that have asked.</source>
        <translation>&quot;%1&quot; bezeichnet keine Anwendung. Geben Sie den absoluten Pfad ihrer ausführbaren Datei an (zum Beispiel /usr/bin/gnome-calendar), flatpak:ID oder snap:NAME; `plugboard-cli grants list` zeigt die Anwendungen, die bereits angefragt haben.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppSecretRequest</name>
    <message>
        <location filename="../app/dbus/appsecretrequest.cpp" line="+54"/>
        <source>This application has stored no secret &quot;%1&quot;. HasSecret tells beforehand.</source>
        <translation>Diese Anwendung hat kein Geheimnis &quot;%1&quot; gespeichert. HasSecret gibt vorher darüber Auskunft.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditEvents</name>
    <message>
        <location filename="../core/audit/auditevent.cpp" line="+68"/>
        <source>App credentials saved</source>
        <translation>App-Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials replaced</source>
        <translation>App-Zugangsdaten ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials removed</source>
        <translation>App-Zugangsdaten entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom provider added</source>
        <translation>Eigener Anbieter hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom provider removed</source>
        <translation>Eigener Anbieter entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reconnecting</source>
        <translation>Muss neu verbunden werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token handed out</source>
        <translation>Token ausgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access allowed</source>
        <translation>Zugriff erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access revoked</source>
        <translation>Zugriff entzogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup exported</source>
        <translation>Sicherung exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup imported</source>
        <translation>Sicherung importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault unlocked</source>
        <translation>Tresor entsperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong vault passphrase</source>
        <translation>Falsche Tresor-Passphrase</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditFilter</name>
    <message>
        <location filename="../core/audit/auditfilter.cpp" line="+51"/>
        <source>&quot;%1&quot; is not a time. Give a date (2026-12-01), a date and time (2026-12-01T14:30) or how long ago (30m, 12h, 7d, 2w).</source>
        <translation>„%1“ ist keine Zeitangabe. Geben Sie ein Datum (2026-12-01), Datum und Uhrzeit (2026-12-01T14:30) oder eine Zeitspanne an (30m, 12h, 7d, 2w).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no event &quot;%1&quot;. Events: %2.</source>
        <translation>Es gibt kein Ereignis „%1“. Ereignisse: %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditLog</name>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="+143"/>
        <source>Could not sign an audit entry (the trail&apos;s key is empty).</source>
        <translation>Ein Protokolleintrag konnte nicht signiert werden (der Schlüssel des Protokolls ist leer).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not create the folder %1 for the audit trail.</source>
        <translation>Der Ordner %1 für das Protokoll konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not rotate the audit trail %1.</source>
        <translation>Das Protokoll %1 konnte nicht rotiert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Could not write the audit trail %1: %2.</source>
        <translation>Das Protokoll %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditTrail</name>
    <message>
        <location filename="../core/audit/audittrail.cpp" line="+209"/>
        <source>The trail&apos;s key is not in the secret store, so its entries cannot be checked. Was the keyring reset, or the secrets moved without it?</source>
        <translation>Der Schlüssel des Protokolls ist nicht im Geheimnisspeicher, daher können seine Einträge nicht geprüft werden. Wurde der Schlüsselbund zurückgesetzt oder wurden die Geheimnisse ohne ihn verschoben?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit trail&apos;s key in the secret store is damaged.</source>
        <translation>Der Schlüssel des Protokolls im Geheimnisspeicher ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditVerifier</name>
    <message>
        <location filename="../core/audit/auditverifier.cpp" line="+58"/>
        <source>Entry %1 comes before entry %2: the order of the trail was changed.</source>
        <translation>Eintrag %1 steht vor Eintrag %2: Die Reihenfolge des Protokolls wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 comes after entry %2: it was moved or copied.</source>
        <translation>Eintrag %1 steht nach Eintrag %2: Er wurde verschoben oder kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 is missing before entry %2: it was removed.</source>
        <translation>Eintrag %1 fehlt vor Eintrag %2: Er wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries %1 to %2 are missing before entry %3: they were removed.</source>
        <translation>Die Einträge %1 bis %2 fehlen vor Eintrag %3: Sie wurden entfernt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry %1 does not match its MAC: it was changed after it was written, or the trail&apos;s key was replaced.</source>
        <translation>Eintrag %1 passt nicht zu seinem MAC: Er wurde nach dem Schreiben geändert, oder der Schlüssel des Protokolls wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuthorizationSession</name>
    <message>
        <location filename="../core/oauth/authorizationsession.cpp" line="+155"/>
        <source>This sign-in to %1 is not waiting for the browser any more.</source>
        <translation>Diese Anmeldung bei %1 wartet nicht mehr auf den Browser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation>Das Verbinden mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 sent the browser back without an authorization code. Connect again to try once more.</source>
        <translation>%1 hat den Browser ohne Autorisierungscode zurückgeschickt. Verbinden Sie sich erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back from %1 within %2. If %1 showed an error page, check the client ID and that %3 is registered as a redirect URI; then connect again.</source>
        <translation>Der Browser ist nicht innerhalb von %2 von %1 zurückgekehrt. Falls %1 eine Fehlerseite angezeigt hat, prüfen Sie die Client-ID und ob %3 als Redirect-URI registriert ist; verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuthorizeRequest</name>
    <message>
        <location filename="../app/dbus/authorizerequest.cpp" line="+32"/>
        <source>Plugboard knows no platform &quot;%1&quot;. `plugboard-cli providers` lists them.</source>
        <translation>Plugboard kennt keine Plattform &quot;%1&quot;. `plugboard-cli providers` listet alle Plattformen auf.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is connected with an API key, which only you can give: connect it in Plugboard&apos;s window, then ask again.</source>
        <translation>%1 wird mit einem API-Schlüssel verbunden, den nur Sie angeben können: Verbinden Sie %1 im Plugboard-Fenster und fragen Sie dann erneut an.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AutostartEntry</name>
    <message>
        <location filename="../core/settings/autostartentry.cpp" line="+112"/>
        <source>Plugboard could not remove %1, so it still starts when you log in. Check that the folder is writable, or remove the file yourself.</source>
        <translation>Plugboard konnte %1 nicht entfernen und startet daher weiterhin bei Ihrer Anmeldung. Prüfen Sie, ob der Ordner beschreibbar ist, oder entfernen Sie die Datei selbst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plugboard could not write %1, so it will not start when you log in. Check that the folder %2 is writable.</source>
        <translation>Plugboard konnte %1 nicht schreiben und startet daher nicht bei Ihrer Anmeldung. Prüfen Sie, ob der Ordner %2 beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupConflictDialog</name>
    <message>
        <location filename="../ui/backupconflictdialog.cpp" line="+22"/>
        <source>Already here</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) of the backup exist here already. Tick what the backup&apos;s copy should replace; the rest stays as it is here. Everything else in the backup is restored.</source>
        <translation>
            <numerusform>%n Element der Sicherung ist hier bereits vorhanden. Haken Sie an, was die Kopie aus der Sicherung ersetzen soll; der Rest bleibt, wie er hier ist. Alles andere aus der Sicherung wird wiederhergestellt.</numerusform>
            <numerusform>%n Elemente der Sicherung sind hier bereits vorhanden. Haken Sie an, was die Kopie aus der Sicherung ersetzen soll; der Rest bleibt, wie er hier ist. Alles andere aus der Sicherung wird wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep all</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupDocument</name>
    <message>
        <location filename="../core/backup/backupdocument.cpp" line="+239"/>
        <source>%1 opened with this passphrase, but Plugboard cannot read what it holds (%2). Nothing was changed.</source>
        <translation>%1 wurde mit dieser Passphrase geöffnet, aber Plugboard kann den Inhalt nicht lesen (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no backup format number</source>
        <translation>keine Formatnummer der Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by a newer Plugboard (backup format %2; this version reads format %3). Update Plugboard to import it. Nothing was changed.</source>
        <translation>%1 wurde von einer neueren Plugboard-Version erstellt (Sicherungsformat %2; diese Version liest Format %3). Aktualisieren Sie Plugboard, um sie zu importieren. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupExport</name>
    <message>
        <location filename="../core/backup/backupexport.cpp" line="+88"/>
        <source>Plugboard could not read the custom provider %1: %2. Check its permissions; no backup was written.</source>
        <translation>Plugboard konnte den eigenen Anbieter %1 nicht lesen: %2. Prüfen Sie seine Berechtigungen; es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plugboard could not read %1 for the backup: %2 No backup was written.</source>
        <translation>Plugboard konnte %1 für die Sicherung nicht lesen: %2 Es wurde keine Sicherung geschrieben.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupFile</name>
    <message>
        <location filename="../core/backup/backupfile.cpp" line="+47"/>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Die Datei %1 gibt es nicht. Prüfen Sie den Namen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a backup file. Give the backup file&apos;s name.</source>
        <translation>%1 ist ein Ordner, keine Sicherungsdatei. Geben Sie den Namen der Sicherungsdatei an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is far larger than a Plugboard backup can be. Nothing was changed.</source>
        <translation>%1 ist viel größer, als eine Plugboard-Sicherung sein kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Plugboard konnte %1 nicht lesen: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard could not write the backup %1: %2. Choose a folder you can write to, with free space.</source>
        <translation>Plugboard konnte die Sicherung %1 nicht schreiben: %2. Wählen Sie einen beschreibbaren Ordner mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder does not exist</source>
        <translation>ihr Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupFlow</name>
    <message>
        <location filename="../app/gui/backupflow.cpp" line="+45"/>
        <source>Plugboard is still busy with a backup. Try again when it is done.</source>
        <translation>Plugboard ist noch mit einer Sicherung beschäftigt. Versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Plugboard backups (*.pbbackup);;All files (*)</source>
        <translation>Plugboard-Sicherungen (*.pbbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose a passphrase for the backup</source>
        <translation>Wählen Sie eine Passphrase für die Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 will hold your tokens, app credentials and the secrets apps keep with Plugboard, encrypted with this passphrase. Nobody can recover a forgotten passphrase: keep it somewhere safe, apart from the file.</source>
        <translation>Die Sicherung %1 enthält Ihre Token, App-Zugangsdaten und die Geheimnisse, die Apps bei Plugboard ablegen, verschlüsselt mit dieser Passphrase. Eine vergessene Passphrase kann niemand wiederherstellen: Bewahren Sie sie sicher und getrennt von der Datei auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the encrypted backup %1…</source>
        <translation>Verschlüsselte Sicherung %1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). Keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Verschlüsselte Sicherung %1 geschrieben (%n Element). Bewahren Sie sie und ihre Passphrase sicher auf.</numerusform>
            <numerusform>Verschlüsselte Sicherung %1 geschrieben (%n Elemente). Bewahren Sie sie und ihre Passphrase sicher auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase the backup %1 was made with. Plugboard restores what it holds; for what you have here already, it asks you first.</source>
        <translation>Geben Sie die Passphrase ein, mit der die Sicherung %1 erstellt wurde. Plugboard stellt ihren Inhalt wieder her; bei allem, was hier bereits vorhanden ist, fragt es Sie zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the backup %1…</source>
        <translation>Sicherung %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Diese Passphrase ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported the backup %1: %n item(s) restored.</source>
        <translation>
            <numerusform>Sicherung %1 importiert: %n Element wiederhergestellt.</numerusform>
            <numerusform>Sicherung %1 importiert: %n Elemente wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupImport</name>
    <message numerus="yes">
        <location filename="../core/backup/backupimport.cpp" line="+157"/>
        <source>%n item(s) of the backup could not be restored; the others were. The first: %1: %2</source>
        <translation>
            <numerusform>%n Element der Sicherung konnte nicht wiederhergestellt werden; die anderen schon. Das erste: %1: %2</numerusform>
            <numerusform>%n Elemente der Sicherung konnten nicht wiederhergestellt werden; die anderen schon. Das erste: %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupItem</name>
    <message>
        <location filename="../core/backup/backupitem.cpp" line="+31"/>
        <source>custom provider %1</source>
        <translation>eigener Anbieter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom provider %1 (%2)</source>
        <translation>eigener Anbieter %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app credentials of %1</source>
        <translation>App-Zugangsdaten von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secret %1… of the application %2</source>
        <translation>Geheimnis %1… der Anwendung %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupRestore</name>
    <message>
        <location filename="../core/backup/backuprestore.cpp" line="+91"/>
        <source>The backup&apos;s record of %1 names another id, %2; it was not restored.</source>
        <translation>Der Eintrag der Sicherung zu %1 nennt eine andere ID, %2; er wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The backup does not hold this item.</source>
        <translation>Die Sicherung enthält dieses Element nicht.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupResultDialog</name>
    <message>
        <location filename="../ui/backupresultdialog.cpp" line="+19"/>
        <source>Backup imported</source>
        <translation>Sicherung importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restored %n item(s) from the backup.</source>
        <translation>
            <numerusform>%n Element aus der Sicherung wiederhergestellt.</numerusform>
            <numerusform>%n Elemente aus der Sicherung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored %n item(s) from the backup. Some could not be restored; see why below.</source>
        <translation>
            <numerusform>%n Element aus der Sicherung wiederhergestellt. Einige konnten nicht wiederhergestellt werden; die Gründe stehen unten.</numerusform>
            <numerusform>%n Elemente aus der Sicherung wiederhergestellt. Einige konnten nicht wiederhergestellt werden; die Gründe stehen unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the import did</source>
        <translation>Was der Import getan hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept as it was here</source>
        <translation>Wie hier vorhanden behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupSettings</name>
    <message>
        <location filename="../core/backup/backupsettings.cpp" line="+62"/>
        <source>Plugboard does not restore this setting from a backup.</source>
        <translation>Plugboard stellt diese Einstellung nicht aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1. Check that the folder is writable.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BrowserCheck</name>
    <message>
        <location filename="../core/diagnosis/browsercheck.cpp" line="+82"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>xdg-open or xdg-mime is not installed: Plugboard cannot open sign-in pages.</source>
        <translation>xdg-open oder xdg-mime ist nicht installiert: Plugboard kann keine Anmeldeseiten öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install xdg-utils (sudo apt install xdg-utils); until then, connect with plugboard-cli connect --no-browser and open the printed address yourself.</source>
        <translation>Installieren Sie xdg-utils (sudo apt install xdg-utils); verbinden Sie sich bis dahin mit plugboard-cli connect --no-browser und öffnen Sie die ausgegebene Adresse selbst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No default browser is set for %1 addresses.</source>
        <translation>Für %1-Adressen ist kein Standardbrowser festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default browser for %1 addresses, %2, has no desktop file.</source>
        <translation>Der Standardbrowser für %1-Adressen, %2, hat keine Desktop-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default browser for %1 addresses, %2, runs %3, which is not installed.</source>
        <translation>Der Standardbrowser für %1-Adressen, %2, führt %3 aus, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a default web browser in your desktop&apos;s settings (or run xdg-settings set default-web-browser firefox.desktop); until then, connect with plugboard-cli connect --no-browser.</source>
        <translation>Wählen Sie in den Einstellungen Ihrer Arbeitsumgebung einen Standard-Webbrowser (oder führen Sie xdg-settings set default-web-browser firefox.desktop aus); verbinden Sie sich bis dahin mit plugboard-cli connect --no-browser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xdg-open opens web addresses with %1.</source>
        <translation>xdg-open öffnet Webadressen mit %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusOptions</name>
    <message>
        <location filename="../app/dbus/busoptions.cpp" line="+53"/>
        <source>The option &quot;interactive&quot; must be a boolean (b).</source>
        <translation>Die Option &quot;interactive&quot; muss ein boolescher Wert (b) sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option &quot;min_validity&quot; must be a number of seconds (u) from 0 to %1.</source>
        <translation>Die Option &quot;min_validity&quot; muss eine Anzahl Sekunden (u) von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option &quot;%1&quot;. This method takes %2.</source>
        <translation>Unbekannte Option &quot;%1&quot;. Diese Methode akzeptiert %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusRequest</name>
    <message>
        <location filename="../app/dbus/busrequest.cpp" line="+100"/>
        <source>%1 has no access to %2. Allow it in Plugboard when it asks, or run `plugboard-cli grants allow %3 %2`.</source>
        <translation>%1 hat keinen Zugriff auf %2. Erlauben Sie den Zugriff in Plugboard, wenn danach gefragt wird, oder führen Sie `plugboard-cli grants allow %3 %2` aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody answered whether %1 may use %2, so it was refused. Ask again when someone is at the computer.</source>
        <translation>Niemand hat beantwortet, ob %1 auf %2 zugreifen darf, daher wurde der Zugriff verweigert. Fragen Sie erneut an, wenn jemand am Computer ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>a new connection</source>
        <translation>eine neue Verbindung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You refused %1 access to %2.</source>
        <translation>Sie haben %1 den Zugriff auf %2 verweigert.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusService</name>
    <message>
        <location filename="../app/dbus/busservice.cpp" line="+56"/>
        <source>Other applications cannot use your connections: the session bus is not reachable (%1).</source>
        <translation>Andere Anwendungen können Ihre Verbindungen nicht nutzen: Der Sitzungsbus ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other applications cannot use your connections: the D-Bus object could not be registered.</source>
        <translation>Andere Anwendungen können Ihre Verbindungen nicht nutzen: Das D-Bus-Objekt konnte nicht registriert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other applications cannot use your connections through this window: another program already serves %1.</source>
        <translation>Andere Anwendungen können Ihre Verbindungen nicht über dieses Fenster nutzen: Ein anderes Programm stellt %1 bereits bereit.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CallerApplication</name>
    <message>
        <location filename="../core/access/callerapplication.cpp" line="+89"/>
        <source>Plugboard could not tell which program is asking (process %1 has ended or cannot be inspected), so it hands out nothing.</source>
        <translation>Plugboard konnte nicht feststellen, welches Programm anfragt (Prozess %1 ist beendet oder kann nicht untersucht werden), daher gibt es nichts heraus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 running %2</source>
        <translation>%2 (über %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (Snap)</source>
        <translation>%1 (Snap)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (Flatpak)</source>
        <translation>%1 (Flatpak)</translation>
    </message>
</context>
<context>
    <name>Plugboard::CallerLookup</name>
    <message>
        <location filename="../app/dbus/callerlookup.cpp" line="+44"/>
        <source>Plugboard could not tell which program is asking, so it hands out nothing.</source>
        <translation>Plugboard konnte nicht feststellen, welches Programm anfragt, daher gibt es nichts heraus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plugboard serves the programs of its own user only.</source>
        <translation>Plugboard bedient nur die Programme seines eigenen Benutzers.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CardBoard</name>
    <message>
        <location filename="../ui/cardboard.cpp" line="+55"/>
        <source>%1 will end this sign-in on %2. Reconnect before then.</source>
        <translation>%1 beendet diese Anmeldung am %2. Verbinden Sie sich vorher erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ends sign-ins unused for %2 days: this one on %3. Use it or check it before then.</source>
        <translation>%1 beendet Anmeldungen, die %2 Tage nicht genutzt wurden: diese am %3. Nutzen oder prüfen Sie sie vorher.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Filter by platform, account or state (Ctrl+F)</source>
        <translation>Nach Plattform, Konto oder Zustand filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort connections</source>
        <translation>Verbindungen sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention first</source>
        <translation>Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortieren:</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Connects with an API key</source>
        <translation>Verbindet sich mit einem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>App credentials saved</source>
        <translation>App-Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not granted yet: %1. Reconnect to approve.</source>
        <translation>Noch nicht gewährt: %1. Verbinden Sie sich neu, um zuzustimmen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>App credentials saved (client ID %1)</source>
        <translation>App-Zugangsdaten gespeichert (Client-ID %1)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>More platforms (%1)</source>
        <translation>Weitere Plattformen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection matches &apos;%1&apos;</source>
        <translation>Keine Verbindung passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/auditcommand.cpp" line="+70"/>
        <source>Prints JSON for programs.</source>
        <translation>Gibt JSON für Programme aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries since WHEN: 2026-12-01, 2026-12-01T14:30, 12h, 7d.</source>
        <translation>Nur Einträge seit WHEN: 2026-12-01, 2026-12-01T14:30, 12h, 7d.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only entries about CONNECTION (github/42), or a platform and its connections (github).</source>
        <translation>Nur Einträge zu CONNECTION (github/42) oder zu einer Plattform und ihren Verbindungen (github).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only EVENT (token.handed_out) or a group of events (token).</source>
        <translation>Nur EVENT (token.handed_out) oder eine Gruppe von Ereignissen (token).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows what happened to your secrets and who took tokens; `verify` checks that nobody changed the record.</source>
        <translation>Zeigt, was mit Ihren Geheimnissen geschehen ist und wer Token genommen hat; `verify` prüft, ob niemand das Protokoll geändert hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks the record&apos;s chain instead of printing it.</source>
        <translation>Prüft die Kette des Protokolls, statt es auszugeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use `plugboard-cli audit %1`.</source>
        <translation>Verwenden Sie `plugboard-cli audit %1`.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Note: %1 was left half-written (a crash while writing); it is not part of the chain.</source>
        <translation>Hinweis: %1 blieb halb geschrieben (Absturz beim Schreiben); er gehört nicht zur Kette.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(ies) wait to be signed: the next command that reads your secrets signs them.</source>
        <translation>
            <numerusform>%n Eintrag wartet auf die Signatur: Der nächste Befehl, der Ihre Geheimnisse liest, signiert ihn.</numerusform>
            <numerusform>%n Einträge warten auf die Signatur: Der nächste Befehl, der Ihre Geheimnisse liest, signiert sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 line %2)</source>
        <translation> (%1 Zeile %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail was tampered with at entry %1%2: %3</source>
        <translation>Das Protokoll wurde bei Eintrag %1%2 manipuliert: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The audit trail holds: %n entry(ies) checked, none changed, missing or moved.</source>
        <translation>
            <numerusform>Das Protokoll ist intakt: %n Eintrag geprüft, keiner geändert, fehlend oder verschoben.</numerusform>
            <numerusform>Das Protokoll ist intakt: %n Einträge geprüft, keiner geändert, fehlend oder verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/commands/backupcommand.cpp" line="+43"/>
        <source>Reads the backup&apos;s passphrase from standard input, as one line.</source>
        <translation>Liest die Passphrase der Sicherung als eine Zeile von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With import: what exists here already is replaced by the backup&apos;s copy.</source>
        <translation>Mit import: Was hier bereits vorhanden ist, wird durch die Kopie aus der Sicherung ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With import: what exists here already is kept; the rest is restored.</source>
        <translation>Mit import: Was hier bereits vorhanden ist, wird behalten; der Rest wird wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints JSON for programs.</source>
        <translation>Gibt JSON für Programme aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves providers, credentials, connections with their tokens, grants and settings in one encrypted file, or restores them from it.</source>
        <translation>Speichert Anbieter, Zugangsdaten, Verbindungen mit ihren Token, Zugriffe und Einstellungen in einer verschlüsselten Datei oder stellt sie daraus wieder her.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export or import.</source>
        <translation>export oder import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file to write or read.</source>
        <translation>Die zu schreibende oder zu lesende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use `plugboard-cli backup %1`.</source>
        <translation>Verwenden Sie `plugboard-cli backup %1`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New passphrase for the backup %1:</source>
        <translation>Neue Passphrase für die Sicherung %1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. No backup was written.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1 is set: this backup&apos;s key derivation is weak, for tests only.</source>
        <translation>Warnung: %1 ist gesetzt: Die Schlüsselableitung dieser Sicherung ist schwach, nur für Tests.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). It holds your tokens and secrets: keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Verschlüsselte Sicherung %1 geschrieben (%n Element). Sie enthält Ihre Token und Geheimnisse: Bewahren Sie sie und ihre Passphrase sicher auf.</numerusform>
            <numerusform>Verschlüsselte Sicherung %1 geschrieben (%n Elemente). Sie enthält Ihre Token und Geheimnisse: Bewahren Sie sie und ihre Passphrase sicher auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase of the backup %1:</source>
        <translation>Passphrase der Sicherung %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n item(s) of the backup exist here already: %1. Run the import again with --replace to take the backup&apos;s copies, or with --keep to keep what is here (what is new is restored either way). Nothing was imported.</source>
        <translation>
            <numerusform>%n Element der Sicherung ist hier bereits vorhanden: %1. Führen Sie den Import erneut mit --replace aus, um die Kopien aus der Sicherung zu übernehmen, oder mit --keep, um das Vorhandene zu behalten (Neues wird in beiden Fällen wiederhergestellt). Es wurde nichts importiert.</numerusform>
            <numerusform>%n Elemente der Sicherung sind hier bereits vorhanden: %1. Führen Sie den Import erneut mit --replace aus, um die Kopien aus der Sicherung zu übernehmen, oder mit --keep, um das Vorhandene zu behalten (Neues wird in beiden Fällen wiederhergestellt). Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exists here already. Replace it with the backup&apos;s copy? r = replace, k = keep, R = replace all, K = keep all [k]:</source>
        <translation>%1 ist hier bereits vorhanden. Durch die Kopie aus der Sicherung ersetzen? r = ersetzen, k = behalten, R = alle ersetzen, K = alle behalten [k]:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1 as it is here</source>
        <translation>%1 wie hier vorhanden behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not restored: %1: %2</source>
        <translation>Nicht wiederhergestellt: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %1: %n item(s) restored.</source>
        <translation>
            <numerusform>%1 importiert: %n Element wiederhergestellt.</numerusform>
            <numerusform>%1 importiert: %n Elemente wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/commands/checkcommand.cpp" line="+13"/>
        <source>Checks every connection.</source>
        <translation>Prüft jede Verbindung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirms with the platform that a connection works, and records the outcome.</source>
        <translation>Lässt die Plattform bestätigen, dass eine Verbindung funktioniert, und hält das Ergebnis fest.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name one CONNECTION or use --all, not both. Use `plugboard-cli check CONNECTION` or `plugboard-cli check --all`.</source>
        <translation>Nennen Sie eine VERBINDUNG oder verwenden Sie --all, nicht beides. Verwenden Sie `plugboard-cli check VERBINDUNG` oder `plugboard-cli check --all`.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No connections to check.</source>
        <translation>Keine Verbindungen zu prüfen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no way to check a token without using it; the stored token of %2 has not expired. Use it, and Plugboard renews or flags it when the platform refuses it.</source>
        <translation>%1 bietet keine Möglichkeit, ein Token zu prüfen, ohne es zu verwenden; das gespeicherte Token von %2 ist nicht abgelaufen. Verwenden Sie es; lehnt die Plattform es ab, erneuert Plugboard es oder markiert es als fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+32"/>
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
        <location line="+6"/>
        <source>
CONNECTION is the platform id when it has one account (github), else PLATFORM/ACCOUNT with the account&apos;s id or name (github/octocat).

Run `plugboard-cli COMMAND --help` for a command&apos;s options.

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
CONNECTION ist die Plattform-ID, wenn es nur ein Konto gibt (github), sonst PLATTFORM/KONTO mit der ID oder dem Namen des Kontos (github/octocat).

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
        <location line="+48"/>
        <source>%1 would put a secret on the command line, where other users and your shell history can read it. Pipe it in instead, e.g. `--client-secret-stdin`.</source>
        <translation>%1 würde ein Geheimnis in die Befehlszeile schreiben, wo andere Benutzer und Ihr Shell-Verlauf es lesen können. Übergeben Sie es stattdessen über eine Pipe, z. B. mit `--client-secret-stdin`.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command &quot;%1&quot;. Run `plugboard-cli --help` to list the commands.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Führen Sie `plugboard-cli --help` aus, um die Befehle aufzulisten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1. Run `plugboard-cli %2 --help` for its options.</source>
        <translation>%1. Die Optionen zeigt `plugboard-cli %2 --help`.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Missing %1. Use `%2`.</source>
        <translation>%1 fehlt. Verwenden Sie `%2`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many arguments. Use `%1`.</source>
        <translation>Zu viele Argumente. Verwenden Sie `%1`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CliPassphraseProvider</name>
    <message>
        <location filename="../app/cli/clipassphraseprovider.cpp" line="+34"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Falsche Passphrase für den Tresor %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of the vault %1:</source>
        <translation>Passphrase des Tresors %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No passphrase on standard input: give it as one line.</source>
        <translation>Keine Passphrase in der Standardeingabe: Geben Sie sie als eine Zeile ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Eine leere Passphrase ist nicht zulässig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is locked, and there is no terminal to ask for its passphrase. Set %1 to a command that prints it, or run the command in a terminal.</source>
        <translation>Der Tresor ist gesperrt, und es gibt kein Terminal, um nach seiner Passphrase zu fragen. Setzen Sie %1 auf einen Befehl, der sie ausgibt, oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The passphrase is too short: use at least %n characters. Nothing was changed.</source>
        <translation>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen. Es wurde nichts geändert.</numerusform>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed (exit status %2), so Plugboard has no passphrase for the vault.</source>
        <translation>%1 ist fehlgeschlagen (Exit-Status %2), daher hat Plugboard keine Passphrase für den Tresor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed nothing, so Plugboard has no passphrase for the vault.</source>
        <translation>%1 hat nichts ausgegeben, daher hat Plugboard keine Passphrase für den Tresor.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConfigCommand</name>
    <message>
        <location filename="../app/cli/commands/configcommand.cpp" line="+28"/>
        <source>With list: prints one JSON object of keys and values, for programs.</source>
        <translation>Mit list: gibt ein JSON-Objekt mit Schlüsseln und Werten für Programme aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows and changes Plugboard&apos;s settings: %1.</source>
        <translation>Zeigt und ändert die Einstellungen von Plugboard: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting, with get and set:</source>
        <translation>Die Einstellung, bei get und set:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user&apos;s password: `set` reads it at a prompt or from standard input, never as VALUE, and an empty one removes it; `get` says whether one is stored</source>
        <translation>Das Passwort des Proxy-Benutzers: `set` liest es an einer Eingabeaufforderung oder von der Standardeingabe, nie als VALUE, und ein leeres entfernt es; `get` sagt, ob eines gespeichert ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>get, set or list.</source>
        <translation>get, set oder list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its new value, with set.</source>
        <translation>Ihr neuer Wert, bei set.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxy password is never taken as an argument: other users can read command lines, and shells keep them. Run `plugboard-cli config set %1` and type it, or pipe it in.</source>
        <translation>Das Proxy-Passwort wird nie als Argument angenommen: andere Benutzer können Befehlszeilen lesen, und Shells speichern sie. Führen Sie `plugboard-cli config set %1` aus und tippen Sie es ein, oder leiten Sie es per Pipe weiter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use `plugboard-cli config %1`.</source>
        <translation>Verwenden Sie `plugboard-cli config %1`.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change one with `plugboard-cli config set KEY VALUE`; `plugboard-cli config --help` describes them.</source>
        <translation>Ändern Sie eine mit `plugboard-cli config set KEY VALUE`; `plugboard-cli config --help` beschreibt sie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The proxy setting names no user, so no password is sent. Name one first: `plugboard-cli config set proxy http://USER@HOST:PORT`.</source>
        <translation>Die Proxy-Einstellung nennt keinen Benutzer, daher wird kein Passwort gesendet. Nennen Sie zuerst einen: `plugboard-cli config set proxy http://USER@HOST:PORT`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password of %1 for the proxy %2:</source>
        <translation>Passwort von %1 für den Proxy %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the proxy password.</source>
        <translation>Das Proxy-Passwort wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored the proxy password in the secret store.</source>
        <translation>Das Proxy-Passwort wurde im Geheimnisspeicher abgelegt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectCommand</name>
    <message>
        <location filename="../app/cli/commands/connectcommand.cpp" line="+19"/>
        <source>Only prints the URL to open; opens no browser. When the browser runs on another computer, paste the address it ends on here.</source>
        <translation>Gibt nur die zu öffnende URL aus; öffnet keinen Browser. Wenn der Browser auf einem anderen Computer läuft, fügen Sie hier die Adresse ein, bei der er am Ende landet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in with a code approved on another device (a phone, any computer): prints the address and the code, and a QR code on a terminal.</source>
        <translation>Meldet sich mit einem Code an, der auf einem anderen Gerät (einem Telefon, einem beliebigen Computer) bestätigt wird: gibt die Adresse und den Code aus, im Terminal auch einen QR-Code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For platforms that use API keys: reads the key from standard input (or asks, hidden, on a terminal).</source>
        <translation>Für Plattformen mit API-Schlüsseln: Liest den Schlüssel von der Standardeingabe (oder fragt im Terminal verdeckt danach).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For API keys sent with a username (such as an email): the username.</source>
        <translation>Für API-Schlüssel, die mit einem Benutzernamen (z. B. einer E-Mail-Adresse) gesendet werden: der Benutzername.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Sekunden, die auf den Browser gewartet wird (Standard: 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes to ask for, space-separated, instead of the defaults.</source>
        <translation>Anzufordernde Scopes, durch Leerzeichen getrennt, anstelle der Standard-Scopes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connects an account: sign in through the browser (or give an API key); the tokens go to the keyring.</source>
        <translation>Verbindet ein Konto: Anmeldung über den Browser (oder mit einem API-Schlüssel); die Tokens werden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform id, e.g. github.</source>
        <translation>Plattform-ID, z. B. github.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use `connect PLATFORM [--timeout SECONDS]` with a positive timeout.</source>
        <translation>Verwenden Sie `connect PLATFORM [--timeout SECONDS]` mit einer positiven Zeitüberschreitung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>API key for %1 (create one at %2):</source>
        <translation>API-Schlüssel für %1 (erstellen Sie einen unter %2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--device signs in to a platform&apos;s OAuth app with a code approved on another device; it does not go with --no-browser or with API keys.</source>
        <translation>--device meldet sich bei der OAuth-App einer Plattform mit einem Code an, der auf einem anderen Gerät bestätigt wird; es lässt sich nicht mit --no-browser oder mit API-Schlüsseln kombinieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 signs in through the browser; --api-key-stdin and --username are for platforms that use API keys. Run `plugboard-cli connect %2`.</source>
        <translation>%1 meldet Sie über den Browser an; --api-key-stdin und --username gelten nur für Plattformen mit API-Schlüsseln. Führen Sie `plugboard-cli connect %2` aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes the API key alone; leave out --username.</source>
        <translation>%1 erwartet nur den API-Schlüssel; lassen Sie --username weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sends the API key with your %2: give it with --username NAME.</source>
        <translation>%1 sendet den API-Schlüssel zusammen mit „%2“: Geben Sie diesen Wert mit --username NAME an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in to %1 in your browser. If it did not open, open the URL above.</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 an. Falls er sich nicht geöffnet hat, öffnen Sie die obige URL.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the URL above in a browser and sign in to %1. If that browser runs on another computer, it ends on an address starting with %2 that does not load: copy that whole address from its address bar and paste it here.</source>
        <translation>Öffnen Sie die obige URL in einem Browser und melden Sie sich bei %1 an. Wenn dieser Browser auf einem anderen Computer läuft, landet er am Ende auf einer Adresse, die mit %2 beginnt und nicht lädt: Kopieren Sie diese vollständige Adresse aus seiner Adressleiste und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>If %1 shows an error instead of a sign-in page, check the client ID (`plugboard-cli credentials show`) and the redirect URI (`plugboard-cli redirect-uri`).</source>
        <translation>Falls %1 statt einer Anmeldeseite einen Fehler anzeigt, prüfen Sie die Client-ID (`plugboard-cli credentials show`) und die Redirect-URI (`plugboard-cli redirect-uri`).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectionArgument</name>
    <message>
        <location filename="../app/cli/connectionargument.cpp" line="+12"/>
        <source>PLATFORM, or PLATFORM/ACCOUNT when it has several accounts.</source>
        <translation>PLATTFORM, oder PLATTFORM/KONTO, wenn es mehrere Konten gibt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no connection &quot;%1&quot;, and no platform called &quot;%2&quot;. Run `plugboard-cli list` to see the connections and `plugboard-cli providers` to see the platforms.</source>
        <translation>Es gibt weder eine Verbindung „%1“ noch eine Plattform namens „%2“. `plugboard-cli list` zeigt die Verbindungen, `plugboard-cli providers` die Plattformen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no connection &quot;%1&quot;. Run `plugboard-cli list` to see the connections, or `plugboard-cli connect %2` to add one.</source>
        <translation>Es gibt keine Verbindung „%1“. `plugboard-cli list` zeigt die Verbindungen, `plugboard-cli connect %2` fügt eine hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; matches %2 connections; name one of them:
%3</source>
        <translation>„%1“ passt zu %2 Verbindungen; nennen Sie eine davon:
%3</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CredentialsCommand</name>
    <message>
        <location filename="../app/cli/commands/credentialscommand.cpp" line="+18"/>
        <source>The OAuth client id (not a secret).</source>
        <translation>Die OAuth-Client-ID (kein Geheimnis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the client secret from standard input (or asks, hidden, on a terminal).</source>
        <translation>Liest das Client-Secret von der Standardeingabe (oder fragt im Terminal verdeckt danach).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanges codes through your team&apos;s server, which holds the client secret (empty: none).</source>
        <translation>Tauscht Codes über den Server Ihres Teams ein, der das Client-Secret verwahrt (leer: keiner).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stores, shows (masked) or removes a platform&apos;s app credentials in the keyring.</source>
        <translation>Speichert die App-Zugangsdaten einer Plattform im Schlüsselbund, zeigt sie (maskiert) an oder entfernt sie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, show or remove.</source>
        <translation>set, show oder remove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform id, e.g. github.</source>
        <translation>Plattform-ID, z. B. github.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use `credentials set|show|remove PLATFORM`.</source>
        <translation>Verwenden Sie `credentials set|show|remove PLATFORM`.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no app credentials: it uses API keys. Connect with one: `plugboard-cli connect %2 --api-key-stdin`.</source>
        <translation>%1 verwendet keine App-Zugangsdaten, sondern API-Schlüssel. Verbinden Sie sich mit einem: `plugboard-cli connect %2 --api-key-stdin`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Client secret for %1:</source>
        <translation>Client-Secret für %1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to store: give --client-id and/or --client-secret-stdin.</source>
        <translation>Nichts zu speichern: Geben Sie --client-id und/oder --client-secret-stdin an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token exchange proxy: %1</source>
        <translation>Proxy für den Token-Austausch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections made with the previous client ID now need reconnecting (%1): %2. Reconnect with `plugboard-cli connect %3`.</source>
        <translation>Mit der bisherigen Client-ID hergestellte Verbindungen müssen neu verbunden werden (%1): %2. Verbinden Sie sie mit `plugboard-cli connect %3` neu.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Removed the app credentials for %1.</source>
        <translation>Die App-Zugangsdaten für %1 wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DeviceSignIn</name>
    <message>
        <location filename="../app/cli/commands/devicesignin.cpp" line="+26"/>
        <source>To connect %1, open the address on the first line on any device and enter the code on the second line if asked.</source>
        <translation>Um %1 zu verbinden, öffnen Sie die Adresse in der ersten Zeile auf einem beliebigen Gerät und geben Sie bei Aufforderung den Code aus der zweiten Zeile ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To connect %1, open this address on your phone or any computer, or scan the QR code:</source>
        <translation>Um %1 zu verbinden, öffnen Sie diese Adresse auf Ihrem Telefon oder einem beliebigen Computer, oder scannen Sie den QR-Code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that it shows the code %1, then approve.</source>
        <translation>Prüfen Sie, dass dort der Code %1 angezeigt wird, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code %1 there, then approve.</source>
        <translation>Geben Sie dort den Code %1 ein und bestätigen Sie dann.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Waiting for approval; the code is valid for %n minute(s). Ctrl+C cancels.</source>
        <translation>
            <numerusform>Warten auf Bestätigung; der Code ist %n Minute gültig. Strg+C bricht ab.</numerusform>
            <numerusform>Warten auf Bestätigung; der Code ist %n Minuten gültig. Strg+C bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No browser was opened: this session has no display, or runs over SSH. To sign in on your phone or another computer with a code instead, press Ctrl+C and run `plugboard-cli connect %1 --device`.</source>
        <translation>Es wurde kein Browser geöffnet: Diese Sitzung hat keine Anzeige oder läuft über SSH. Um sich stattdessen mit einem Code auf Ihrem Telefon oder einem anderen Computer anzumelden, drücken Sie Strg+C und führen Sie `plugboard-cli connect %1 --device` aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser was opened: this session has no display, or runs over SSH.</source>
        <translation>Es wurde kein Browser geöffnet: Diese Sitzung hat keine Anzeige oder läuft über SSH.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DiagnoseCommand</name>
    <message>
        <location filename="../app/cli/commands/diagnosecommand.cpp" line="+16"/>
        <source>Prints the report as JSON.</source>
        <translation>Gibt den Bericht als JSON aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also runs the checks that need the internet (the clock against a platform&apos;s server).</source>
        <translation>Führt auch die Prüfungen aus, die das Internet benötigen (die Uhr im Vergleich mit dem Server einer Plattform).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform whose server the clock is compared with (with --online; default: the first shipped platform).</source>
        <translation>Die Plattform, mit deren Server die Uhr verglichen wird (mit --online; Standard: die erste mitgelieferte Plattform).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks what Plugboard needs from this computer and says what to fix.</source>
        <translation>Prüft, was Plugboard von diesem Computer benötigt, und sagt, was zu beheben ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Window&apos;s socket</source>
        <translation>Socket des Fensters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No platform &quot;%1&quot;. `plugboard-cli providers` lists them.</source>
        <translation>Keine Plattform „%1“. `plugboard-cli providers` listet sie auf.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/commands/disconnectcommand.cpp" line="+19"/>
        <source>Revokes a connection at the platform and forgets its tokens.</source>
        <translation>Widerruft eine Verbindung bei der Plattform und vergisst ihre Tokens.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Disconnected %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key</source>
        <translation>Der API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its access</source>
        <translation>Der Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 still works at %2 until you revoke it there: %3</source>
        <translation>%1 bleibt bei %2 gültig, bis Sie ihn dort widerrufen: %3</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::GrantsCommand</name>
    <message>
        <location filename="../app/cli/commands/grantscommand.cpp" line="+40"/>
        <source>Prints JSON for programs (with list).</source>
        <translation>Gibt JSON für Programme aus (mit list).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, gives or takes away applications&apos; access to connections through the D-Bus API.</source>
        <translation>Listet den Zugriff von Anwendungen auf Verbindungen über die D-Bus-API auf, gewährt oder entzieht ihn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list, allow or revoke.</source>
        <translation>list, allow oder revoke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An executable&apos;s or script&apos;s absolute path, flatpak:ID or snap:NAME.</source>
        <translation>Absoluter Pfad einer ausführbaren Datei oder eines Skripts, flatpak:ID oder snap:NAME.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not an absolute path. Give the executable&apos;s absolute path (`command -v %1` prints it), or flatpak:ID or snap:NAME.</source>
        <translation>&quot;%1&quot; ist kein absoluter Pfad. Geben Sie den absoluten Pfad der ausführbaren Datei an (`command -v %1` gibt ihn aus) oder flatpak:ID oder snap:NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a relative path. Give the absolute path (`realpath %1` prints it).</source>
        <translation>&quot;%1&quot; ist ein relativer Pfad. Geben Sie den absoluten Pfad an (`realpath %1` gibt ihn aus).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No application has access yet. Applications ask through the D-Bus API; `plugboard-cli grants allow APP CONNECTION` grants access ahead.</source>
        <translation>Noch keine Anwendung hat Zugriff. Anwendungen fragen über die D-Bus-API an; `plugboard-cli grants allow APP CONNECTION` gewährt den Zugriff im Voraus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already has access to %2 (since %3).</source>
        <translation>%1 hat bereits Zugriff auf %2 (seit %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allowed %1 to take the tokens of %2.</source>
        <translation>%1 darf jetzt die Tokens von %2 abrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link to %2: the grant names the file it points to, as running programs are known by it.</source>
        <translation>%1 ist ein Link auf %2: Die Freigabe gilt für die Zieldatei, denn laufende Programme werden an ihr erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1 (yet): the grant applies when a program there asks.</source>
        <translation>Es gibt (noch) keine Datei %1: Die Freigabe greift, sobald ein Programm an diesem Ort anfragt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is a link to %2, which grants name.</source>
        <translation>%1 ist ein Link auf %2, und Freigaben beziehen sich auf %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked 1 grant: %1 can no longer take the tokens of %2.</source>
        <translation>1 Freigabe widerrufen: %1 kann die Tokens von %2 nicht mehr abrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked %1 grants: %2 can no longer take the tokens of %3.</source>
        <translation>%1 Freigaben widerrufen: %2 kann die Tokens von %3 nicht mehr abrufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use `plugboard-cli grants %1`.</source>
        <translation>Verwenden Sie `plugboard-cli grants %1`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ListCommand</name>
    <message>
        <location filename="../app/cli/commands/listcommand.cpp" line="+18"/>
        <source>Prints JSON for programs.</source>
        <translation>Gibt JSON für Programme aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the connections and their states.</source>
        <translation>Listet die Verbindungen und ihren Status auf.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No connections yet. Run `plugboard-cli connect PLATFORM`.</source>
        <translation>Noch keine Verbindungen. Führen Sie `plugboard-cli connect PLATFORM` aus.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::PastedAddressReader</name>
    <message>
        <location filename="../app/cli/pastedaddressreader.cpp" line="+48"/>
        <source>That line is too long to be the address of a sign-in. Paste only the address from the browser&apos;s address bar.</source>
        <translation>Diese Zeile ist zu lang für die Adresse einer Anmeldung. Fügen Sie nur die Adresse aus der Adressleiste des Browsers ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Got it: finishing the sign-in…</source>
        <translation>Erhalten: Anmeldung wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProviderSharing</name>
    <message>
        <location filename="../app/cli/commands/providersharing.cpp" line="+30"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a built-in platform: every Plugboard already has it, so there is nothing to export. Only custom platforms, marked (custom) by `plugboard-cli providers`, can be exported.</source>
        <translation>„%1“ ist eine integrierte Plattform: Jedes Plugboard hat sie bereits, daher gibt es nichts zu exportieren. Nur eigene Plattformen, die `plugboard-cli providers` mit (custom) kennzeichnet, können exportiert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 to %2. It holds no client ID, secret or token: whoever imports it with `plugboard-cli providers import` sets their own credentials.</source>
        <translation>%1 nach %2 exportiert. Die Datei enthält keine Client-ID, kein Geheimnis und kein Token: Wer sie mit `plugboard-cli providers import` importiert, legt eigene Zugangsdaten fest.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds &quot;%2&quot;, a built-in platform every Plugboard already has, so there is nothing to import. To add a variant of it, give it another id in the file.</source>
        <translation>%1 enthält „%2“, eine integrierte Plattform, die jedes Plugboard bereits hat, daher gibt es nichts zu importieren. Um eine Variante davon hinzuzufügen, geben Sie ihr in der Datei eine andere ID.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A custom platform &quot;%1&quot; already exists. Add --replace to replace it with the one in %2 (its stored credentials and connections stay), or give the record another id.</source>
        <translation>Eine eigene Plattform „%1“ existiert bereits. Fügen Sie --replace hinzu, um sie durch die aus %2 zu ersetzen (ihre gespeicherten Zugangsdaten und Verbindungen bleiben erhalten), oder geben Sie dem Eintrag eine andere ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaced the custom platform %1 with %2 from %3; its stored credentials and connections stay.</source>
        <translation>Eigene Plattform %1 durch %2 aus %3 ersetzt; ihre gespeicherten Zugangsdaten und Verbindungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 from %2 as the custom platform %3. %4</source>
        <translation>%1 aus %2 als eigene Plattform %3 importiert. %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2. Check the file&apos;s name and that it is readable.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie den Dateinamen und ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 1 MiB, so it is not a platform record (they take a few kilobytes). Nothing imported; check that you gave the right file.</source>
        <translation>%1 ist größer als 1 MiB und daher kein Plattformeintrag (diese umfassen wenige Kilobyte). Nichts importiert; prüfen Sie, ob Sie die richtige Datei angegeben haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty: there is no platform record in it. Nothing imported.</source>
        <translation>%1 ist leer: Sie enthält keinen Plattformeintrag. Nichts importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2. Check that its folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect with `plugboard-cli connect %1 --api-key-stdin`, the key piped in.</source>
        <translation>Verbinden Sie mit `plugboard-cli connect %1 --api-key-stdin` und leiten Sie den Schlüssel per Pipe ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the app credentials with `plugboard-cli credentials set %1 --client-id …`; the app needs %2 as a redirect URI.</source>
        <translation>Legen Sie die App-Zugangsdaten mit `plugboard-cli credentials set %1 --client-id …` fest; die App benötigt %2 als Weiterleitungs-URI.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProvidersCommand</name>
    <message>
        <location filename="../app/cli/commands/providerscommand.cpp" line="+22"/>
        <source>Prints JSON for programs.</source>
        <translation>Gibt JSON für Programme aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer URL to read the discovery document from.</source>
        <translation>Issuer-URL, von der das Discovery-Dokument gelesen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name of the custom platform.</source>
        <translation>Anzeigename der benutzerdefinierten Plattform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default scopes, space-separated, instead of the discovered ones.</source>
        <translation>Standard-Scopes, durch Leerzeichen getrennt, anstelle der ermittelten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the registered client sends its secret: basic (HTTP Basic, the default when the server offers it), post (in the request body) or none (public client).</source>
        <translation>Wie der registrierte Client sein Secret übermittelt: basic (HTTP Basic; Standard, wenn der Server es anbietet), post (im Body der Anfrage) oder none (öffentlicher Client).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the templates for self-hosted servers instead.</source>
        <translation>Listet stattdessen die Vorlagen für selbst gehostete Server auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a self-hosted server from this template (see --templates).</source>
        <translation>Fügt einen selbst gehosteten Server aus dieser Vorlage hinzu (siehe --templates).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value the template needs, such as instance_url=https://git.example.com.</source>
        <translation>Ein Wert, den die Vorlage benötigt, z. B. instance_url=https://git.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets import replace a custom platform with the same id (its credentials and connections stay).</source>
        <translation>Erlaubt import, eine eigene Plattform mit derselben ID zu ersetzen (ihre Zugangsdaten und Verbindungen bleiben erhalten).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the platforms Plugboard can connect to; adds, removes, exports or imports custom ones.</source>
        <translation>Listet die Plattformen auf, mit denen Plugboard sich verbinden kann; fügt eigene hinzu, entfernt, exportiert oder importiert sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to list, or add, remove, export or import.</source>
        <translation>Nichts zum Auflisten, Hinzufügen, Entfernen, Exportieren oder Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The custom platform to add, remove or export; for import, the file to read (- for standard input).</source>
        <translation>Die eigene Plattform zum Hinzufügen, Entfernen oder Exportieren; bei import die zu lesende Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For export, the file to write (standard output without it or with -). It holds the platform&apos;s record, never a secret.</source>
        <translation>Bei export die zu schreibende Datei (ohne Angabe oder mit - die Standardausgabe). Sie enthält den Eintrag der Plattform, niemals ein Geheimnis.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Use `providers`, `providers add ID --discover URL`, `providers add ID --template TEMPLATE --param NAME=VALUE`, `providers remove ID`, `providers export ID [FILE]` or `providers import FILE [--replace]`.</source>
        <translation>Verwenden Sie `providers`, `providers add ID --discover URL`, `providers add ID --template TEMPLATE --param NAME=VALUE`, `providers remove ID`, `providers export ID [FILE]` oder `providers import FILE [--replace]`.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>--param takes NAME=VALUE, such as instance_url=https://git.example.com, not &quot;%1&quot;.</source>
        <translation>--param erwartet NAME=VALUE, z. B. instance_url=https://git.example.com, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1 and registered Plugboard with it. Connect with `plugboard-cli connect %2`.</source>
        <translation>%1 wurde hinzugefügt und Plugboard dort registriert. Verbinden Sie sich mit `plugboard-cli connect %2`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1. Register %2 as its redirect URI at %3, then run `plugboard-cli credentials set %4 --client-id …`.</source>
        <translation>%1 wurde hinzugefügt. Registrieren Sie %2 unter %3 als Redirect-URI und führen Sie dann `plugboard-cli credentials set %4 --client-id …` aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the provider&apos;s issuer URL with --discover, or a template with --template.</source>
        <translation>Geben Sie die Issuer-URL des Anbieters mit --discover oder eine Vorlage mit --template an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--client-auth takes basic, post or none, not &quot;%1&quot;.</source>
        <translation>--client-auth erwartet basic, post oder none, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the discovery document of %1…</source>
        <translation>Discovery-Dokument von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Added %1. Register %2 as its redirect URI, then run `plugboard-cli credentials set %3 --client-id …`.</source>
        <translation>%1 wurde hinzugefügt. Registrieren Sie %2 als Redirect-URI und führen Sie dann `plugboard-cli credentials set %3 --client-id …` aus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed the custom platform %1.</source>
        <translation>Die benutzerdefinierte Plattform %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source> (custom)</source>
        <translation> (benutzerdefiniert)</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::RedirectUriCommand</name>
    <message>
        <location filename="../app/cli/commands/redirecturicommand.cpp" line="+19"/>
        <source>Prints the exact redirect URI to register for a platform.</source>
        <translation>Gibt die exakte Redirect-URI aus, die für eine Plattform zu registrieren ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform id, e.g. github.</source>
        <translation>Plattform-ID, z. B. github.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plugboard picks a free port each time; platforms accept any port on a loopback address.</source>
        <translation>Plugboard wählt jedes Mal einen freien Port; Plattformen akzeptieren jeden Port auf einer Loopback-Adresse.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/tokencommand.cpp" line="+17"/>
        <source>Renews the token first when it would expire within SECONDS (default 60).</source>
        <translation>Erneuert das Token vorher, wenn es innerhalb von SEKUNDEN abliefe (Standard 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints JSON: token, type, expiry and scopes.</source>
        <translation>Gibt JSON aus: Token, Typ, Ablauf und Berechtigungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prints a working access token for scripts, renewing it when needed.</source>
        <translation>Gibt ein funktionierendes Zugriffstoken für Skripte aus und erneuert es bei Bedarf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use `token CONNECTION [--min-validity SECONDS] [--json]`, with SECONDS from 0 to %1.</source>
        <translation>Verwenden Sie `token VERBINDUNG [--min-validity SEKUNDEN] [--json]` mit SEKUNDEN von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/tokenoutput.cpp" line="+23"/>
        <source>Warning: this token expires at %1 and %2 cannot renew it; reconnect before then.</source>
        <translation>Warnung: Dieses Token läuft um %1 ab und %2 kann es nicht erneuern; verbinden Sie sich vorher neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1 issues tokens that last %2 seconds, not the %3 seconds asked for with --min-validity; this one is valid until %4.</source>
        <translation>Hinweis: %1 stellt Tokens aus, die %2 Sekunden gültig sind, nicht die mit --min-validity verlangten %3 Sekunden; dieses Token ist bis %4 gültig.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::VaultCommand</name>
    <message>
        <location filename="../app/cli/commands/vaultcommand.cpp" line="+47"/>
        <source>Reads passphrases from standard input, one per line (change-passphrase: the current one, then the new one).</source>
        <translation>Liest Passphrasen aus der Standardeingabe, eine pro Zeile (change-passphrase: zuerst die aktuelle, dann die neue).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With init: moves the secrets Plugboard saved in the keyring into the new vault, then deletes them from the keyring.</source>
        <translation>Mit init: verschiebt die Geheimnisse, die Plugboard im Schlüsselbund gespeichert hat, in den neuen Tresor und löscht sie dann aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With init: starts with an empty vault and leaves what the keyring holds where it is, unused (e.g. when there is no keyring to move it from).</source>
        <translation>Mit init: beginnt mit einem leeren Tresor und lässt den Inhalt des Schlüsselbunds ungenutzt, wo er ist (z. B. wenn es keinen Schlüsselbund gibt, aus dem er verschoben werden könnte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints JSON for programs (with status).</source>
        <translation>Gibt JSON für Programme aus (mit status).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With status: also opens the vault and counts its secrets.</source>
        <translation>Mit status: öffnet auch den Tresor und zählt seine Geheimnisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeps secrets in an encrypted file instead of the keyring: create it, change its passphrase, show its state.</source>
        <translation>Bewahrt Geheimnisse in einer verschlüsselten Datei statt im Schlüsselbund auf: die Datei erstellen, ihre Passphrase ändern, ihren Zustand anzeigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init, change-passphrase or status.</source>
        <translation>init, change-passphrase oder status.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use `plugboard-cli vault %1`.</source>
        <translation>Verwenden Sie `plugboard-cli vault %1`.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: PLUGBOARD_TEST_VAULT_LOG2N is set: this vault&apos;s key derivation is weak, for tests only.</source>
        <translation>Warnung: PLUGBOARD_TEST_VAULT_LOG2N ist gesetzt: Die Schlüsselableitung dieses Tresors ist schwach und nur für Tests gedacht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passphrase for the vault %1:</source>
        <translation>Neue Passphrase für den Tresor %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is a vault at %1 already. Plugboard did not change it; use `plugboard-cli vault change-passphrase` to change its passphrase.</source>
        <translation>Unter %1 gibt es bereits einen Tresor. Plugboard hat ihn nicht verändert; verwenden Sie `plugboard-cli vault change-passphrase`, um seine Passphrase zu ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Plugboard saved %n secret(s) in the keyring. Run `plugboard-cli vault init --move` to move them into the vault (they are deleted from the keyring once the vault holds them), or `plugboard-cli vault init --keep-keyring` to start with an empty vault and leave them in the keyring, unused.</source>
        <translation>
            <numerusform>Plugboard hat %n Geheimnis im Schlüsselbund gespeichert. Führen Sie `plugboard-cli vault init --move` aus, um es in den Tresor zu verschieben (es wird aus dem Schlüsselbund gelöscht, sobald der Tresor es enthält), oder `plugboard-cli vault init --keep-keyring`, um mit einem leeren Tresor zu beginnen und es ungenutzt im Schlüsselbund zu lassen.</numerusform>
            <numerusform>Plugboard hat %n Geheimnisse im Schlüsselbund gespeichert. Führen Sie `plugboard-cli vault init --move` aus, um sie in den Tresor zu verschieben (sie werden aus dem Schlüsselbund gelöscht, sobald der Tresor sie enthält), oder `plugboard-cli vault init --keep-keyring`, um mit einem leeren Tresor zu beginnen und sie ungenutzt im Schlüsselbund zu lassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Created the vault %1. Plugboard keeps its secrets there from now on.</source>
        <translation>Der Tresor %1 wurde erstellt. Plugboard bewahrt seine Geheimnisse ab jetzt dort auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Moved %n secret(s) from the keyring into the vault.</source>
        <translation>
            <numerusform>%n Geheimnis wurde aus dem Schlüsselbund in den Tresor verschoben.</numerusform>
            <numerusform>%n Geheimnisse wurden aus dem Schlüsselbund in den Tresor verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Current passphrase of the vault %1:</source>
        <translation>Aktuelle Passphrase des Tresors %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed the passphrase of the vault %1.</source>
        <translation>Die Passphrase des Tresors %1 wurde geändert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Passphrase of the vault %1:</source>
        <translation>Passphrase des Tresors %1:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1 (none)</source>
        <translation>Tresor: %1 (nicht vorhanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File mode: %1</source>
        <translation>Dateimodus: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key derivation: scrypt N=2^%1 r=%2 p=%3 (%4 MiB)</source>
        <translation>Schlüsselableitung: scrypt N=2^%1 r=%2 p=%3 (%4 MiB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrets: %1 (unlocked and counted)</source>
        <translation>Geheimnisse: %1 (nach dem Entsperren gezählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets: %1 (as listed without unlocking)</source>
        <translation>Geheimnisse: %1 (laut Verzeichnis, ohne Entsperren)</translation>
    </message>
</context>
<context>
    <name>Plugboard::ClockCheck</name>
    <message>
        <location filename="../core/diagnosis/clockcheck.cpp" line="+42"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Date header</source>
        <translation>kein Date-Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a Date header that is not a date</source>
        <translation>ein Date-Header, der kein Datum ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: comparing the clock needs the internet.</source>
        <translation>Nicht geprüft: Der Vergleich der Uhr benötigt das Internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: no platform server to compare with.</source>
        <translation>Nicht geprüft: Kein Plattform-Server zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run plugboard-cli diagnose --online to compare the clock with a platform&apos;s server.</source>
        <translation>Führen Sie plugboard-cli diagnose --online aus, um die Uhr mit dem Server einer Plattform zu vergleichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the time of %1&apos;s server: %2.</source>
        <translation>Die Uhrzeit des Servers von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and proxy, then run diagnose --online again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy und führen Sie dann diagnose --online erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s clock is %1 s ahead of %2&apos;s server.</source>
        <translation>Die Uhr dieses Computers geht %1 s gegenüber dem Server von %2 vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 s behind %2&apos;s server.</source>
        <translation>Die Uhr dieses Computers geht %1 s gegenüber dem Server von %2 nach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on automatic time (timedatectl set-ntp true) or set the clock: sign-ins and token expiry depend on it.</source>
        <translation>Schalten Sie die automatische Zeit ein (timedatectl set-ntp true) oder stellen Sie die Uhr: Anmeldungen und der Ablauf von Tokens hängen davon ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within %1 s of %2&apos;s server.</source>
        <translation>Höchstens %1 s Abweichung vom Server von %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CommandLineTokenRequest</name>
    <message>
        <location filename="../app/dbus/commandlinetokenrequest.cpp" line="+46"/>
        <source>Only plugboard-cli may ask this; applications call GetAccessToken.</source>
        <translation>Nur plugboard-cli darf dies anfragen; Anwendungen rufen GetAccessToken auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked in Plugboard; plugboard-cli asks for its passphrase itself.</source>
        <translation>Der Tresor ist in Plugboard gesperrt; plugboard-cli fragt selbst nach seiner Passphrase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The token was ready after plugboard-cli stopped waiting; it reads it itself.</source>
        <translation>Das Token war erst bereit, als plugboard-cli nicht mehr wartete; es liest es selbst.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectFlow</name>
    <message>
        <location filename="../app/gui/connectflow.cpp" line="+73"/>
        <source>Copied the sign-in link: paste it into a browser on this computer.</source>
        <translation>Anmeldelink kopiert: Fügen Sie ihn in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not open a browser: the sign-in link is on the clipboard. Paste it into a browser on this computer; Copy link on the card copies it again.</source>
        <translation>Es konnte kein Browser geöffnet werden: Der Anmeldelink befindet sich in der Zwischenablage. Fügen Sie ihn in einen Browser auf diesem Computer ein; „Link kopieren“ auf der Karte kopiert ihn erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was already connected; its sign-in has been renewed.</source>
        <translation>%1 war bereits verbunden; die Anmeldung wurde erneuert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectOperation</name>
    <message>
        <location filename="../core/lifecycle/connectoperation.cpp" line="+44"/>
        <source>%1 does not offer sign-in with a code on another device. To sign in from another machine, connect with --no-browser: open the URL on any machine, then paste the address the browser ends on.</source>
        <translation>%1 bietet keine Anmeldung mit einem Code auf einem anderen Gerät an. Um sich von einem anderen Rechner aus anzumelden, verbinden Sie mit --no-browser: Öffnen Sie die URL auf einem beliebigen Rechner und fügen Sie dann die Adresse ein, bei der der Browser am Ende landet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plugboard is not waiting for a browser for %1 right now.</source>
        <translation>Plugboard wartet gerade nicht auf einen Browser für %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the API key</source>
        <translation>der API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To connect %1, give %2. Create a key at %3.</source>
        <translation>Zum Verbinden von %1 fehlt: %2. Erstellen Sie einen Schlüssel unter %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No API key was given to check for %1.</source>
        <translation>Für %1 wurde kein API-Schlüssel zum Prüfen angegeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 refused this API key (HTTP %2). Check that you copied all of it and that it has not expired or been revoked, or create a new one at %3.</source>
        <translation>%1 hat diesen API-Schlüssel abgelehnt (HTTP %2). Prüfen Sie, ob Sie ihn vollständig kopiert haben und ob er nicht abgelaufen ist oder widerrufen wurde, oder erstellen Sie unter %3 einen neuen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Connection</name>
    <message>
        <location filename="../core/storage/connection.cpp" line="+61"/>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not name an application</source>
        <translation>bezeichnet keine Anwendung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is listed twice</source>
        <translation>ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must hold objects</source>
        <translation>muss Objekte enthalten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A connection needs a platform id without &apos;/&apos; and an account id. This is a bug in Plugboard; please report it.</source>
        <translation>Eine Verbindung benötigt eine Plattform-ID ohne &apos;/&apos; und eine Konto-ID. Dies ist ein Fehler in Plugboard; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&quot;%1&quot; is not a known state</source>
        <translation>&quot;%1&quot; ist kein bekannter Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a known error code</source>
        <translation>&quot;%1&quot; ist kein bekannter Fehlercode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object with &quot;code&quot; and &quot;message&quot;</source>
        <translation>muss ein Objekt mit &quot;code&quot; und &quot;message&quot; sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain &apos;/&apos;</source>
        <translation>darf kein &apos;/&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionCard</name>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+129"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show scope descriptions</source>
        <translation>Beschreibungen der Scopes anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/cardcontrols.cpp" line="+29"/>
        <source>Set up credentials…</source>
        <translation>Zugangsdaten einrichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+37"/>
        <source>Applications on this computer that may use this account&apos;s access tokens</source>
        <translation>Anwendungen auf diesem Computer, die die Zugriffstokens dieses Kontos verwenden dürfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What happened to this account&apos;s secrets lately, and who took its tokens</source>
        <translation>Was zuletzt mit den Geheimnissen dieses Kontos geschehen ist und wer seine Token genommen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/cardcontrols.cpp" line="-2"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy redirect URI</source>
        <translation>Redirect-URI kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit credentials…</source>
        <translation>Zugangsdaten bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with another device…</source>
        <translation>Mit einem anderen Gerät verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove provider…</source>
        <translation>Anbieter entfernen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New key…</source>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+70"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Apps with access (%1)</source>
        <translation>Apps mit Zugriff (%1)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>checked %1</source>
        <translation>zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for the browser… %1:%2 left
If the browser shows an error instead of a sign-in page, check the client ID and the redirect URI.</source>
        <translation>Warten auf den Browser… noch %1:%2
Falls der Browser statt einer Anmeldeseite einen Fehler anzeigt, prüfen Sie die Client-ID und die Redirect-URI.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionNaming</name>
    <message>
        <location filename="../ui/connectionnaming.cpp" line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionState</name>
    <message>
        <location filename="../core/connectionstate.cpp" line="+38"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to connect</source>
        <translation>Bereit zum Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reconnect</source>
        <translation>Erneut verbinden nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs new consent</source>
        <translation>Neue Zustimmung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionStore</name>
    <message>
        <location filename="../core/storage/connectionstore.cpp" line="+42"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 an Byte %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not an object with a positive whole &quot;version&quot;</source>
        <translation>es ist kein Objekt mit einer positiven ganzzahligen &quot;version&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;connections&quot; must be a list</source>
        <translation>&quot;connections&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 repeats the connection %2</source>
        <translation>%1 enthält die Verbindung %2 mehrfach</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plugboard could not save %1: %2. Check the free disk space and the permissions of its folder, then try again.</source>
        <translation>Plugboard konnte %1 nicht speichern: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+11"/>
        <source>There is no connection %1 in %2; it may have been removed already.</source>
        <translation>In %2 gibt es keine Verbindung %1; möglicherweise wurde sie bereits entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plugboard could not read %1: %2. Check the file&apos;s permissions, then try again; Plugboard will not change the file until it can read it.</source>
        <translation>Plugboard konnte %1 nicht lesen: %2. Prüfen Sie die Berechtigungen der Datei und versuchen Sie es erneut; Plugboard ändert die Datei nicht, solange es sie nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was written by a newer Plugboard (file version %2; this one reads version %3). Plugboard will not change it; update Plugboard to see and manage these connections.</source>
        <translation>%1 wurde von einer neueren Plugboard-Version geschrieben (Dateiversion %2; diese Version liest Version %3). Plugboard ändert die Datei nicht; aktualisieren Sie Plugboard, um diese Verbindungen zu sehen und zu verwalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be read (%2), and Plugboard could not move it aside. Plugboard will not change it: repair, move or delete it, then try again.</source>
        <translation>%1 kann nicht gelesen werden (%2), und Plugboard konnte die Datei nicht beiseitelegen. Plugboard ändert sie nicht: Reparieren, verschieben oder löschen Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read (%2). Plugboard moved it to %3 and starts a new, empty list of connections; the tokens stay in the keyring. Reconnect your accounts, or repair the file and move it back while Plugboard is closed.</source>
        <translation>%1 kann nicht gelesen werden (%2). Plugboard hat die Datei nach %3 verschoben und beginnt eine neue, leere Liste von Verbindungen; die Tokens bleiben im Schlüsselbund. Verbinden Sie Ihre Konten erneut, oder reparieren Sie die Datei und verschieben Sie sie zurück, während Plugboard geschlossen ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another Plugboard process is still updating %1. Try again in a moment.</source>
        <translation>Ein anderer Plugboard-Prozess aktualisiert %1 noch. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its folder could not be created</source>
        <translation>der Ordner konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionTable</name>
    <message>
        <location filename="../ui/connectiontable.cpp" line="+52"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConsentDialog</name>
    <message>
        <location filename="../ui/consentdialog.cpp" line="+43"/>
        <source>Flatpak app %1</source>
        <translation>Flatpak-App %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap %1</source>
        <translation>Snap %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, run by %2</source>
        <translation>%1, ausgeführt von %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 icon</source>
        <translation>%1-Symbol</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An application</source>
        <translation>Eine Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 for an app?</source>
        <translation>Für eine App bei %1 anmelden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access to %1?</source>
        <translation>Zugriff auf %1 erlauben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” wants you to sign in to %2</source>
        <translation>„%1“ möchte, dass Sie sich bei %2 anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” wants to use your %2 account %3</source>
        <translation>„%1“ möchte Ihr %2-Konto %3 verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these permissions:</source>
        <translation>Mit diesen Berechtigungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the permissions %1 gives apps by default.</source>
        <translation>Mit den Berechtigungen, die %1 Apps standardmäßig gewährt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the permissions this account was given.</source>
        <translation>Mit den Berechtigungen, die diesem Konto erteilt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you allow it, your browser opens to sign in to %1, and the app then gets access tokens for the new account. It never gets the refresh token or your password.</source>
        <translation>Wenn Sie es erlauben, öffnet sich Ihr Browser zur Anmeldung bei %1, und die App erhält anschließend Zugriffstokens für das neue Konto. Das Refresh-Token und Ihr Passwort erhält sie nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you allow it, the app gets access tokens for this account and can act as %1 on %2 within these permissions. It never gets the refresh token or your password.</source>
        <translation>Wenn Sie es erlauben, erhält die App Zugriffstokens für dieses Konto und kann im Rahmen dieser Berechtigungen als %1 bei %2 handeln. Das Refresh-Token und Ihr Passwort erhält sie nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Allow once” answers this request only. “Always allow” lets the app take tokens again without asking, until you revoke its access on the account&apos;s card or in View ▸ App access.</source>
        <translation>„Einmal erlauben“ gilt nur für diese Anfrage. „Immer erlauben“ lässt die App ohne Nachfrage erneut Tokens abrufen, bis Sie ihren Zugriff auf der Karte des Kontos oder unter Ansicht ▸ App-Zugriff widerrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gets nothing and is told that you refused</source>
        <translation>%1 erhält nichts und erfährt, dass Sie abgelehnt haben</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Refused automatically in %n s</source>
        <translation>
            <numerusform>Automatische Ablehnung in %n s</numerusform>
            <numerusform>Automatische Ablehnung in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialDialog</name>
    <message>
        <location filename="../ui/credentialdialog.cpp" line="+78"/>
        <source>Connect to %1 with an API key</source>
        <translation>Mit %1 über einen API-Schlüssel verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 app credentials</source>
        <translation>App-Zugangsdaten für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialForm</name>
    <message>
        <location filename="../ui/credentialform.cpp" line="+72"/>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Redirect-URI</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy redirect URI</source>
        <translation>Redirect-URI kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redirect URI to register:</source>
        <translation>Zu registrierende Redirect-URI:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Create an API key at %1 and paste it here; Plugboard checks it with %1 before keeping it in your keyring. %2</source>
        <translation>Erstellen Sie bei %1 einen API-Schlüssel und fügen Sie ihn hier ein; Plugboard prüft ihn bei %1, bevor er in Ihrem Schlüsselbund gespeichert wird. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the page for keys</source>
        <translation>Seite für Schlüssel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an app with %1 to get these values. %2 · %3</source>
        <translation>Registrieren Sie eine App bei %1, um diese Werte zu erhalten. %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the developer console</source>
        <translation>Entwicklerkonsole öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this needed?</source>
        <translation>Warum ist das nötig?</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Your team&apos;s token-exchange proxy holds it.</source>
        <translation>Der Token-Austausch-Proxy Ihres Teams verwahrt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+86"/>
        <source>Token-exchange proxy</source>
        <translation>Token-Austausch-Proxy</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Saved; type to replace</source>
        <translation>Gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Where do I find this?</source>
        <translation>Wo finde ich das?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Required.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Erforderlich.&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialsJob</name>
    <message>
        <location filename="../core/storage/credentialsjob.cpp" line="+50"/>
        <source>%1 has no credential field &quot;%2&quot;.</source>
        <translation>%1 hat kein Zugangsdatenfeld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>If you saved them before, your keyring may be locked: unlock it and try again.</source>
        <translation>Falls Sie sie bereits gespeichert haben, ist Ihr Schlüsselbund möglicherweise gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1&apos;s app credentials now use a different client ID; tokens issued to the old app stop working there. Reconnect %2 to sign in with the new one.</source>
        <translation>Die App-Zugangsdaten für %1 verwenden jetzt eine andere Client-ID; für die alte App ausgestellte Tokens funktionieren dort nicht mehr. Verbinden Sie %2 neu, um sich mit der neuen anzumelden.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Crypto::PassphraseSeal</name>
    <message>
        <location filename="../core/crypto/passphraseseal.cpp" line="+72"/>
        <source>%1 is damaged: %2 Plugboard did not change it; restore it from a backup.</source>
        <translation>%1 ist beschädigt: %2 Plugboard hat die Datei nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a file Plugboard sealed, or its beginning is missing.</source>
        <translation>es ist keine von Plugboard versiegelte Datei, oder ihr Anfang fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer Plugboard (format %2; this version reads format %3). Update Plugboard to open it.</source>
        <translation>%1 wurde von einer neueren Plugboard-Version erstellt (Format %2; diese Version liest Format %3). Aktualisieren Sie Plugboard, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its format version is not valid.</source>
        <translation>die Formatversion ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cut short.</source>
        <translation>die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its checksum does not match, so some of it was changed or lost.</source>
        <translation>die Prüfsumme stimmt nicht, also wurde ein Teil davon verändert oder ist verloren gegangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds something else than Plugboard expects here.</source>
        <translation>die Datei enthält etwas anderes, als Plugboard hier erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its key-derivation parameters are out of range.</source>
        <translation>die Parameter der Schlüsselableitung liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenSSL could not encrypt the data. Try again.</source>
        <translation>OpenSSL konnte die Daten nicht verschlüsseln. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong passphrase for %1. Nothing was changed.</source>
        <translation>Falsche Passphrase für %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed after Plugboard wrote it: the passphrase is right, but the contents fail the integrity check. Plugboard did not change it; restore it from a backup.</source>
        <translation>%1 wurde verändert, nachdem Plugboard die Datei geschrieben hat: Die Passphrase ist richtig, aber der Inhalt besteht die Integritätsprüfung nicht. Plugboard hat die Datei nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Crypto::SealKey</name>
    <message>
        <location filename="../core/crypto/sealkey.cpp" line="+25"/>
        <source>OpenSSL could not derive the key from the passphrase (out of memory?). Close other programs and try again.</source>
        <translation>OpenSSL konnte den Schlüssel nicht aus der Passphrase ableiten (Speicher erschöpft?). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The scrypt parameters are out of range.</source>
        <translation>Die scrypt-Parameter liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CustomProviderDialog</name>
    <message>
        <location filename="../ui/customproviderdialog.cpp" line="+36"/>
        <source>Add custom provider</source>
        <translation>Eigenen Anbieter hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Issuer-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the card, e.g. Acme SSO</source>
        <translation>Wird auf der Karte angezeigt, z. B. Acme SSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;D:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and dashes</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find endpoints</source>
        <translation>Endpunkte &amp;finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find endpoints</source>
        <translation>Endpunkte finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the endpoints by &amp;hand</source>
        <translation>Endpunkte &amp;manuell eingeben</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>What the server published (check, and change if needed)</source>
        <translation>Was der Server veröffentlicht hat (prüfen und bei Bedarf ändern)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Plugboard reads the server&apos;s published configuration (OpenID Connect discovery or OAuth server metadata) and shows what it found for you to check before saving. If the server publishes none, you can enter the endpoints by hand.</source>
        <translation>Plugboard liest die veröffentlichte Konfiguration des Servers (OpenID Connect Discovery oder OAuth-Server-Metadaten) und zeigt das Gefundene zur Prüfung, bevor es gespeichert wird. Veröffentlicht der Server keine, können Sie die Endpunkte manuell eingeben.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save provider</source>
        <translation>Anbieter speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Looking for the server&apos;s endpoints…</source>
        <translation>Suche die Endpunkte des Servers…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider&apos;s endpoints, from its documentation</source>
        <translation>Die Endpunkte des Anbieters, aus seiner Dokumentation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1

To add the provider anyway, choose &quot;%2&quot; and copy the endpoints from its documentation.</source>
        <translation>%1

Um den Anbieter trotzdem hinzuzufügen, wählen Sie „%2“ und übernehmen Sie die Endpunkte aus seiner Dokumentation.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Find the endpoints first, or enter them by hand</source>
        <translation>Suchen Sie zuerst die Endpunkte oder geben Sie sie manuell ein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait until Plugboard has finished looking for the endpoints</source>
        <translation>Warten Sie, bis Plugboard die Suche nach den Endpunkten abgeschlossen hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the provider&apos;s discovery document</source>
        <translation>Das Discovery-Dokument des Anbieters lesen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enter the issuer URL first, such as https://sso.example.com</source>
        <translation>Geben Sie zuerst die Issuer-URL ein, z. B. https://sso.example.com</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Enter a name first: it becomes the provider&apos;s id (lowercase letters, digits, -)</source>
        <translation>Geben Sie zuerst einen Namen ein: Daraus wird die ID des Anbieters (Kleinbuchstaben, Ziffern, -)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a provider without discovery: type its endpoints from its documentation</source>
        <translation>Für einen Anbieter ohne Discovery: Geben Sie seine Endpunkte aus seiner Dokumentation ein</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The endpoints are open below: change them there</source>
        <translation>Die Endpunkte stehen unten: Ändern Sie sie dort</translation>
    </message>
</context>
<context>
    <name>Plugboard::DBusServiceCheck</name>
    <message>
        <location filename="../core/diagnosis/dbusservicecheck.cpp" line="+25"/>
        <source>D-Bus service</source>
        <translation>D-Bus-Dienst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The D-Bus session bus cannot be reached: %1</source>
        <translation>Der D-Bus-Sitzungsbus ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Plugboard inside your desktop session: DBUS_SESSION_BUS_ADDRESS must lead to its bus (or start one with dbus-run-session). Without it applications cannot ask Plugboard for tokens and the keyring cannot be reached.</source>
        <translation>Führen Sie Plugboard in Ihrer Desktop-Sitzung aus: DBUS_SESSION_BUS_ADDRESS muss auf deren Bus verweisen (oder starten Sie einen mit dbus-run-session). Ohne ihn können Anwendungen Plugboard nicht nach Tokens fragen und der Schlüsselbund ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is running (process %2).</source>
        <translation>%1 läuft (Prozess %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not running; the bus starts Plugboard when an application asks for it.</source>
        <translation>%1 läuft nicht; der Bus startet Plugboard, wenn eine Anwendung danach fragt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is neither running nor known to the bus: applications cannot ask Plugboard for tokens until it runs.</source>
        <translation>%1 läuft nicht und ist dem Bus nicht bekannt: Anwendungen können Plugboard erst nach Tokens fragen, wenn es läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Plugboard (it can stay in the tray), or install it from its package so the bus knows its service file (dbus-1/services/%1.service).</source>
        <translation>Starten Sie Plugboard (es kann im Systembereich bleiben) oder installieren Sie es aus seinem Paket, damit der Bus seine Dienstdatei (dbus-1/services/%1.service) kennt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopApplication</name>
    <message>
        <location filename="../app/gui/desktopapplication.cpp" line="+227"/>
        <source>Copied %1 — register it in %2&apos;s developer console.</source>
        <translation>%1 kopiert – registrieren Sie sie in der Entwicklerkonsole von %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the app credentials for %1 in your keyring.</source>
        <translation>Die App-Zugangsdaten für %1 wurden in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Disconnect %1 from %2?

Plugboard forgets its API key here. The key keeps working at %2 until you revoke it on %2&apos;s page for keys: %3</source>
        <translation>%1 von %2 trennen?

Plugboard vergisst den API-Schlüssel hier. Der Schlüssel funktioniert bei %2 weiter, bis Sie ihn auf der Schlüsselseite von %2 widerrufen: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnect %1 from %2?

Plugboard revokes its tokens at %2 and forgets them here. Apps that use this connection stop working until you connect again.</source>
        <translation>%1 von %2 trennen?

Plugboard widerruft die Tokens bei %2 und vergisst sie hier. Apps, die diese Verbindung nutzen, funktionieren erst wieder, wenn Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1 from %2?

Plugboard forgets its tokens here. %2 offers no way to revoke them from here: remove the app in your %2 account settings to cut its access.</source>
        <translation>%1 von %2 trennen?

Plugboard vergisst die Tokens hier. %2 bietet keine Möglichkeit, sie von hier aus zu widerrufen: Entfernen Sie die App in Ihren Kontoeinstellungen bei %2, um ihr den Zugriff zu entziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disconnected %1 from %2. Revoke the key at %3 to stop it working.</source>
        <translation>%1 wurde von %2 getrennt. Widerrufen Sie den Schlüssel unter %3, damit er nicht mehr funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected %1 from %2: its tokens were revoked at %2.</source>
        <translation>%1 wurde von %2 getrennt: Die Tokens wurden bei %2 widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected %1 from %2.</source>
        <translation>%1 wurde von %2 getrennt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1?

Plugboard forgets its endpoints and the app credentials saved for it. You can add it again by its issuer URL.</source>
        <translation>%1 entfernen?

Plugboard vergisst die Endpunkte des Anbieters und die dafür gespeicherten App-Zugangsdaten. Sie können ihn über seine Issuer-URL erneut hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed %1.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+60"/>
        <source>Added %1. Set up its app credentials to connect.</source>
        <translation>%1 hinzugefügt. Richten Sie die App-Zugangsdaten ein, um zu verbinden.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>There are no connections to check yet.</source>
        <translation>Es gibt noch keine Verbindungen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking %n connection(s)…</source>
        <translation>
            <numerusform>Prüfe %n Verbindung…</numerusform>
            <numerusform>Prüfe %n Verbindungen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be checked: the platform offers no way to ask without using the token. Its token has not expired.</source>
        <translation>%1 kann nicht geprüft werden: Die Plattform bietet keine Möglichkeit nachzufragen, ohne das Token zu verwenden. Das Token ist nicht abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plugboard is still running</source>
        <translation>Plugboard läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps your connections fresh from the tray. Choose Quit in its menu to stop it.</source>
        <translation>Es hält Ihre Verbindungen vom Systembereich aus aktuell. Wählen Sie „Beenden“ in seinem Menü, um es zu beenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 and registered Plugboard with it: connect when you are ready.</source>
        <translation>%1 wurde hinzugefügt und Plugboard dort registriert: Verbinden Sie sich, sobald Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopPassphraseProvider</name>
    <message>
        <location filename="../app/gui/desktoppassphraseprovider.cpp" line="+23"/>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Diese Passphrase ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault stays locked, so Plugboard cannot read or save secrets. Unlock it with its passphrase to go on.</source>
        <translation>Der Tresor bleibt gesperrt, daher kann Plugboard keine Geheimnisse lesen oder speichern. Entsperren Sie ihn mit seiner Passphrase, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopSettings</name>
    <message>
        <location filename="../core/settings/desktopsettings.cpp" line="+32"/>
        <source>Plugboard could not save the setting in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard konnte die Einstellung nicht in %1 speichern. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceAuthorizationParser</name>
    <message>
        <location filename="../core/oauth/devicecode.cpp" line="+15"/>
        <source>%1 answered the request for a sign-in code with %2. Try again later, or connect with --no-browser instead.</source>
        <translation>Die Antwort von %1 auf die Anfrage nach einem Anmeldecode ist unbrauchbar: %2. Versuchen Sie es später erneut, oder verbinden Sie stattdessen mit --no-browser.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 does not let this app sign in with a code on another device. Enable the device flow in the app&apos;s settings at %1, or connect with --no-browser instead (%1 said: %2).</source>
        <translation>%1 erlaubt dieser App keine Anmeldung mit einem Code auf einem anderen Gerät. Aktivieren Sie den Device Flow in den Einstellungen der App bei %1, oder verbinden Sie stattdessen mit --no-browser (%1 meldete: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unreadable answer (HTTP %1)</source>
        <translation>eine unlesbare Antwort (HTTP %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no device code</source>
        <translation>kein Gerätecode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no usable user code</source>
        <translation>kein verwendbarer Benutzercode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no https:// address to enter the code at</source>
        <translation>keine Adresse mit https:// zur Eingabe des Codes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a complete verification address that is not https://</source>
        <translation>eine vollständige Bestätigungsadresse, die nicht mit https:// beginnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no lifetime (expires_in) for the code</source>
        <translation>keine Gültigkeitsdauer (expires_in) für den Code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polling interval that is not a number of seconds</source>
        <translation>ein Abfrageintervall, das keine Anzahl von Sekunden ist</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceAuthorizationSession</name>
    <message>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+44"/>
        <source>%1 does not offer sign-in with a code on another device.</source>
        <translation>%1 bietet keine Anmeldung mit einem Code auf einem anderen Gerät an.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connect again to try once more.</source>
        <translation>Verbinden Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the request for a sign-in code</source>
        <translation>die Anfrage nach einem Anmeldecode</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the token request</source>
        <translation>die Token-Anfrage</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>You declined the sign-in to %1 on the other device, so nothing was connected. Connect again to try once more.</source>
        <translation>Sie haben die Anmeldung bei %1 auf dem anderen Gerät abgelehnt, daher wurde nichts verbunden. Verbinden Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in to %1 was not approved within %2. Connect again (on the command line with a longer --timeout) to try once more.</source>
        <translation>Die Anmeldung bei %1 wurde nicht innerhalb von %2 bestätigt. Verbinden Sie erneut (auf der Kommandozeile mit einem längeren --timeout), um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code for %1 expired after %2 before it was approved. Connect again (`plugboard-cli connect %3 --device`) for a new code.</source>
        <translation>Der Code für %1 ist nach %2 abgelaufen, bevor er bestätigt wurde. Verbinden Sie erneut (`plugboard-cli connect %3 --device`), um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s token-exchange proxy (%2)</source>
        <translation>der Token-Austausch-Proxy von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceSignInDialog</name>
    <message>
        <location filename="../ui/devicesignindialog.cpp" line="+36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1 with another device</source>
        <translation>%1 mit einem anderen Gerät verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking %1 for a code…</source>
        <translation>Code wird bei %1 angefordert…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan the code with your phone&apos;s camera, or open the address below on any device. Check that %1 shows the code below, then approve.</source>
        <translation>Scannen Sie den QR-Code mit der Kamera Ihres Telefons, oder öffnen Sie die Adresse unten auf einem beliebigen Gerät. Prüfen Sie, dass %1 den Code unten anzeigt, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the code with your phone&apos;s camera, or open the address below on any device. Enter the code below there, then approve.</source>
        <translation>Scannen Sie den QR-Code mit der Kamera Ihres Telefons, oder öffnen Sie die Adresse unten auf einem beliebigen Gerät. Geben Sie dort den Code unten ein und bestätigen Sie dann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code to enter: %1</source>
        <translation>Einzugebender Code: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for your approval. The code expires in %1:%2.</source>
        <translation>Warten auf Ihre Bestätigung. Der Code läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnoseFlow</name>
    <message>
        <location filename="../app/gui/diagnoseflow.cpp" line="+45"/>
        <source>Window&apos;s socket</source>
        <translation>Socket des Fensters</translation>
    </message>
</context>
<context>
    <name>Plugboard::Diagnosis</name>
    <message>
        <location filename="../core/diagnosis/diagnosis.cpp" line="+108"/>
        <source>The check did not finish within %1 s.</source>
        <translation>Die Prüfung wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something it waits for (the session bus, a program it runs, the network) does not answer: run diagnose again, and report it if it stays.</source>
        <translation>Etwas, worauf sie wartet (der Sitzungsbus, ein von ihr ausgeführtes Programm, das Netzwerk), antwortet nicht: Führen Sie diagnose erneut aus und melden Sie es, wenn es so bleibt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="+18"/>
        <source>Diagnose problems</source>
        <translation>Probleme diagnostizieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Diagnosis report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the report as plain text, e.g. for a bug report</source>
        <translation>Kopiert den Bericht als reinen Text, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking what Plugboard needs from this computer…</source>
        <translation>Es wird geprüft, was Plugboard von diesem Computer benötigt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some checks failed: each says what to do next.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Jede sagt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check passed or only warns.</source>
        <translation>Alle Prüfungen bestanden oder warnen nur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisOptions</name>
    <message>
        <location filename="../core/diagnosis/diagnosisoptions.cpp" line="+13"/>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections file</source>
        <translation>Verbindungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisReport</name>
    <message>
        <location filename="../core/diagnosis/diagnosisreport.cpp" line="+13"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 check(s) failed, %2 warning(s).</source>
        <translation>%1 Prüfung(en) fehlgeschlagen, %2 Warnung(en).</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiscoveryDocumentParser</name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+19"/>
        <source>The answer at %1 is not a discovery document (not JSON). Check that you entered the provider&apos;s issuer URL.</source>
        <translation>Die Antwort unter %1 ist kein Discovery-Dokument (kein JSON). Prüfen Sie, ob Sie die Issuer-URL des Anbieters eingegeben haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document at %1 belongs to the issuer &quot;%2&quot;, not to %3 as requested. Check the issuer URL: it must match the provider&apos;s own exactly.</source>
        <translation>Das Discovery-Dokument unter %1 gehört zum Issuer &quot;%2&quot;, nicht wie angefordert zu %3. Prüfen Sie die Issuer-URL: Sie muss exakt mit der des Anbieters übereinstimmen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Register an application (a client) with %1 and add the redirect URI Plugboard shows.</source>
        <translation>Registrieren Sie eine Anwendung (einen Client) bei %1 und fügen Sie die Redirect-URI hinzu, die Plugboard anzeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy its client ID here, and its client secret if %1 gave you one.</source>
        <translation>Kopieren Sie ihre Client-ID hierher und ihr Client-Secret, falls %1 Ihnen eines gegeben hat.</translation>
    </message>
</context>
<context>
    <name>Plugboard::EndpointsForm</name>
    <message>
        <location filename="../ui/endpointsform.cpp" line="+31"/>
        <source>&amp;Authorization:</source>
        <translation>A&amp;utorisierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revocation:</source>
        <translation>&amp;Widerruf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: disconnecting only forgets the tokens</source>
        <translation>Keiner: Trennen vergisst nur die Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: an RFC 7009 endpoint that takes tokens back on disconnecting</source>
        <translation>Optional: ein Endpunkt nach RFC 7009, der beim Trennen die Tokens widerruft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User info:</source>
        <translation>&amp;Benutzerinfo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: tells accounts apart</source>
        <translation>Optional: unterscheidet Konten voneinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount ID field:</source>
        <translation>Konto-ID-F&amp;eld:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the user info answer names the account: a field such as sub, or a dotted path such as user.id</source>
        <translation>Wo die Antwort des Benutzerinfo-Endpunkts das Konto nennt: ein Feld wie sub oder ein Pfad mit Punkten wie user.id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account na&amp;me field:</source>
        <translation>&amp;Kontonamen-Feld:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the user info answer gives the name shown on the card, such as name or user.login</source>
        <translation>Wo die Antwort des Benutzerinfo-Endpunkts den Namen für die Karte angibt, z. B. name oder user.login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scopes to ask for:</source>
        <translation>Anzufragende &amp;Berechtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces</source>
        <translation>Durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the request body (client_secret_post)</source>
        <translation>Im Body der Anfrage (client_secret_post)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: a public client without a secret</source>
        <translation>Keine: ein öffentlicher Client ohne Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the application you register sends its client secret to the token endpoint</source>
        <translation>Wie die von Ihnen registrierte Anwendung ihr Client-Secret an den Token-Endpunkt sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lient authentication:</source>
        <translation>Client-Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;PKCE</source>
        <translation>&amp;PKCE verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proof Key for Code Exchange (S256): leave it on unless the provider refuses it</source>
        <translation>Proof Key for Code Exchange (S256): Lassen Sie es aktiviert, außer der Anbieter lehnt es ab</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+2"/>
        <source>Enter the %1 endpoint first</source>
        <translation>Geben Sie zuerst den Endpunkt für %1 ein</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+20"/>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Enter the account ID field first: the user info endpoint needs it to tell accounts apart</source>
        <translation>Geben Sie zuerst das Konto-ID-Feld ein: Der Benutzerinfo-Endpunkt braucht es, um Konten zu unterscheiden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 endpoint is needed.</source>
        <translation>Der Endpunkt für %1 wird benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 endpoint must be an https:// address (http:// only on this computer).</source>
        <translation>Der Endpunkt für %1 muss eine https://-Adresse sein (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user info</source>
        <translation>Benutzerinfo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account field must be a field name such as sub, or a dotted path such as user.id, without spaces.</source>
        <translation>Ein Kontofeld muss ein Feldname wie sub oder ein Pfad mit Punkten wie user.id sein, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::FileLock</name>
    <message>
        <location filename="../core/storage/filelock.cpp" line="+29"/>
        <source>Could not open the lock file %1. Check that its folder is writable.</source>
        <translation>Die Sperrdatei %1 konnte nicht geöffnet werden. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not lock %1.</source>
        <translation>%1 konnte nicht gesperrt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Plugboard process holds %1 and did not let go within %2 seconds.</source>
        <translation>Ein anderer Plugboard-Prozess hält %1 und hat es nicht innerhalb von %2 Sekunden freigegeben.</translation>
    </message>
</context>
<context>
    <name>Plugboard::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="+18"/>
        <source>&amp;Start Plugboard when I log in</source>
        <translation>Plugboard beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts in the tray, without its window, and keeps your connections fresh. Your desktop&apos;s own settings list it under start-up applications.</source>
        <translation>Es startet im Systembereich, ohne sein Fenster, und hält Ihre Verbindungen aktuell. Die Einstellungen Ihrer Arbeitsumgebung führen es unter den Autostart-Anwendungen auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;notifications</source>
        <translation>&amp;Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification when a connection needs you, such as signing in again. The tray icon shows it either way.</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine Verbindung Sie braucht, etwa für eine erneute Anmeldung. Das Symbol im Systembereich zeigt es in jedem Fall an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantList</name>
    <message>
        <location filename="../ui/grantlist.cpp" line="+53"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke access for %1</source>
        <translation>Zugriff für %1 widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will have to ask again before it gets another token</source>
        <translation>%1 muss erneut anfragen, bevor wieder ein Token ausgegeben wird</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantPresentation</name>
    <message>
        <location filename="../ui/grantpresentation.cpp" line="+38"/>
        <source>not used yet</source>
        <translation>noch nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last used %1 · %n time(s)</source>
        <translation>
            <numerusform>zuletzt verwendet %1 · %n Mal</numerusform>
            <numerusform>zuletzt verwendet %1 · %n Mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantRegistry</name>
    <message>
        <location filename="../core/access/grantregistry.cpp" line="+71"/>
        <source>There is no connection &quot;%1&quot;. Run `plugboard-cli list` to see them.</source>
        <translation>Es gibt keine Verbindung &quot;%1&quot;. Führen Sie `plugboard-cli list` aus, um alle Verbindungen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no access to any connection; nothing was revoked.</source>
        <translation>%1 hat auf keine Verbindung Zugriff; nichts wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no access to %2; nothing was revoked.</source>
        <translation>%1 hat keinen Zugriff auf %2; nichts wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantsDialog</name>
    <message>
        <location filename="../ui/grantsdialog.cpp" line="+46"/>
        <source>App access</source>
        <translation>App-Zugriff</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No app has access to your connections</source>
        <translation>Keine App hat Zugriff auf Ihre Verbindungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Desktop apps can ask Plugboard for an account&apos;s access tokens over D-Bus. The first time an app asks, Plugboard shows who is asking and for which account, and you choose: allow once, always allow, or deny. Apps you always allow are listed here until you revoke their access.</source>
        <translation>Desktop-Apps können Plugboard über D-Bus nach den Zugriffstokens eines Kontos fragen. Wenn eine App zum ersten Mal fragt, zeigt Plugboard an, wer für welches Konto fragt, und Sie entscheiden: einmal erlauben, immer erlauben oder ablehnen. Apps, denen Sie den Zugriff immer erlauben, werden hier aufgeführt, bis Sie ihren Zugriff widerrufen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apps with access</source>
        <translation>Apps mit Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A revoked app gets no further token. If it asks again, you decide again.</source>
        <translation>Eine App, deren Zugriff widerrufen wurde, erhält kein weiteres Token. Fragt sie erneut an, entscheiden Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected app&apos;s access</source>
        <translation>Zugriff der ausgewählten App widerrufen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>Plugboard::HealthCheck</name>
    <message>
        <location filename="../core/lifecycle/healthcheck.cpp" line="+69"/>
        <source>Plugboard does not know the platform of %1 any more.</source>
        <translation>Plugboard kennt die Plattform von %1 nicht mehr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refused the API key of %2 (HTTP %3): it was revoked or has expired. Create a new key at %4 and connect again with it.</source>
        <translation>%1 hat den API-Schlüssel von %2 abgelehnt (HTTP %3): Er wurde widerrufen oder ist abgelaufen. Erstellen Sie unter %4 einen neuen Schlüssel und verbinden Sie sich damit erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 refused a freshly renewed token for %2 (HTTP 401). Reconnect to sign in again.</source>
        <translation>%1 hat ein frisch erneuertes Token für %2 abgelehnt (HTTP 401). Verbinden Sie sich neu, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the check of %2 with HTTP %3. If this persists, check the app&apos;s permissions at %1 or reconnect.</source>
        <translation>%1 hat die Prüfung von %2 mit HTTP %3 beantwortet. Wenn das anhält, prüfen Sie die Berechtigungen der App bei %1 oder verbinden Sie sich neu.</translation>
    </message>
</context>
<context>
    <name>Plugboard::IdentityRequest</name>
    <message>
        <location filename="../core/oauth/identityrequest.cpp" line="+59"/>
        <source>%1 declares no userinfo endpoint, so Plugboard cannot tell which account signed in.</source>
        <translation>%1 gibt keinen Userinfo-Endpunkt an, daher kann Plugboard nicht feststellen, welches Konto sich angemeldet hat.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the question which account signed in</source>
        <translation>die Abfrage des angemeldeten Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 did not say which account signed in (HTTP %2). Connect again; if it keeps failing, check the app&apos;s permissions at %1.</source>
        <translation>%1 hat nicht mitgeteilt, welches Konto sich angemeldet hat (HTTP %2). Verbinden Sie sich erneut; falls es weiterhin fehlschlägt, prüfen Sie die Berechtigungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s account information has no &quot;%2&quot; field, so Plugboard cannot tell the account apart. Check the platform record&apos;s identity settings.</source>
        <translation>Die Kontoinformationen von %1 enthalten kein Feld &quot;%2&quot;, daher kann Plugboard das Konto nicht unterscheiden. Prüfen Sie die Identitätseinstellungen im Plattformeintrag.</translation>
    </message>
</context>
<context>
    <name>Plugboard::KeychainError</name>
    <message>
        <location filename="../core/storage/keychainerror.cpp" line="+47"/>
        <source>No keyring service is running. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or KeePassXC with Secret Service) and try again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring, KWallet oder KeePassXC mit Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring could not store or read a secret (it said: %1). Check that your keyring works, for example in Seahorse or KWalletManager, and try again.</source>
        <translation>Der Schlüsselbund konnte ein Geheimnis nicht speichern oder lesen (Meldung: %1). Prüfen Sie, ob Ihr Schlüsselbund funktioniert, zum Beispiel in Seahorse oder KWalletManager, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keyring has no saved secret for this, or it is locked. Unlock your keyring and try again; if it is unlocked, connect again to save a new one.</source>
        <translation>Der Schlüsselbund enthält hierfür kein gespeichertes Geheimnis, oder er ist gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut; ist er entsperrt, verbinden Sie sich erneut, um ein neues zu speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your keyring is locked. Unlock it and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard was not allowed to use your keyring. Allow access when your keyring asks (or unlock it) and try again.</source>
        <translation>Plugboard durfte Ihren Schlüsselbund nicht verwenden. Erlauben Sie den Zugriff, wenn Ihr Schlüsselbund nachfragt (oder entsperren Sie ihn), und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackCheck</name>
    <message>
        <location filename="../core/diagnosis/loopbackcheck.cpp" line="+53"/>
        <source>Loopback listener</source>
        <translation>Loopback-Listener</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot listen on 127.0.0.1: %1. No sign-in can receive its redirect.</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden: %1. Keine Anmeldung kann ihre Weiterleitung empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the loopback interface is up (ip addr show lo) and that no security policy forbids programs to listen on it.</source>
        <translation>Prüfen Sie, ob die Loopback-Schnittstelle aktiv ist (ip addr show lo) und ob keine Sicherheitsrichtlinie Programmen verbietet, darauf zu lauschen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1, which the redirect address registered for %2 needs (%3)</source>
        <translation>Port %1, den die für %2 registrierte Redirect-Adresse benötigt (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program holds %1.</source>
        <translation>Ein anderes Programm belegt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the program with %1, close it, then connect again.</source>
        <translation>Ermitteln Sie das Programm mit %1, schließen Sie es und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no platform needs a fixed port</source>
        <translation>keine Plattform benötigt einen festen Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fixed ports %1 are free</source>
        <translation>die festen Ports %1 sind frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>127.0.0.1 can listen, [::1] cannot (%1); %2.</source>
        <translation>127.0.0.1 kann lauschen, [::1] nicht (%1); %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browsers that resolve localhost to ::1 cannot reach platforms that redirect to localhost: enable IPv6 on the loopback interface.</source>
        <translation>Browser, die localhost zu ::1 auflösen, erreichen keine Plattformen, die auf localhost weiterleiten: Aktivieren Sie IPv6 auf der Loopback-Schnittstelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>127.0.0.1 and [::1] can listen on a free port; %1.</source>
        <translation>127.0.0.1 und [::1] können auf einem freien Port lauschen; %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackListener</name>
    <message>
        <location filename="../core/oauth/loopbacklistener.cpp" line="+80"/>
        <source>The redirect host must be 127.0.0.1 or localhost, not %1.</source>
        <translation>Der Redirect-Host muss 127.0.0.1 oder localhost sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not listen on %1 port %2 for the browser&apos;s answer: %3. Close the program using that port, or try again.</source>
        <translation>Auf %1, Port %2 kann nicht auf die Antwort des Browsers gewartet werden: %3. Beenden Sie das Programm, das diesen Port verwendet, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Plugboard stopped waiting. You can close this tab.</source>
        <translation>Plugboard wartet nicht mehr. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a request Plugboard understands.</source>
        <translation>Diese Anfrage versteht Plugboard nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address does not belong to Plugboard.</source>
        <translation>Diese Adresse gehört nicht zu Plugboard.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackReplyHandler</name>
    <message>
        <location filename="../core/oauth/loopbackreplyhandler.cpp" line="+39"/>
        <source>The redirect path must start with / and name a path.</source>
        <translation>Der Redirect-Pfad muss mit / beginnen und einen Pfad angeben.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET akzeptiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This link does not belong to the sign-in Plugboard is waiting for. Start the connection again from Plugboard.</source>
        <translation>Dieser Link gehört nicht zu der Anmeldung, auf die Plugboard wartet. Starten Sie die Verbindung in Plugboard erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Plugboard has already received the answer for this sign-in.</source>
        <translation>Plugboard hat die Antwort für diese Anmeldung bereits erhalten.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The answer repeats a parameter. Start the connection again.</source>
        <translation>Die Antwort enthält einen Parameter mehrfach. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That is not the address this sign-in waits for: it starts with %1. Copy the whole address from the browser&apos;s address bar after signing in, and paste it here.</source>
        <translation>Das ist nicht die Adresse, auf die diese Anmeldung wartet: Die erwartete Adresse beginnt mit %1. Kopieren Sie nach der Anmeldung die vollständige Adresse aus der Adressleiste des Browsers und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That address belongs to another sign-in (its state does not match). Paste the address the browser ended on for the URL printed above.</source>
        <translation>Diese Adresse gehört zu einer anderen Anmeldung (ihr Zustand stimmt nicht überein). Fügen Sie die Adresse ein, bei der der Browser für die oben ausgegebene URL gelandet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address repeats a parameter, so Plugboard cannot trust it. Connect again.</source>
        <translation>Diese Adresse wiederholt einen Parameter, daher kann Plugboard ihr nicht vertrauen. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the request to finish signing in</source>
        <translation>die Anfrage zum Abschluss der Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and connect again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Plugboard</source>
        <translation>Ü&amp;ber Plugboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;custom provider…</source>
        <translation>&amp;Eigenen Anbieter hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an OAuth or OpenID Connect server by its issuer URL</source>
        <translation>Einen OAuth- oder OpenID-Connect-Server über seine Issuer-URL hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add self-hosted &amp;server…</source>
        <translation>Selbst gehosteten &amp;Server hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your GitLab, Gitea or Forgejo, Keycloak or Mastodon server</source>
        <translation>Eigenen Server hinzufügen: GitLab, Gitea oder Forgejo, Keycloak oder Mastodon</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keep secrets in an encrypted &amp;vault…</source>
        <translation>Geheimnisse in einem verschlüsselten &amp;Tresor aufbewahren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a computer without a keyring: every token and secret in one file, locked by a passphrase</source>
        <translation>Für einen Computer ohne Schlüsselbund: alle Tokens und Geheimnisse in einer Datei, gesichert durch eine Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export backup…</source>
        <translation>Sicherung &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save providers, credentials, connections and settings in one encrypted file, for another computer</source>
        <translation>Anbieter, Zugangsdaten, Verbindungen und Einstellungen in einer verschlüsselten Datei speichern, für einen anderen Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore what an encrypted backup holds</source>
        <translation>Inhalt einer verschlüsselten Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As a &amp;grid</source>
        <translation>Als &amp;Raster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a &amp;list</source>
        <translation>Als &amp;Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App &amp;access…</source>
        <translation>App-&amp;Zugriff…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which apps may use your connections, and revoking their access</source>
        <translation>Welche Apps Ihre Verbindungen nutzen dürfen, und deren Zugriff widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ac&amp;tivity…</source>
        <translation>A&amp;ktivität…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to your secrets: sign-ins, renewals, tokens handed out and who took them</source>
        <translation>Was mit Ihren Geheimnissen geschehen ist: Anmeldungen, Erneuerungen, ausgegebene Token und wer sie genommen hat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting with your session, notifications, where secrets are kept</source>
        <translation>Start mit Ihrer Sitzung, Benachrichtigungen, Aufbewahrungsort der Geheimnisse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why do I need to register an app?</source>
        <translation>&amp;Warum muss ich eine App registrieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose problems…</source>
        <translation>Probleme &amp;diagnostizieren…</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <message numerus="yes">
        <location line="+27"/>
        <source>%n platform(s) available</source>
        <translation>
            <numerusform>%n Plattform verfügbar</numerusform>
            <numerusform>%n Plattformen verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
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
    <name>Plugboard::MastodonAppRegistration</name>
    <message>
        <location filename="../core/oauth/mastodonappregistration.cpp" line="+60"/>
        <source>the registration of Plugboard</source>
        <translation>die Registrierungsanfrage von Plugboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and your connection, then add it again.</source>
        <translation>Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung und fügen Sie den Server dann erneut hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 did not register Plugboard as an app (HTTP %2%3). Check that %1 is a Mastodon server and that it accepts new apps, then add it again.</source>
        <translation>%1 hat Plugboard nicht als App registriert (HTTP %2%3). Prüfen Sie, ob %1 ein Mastodon-Server ist und neue Apps zulässt, und fügen Sie ihn dann erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>Plugboard::NetworkProxy</name>
    <message>
        <location filename="../core/network/networkproxy.cpp" line="+46"/>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::NetworkSettingsPage</name>
    <message>
        <location filename="../ui/networksettingspage.cpp" line="+25"/>
        <source>How Plugboard&apos;s requests (sign-ins, renewals, checks) reach the internet. Connections to this computer never go through a proxy.</source>
        <translation>Wie die Anfragen von Plugboard (Anmeldungen, Erneuerungen, Prüfungen) das Internet erreichen. Verbindungen zu diesem Computer laufen nie über einen Proxy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the proxy asks for a sign-in</source>
        <translation>Nur wenn der Proxy eine Anmeldung verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the secret store, never in the settings file</source>
        <translation>Wird im Geheimnisspeicher aufbewahrt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A password is stored; type a new one to replace it</source>
        <translation>Ein Passwort ist gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
</context>
<context>
    <name>Plugboard::OAuthError</name>
    <message>
        <location filename="../core/oauth/oautherror.cpp" line="+34"/>
        <source>%1 does not accept Plugboard&apos;s redirect URI. Register exactly %2 in your app&apos;s settings at %1, then connect again. (%1 said: %3)</source>
        <translation>%1 akzeptiert die Redirect-URI von Plugboard nicht. Registrieren Sie genau %2 in den Einstellungen Ihrer App bei %1 und verbinden Sie sich dann erneut. (%1 meldete: %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was not granted at %1. Connect again and approve the request at %1.</source>
        <translation>Der Zugriff wurde bei %1 nicht gewährt. Verbinden Sie sich erneut und stimmen Sie der Anfrage bei %1 zu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not accept the app credentials. Check the client ID and client secret. (%1 said: %2)</source>
        <translation>%1 hat die App-Zugangsdaten nicht akzeptiert. Prüfen Sie Client-ID und Client-Secret. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again. (%1 said: %2)</source>
        <translation>%1 hat die angeforderten Berechtigungen abgelehnt. Entfernen Sie die Scopes, die %1 nicht anbietet, und verbinden Sie sich erneut. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again. (%1 said: %2)</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr. Verbinden Sie sich erneut, um sich wieder anzumelden. (%1 meldete: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused to issue tokens: %2. Try again; if it keeps failing, check the app&apos;s settings at %1.</source>
        <translation>%1 hat die Ausgabe von Tokens verweigert: %2. Versuchen Sie es erneut; falls es weiterhin fehlschlägt, prüfen Sie die Einstellungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the sign-in request (HTTP %2) because of the redirect URI. Register exactly %3 for your app at %4, then connect again.</source>
        <translation>%1 hat die Anmeldeanfrage wegen der Redirect-URI abgelehnt (HTTP %2). Registrieren Sie genau %3 für Ihre App bei %4 und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused the sign-in request (HTTP %2) before anyone could sign in: it probably does not know the client ID, or %3 is not registered as a redirect URI. Check both at %4 and in Plugboard&apos;s credentials, then connect again.</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt (HTTP %2), bevor sich jemand anmelden konnte: Wahrscheinlich ist die Client-ID dort unbekannt oder %3 nicht als Redirect-URI registriert. Prüfen Sie beides bei %4 und in den App-Zugangsdaten in Plugboard und verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PassphraseDialog</name>
    <message>
        <location filename="../ui/passphrasedialog.cpp" line="+25"/>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a vault passphrase</source>
        <translation>Passphrase für den Tresor wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugboard keeps your tokens and app credentials in an encrypted vault (%1). Enter its passphrase to use them; Plugboard asks once until you quit.</source>
        <translation>Plugboard bewahrt Ihre Tokens und App-Zugangsdaten in einem verschlüsselten Tresor (%1) auf. Geben Sie seine Passphrase ein, um sie zu verwenden; Plugboard fragt bis zum Beenden nur einmal danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your tokens and app credentials will be kept in an encrypted vault (%1) instead of the keyring. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Ihre Tokens und App-Zugangsdaten werden statt im Schlüsselbund in einem verschlüsselten Tresor (%1) aufbewahrt. Eine vergessene Passphrase kann niemand wiederherstellen: Bewahren Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PermissionsCheck</name>
    <message>
        <location filename="../core/diagnosis/permissionscheck.cpp" line="+44"/>
        <source>File permissions</source>
        <translation>Dateiberechtigungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 belongs to another user (uid %3).</source>
        <translation>%1 %2 gehört einem anderen Benutzer (UID %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 has mode %3: other users may read or change it.</source>
        <translation>%1 %2 hat den Modus %3: Andere Benutzer können es lesen oder ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run: %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard has not created any of its files yet.</source>
        <translation>Plugboard hat noch keine seiner Dateien angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of Plugboard&apos;s files and folders checked: yours, and only yours to read.</source>
        <translation>%1 Dateien und Ordner von Plugboard geprüft: Sie gehören Ihnen und nur Sie können sie lesen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformCatalog</name>
    <message>
        <location filename="../core/catalog/platformcatalog.cpp" line="+45"/>
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: custom: a shipped record must not be marked custom; remove the key</source>
        <translation>%1: custom: ein mitgelieferter Eintrag darf nicht als custom markiert sein; entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: id: &quot;%2&quot; belongs to a built-in platform, which a custom record cannot replace; give the file and its id another name</source>
        <translation>%1: id: &quot;%2&quot; gehört zu einer integrierten Plattform, die ein benutzerdefinierter Eintrag nicht ersetzen kann; geben Sie der Datei und ihrer id einen anderen Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no platform called &quot;%1&quot;. Run `plugboard-cli providers` to list them.</source>
        <translation>Es gibt keine Plattform namens &quot;%1&quot;. Führen Sie `plugboard-cli providers` aus, um alle Plattformen aufzulisten.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&quot;%1&quot; is the id of a built-in platform. Choose another id for the custom platform.</source>
        <translation>&quot;%1&quot; ist die ID einer integrierten Plattform. Wählen Sie eine andere ID für die benutzerdefinierte Plattform.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A custom platform &quot;%1&quot; already exists. Remove it first, or choose another id.</source>
        <translation>Eine benutzerdefinierte Plattform &quot;%1&quot; existiert bereits. Entfernen Sie sie zuerst oder wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save the custom platform to %1: %2. Check that the folder is writable.</source>
        <translation>Die benutzerdefinierte Plattform konnte nicht in %1 gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is a built-in platform and cannot be removed.</source>
        <translation>&quot;%1&quot; ist eine integrierte Plattform und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete %1: %2. Check that the folder is writable.</source>
        <translation>%1 konnte nicht gelöscht werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformRecordParser</name>
    <message>
        <location filename="../core/catalog/platformrecordparser.cpp" line="+46"/>
        <source>the record uses schema %1, but this version of Plugboard reads schema %2 at most; update Plugboard to use it</source>
        <translation>der Eintrag verwendet Schema %1, diese Plugboard-Version liest aber höchstens Schema %2; aktualisieren Sie Plugboard, um ihn zu verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; may use only lowercase letters a-z, digits and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>&quot;%1&quot; darf nur Kleinbuchstaben a-z, Ziffern und &apos;-&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is &quot;%1&quot; but the file is named %2; the id and the file name must match</source>
        <translation>ist &quot;%1&quot;, aber die Datei heißt %2; id und Dateiname müssen übereinstimmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an SVG file name such as github.svg, without folders</source>
        <translation>muss ein SVG-Dateiname wie github.svg sein, ohne Ordner</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is missing, but revocation_style needs it</source>
        <translation>fehlt, wird aber von revocation_style benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must name how to revoke a token, because endpoints.revocation is set</source>
        <translation>muss angeben, wie ein Token widerrufen wird, da endpoints.revocation gesetzt ist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is declared twice; list each scope once</source>
        <translation>&quot;%1&quot; ist doppelt angegeben; führen Sie jeden Scope nur einmal auf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plugboard sets this parameter itself; remove it</source>
        <translation>Plugboard setzt diesen Parameter selbst; entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be &quot;127.0.0.1&quot; or &quot;localhost&quot;</source>
        <translation>muss &quot;127.0.0.1&quot; oder &quot;localhost&quot; sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 0 and 65535 (0 picks any free port)</source>
        <translation>muss zwischen 0 und 65535 liegen (0 wählt einen beliebigen freien Port)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must start with &quot;/&quot; and name a path such as /callback, without spaces, ? or #</source>
        <translation>muss mit &quot;/&quot; beginnen und einen Pfad wie /callback angeben, ohne Leerzeichen, ? oder #</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be &quot; &quot; or &quot;,&quot;</source>
        <translation>muss &quot; &quot; oder &quot;,&quot; sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a header name other than Authorization</source>
        <translation>muss ein anderer Header-Name als Authorization sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is missing, but endpoints.userinfo needs it to tell accounts apart</source>
        <translation>fehlt, wird aber von endpoints.userinfo benötigt, um Konten zu unterscheiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;GET&quot; or &quot;POST&quot;</source>
        <translation>muss &quot;GET&quot; oder &quot;POST&quot; sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a dotted path such as user.id</source>
        <translation>muss ein durch Punkte getrennter Pfad wie user.id sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a dotted path such as user.login</source>
        <translation>muss ein durch Punkte getrennter Pfad wie user.login sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a sentence (a non-empty string)</source>
        <translation>muss ein Satz sein (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must hold 2 to 4 steps, not %1</source>
        <translation>muss 2 bis 4 Schritte enthalten, nicht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must hold at most 4 steps, not %1</source>
        <translation>darf höchstens 4 Schritte enthalten, nicht %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>may use only lowercase letters a-z, digits and &apos;_&apos;, starting with a letter</source>
        <translation>darf nur Kleinbuchstaben a-z, Ziffern und &apos;_&apos; enthalten und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true for a client secret or API key</source>
        <translation>muss für ein Client-Secret oder einen API-Schlüssel true sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is declared twice; each key may appear once</source>
        <translation>&quot;%1&quot; ist doppelt angegeben; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an oauth2 platform must declare a &quot;client_id&quot; field</source>
        <translation>eine oauth2-Plattform muss ein Feld &quot;client_id&quot; deklarieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must declare a &quot;client_secret&quot; field, because client_authentication sends one</source>
        <translation>muss ein Feld &quot;client_secret&quot; deklarieren, da client_authentication eines sendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a token platform must declare a field of type &quot;api_key&quot;</source>
        <translation>eine token-Plattform muss ein Feld vom Typ &quot;api_key&quot; deklarieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declares a field of type &quot;username&quot; exactly when api_key.send is &quot;basic&quot;, which sends it with the key</source>
        <translation>muss genau dann ein Feld vom Typ &quot;username&quot; deklarieren, wenn api_key.send &quot;basic&quot; ist, denn damit wird es mit dem Schlüssel gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is needed by a token platform: Plugboard checks each key with it</source>
        <translation>wird von einer token-Plattform benötigt: Plugboard prüft damit jeden Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid JSON: %1 at offset %2; fix the syntax there (often a missing comma or quote)</source>
        <translation>kein gültiges JSON: %1 an Position %2; korrigieren Sie dort die Syntax (oft fehlt ein Komma oder Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object ({…})</source>
        <translation>muss genau ein JSON-Objekt ({…}) enthalten</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordsections.cpp" line="+28"/>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 1 und 3650 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is only for platforms whose auth_kind is &quot;oauth2&quot;</source>
        <translation>ist nur für Plattformen mit auth_kind &quot;oauth2&quot; gedacht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must declare lifetime_days, idle_days or both</source>
        <translation>muss lifetime_days, idle_days oder beides angeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is only for platforms whose auth_kind is &quot;token&quot;</source>
        <translation>gilt nur für Plattformen, deren auth_kind &quot;token&quot; ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a header name such as X-Api-Key</source>
        <translation>muss ein Header-Name wie X-Api-Key sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header and prefix are only for &quot;send&quot;: &quot;header&quot;</source>
        <translation>header und prefix gelten nur für &quot;send&quot;: &quot;header&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is only for &quot;send&quot;: &quot;query&quot;</source>
        <translation>gilt nur für &quot;send&quot;: &quot;query&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a query parameter name such as api_key</source>
        <translation>muss ein Query-Parametername wie api_key sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is only for platforms added from a template (custom records)</source>
        <translation>gilt nur für Plattformen, die aus einer Vorlage hinzugefügt wurden (benutzerdefinierte Einträge)</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformSettings</name>
    <message>
        <location filename="../core/platformsettings.cpp" line="+30"/>
        <source>The token-exchange proxy must be an https:// URL (http:// only for 127.0.0.1 or localhost).</source>
        <translation>Der Proxy für den Token-Austausch muss eine https://-URL sein (http:// nur für 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1. Check that the folder is writable.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformTemplate</name>
    <message>
        <location filename="../core/catalog/platformtemplate.cpp" line="+101"/>
        <source>must be lowercase a-z, digits and &apos;_&apos;, and not instance_host (Plugboard derives that one)</source>
        <translation>darf nur Kleinbuchstaben a-z, Ziffern und &apos;_&apos; enthalten und nicht instance_host lauten (diesen Wert leitet Plugboard selbst ab)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must declare at least one parameter</source>
        <translation>muss mindestens einen Parameter deklarieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must hold one JSON object ({…}) with valid JSON syntax</source>
        <translation>muss genau ein JSON-Objekt ({…}) mit gültiger JSON-Syntax enthalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: with its example values: %2</source>
        <translation>%1: mit den Beispielwerten: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs the %2 (%3), for example %4.</source>
        <translation>%1 benötigt die Angabe „%2“ (%3), z. B. %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave the user name and password out of the %1: Plugboard signs in another way, and keeps the address in a plain file.</source>
        <translation>Lassen Sie Benutzername und Passwort aus „%1“ weg: Plugboard meldet sich anders an und speichert die Adresse in einer einfachen Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an address Plugboard can use: it must start with https://, such as %2 (plain http:// only for this computer).</source>
        <translation>„%1“ ist keine Adresse, die Plugboard verwenden kann: Sie muss mit https:// beginnen, z. B. %2 (einfaches http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &quot;%2&quot;.</source>
        <translation>%1: Verwenden Sie nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes no parameter &quot;%2&quot;; it takes %3.</source>
        <translation>%1 kennt keinen Parameter „%2“; erwartet werden: %3.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no template &quot;%1&quot;. Run `plugboard-cli providers --templates` for the list.</source>
        <translation>Es gibt keine Vorlage „%1“. `plugboard-cli providers --templates` zeigt die Liste.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlugboardBusObject</name>
    <message>
        <location filename="../app/dbus/plugboardbusobject.cpp" line="+45"/>
        <source>The %1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 must not contain NUL characters.</source>
        <translation>%1 darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 takes arguments of type &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 erwartet Argumente vom Typ &quot;%2&quot;, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>connection name</source>
        <translation>Der Verbindungsname</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>platform</source>
        <translation>Die Plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for at most %1 scopes at once.</source>
        <translation>Fordern Sie höchstens %1 Scopes auf einmal an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope</source>
        <translation>Der Scope</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>secret&apos;s key</source>
        <translation>Der Schlüssel des Geheimnisses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret&apos;s value must be text of at most %1 characters, without NUL.</source>
        <translation>Der Wert eines Geheimnisses muss Text mit höchstens %1 Zeichen sein, ohne NUL.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProblemText</name>
    <message>
        <location filename="../ui/problemtext.cpp" line="+23"/>
        <source>Access was not granted at %1. Connect again and approve the request at %1.</source>
        <translation>Der Zugriff wurde bei %1 nicht gewährt. Verbinden Sie sich erneut und stimmen Sie der Anfrage bei %1 zu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the app credentials. Check the client ID and client secret.</source>
        <translation>%1 hat die App-Zugangsdaten nicht akzeptiert. Prüfen Sie Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused Plugboard&apos;s redirect URI. Register it for your app at %1, then connect again.</source>
        <translation>%1 hat die Weiterleitungs-URI von Plugboard abgelehnt. Registrieren Sie sie für Ihre App bei %1 und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again.</source>
        <translation>%1 hat die angeforderten Berechtigungen abgelehnt. Entfernen Sie die Scopes, die %1 nicht anbietet, und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again.</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr. Verbinden Sie sich erneut, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused to issue tokens. Try again; if it keeps failing, check the app&apos;s settings at %1.</source>
        <translation>%1 hat die Ausgabe von Tokens verweigert. Versuchen Sie es erneut; falls es weiterhin fehlschlägt, prüfen Sie die Einstellungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be reached. Plugboard tries again; check the network if it keeps failing.</source>
        <translation>%1 war nicht erreichbar. Plugboard versucht es erneut; prüfen Sie das Netzwerk, falls es weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and time and any proxy, then choose Check now.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie Datum und Uhrzeit des Computers sowie einen etwaigen Proxy und wählen Sie dann „Jetzt prüfen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plugboard could not open its secret store. Unlock it, then choose Check now.</source>
        <translation>Plugboard konnte seinen Geheimnisspeicher nicht öffnen. Entsperren Sie ihn und wählen Sie dann „Jetzt prüfen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in for %1 is no longer in the secret store. Reconnect to sign in again.</source>
        <translation>Die Anmeldung für %1 ist nicht mehr im Geheimnisspeicher. Verbinden Sie sich erneut, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last attempt with %1 failed. Choose Check now to see why.</source>
        <translation>Der letzte Versuch mit %1 ist fehlgeschlagen. Wählen Sie „Jetzt prüfen“, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProviderDiscovery</name>
    <message>
        <location filename="../core/catalog/providerdiscovery.cpp" line="+109"/>
        <source>Finding the provider at %1 was cancelled.</source>
        <translation>Die Suche nach dem Anbieter unter %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plugboard tried to find a provider without a network connection object. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard hat versucht, einen Anbieter ohne Netzwerkverbindungsobjekt zu finden. Dies ist ein Fehler in Plugboard; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a platform id. Use lowercase letters, digits and dashes, such as &quot;my-provider&quot;.</source>
        <translation>&quot;%1&quot; kann keine Plattform-ID sein. Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, z. B. &quot;my-provider&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be used as an issuer URL: https:// is required (plain http:// only for a server on this computer), without a user name or password. Enter the provider&apos;s https:// issuer URL.</source>
        <translation>%1 kann nicht als Issuer-URL verwendet werden: https:// ist erforderlich (einfaches http:// nur für einen Server auf diesem Computer), ohne Benutzername oder Passwort. Geben Sie die https://-Issuer-URL des Anbieters ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The issuer URL %1 has a query or fragment (&quot;?&quot; or &quot;#&quot;), which an issuer never has. Enter it without them.</source>
        <translation>Die Issuer-URL %1 enthält eine Abfrage oder ein Fragment (&quot;?&quot; oder &quot;#&quot;), was eine Issuer-URL nie hat. Geben Sie sie ohne diese ein.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Found no discovery document for %1: neither %2 nor %3 exists. Check the issuer URL; if it is right, the provider does not support discovery and has to be added by hand.</source>
        <translation>Für %1 wurde kein Discovery-Dokument gefunden: Weder %2 noch %3 existiert. Prüfen Sie die Issuer-URL; ist sie korrekt, unterstützt der Anbieter keine Discovery und muss manuell hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered HTTP %2 instead of a discovery document. Check the issuer URL, or try again later.</source>
        <translation>%1 hat statt mit einem Discovery-Dokument mit HTTP %2 geantwortet. Prüfen Sie die Issuer-URL oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 answered with a redirect that leads nowhere. Check the issuer URL.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet, die ins Leere führt. Prüfen Sie die Issuer-URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery to %2, another server. Plugboard only follows redirects within the same server; enter the issuer URL the provider documents.</source>
        <translation>%1 hat die Discovery an %2 weitergeleitet, einen anderen Server. Plugboard folgt Weiterleitungen nur innerhalb desselben Servers; geben Sie die Issuer-URL ein, die der Anbieter dokumentiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery more than %2 times. Check the issuer URL.</source>
        <translation>%1 hat die Discovery mehr als %2-mal weitergeleitet. Prüfen Sie die Issuer-URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 sent more than any discovery document needs (over %2 KiB). Check the issuer URL.</source>
        <translation>%1 hat mehr gesendet, als ein Discovery-Dokument benötigt (über %2 KiB). Prüfen Sie die Issuer-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>the discovery request</source>
        <translation>die Discovery-Anfrage</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check the issuer URL and try again.</source>
        <translation>Prüfen Sie die Issuer-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try again.</source>
        <translation>Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer within %2 s. Check the URL and your connection, then try again.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die URL und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not set up a secure connection to %1: %2. Check the URL; if it is right, the server&apos;s certificate may be invalid or your computer&apos;s clock wrong.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2. Prüfen Sie die URL; ist sie korrekt, ist möglicherweise das Zertifikat des Servers ungültig oder die Uhr Ihres Computers falsch eingestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1: %2. Check the URL and your connection, then try again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die URL und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxyCheck</name>
    <message>
        <location filename="../core/diagnosis/proxycheck.cpp" line="+37"/>
        <location line="+55"/>
        <source>no proxy (direct)</source>
        <translation>kein Proxy (direkt)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5-Proxy %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP proxy %1:%2</source>
        <translation>HTTP-Proxy %1:%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plugboard&apos;s proxy setting cannot be used: %1 Until it is corrected, Plugboard uses the system&apos;s. %2</source>
        <translation>Die Proxy-Einstellung von Plugboard ist nicht verwendbar: %1 Bis sie korrigiert ist, verwendet Plugboard die des Systems. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct it in Settings ▸ Network, or run plugboard-cli config set proxy system (or none, or http://HOST:PORT).</source>
        <translation>Korrigieren Sie sie unter Einstellungen ▸ Netzwerk oder führen Sie plugboard-cli config set proxy system (oder none oder http://HOST:PORT) aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard&apos;s setting: %1; the system&apos;s proxy settings and variables are not used.</source>
        <translation>Einstellung von Plugboard: %1; die Proxy-Einstellungen und -Variablen des Systems werden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The system&apos;s proxy for %1: %2. Environment: %3.</source>
        <translation>Der System-Proxy für %1: %2. Umgebung: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no proxy variables</source>
        <translation>keine Proxy-Variablen</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxyError</name>
    <message>
        <location filename="../core/network/proxyerror.cpp" line="+20"/>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The proxy refused the user name/password: %1 did not let %2 through to %3. Check the proxy user and password in Plugboard&apos;s settings. %4</source>
        <translation>Der Proxy hat Benutzername/Passwort abgelehnt: %1 hat %2 nicht zu %3 durchgelassen. Prüfen Sie den Proxy-Benutzer und das Passwort in den Einstellungen von Plugboard. %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1 for %2 through %3: %4. Check that the proxy is running and that its address is right in Plugboard&apos;s settings (or the system&apos;s proxy settings). %5</source>
        <translation>%1 für %2 war über %3 nicht erreichbar: %4. Prüfen Sie, ob der Proxy läuft und seine Adresse in den Einstellungen von Plugboard (oder den Proxy-Einstellungen des Systems) stimmt. %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy did not carry %2 to %3: %1 answered &quot;%4&quot;. Check the proxy settings, and the proxy user and password if the proxy asks for them. %5</source>
        <translation>Der Proxy hat %2 nicht zu %3 weitergeleitet: %1 antwortete „%4“. Prüfen Sie die Proxy-Einstellungen sowie Proxy-Benutzer und Passwort, falls der Proxy danach fragt. %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It went through %1: check that the proxy is running and answering.</source>
        <translation>Die Anfrage lief über %1: Prüfen Sie, ob der Proxy läuft und antwortet.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxySettingValue</name>
    <message>
        <location filename="../core/settings/proxysettingvalue.cpp" line="+68"/>
        <source>&quot;%1&quot; is not a proxy setting. Use system, none, http://HOST:PORT or socks5://HOST:PORT (with USER@ before the host when the proxy asks for a sign-in).</source>
        <translation>„%1“ ist keine Proxy-Einstellung. Verwenden Sie system, none, http://HOST:PORT oder socks5://HOST:PORT (mit USER@ vor dem Host, wenn der Proxy eine Anmeldung verlangt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The proxy setting cannot hold a password: it would be kept in plain text. Give only USER@ here and enter the password in Settings ▸ Network in the window.</source>
        <translation>Die Proxy-Einstellung darf kein Passwort enthalten: Es würde im Klartext gespeichert. Geben Sie hier nur USER@ an und tragen Sie das Passwort im Fenster unter Einstellungen ▸ Netzwerk ein.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxySettings</name>
    <message>
        <location filename="../core/network/proxyfactory.cpp" line="+66"/>
        <location filename="../core/network/proxysettings.cpp" line="+173"/>
        <source>the HTTP proxy %1</source>
        <translation>der HTTP-Proxy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/network/proxysettings.cpp" line="-1"/>
        <source>the SOCKS5 proxy %1</source>
        <translation>der SOCKS5-Proxy %1</translation>
    </message>
    <message>
        <location filename="../core/network/proxysettings.cpp" line="-58"/>
        <source>The proxy needs a host name or address, for example proxy.example.com.</source>
        <translation>Der Proxy benötigt einen Hostnamen oder eine Adresse, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy host &quot;%1&quot; is not a host name or address. Enter only the name, without http:// or a port, for example proxy.example.com.</source>
        <translation>Der Proxy-Host „%1“ ist kein Hostname und keine Adresse. Geben Sie nur den Namen ein, ohne http:// oder Port, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy port must be a number from 1 to 65535, for example 3128 or 1080.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein, zum Beispiel 3128 oder 1080.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name cannot contain &quot;:&quot;. Enter the name the proxy expects.</source>
        <translation>Der Proxy-Benutzername darf kein „:“ enthalten. Geben Sie den Namen ein, den der Proxy erwartet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plugboard could not save the proxy settings in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard konnte die Proxy-Einstellungen nicht in %1 speichern. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
</context>
<context>
    <name>Plugboard::QrCode</name>
    <message>
        <location filename="../core/qr/qrcode.cpp" line="+15"/>
        <source>There is no address to show as a QR code.</source>
        <translation>Es gibt keine Adresse, die als QR-Code angezeigt werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is too long for a QR code (%1 bytes; at most %2 fit). Open it by typing or copying it instead.</source>
        <translation>Die Adresse ist zu lang für einen QR-Code (%1 Bytes; höchstens %2 passen hinein). Öffnen Sie sie stattdessen, indem Sie sie eintippen oder kopieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This address cannot be shown as a QR code. Open it by typing or copying it instead.</source>
        <translation>Diese Adresse kann nicht als QR-Code angezeigt werden. Öffnen Sie sie stattdessen, indem Sie sie eintippen oder kopieren.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RecentActivityList</name>
    <message>
        <location filename="../ui/recentactivity.cpp" line="+39"/>
        <source>All activity…</source>
        <translation>Gesamte Aktivität…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activity of this connection</source>
        <translation>Gesamte Aktivität dieser Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the Activity view for this connection</source>
        <translation>Öffnet die Ansicht „Aktivität“ für diese Verbindung</translation>
    </message>
</context>
<context>
    <name>Plugboard::RecordReader</name>
    <message>
        <location filename="../core/catalog/recordreader.cpp" line="+17"/>
        <source>platform record</source>
        <translation>Plattformeintrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss einer der Werte %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key; check its spelling against resources/platforms/SCHEMA.md</source>
        <translation>unbekannter Schlüssel; prüfen Sie die Schreibweise anhand von resources/platforms/SCHEMA.md</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an https:// URL (http:// only for loopback hosts)</source>
        <translation>muss eine https://-URL sein (http:// nur für Loopback-Hosts)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object ({…})</source>
        <translation>muss ein Objekt ({…}) sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list ([…])</source>
        <translation>muss eine Liste ([…]) sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshFlight</name>
    <message>
        <location filename="../core/lifecycle/refreshflight.cpp" line="+62"/>
        <source>The saved sign-in of %1 is damaged (%2). Reconnect to replace it.</source>
        <translation>Die gespeicherte Anmeldung von %1 ist beschädigt (%2). Verbinden Sie sich neu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sign-in of %1 has expired and the platform gives Plugboard no way to renew it. Reconnect to sign in again.</source>
        <translation>Die Anmeldung von %1 ist abgelaufen, und die Plattform bietet Plugboard keinen Weg, sie zu erneuern. Verbinden Sie sich neu, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard does not know the platform &quot;%1&quot; any more, so it cannot renew %2. Add the platform again or disconnect the account.</source>
        <translation>Plugboard kennt die Plattform „%1“ nicht mehr und kann %2 daher nicht erneuern. Fügen Sie die Plattform wieder hinzu oder trennen Sie das Konto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no app credentials any more, so Plugboard cannot renew %2. Set up the credentials again.</source>
        <translation>Für %1 gibt es keine App-Zugangsdaten mehr, daher kann Plugboard %2 nicht erneuern. Richten Sie die Zugangsdaten erneut ein.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 renewed the sign-in of %2, but the keyring did not take the new tokens: %3 If the connection stops working, reconnect.</source>
        <translation>%1 hat die Anmeldung von %2 erneuert, aber der Schlüsselbund hat die neuen Tokens nicht angenommen: %3 Wenn die Verbindung nicht mehr funktioniert, verbinden Sie sich neu.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 has no working sign-in any more. Reconnect to sign in again.</source>
        <translation>%1 hat keine funktionierende Anmeldung mehr. Verbinden Sie sich neu, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no connection %1. Run &quot;plugboard-cli list&quot; to see the connections.</source>
        <translation>Es gibt keine Verbindung %1. „plugboard-cli list“ zeigt die Verbindungen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshLock</name>
    <message>
        <location filename="../core/lifecycle/refreshlock.cpp" line="+44"/>
        <source>Plugboard could not create its lock folder %1. Check that the folder above it is writable.</source>
        <translation>Plugboard konnte seinen Sperrordner %1 nicht anlegen. Prüfen Sie, ob der Ordner darüber beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plugboard could not create the lock file %1. Check the folder&apos;s permissions.</source>
        <translation>Plugboard konnte die Sperrdatei %1 nicht anlegen. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another Plugboard process has been renewing %1 for more than %2 s. Try again in a moment.</source>
        <translation>Ein anderer Plugboard-Prozess erneuert %1 seit mehr als %2 s. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RegistrationHelp</name>
    <message>
        <location filename="../ui/registrationhelp.cpp" line="+25"/>
        <source>Why do I need to register an app?</source>
        <translation>Warum muss ich eine App registrieren?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms such as GitHub or Google only let a program sign you in when they know it: every program that asks for access is registered with the platform as an &quot;app&quot;. Plugboard is not registered for you in advance, so that your connections depend on nobody but you and the platform.</source>
        <translation>Plattformen wie GitHub oder Google lassen ein Programm Sie nur anmelden, wenn sie es kennen: Jedes Programm, das Zugriff verlangt, ist bei der Plattform als „App“ registriert. Plugboard ist nicht im Voraus für Sie registriert, damit Ihre Verbindungen von niemandem außer Ihnen und der Plattform abhängen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering takes a few minutes, once per platform: in the platform&apos;s developer console, create an app, enter the redirect URI Plugboard shows, and copy the client ID (and, where the platform gives one, the client secret) into Plugboard.</source>
        <translation>Die Registrierung dauert einige Minuten, einmal pro Plattform: Erstellen Sie in der Entwicklerkonsole der Plattform eine App, tragen Sie die Redirect-URI ein, die Plugboard anzeigt, und kopieren Sie die Client-ID (und, falls die Plattform eines ausgibt, das Client-Secret) in Plugboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard keeps them in your system keyring. Your own account then connects with a normal sign-in in your browser.</source>
        <translation>Plugboard bewahrt sie im Schlüsselbund Ihres Systems auf. Ihr eigenes Konto verbinden Sie dann mit einer normalen Anmeldung in Ihrem Browser.</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired %1 · refreshes when needed</source>
        <translation>%1 abgelaufen · wird bei Bedarf erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · refreshes automatically</source>
        <translation>%1 · wird automatisch erneuert</translation>
    </message>
</context>
<context>
    <name>Plugboard::ReplyDeadline</name>
    <message numerus="yes">
        <location filename="../core/oauth/replydeadline.cpp" line="+69"/>
        <source>%1 did not finish answering %2 within %n second(s). %3</source>
        <translation>
            <numerusform>%1 hat %2 nicht innerhalb von %n s vollständig beantwortet. %3</numerusform>
            <numerusform>%1 hat %2 nicht innerhalb von %n s vollständig beantwortet. %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered %2 with more data than any platform sends (over %3 MB); Plugboard stopped reading. %4</source>
        <translation>%1 hat %2 mit mehr Daten beantwortet, als eine Plattform je sendet (über %3 MB); Plugboard hat das Lesen abgebrochen. %4</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 stopped answering %2 (nothing arrived for %n second(s)). %3</source>
        <translation>
            <numerusform>%1 hat aufgehört, %2 zu beantworten (%n s lang kam nichts an). %3</numerusform>
            <numerusform>%1 hat aufgehört, %2 zu beantworten (%n s lang kam nichts an). %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection to %1 for %2 failed: %3. Check the computer&apos;s date and any proxy that inspects HTTPS. %4</source>
        <translation>Die sichere Verbindung zu %1 für %2 ist fehlgeschlagen: %3. Prüfen Sie das Datum des Computers und etwaige Proxys, die HTTPS-Verkehr untersuchen. %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before answering %2. %3</source>
        <translation>%1 hat die Verbindung geschlossen, ohne %2 zu beantworten. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 for %2: %3. %4</source>
        <translation>%1 ist für %2 nicht erreichbar: %3. %4</translation>
    </message>
</context>
<context>
    <name>Plugboard::ResultPage</name>
    <message>
        <location filename="../core/oauth/resultpage.cpp" line="+45"/>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard is now connected as %1.</source>
        <translation>Plugboard ist jetzt als %1 verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1</source>
        <translation>Verbindung mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab and try again from Plugboard.</source>
        <translation>Sie können diesen Tab schließen und es in Plugboard erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretBackend</name>
    <message>
        <location filename="../core/storage/secretbackend.cpp" line="+58"/>
        <source>Plugboard could not record where secrets are kept in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard konnte nicht in %1 festhalten, wo Geheimnisse aufbewahrt werden. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location filename="../core/storage/secretbackendcreate.cpp" line="+28"/>
        <source>%1 says secrets are kept in &quot;%2&quot;, which this version of Plugboard does not know. Update Plugboard, or set %3 to keyring or vault.</source>
        <translation>%1 gibt an, dass Geheimnisse in „%2“ aufbewahrt werden, was diese Version von Plugboard nicht kennt. Aktualisieren Sie Plugboard, oder setzen Sie %3 auf keyring oder vault.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretBackendCheck</name>
    <message>
        <location filename="../core/diagnosis/secretbackendcheck.cpp" line="+66"/>
        <source>Secret backend</source>
        <translation>Geheimnis-Backend</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name a secret backend this version of Plugboard does not know.</source>
        <translation>Die Einstellungen nennen ein Geheimnis-Backend, das diese Version von Plugboard nicht kennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the version of Plugboard that chose it, or choose the keyring or the vault again in the settings.</source>
        <translation>Verwenden Sie die Version von Plugboard, die es gewählt hat, oder wählen Sie in den Einstellungen erneut den Schlüsselbund oder den Tresor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keyring is chosen, but there is no D-Bus session bus to reach it.</source>
        <translation>Der Schlüsselbund ist gewählt, aber es gibt keinen D-Bus-Sitzungsbus, um ihn zu erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Plugboard inside your desktop session (DBUS_SESSION_BUS_ADDRESS must lead to its bus), or keep secrets in the encrypted vault: plugboard-cli vault init.</source>
        <translation>Führen Sie Plugboard in Ihrer Desktop-Sitzung aus (DBUS_SESSION_BUS_ADDRESS muss auf deren Bus verweisen) oder bewahren Sie Geheimnisse im verschlüsselten Tresor auf: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KWallet (%1), over its own interface; whether the wallet is open is not checked.</source>
        <translation>KWallet (%1), über seine eigene Schnittstelle; ob die Wallet geöffnet ist, wird nicht geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring is chosen, but nothing provides the Secret Service (org.freedesktop.secrets) on the session bus.</source>
        <translation>Der Schlüsselbund ist gewählt, aber nichts stellt den Secret Service (org.freedesktop.secrets) auf dem Sitzungsbus bereit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a keyring (GNOME Keyring, KWallet, or KeePassXC with its Secret Service integration on), or keep secrets in the encrypted vault: plugboard-cli vault init.</source>
        <translation>Starten Sie einen Schlüsselbund (GNOME Keyring, KWallet oder KeePassXC mit aktivierter Secret-Service-Integration) oder bewahren Sie Geheimnisse im verschlüsselten Tresor auf: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 owns the Secret Service but does not answer as a keyring: %2.</source>
        <translation>%1 belegt den Secret Service, antwortet aber nicht als Schlüsselbund: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart your keyring (log out and in again), then run diagnose again.</source>
        <translation>Starten Sie Ihren Schlüsselbund neu (ab- und wieder anmelden) und führen Sie dann diagnose erneut aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, reached over the Secret Service, has no default keyring yet.</source>
        <translation>%1, über den Secret Service erreicht, hat noch keinen Standard-Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first secret Plugboard stores asks to create one: accept, or create a default keyring in your keyring&apos;s manager.</source>
        <translation>Beim ersten Geheimnis, das Plugboard speichert, werden Sie gefragt, ob einer angelegt werden soll: Stimmen Sie zu oder legen Sie in der Verwaltung Ihres Schlüsselbunds einen Standard-Schlüsselbund an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is reachable; whether its default keyring is locked is unknown: %2.</source>
        <translation>%1 ist erreichbar; ob sein Standard-Schlüsselbund gesperrt ist, ist unbekannt: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Plugboard reports a locked keyring, unlock it in your keyring&apos;s manager.</source>
        <translation>Wenn Plugboard einen gesperrten Schlüsselbund meldet, entsperren Sie ihn in der Verwaltung Ihres Schlüsselbunds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is reachable, but its default keyring is locked.</source>
        <translation>%1 ist erreichbar, aber sein Standard-Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock it (log in again, or unlock it in your keyring&apos;s manager), then try again.</source>
        <translation>Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in der Verwaltung Ihres Schlüsselbunds) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, over the Secret Service; the default keyring is unlocked.</source>
        <translation>%1, über den Secret Service; der Standard-Schlüsselbund ist entsperrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted vault is chosen, but %1 does not exist.</source>
        <translation>Der verschlüsselte Tresor ist gewählt, aber %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the file from your backup, or create a vault: plugboard-cli vault init.</source>
        <translation>Stellen Sie die Datei aus Ihrer Sicherung wieder her oder legen Sie einen Tresor an: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the vault file from your backup; Plugboard never writes over it.</source>
        <translation>Stellen Sie die Tresordatei aus Ihrer Sicherung wieder her; Plugboard überschreibt sie nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted vault %1: it opens, and stays locked here (diagnose never asks for its passphrase).</source>
        <translation>Verschlüsselter Tresor %1: Er lässt sich öffnen und bleibt hier gesperrt (diagnose fragt nie nach seiner Passphrase).</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretJob</name>
    <message>
        <location filename="../core/storage/secretjob.cpp" line="+22"/>
        <source>Plugboard tried to use a secret without a name. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard hat versucht, ein Geheimnis ohne Namen zu verwenden. Dies ist ein Fehler in Plugboard; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugboard tried to store a secret containing a NUL character, which the keyring would cut off. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard hat versucht, ein Geheimnis mit einem NUL-Zeichen zu speichern, an dem der Schlüsselbund es abschneiden würde. Dies ist ein Fehler in Plugboard; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret store was closed before it could finish. Try again.</source>
        <translation>Der Geheimnisspeicher wurde geschlossen, bevor der Vorgang abgeschlossen werden konnte. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretKeyIndex</name>
    <message>
        <location filename="../core/storage/secretkeyindex.cpp" line="+53"/>
        <source>Plugboard could not update its list of saved secrets in %1. Check that the file and its folder are writable, and try again.</source>
        <translation>Plugboard konnte seine Liste gespeicherter Geheimnisse in %1 nicht aktualisieren. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretLineEdit</name>
    <message>
        <location filename="../ui/secretlineedit.cpp" line="+23"/>
        <location line="+33"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretStore</name>
    <message>
        <location filename="../core/storage/secretstore.cpp" line="+134"/>
        <source>Plugboard saved the sign-in of %1, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Plugboard hat die Anmeldung von %1 gespeichert, aber der Schlüsselbund lieferte nichts: Er ist wahrscheinlich gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app credentials of %1 are saved, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Die App-Zugangsdaten von %1 sind gespeichert, aber der Schlüsselbund lieferte nichts: Er ist wahrscheinlich gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard saved the secret %1, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Plugboard hat das Geheimnis %1 gespeichert, aber der Schlüsselbund lieferte nichts: Er ist wahrscheinlich gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretsSettingsPage</name>
    <message>
        <location filename="../ui/secretssettingspage.cpp" line="+26"/>
        <source>Set &amp;up an encrypted vault…</source>
        <translation>Verschlüsselten Tresor ein&amp;richten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring</source>
        <translation>Der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted vault</source>
        <translation>Der verschlüsselte Tresor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep secrets in:</source>
        <translation>Geheimnisse aufbewahren &amp;in:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>S&amp;ecrets</source>
        <translation>&amp;Geheimnisse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring unlocks with your login. The vault is one file locked by a passphrase Plugboard asks for once per session; use it where there is no keyring.</source>
        <translation>Der Schlüsselbund wird mit Ihrer Anmeldung entsperrt. Der Tresor ist eine Datei, gesperrt durch eine Passphrase, nach der Plugboard einmal pro Sitzung fragt; verwenden Sie ihn, wo es keinen Schlüsselbund gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyring unlocks with your login. Where there is no keyring, set up an encrypted vault: Plugboard moves your secrets into one file locked by a passphrase you choose.</source>
        <translation>Der Schlüsselbund wird mit Ihrer Anmeldung entsperrt. Richten Sie dort, wo es keinen Schlüsselbund gibt, einen verschlüsselten Tresor ein: Plugboard verschiebt Ihre Geheimnisse in eine Datei, die mit einer von Ihnen gewählten Passphrase gesperrt ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use the encrypted vault from now on?

Plugboard moves nothing: secrets saved in the keyring stay there, unused, and connections whose secrets are only there need to be connected again.</source>
        <translation>Ab jetzt den verschlüsselten Tresor verwenden?

Plugboard verschiebt nichts: Im Schlüsselbund gespeicherte Geheimnisse bleiben dort, ungenutzt, und Verbindungen, deren Geheimnisse nur dort liegen, müssen erneut verbunden werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the keyring from now on?

Plugboard moves nothing: the vault keeps what it holds, unused, and connections whose secrets are only there need to be connected again.</source>
        <translation>Ab jetzt den Schlüsselbund verwenden?

Plugboard verschiebt nichts: Der Tresor behält seinen Inhalt, ungenutzt, und Verbindungen, deren Geheimnisse nur dort liegen, müssen erneut verbunden werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change where secrets are kept?</source>
        <translation>Aufbewahrungsort der Geheimnisse ändern?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>Plugboard::ServerDialog</name>
    <message>
        <location filename="../ui/serverdialog.cpp" line="+22"/>
        <source>Add a self-hosted server</source>
        <translation>Selbst gehosteten Server hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of server:</source>
        <translation>Servertyp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugboard connects to servers you or your organisation host. Pick the kind of server and say where it is.</source>
        <translation>Plugboard verbindet sich mit Servern, die Sie oder Ihre Organisation betreiben. Wählen Sie den Servertyp und geben Sie an, wo er erreichbar ist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Plugboard registers itself with the server: you can connect right after.</source>
        <translation>Plugboard registriert sich selbst beim Server: Sie können sich direkt danach verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next you register Plugboard as an app on the server, as its page for applications explains.</source>
        <translation>Anschließend registrieren Sie Plugboard als App auf dem Server, wie es dessen Seite für Anwendungen erklärt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Plugboard::SettingsRegistry</name>
    <message>
        <location filename="../core/settings/settingsregistry.cpp" line="+24"/>
        <source>Start Plugboard in the tray when you log in (an autostart entry)</source>
        <translation>Plugboard bei der Anmeldung im Systembereich starten (ein Autostart-Eintrag)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a notification when a connection needs you</source>
        <translation>Eine Benachrichtigung anzeigen, wenn eine Verbindung Sie braucht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no encrypted vault yet. Run `plugboard-cli vault init --move` to create one and move your secrets into it (or File ▸ Keep secrets in an encrypted vault… in the window).</source>
        <translation>Es gibt noch keinen verschlüsselten Tresor. Führen Sie `plugboard-cli vault init --move` aus, um einen anzulegen und Ihre Geheimnisse hineinzuverschieben (oder im Fenster Datei ▸ Geheimnisse in einem verschlüsselten Tresor aufbewahren…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where secrets are kept: the system keyring or the encrypted vault</source>
        <translation>Wo Geheimnisse aufbewahrt werden: im Schlüsselbund des Systems oder im verschlüsselten Tresor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plugboard uses the vault %1 now. Secrets saved in the keyring stay there, unused; connections whose secrets are only there need to be connected again.</source>
        <translation>Plugboard verwendet jetzt den Tresor %1. Im Schlüsselbund gespeicherte Geheimnisse bleiben dort, ungenutzt; Verbindungen, deren Geheimnisse nur dort liegen, müssen erneut verbunden werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard uses the keyring now. The vault %1 keeps what it holds, unused; connections whose secrets are only there need to be connected again.</source>
        <translation>Plugboard verwendet jetzt den Schlüsselbund. Der Tresor %1 behält seinen Inhalt, ungenutzt; Verbindungen, deren Geheimnisse nur dort liegen, müssen erneut verbunden werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which proxy requests go through (with USER@ before the host, its password is set with proxy-password)</source>
        <translation>Über welchen Proxy Anfragen gehen (mit USER@ vor dem Host; sein Passwort wird mit proxy-password gesetzt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Es gibt keine Einstellung „%1“. Die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a value of %2. Use one of: %3.</source>
        <translation>„%1“ ist kein Wert von %2. Verwenden Sie einen von: %3.</translation>
    </message>
</context>
<context>
    <name>Plugboard::StatusBadge</name>
    <message>
        <location filename="../ui/statusbadge.cpp" line="+46"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenHandout</name>
    <message>
        <location filename="../app/dbus/tokenhandout.cpp" line="+34"/>
        <source>There is no connection &quot;%1&quot;. ListConnections names them.</source>
        <translation>Es gibt keine Verbindung &quot;%1&quot;. ListConnections nennt alle Verbindungen.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenProxyField</name>
    <message>
        <location filename="../ui/tokenproxyfield.cpp" line="+17"/>
        <source>Token-exchange proxy</source>
        <translation>Token-Austausch-Proxy</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;Not a proxy address.&lt;/b&gt; Enter an https:// address (http:// only for 127.0.0.1 or localhost).</source>
        <translation>&lt;b&gt;Keine Proxy-Adresse.&lt;/b&gt; Geben Sie eine https://-Adresse ein (http:// nur für 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your team&apos;s server holds the client secret: Plugboard neither asks for it nor sends it, for signing in and for renewals.</source>
        <translation>Der Server Ihres Teams verwahrt das Client-Secret: Plugboard fragt weder danach noch sendet es es, weder bei der Anmeldung noch beim Erneuern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional. Only if your team keeps the client secret on its own token-exchange server; then leave the client secret empty.</source>
        <translation>Optional. Nur wenn Ihr Team das Client-Secret auf einem eigenen Token-Austausch-Server verwahrt; lassen Sie das Client-Secret dann leer.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRefreshRequest</name>
    <message>
        <location filename="../core/oauth/tokenrefreshrequest.cpp" line="+71"/>
        <source>the token renewal</source>
        <translation>die Anfrage zur Token-Erneuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard will try again.</source>
        <translation>Plugboard versucht es erneut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1&apos;s token-exchange proxy (%2)</source>
        <translation>Token-Austausch-Proxy von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenResponseParser</name>
    <message>
        <location filename="../core/oauth/tokenresponseparser.cpp" line="+52"/>
        <source>%1 answered the token request with %2 (HTTP %3). Try again later; if it keeps happening, check the platform&apos;s status page.</source>
        <translation>%1 hat auf die Token-Anfrage mit %2 geantwortet (HTTP %3). Versuchen Sie es später erneut; falls das weiterhin passiert, prüfen Sie die Statusseite der Plattform.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a token lifetime (expires_in) that is not a number of seconds</source>
        <translation>einer ungültigen Token-Lebensdauer (expires_in ist keine Sekundenzahl)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a %1 longer than any platform issues (over %2 KB)</source>
        <translation>einem %1 von über %2 KB (länger, als es eine Plattform je ausstellt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 issued a token of type &quot;%2&quot;, which Plugboard cannot use: only bearer tokens work. Check the app&apos;s settings at %1.</source>
        <translation>%1 hat ein Token vom Typ &quot;%2&quot; ausgestellt, das Plugboard nicht verwenden kann: Nur Bearer-Tokens funktionieren. Prüfen Sie die Einstellungen der App bei %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>malformed JSON</source>
        <translation>fehlerhaftem JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a web page</source>
        <translation>einer Webseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable answer</source>
        <translation>einer unlesbaren Antwort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no access token</source>
        <translation>einer Antwort ohne Access-Token</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRevocation</name>
    <message>
        <location filename="../core/oauth/tokenrevocation.cpp" line="+152"/>
        <source>Plugboard forgot the tokens here; to cut access, remove the app at %1.</source>
        <translation>Plugboard hat die Tokens hier vergessen; um den Zugriff zu entziehen, entfernen Sie die App unter %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the revocation</source>
        <translation>die Widerrufsanfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not revoke at %1: HTTP %2. %3</source>
        <translation>Widerruf bei %1 fehlgeschlagen: HTTP %2. %3</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenSet</name>
    <message>
        <location filename="../core/storage/tokenset.cpp" line="+30"/>
        <source>The saved sign-in of this connection is damaged (%1). Reconnect the account to replace it.</source>
        <translation>Die gespeicherte Anmeldung dieser Verbindung ist beschädigt (%1). Verbinden Sie das Konto erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation>&quot;%1&quot; hat den falschen Typ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The saved sign-in of this connection was written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or reconnect the account to replace it.</source>
        <translation>Die gespeicherte Anmeldung dieser Verbindung wurde von einer neueren Plugboard-Version geschrieben (Format %1; diese Version liest Format %2). Aktualisieren Sie Plugboard oder verbinden Sie das Konto erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ist kein Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no access token</source>
        <translation>kein Access-Token</translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayAlerts</name>
    <message>
        <location filename="../ui/trayalerts.cpp" line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs you to sign in again</source>
        <translation>%1 braucht eine neue Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer accepts the saved sign-in. Choose Reconnect to keep it working.</source>
        <translation>%1 akzeptiert die gespeicherte Anmeldung nicht mehr. Wählen Sie „Erneut verbinden“, damit es weiter funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expires soon</source>
        <translation>%1 läuft bald ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be refreshed automatically. Reconnect before it runs out.</source>
        <translation>Es kann nicht automatisch erneuert werden. Verbinden Sie sich neu, bevor es abläuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not working properly</source>
        <translation>%1 funktioniert nicht richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last check failed. Plugboard will try again.</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen. Plugboard versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a problem</source>
        <translation>%1 hat ein Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Plugboard to see what went wrong.</source>
        <translation>Öffnen Sie Plugboard, um zu sehen, was schiefging.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+23"/>
        <source>Check all now</source>
        <translation>Alle jetzt prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Plugboard</source>
        <translation>Plugboard öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: no connections yet</source>
        <translation>Plugboard: noch keine Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: %1</source>
        <translation>Plugboard: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reconnect %1</source>
        <translation>%1 erneut verbinden</translation>
    </message>
</context>
<context>
    <name>Plugboard::ValidTokenJob</name>
    <message>
        <location filename="../core/lifecycle/validtokenjob.cpp" line="+29"/>
        <source>&quot;%1&quot; is not a connection id (platform/account).</source>
        <translation>„%1“ ist keine Verbindungs-ID (Plattform/Konto).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs you to sign in again. Reconnect it.</source>
        <translation>%1 erfordert eine erneute Anmeldung. Verbinden Sie sich neu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plugboard is shutting down.</source>
        <translation>Plugboard wird beendet.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultFile</name>
    <message>
        <location filename="../core/storage/vaultfile.cpp" line="+60"/>
        <source>Plugboard is set to keep secrets in the vault %1, but there is no such file. Run `plugboard-cli vault init` to create one, or put the file back.</source>
        <translation>Plugboard ist so eingestellt, dass Geheimnisse im Tresor %1 aufbewahrt werden, aber diese Datei gibt es nicht. Führen Sie `plugboard-cli vault init` aus, um einen Tresor zu erstellen, oder legen Sie die Datei wieder an ihren Platz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is far larger than a vault can be. Plugboard did not change it.</source>
        <translation>%1 ist viel größer, als ein Tresor sein kann. Plugboard hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard could not read the vault %1: %2.</source>
        <translation>Plugboard konnte den Tresor %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was made by a newer Plugboard. Update Plugboard to open it.</source>
        <translation>%1 wurde von einer neueren Plugboard-Version erstellt. Aktualisieren Sie Plugboard, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 opened, but what it holds is not a Plugboard vault. Plugboard did not change it.</source>
        <translation>%1 ließ sich öffnen, aber der Inhalt ist kein Plugboard-Tresor. Plugboard hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plugboard could not write the vault %1: %2. The previous contents are unchanged.</source>
        <translation>Plugboard konnte den Tresor %1 nicht schreiben: %2. Der bisherige Inhalt ist unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plugboard could not create the folder of the vault %1.</source>
        <translation>Plugboard konnte den Ordner des Tresors %1 nicht erstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another Plugboard process has been writing the vault %1 for more than %2 s. Try again in a moment.</source>
        <translation>Ein anderer Plugboard-Prozess schreibt seit mehr als %2 s in den Tresor %1. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard could not create the lock file of the vault %1. Check the folder&apos;s permissions.</source>
        <translation>Plugboard konnte die Sperrdatei des Tresors %1 nicht erstellen. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is a vault at %1 already. Plugboard did not change it.</source>
        <translation>Unter %1 gibt es bereits einen Tresor. Plugboard hat ihn nicht verändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Falsche Passphrase für den Tresor %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another Plugboard process changed the passphrase of %1 meanwhile. Nothing was changed; try again.</source>
        <translation>Ein anderer Plugboard-Prozess hat inzwischen die Passphrase von %1 geändert. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultFlow</name>
    <message>
        <location filename="../app/gui/vaultflow.cpp" line="+38"/>
        <source>Keep secrets in an encrypted vault</source>
        <translation>Geheimnisse in einem verschlüsselten Tresor aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard will keep every token, app credential and API key in one file, %1, encrypted with a passphrase you choose, instead of in the keyring, and move what it saved in the keyring there. Plugboard asks for the passphrase once per session. Use it where there is no keyring; where there is one, the keyring protects your secrets with your login.</source>
        <translation>Plugboard bewahrt dann alle Tokens, App-Zugangsdaten und API-Schlüssel statt im Schlüsselbund in einer einzigen Datei auf (%1), verschlüsselt mit einer Passphrase Ihrer Wahl, und verschiebt dorthin, was es bisher im Schlüsselbund gespeichert hat. Plugboard fragt einmal pro Sitzung nach der Passphrase. Nutzen Sie dies, wo es keinen Schlüsselbund gibt; wo es einen gibt, schützt er Ihre Geheimnisse mit Ihrer Anmeldung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a passphrase…</source>
        <translation>Passphrase wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moving your secrets into the vault…</source>
        <translation>Ihre Geheimnisse werden in den Tresor verschoben…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Your secrets are in the encrypted vault now (%n moved from the keyring).</source>
        <translation>
            <numerusform>Ihre Geheimnisse sind jetzt im verschlüsselten Tresor (%n aus dem Schlüsselbund verschoben).</numerusform>
            <numerusform>Ihre Geheimnisse sind jetzt im verschlüsselten Tresor (%n aus dem Schlüsselbund verschoben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultSecretStore</name>
    <message>
        <location filename="../core/storage/vaultsecretstore.cpp" line="+73"/>
        <source>Plugboard needs the passphrase of the vault %1, but has no way to ask for it here.</source>
        <translation>Plugboard benötigt die Passphrase des Tresors %1, kann hier aber nicht danach fragen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Falsche Passphrase für den Tresor %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The vault %1 is unlocked and holds nothing for %2.</source>
        <translation>Der Tresor %1 ist entsperrt und enthält nichts für %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultSetup</name>
    <message>
        <location filename="../core/storage/vaultsetup.cpp" line="+31"/>
        <source>There is a vault at %1 already. Plugboard did not change it.</source>
        <translation>Unter %1 gibt es bereits einen Tresor. Plugboard hat ihn nicht verändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Nothing was moved and no vault was created.</source>
        <translation>%1 Es wurde nichts verschoben und kein Tresor angelegt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The vault holds the secrets now, but deleting them from the keyring failed: %1 Delete Plugboard&apos;s entries there by hand.</source>
        <translation>Der Tresor enthält die Geheimnisse jetzt, aber das Löschen aus dem Schlüsselbund ist fehlgeschlagen: %1 Löschen Sie die Einträge von Plugboard dort von Hand.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VersionsCheck</name>
    <message>
        <location filename="../core/diagnosis/versionscheck.cpp" line="+40"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qt %1 (built with %2), QtKeychain %3, %4 (built with %5).</source>
        <translation>Qt %1 (gebaut mit %2), QtKeychain %3, %4 (gebaut mit %5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Qt libraries are older than the ones Plugboard was built with: update them (sudo apt upgrade) or reinstall Plugboard&apos;s package.</source>
        <translation>Die Qt-Bibliotheken sind älter als die, mit denen Plugboard gebaut wurde: Aktualisieren Sie sie (sudo apt upgrade) oder installieren Sie das Paket von Plugboard neu.</translation>
    </message>
</context>
<context>
    <name>Plugboard::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="+18"/>
        <source>Welcome to Plugboard</source>
        <translation>Willkommen bei Plugboard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plugboard keeps your sign-ins to online platforms in your system keyring and hands working tokens to the programs you allow. To start, pick a platform and set up its app credentials: you register Plugboard as an app with the platform once, then connect your account.</source>
        <translation>Plugboard bewahrt Ihre Anmeldungen bei Online-Plattformen im Schlüsselbund Ihres Systems auf und gibt funktionierende Tokens an die Programme weiter, denen Sie es erlauben. Wählen Sie zum Start eine Plattform und richten Sie ihre App-Zugangsdaten ein: Sie registrieren Plugboard einmalig als App bei der Plattform und verbinden dann Ihr Konto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Why do I need to register an app?</source>
        <translation>Warum muss ich eine App registrieren?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set up %1…</source>
        <translation>%1 einrichten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add custom provider…</source>
        <translation>Eigenen Anbieter hinzufügen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>Plugboard keeps your connections to online platforms working, with every secret in your system keyring.</source>
        <translation>Plugboard hält Ihre Verbindungen zu Online-Plattformen funktionsfähig, jedes Geheimnis im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts in the system tray.</source>
        <translation>Startet im Systembereich.</translation>
    </message>
</context>
</TS>

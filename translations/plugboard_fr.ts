<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+54"/>
        <source>The discovery document at %1 has no %2, which Plugboard needs to connect. The provider may not support signing in through the browser; check its documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discovery document at %1 has a %2 that is not a URL. Ask the provider to fix its discovery document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The discovery document at %1 gives %2 as %3, which is not an https:// URL. Plugboard only talks to https:// servers, or to http:// on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sign you in with OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile, such as your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permission defined by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID the provider gave the application you registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for confidential clients; leave it empty for a public client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformRecord</name>
    <message>
        <location filename="platformrecordstrings.cpp" line="+18"/>
        <source>In the Atlassian developer console, choose Create &gt; OAuth 2.0 integration.</source>
        <extracomment>Step 1 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Permissions, add User identity API plus the Jira or Confluence APIs and scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Authorization, add OAuth 2.0 (3LO) with the exact callback URL Plugboard shows.</source>
        <extracomment>Step 3 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Settings, copy the client ID and secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <extracomment>Label of a field in the Atlassian credential form, in Atlassian&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Atlassian credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <extracomment>Label of a field in the Atlassian credential form, in Atlassian&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings page. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Secret&quot; field of the Atlassian credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Atlassian account profile</source>
        <extracomment>What the Atlassian permission &quot;read:me&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected when you are not using Plugboard</source>
        <extracomment>What the Atlassian permission &quot;offline_access&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira user information</source>
        <extracomment>What the Atlassian permission &quot;read:jira-user&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira projects and issues</source>
        <extracomment>What the Atlassian permission &quot;read:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit Jira issues</source>
        <extracomment>What the Atlassian permission &quot;write:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read summaries of Confluence pages</source>
        <extracomment>What the Atlassian permission &quot;read:confluence-content.summary&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Discord developer portal, choose New Application.</source>
        <extracomment>Step 1 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open OAuth2 and add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 2 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Reset Secret to get a client secret.</source>
        <extracomment>Step 3 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the application&apos;s OAuth2 page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Discord credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Secret</source>
        <extracomment>Label of a field in the Discord credential form, in Discord&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated on the app&apos;s page. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Discord credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your username and avatar</source>
        <extracomment>What the Discord permission &quot;identify&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <extracomment>What the Discord permission &quot;email&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the servers you are in</source>
        <extracomment>What the Discord permission &quot;guilds&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See accounts linked to your Discord account</source>
        <extracomment>What the Discord permission &quot;connections&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Dropbox App Console, choose Create app with Scoped access.</source>
        <extracomment>Step 1 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Permissions tab, tick the scopes you plan to use and submit.</source>
        <extracomment>Step 2 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Settings tab, add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 3 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the app key into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App key</source>
        <extracomment>Label of a field in the Dropbox credential form, in Dropbox&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings tab.</source>
        <extracomment>Hint under the &quot;App key&quot; field of the Dropbox credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your account name and email</source>
        <extracomment>What the Dropbox permission &quot;account_info.read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your files and folders</source>
        <extracomment>What the Dropbox permission &quot;files.metadata.read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the contents of your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.write&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your sharing settings</source>
        <extracomment>What the Dropbox permission &quot;sharing.read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Settings &gt; Developer settings &gt; OAuth Apps and choose New OAuth App.</source>
        <extracomment>Step 1 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the authorization callback URL to the redirect URI Plugboard shows. GitHub accepts any port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the app, then choose Generate a new client secret.</source>
        <extracomment>Step 3 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s page after you register it.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the GitHub credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile</source>
        <extracomment>What the GitHub permission &quot;read:user&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email addresses</source>
        <extracomment>What the GitHub permission &quot;user:email&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full access to your public and private repositories</source>
        <extracomment>What the GitHub permission &quot;repo&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to your public repositories</source>
        <extracomment>What the GitHub permission &quot;public_repo&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit your gists</source>
        <extracomment>What the GitHub permission &quot;gist&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update GitHub Actions workflow files</source>
        <extracomment>What the GitHub permission &quot;workflow&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open User settings &gt; Applications on GitLab.com and choose Add new application.</source>
        <extracomment>Step 1 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the redirect URI to the one Plugboard shows and tick the scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Confidential to use the app without a secret, or keep it and copy the secret too.</source>
        <extracomment>Step 3 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application and copy the application ID into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application ID</source>
        <extracomment>Label of a field in the GitLab credential form, in GitLab&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application ID shown after you save the application.</source>
        <extracomment>Hint under the &quot;Application ID&quot; field of the GitLab credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed when the application is marked Confidential.</source>
        <extracomment>Hint under the &quot;Secret&quot; field of the GitLab credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read access to the API, including groups and projects</source>
        <extracomment>What the GitLab permission &quot;read_api&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your repositories over Git and the API</source>
        <extracomment>What the GitLab permission &quot;read_repository&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push to your repositories over Git</source>
        <extracomment>What the GitLab permission &quot;write_repository&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full read and write access to the API</source>
        <extracomment>What the GitLab permission &quot;api&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Google Cloud Console, pick or create a project and configure the OAuth consent screen.</source>
        <extracomment>Step 1 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the YouTube Data API v3 if you plan to use the YouTube scopes.</source>
        <extracomment>Step 2 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Credentials, create an OAuth client ID of type Desktop app. Desktop clients accept any 127.0.0.1 port, so no redirect URI needs to be entered.</source>
        <extracomment>Step 3 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown with the Desktop app client. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Google credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Google account signed in</source>
        <extracomment>What the Google permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name and profile picture</source>
        <extracomment>What the Google permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube.readonly&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Microsoft Entra admin center, open App registrations and choose New registration.</source>
        <extracomment>Step 1 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under supported account types, pick any organizational directory and personal Microsoft accounts.</source>
        <extracomment>Step 2 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Mobile and desktop applications platform with the redirect URI Plugboard shows; the port is ignored for localhost.</source>
        <extracomment>Step 3 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Application (client) ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (client) ID</source>
        <extracomment>Label of a field in the Microsoft credential form, in Microsoft&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app registration&apos;s Overview page.</source>
        <extracomment>Hint under the &quot;Application (client) ID&quot; field of the Microsoft credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign you in</source>
        <extracomment>What the Microsoft permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile</source>
        <extracomment>What the Microsoft permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Microsoft account profile</source>
        <extracomment>What the Microsoft permission &quot;User.Read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your OneDrive files</source>
        <extracomment>What the Microsoft permission &quot;Files.Read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Notion&apos;s integrations page, create a new integration and set its type to Public.</source>
        <extracomment>Step 1 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows and choose the capabilities it needs; Notion has no scopes to request.</source>
        <extracomment>Step 2 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then copy the OAuth client ID and client secret into Plugboard.</source>
        <extracomment>Step 3 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth Client ID</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the integration&apos;s Configuration page.</source>
        <extracomment>Hint under the &quot;OAuth Client ID&quot; field of the Notion credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth Client Secret</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On api.slack.com/apps, choose Create New App, then From scratch.</source>
        <extracomment>Step 1 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under OAuth &amp; Permissions, add the user scopes openid, profile and email, and add the exact redirect URL Plugboard shows.</source>
        <extracomment>Step 2 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on PKCE in the app settings; Slack accepts http://localhost redirects only for PKCE apps.</source>
        <extracomment>Step 3 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID from Basic Information into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials on the Basic Information page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Slack credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty when PKCE is on. Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Slack credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Slack account signed in</source>
        <extracomment>What the Slack permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name, picture and workspace</source>
        <extracomment>What the Slack permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Spotify developer dashboard, choose Create app and tick Web API.</source>
        <extracomment>Step 1 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows. Spotify rejects localhost; use 127.0.0.1, any port is accepted.</source>
        <extracomment>Step 2 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, open Settings and copy the client ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 3 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the app&apos;s Settings on the Spotify developer dashboard.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Spotify credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile and subscription details</source>
        <extracomment>What the Spotify permission &quot;user-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your private playlists</source>
        <extracomment>What the Spotify permission &quot;playlist-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your saved tracks and albums</source>
        <extracomment>What the Spotify permission &quot;user-library-read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what is playing on your devices</source>
        <extracomment>What the Spotify permission &quot;user-read-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control playback on your devices</source>
        <extracomment>What the Spotify permission &quot;user-modify-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Twitch developer console, choose Register Your Application (two-factor authentication must be on).</source>
        <extracomment>Step 1 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows, including the port, and set the client type to Confidential.</source>
        <extracomment>Step 2 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Manage, then New Secret.</source>
        <extracomment>Step 3 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the channels you follow</source>
        <extracomment>What the Twitch permission &quot;user:read:follows&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See your channel subscriptions</source>
        <extracomment>What the Twitch permission &quot;user:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See who subscribes to your channel</source>
        <extracomment>What the Twitch permission &quot;channel:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:read&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:edit&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Zoom App Marketplace, choose Develop &gt; Build App and create a General App with user-managed authorization.</source>
        <extracomment>Step 1 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows to the OAuth redirect URL and the allow list. Zoom ignores the port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Scopes, add the same scopes you will select in Plugboard.</source>
        <extracomment>Step 3 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and, unless the app uses public PKCE, the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Zoom credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials. Not needed for a public PKCE client.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Zoom credential form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Zoom profile</source>
        <extracomment>What the Zoom permission &quot;user:read:user&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your meetings</source>
        <extracomment>What the Zoom permission &quot;meeting:read:list_meetings&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meetings for you</source>
        <extracomment>What the Zoom permission &quot;meeting:write:meeting&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your cloud recordings</source>
        <extracomment>What the Zoom permission &quot;cloud_recording:read:list_user_recordings&quot; allows, shown in the permission picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::AppCredentials</name>
    <message>
        <location filename="../core/storage/appcredentials.cpp" line="+20"/>
        <source>The saved app credentials of this platform are damaged (%1). Enter them again to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Missing required credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The saved app credentials of this platform were written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::AuthorizationSession</name>
    <message>
        <location filename="../core/oauth/authorizationsession.cpp" line="+147"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 sent the browser back without an authorization code. Connect again to try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back from %1 within %2. If %1 showed an error page, check the client ID and that %3 is registered as a redirect URI; then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::CardBoard</name>
    <message>
        <location filename="../ui/cardboard.cpp" line="+71"/>
        <source>Filter by platform, account or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>More platforms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/commands/checkcommand.cpp" line="+12"/>
        <source>Checks every connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirms with the platform that a connection works, and records the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use `check CONNECTION` or `check --all`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No connections to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no way to check a token without using it; the stored token of %2 has not expired. Use it, and Plugboard renews or flags it when the platform refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+27"/>
        <source>Usage: plugboard-cli COMMAND [OPTIONS]

Plugboard from the terminal: valid tokens for scripts, without ever seeing a refresh token. Secrets are read from standard input, never from arguments.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 would put a secret on the command line, where other users and your shell history can read it. Pipe it in instead, e.g. `--client-secret-stdin`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command &quot;%1&quot;. Run `plugboard-cli --help` to list the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. Run `plugboard-cli %2 --help` for its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectCommand</name>
    <message>
        <location filename="../app/cli/commands/connectcommand.cpp" line="+16"/>
        <source>Only prints the URL to open; opens no browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes to ask for, space-separated, instead of the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connects an account: sign in through the browser; the tokens go to the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform id, e.g. github.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use `connect PLATFORM [--timeout SECONDS]` with a positive timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in to %1 in your browser. If it did not open, open the URL above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the URL above in a browser on this computer and sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If %1 shows an error instead of a sign-in page, check the client ID (`plugboard-cli credentials show`) and the redirect URI (`plugboard-cli redirect-uri`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectionServices</name>
    <message>
        <location filename="../app/cli/connectionservices.cpp" line="+37"/>
        <source>PLATFORM, or PLATFORM/ACCOUNT when it has several accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no connection &quot;%1&quot;, and no platform called &quot;%2&quot;. Run `plugboard-cli list` to see the connections and `plugboard-cli providers` to see the platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no connection &quot;%1&quot;. Run `plugboard-cli list` to see the connections, or `plugboard-cli connect %2` to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; matches %2 connections; name one of them:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CredentialsCommand</name>
    <message>
        <location filename="../app/cli/commands/credentialscommand.cpp" line="+19"/>
        <source>The OAuth client id (not a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the client secret from standard input (or asks, hidden, on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the API key from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanges codes through your team&apos;s server, which holds the client secret (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stores, shows (masked) or removes a platform&apos;s app credentials in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform id, e.g. github.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use `credentials set|show|remove PLATFORM`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Client secret for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to store: give --client-id and/or --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token exchange proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Removed the app credentials for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/commands/disconnectcommand.cpp" line="+19"/>
        <source>Revokes a connection at the platform and forgets its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use `disconnect CONNECTION`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ListCommand</name>
    <message>
        <location filename="../app/cli/commands/listcommand.cpp" line="+17"/>
        <source>Prints JSON for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the connections and their states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No connections yet. Run `plugboard-cli connect PLATFORM`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProvidersCommand</name>
    <message>
        <location filename="../app/cli/commands/providerscommand.cpp" line="+17"/>
        <source>Prints JSON for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer URL to read the discovery document from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name of the custom platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default scopes, space-separated, instead of the discovered ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the registered client sends its secret: basic (HTTP Basic, the default when the server offers it), post (in the request body) or none (public client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists the platforms Plugboard can connect to; adds or removes custom ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to list, or add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use `providers`, `providers add ID --discover URL` or `providers remove ID`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the provider&apos;s issuer URL with --discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--client-auth takes basic, post or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the discovery document of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Added %1. Register %2 as its redirect URI, then run `plugboard-cli credentials set %3 --client-id …`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed the custom platform %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::RedirectUriCommand</name>
    <message>
        <location filename="../app/cli/commands/redirecturicommand.cpp" line="+19"/>
        <source>Prints the exact redirect URI to register for a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform id, e.g. github.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name one platform, e.g. `plugboard-cli redirect-uri github`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard picks a free port each time; platforms accept any port on a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/tokencommand.cpp" line="+17"/>
        <source>Renews the token first when it would expire within SECONDS (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints JSON: token, type, expiry and scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prints a working access token for scripts, renewing it when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use `token CONNECTION [--min-validity SECONDS] [--json]`, with SECONDS from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warning: this token expires at %1 and %2 cannot renew it; reconnect before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1 issues tokens that last %2 seconds, not the %3 seconds asked for with --min-validity; this one is valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectOperation</name>
    <message>
        <location filename="../core/oauth/connectoperation.cpp" line="+39"/>
        <location line="+84"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::Connection</name>
    <message>
        <location filename="../core/storage/connection.cpp" line="+51"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A connection needs a platform id without &apos;/&apos; and an account id. This is a bug in Plugboard; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;%1&quot; is not a known state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object with &quot;code&quot; and &quot;message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionCard</name>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+81"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show scope descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set up credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the browser… %1:%2 left
If the browser shows an error instead of a sign-in page, check the client ID and the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionState</name>
    <message>
        <location filename="../core/connectionstate.cpp" line="+38"/>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs new consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionStore</name>
    <message>
        <location filename="../core/storage/connectionstore.cpp" line="+41"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not an object with a positive whole &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;connections&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 repeats the connection %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plugboard could not save %1: %2. Check the free disk space and the permissions of its folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+11"/>
        <source>There is no connection %1 in %2; it may have been removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plugboard could not read %1: %2. Check the file&apos;s permissions, then try again; Plugboard will not change the file until it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was written by a newer Plugboard (file version %2; this one reads version %3). Plugboard will not change it; update Plugboard to see and manage these connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be read (%2), and Plugboard could not move it aside. Plugboard will not change it: repair, move or delete it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read (%2). Plugboard moved it to %3 and starts a new, empty list of connections; the tokens stay in the keyring. Reconnect your accounts, or repair the file and move it back while Plugboard is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Another Plugboard process is still updating %1. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>its folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialDialog</name>
    <message>
        <location filename="../ui/credentialdialog.cpp" line="+47"/>
        <source>%1 app credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialForm</name>
    <message>
        <location filename="../ui/credentialform.cpp" line="+57"/>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect URI to register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Register an app with %1 to get these values. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the developer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved (%1); type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Where do I find this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Required.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialsJob</name>
    <message>
        <location filename="../core/storage/credentialsjob.cpp" line="+46"/>
        <source>%1 has no credential field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The app credentials of %1 are saved, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If you saved them before, your keyring may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::CustomProviderDialog</name>
    <message>
        <location filename="../ui/customproviderdialog.cpp" line="+18"/>
        <source>Add custom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugboard reads the server&apos;s published configuration (OpenID Connect discovery or OAuth server metadata) and shows what it found for you to check before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the card, e.g. Acme SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the server published (check, and change if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: disconnecting only forgets the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scopes to ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Looking for the server&apos;s endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The %1 endpoint is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 endpoint must be an https:// address (http:// only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopApplication</name>
    <message>
        <location filename="../app/gui/desktopapplication.cpp" line="+158"/>
        <source>Copied %1 — register it in %2&apos;s developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the app credentials for %1 in your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not open a browser: the sign-in link is on the clipboard. Paste it into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was already connected; its sign-in has been renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect %1 from %2?

Plugboard revokes its tokens at %2 and forgets them here. Apps that use this connection stop working until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1 from %2?

Plugboard forgets its tokens here. %2 offers no way to revoke them from here: remove the app in your %2 account settings to cut its access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnected %1 from %2: its tokens were revoked at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1. Set up its app credentials to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no connections to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking %n connection(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be checked: the platform offers no way to ask without using the token. Its token has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps your connections fresh from the tray. Choose Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::DiscoveryDocumentParser</name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+19"/>
        <source>The answer at %1 is not a discovery document (not JSON). Check that you entered the provider&apos;s issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document at %1 belongs to the issuer &quot;%2&quot;, not to %3 as requested. Check the issuer URL: it must match the provider&apos;s own exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Register an application (a client) with %1 and add the redirect URI Plugboard shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy its client ID here, and its client secret if %1 gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::HealthCheck</name>
    <message>
        <location filename="../core/lifecycle/healthcheck.cpp" line="+69"/>
        <source>Plugboard does not know the platform of %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 refused a freshly renewed token for %2 (HTTP 401). Reconnect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the check of %2 with HTTP %3. If this persists, check the app&apos;s permissions at %1 or reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::IdentityRequest</name>
    <message>
        <location filename="../core/oauth/identityrequest.cpp" line="+57"/>
        <source>%1 declares no userinfo endpoint, so Plugboard cannot tell which account signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the question which account signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not say which account signed in (HTTP %2). Connect again; if it keeps failing, check the app&apos;s permissions at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s account information has no &quot;%2&quot; field, so Plugboard cannot tell the account apart. Check the platform record&apos;s identity settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::KeychainError</name>
    <message>
        <location filename="../core/storage/keychainerror.cpp" line="+47"/>
        <source>No keyring service is running. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or KeePassXC with Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring could not store or read a secret (it said: %1). Check that your keyring works, for example in Seahorse or KWalletManager, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keyring has no saved secret for this, or it is locked. Unlock your keyring and try again; if it is unlocked, connect again to save a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your keyring is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard was not allowed to use your keyring. Allow access when your keyring asks (or unlock it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackListener</name>
    <message>
        <location filename="../core/oauth/loopbacklistener.cpp" line="+78"/>
        <source>The redirect host must be 127.0.0.1 or localhost, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not listen on %1 port %2 for the browser&apos;s answer: %3. Close the program using that port, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Plugboard stopped waiting. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a request Plugboard understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address does not belong to Plugboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackReplyHandler</name>
    <message>
        <location filename="../core/oauth/loopbackreplyhandler.cpp" line="+39"/>
        <source>The redirect path must start with / and name a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only GET is accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This link does not belong to the sign-in Plugboard is waiting for. Start the connection again from Plugboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard has already received the answer for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer repeats a parameter. Start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the request to finish signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+74"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;custom provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an OAuth or OpenID Connect server by its issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As a &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No connections yet.
Platforms you can connect to will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n platform(s) available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+52"/>
        <source>App credentials saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not granted yet: %1. Reconnect to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>App credentials saved (client ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Keeps your connections to online platforms in one place, with every secret in your system keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::OAuthError</name>
    <message>
        <location filename="../core/oauth/oautherror.cpp" line="+34"/>
        <source>%1 does not accept Plugboard&apos;s redirect URI. Register exactly %2 in your app&apos;s settings at %1, then connect again. (%1 said: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was not granted at %1. Connect again and approve the request at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not accept the app credentials. Check the client ID and client secret. (%1 said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again. (%1 said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again. (%1 said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused to issue tokens: %2. Try again; if it keeps failing, check the app&apos;s settings at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the sign-in request (HTTP %2) because of the redirect URI. Register exactly %3 for your app at %4, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused the sign-in request (HTTP %2) before anyone could sign in: it probably does not know the client ID, or %3 is not registered as a redirect URI. Check both at %4 and in Plugboard&apos;s credentials, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformCatalog</name>
    <message>
        <location filename="../core/catalog/platformcatalog.cpp" line="+43"/>
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: custom: a shipped record must not be marked custom; remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: id: &quot;%2&quot; belongs to a built-in platform, which a custom record cannot replace; give the file and its id another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no platform called &quot;%1&quot;. Run `plugboard-cli providers` to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&quot;%1&quot; is the id of a built-in platform. Choose another id for the custom platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A custom platform &quot;%1&quot; already exists. Remove it first, or choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save the custom platform to %1: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is a built-in platform and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete %1: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformRecordParser</name>
    <message>
        <location filename="../core/catalog/platformrecordparser.cpp" line="+43"/>
        <source>the record uses schema %1, but this version of Plugboard reads schema %2 at most; update Plugboard to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; may use only lowercase letters a-z, digits and &apos;-&apos;, and must start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is &quot;%1&quot; but the file is named %2; the id and the file name must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an SVG file name such as github.svg, without folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is missing, but revocation_style needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must name how to revoke a token, because endpoints.revocation is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is declared twice; list each scope once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plugboard sets this parameter itself; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be &quot;127.0.0.1&quot; or &quot;localhost&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 0 and 65535 (0 picks any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must start with &quot;/&quot; and name a path such as /callback, without spaces, ? or #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be &quot; &quot; or &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a header name other than Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is missing, but endpoints.userinfo needs it to tell accounts apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;GET&quot; or &quot;POST&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a dotted path such as user.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a dotted path such as user.login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a sentence (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must hold 2 to 4 steps, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must hold at most 4 steps, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>may use only lowercase letters a-z, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true for a client secret or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is declared twice; each key may appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an oauth2 platform must declare a &quot;client_id&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must declare a &quot;client_secret&quot; field, because client_authentication sends one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a token platform must declare a field of type &quot;api_key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: %1 at offset %2; fix the syntax there (often a missing comma or quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object ({…})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformSettings</name>
    <message>
        <location filename="../core/platformsettings.cpp" line="+30"/>
        <source>The token-exchange proxy must be an https:// URL (http:// only for 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ProviderDiscovery</name>
    <message>
        <location filename="../core/catalog/providerdiscovery.cpp" line="+113"/>
        <source>Finding the provider at %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plugboard tried to find a provider without a network connection object. This is a bug in Plugboard; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a platform id. Use lowercase letters, digits and dashes, such as &quot;my-provider&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be used as an issuer URL: https:// is required (plain http:// only for a server on this computer), without a user name or password. Enter the provider&apos;s https:// issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The issuer URL %1 has a query or fragment (&quot;?&quot; or &quot;#&quot;), which an issuer never has. Enter it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Found no discovery document for %1: neither %2 nor %3 exists. Check the issuer URL; if it is right, the provider does not support discovery and has to be added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered HTTP %2 instead of a discovery document. Check the issuer URL, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 answered with a redirect that leads nowhere. Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery to %2, another server. Plugboard only follows redirects within the same server; enter the issuer URL the provider documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery more than %2 times. Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 sent more than any discovery document needs (over %2 KiB). Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the discovery request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the issuer URL and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer within %2 s. Check the URL and your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not set up a secure connection to %1: %2. Check the URL; if it is right, the server&apos;s certificate may be invalid or your computer&apos;s clock wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1: %2. Check the URL and your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::RecordReader</name>
    <message>
        <location filename="../core/catalog/recordreader.cpp" line="+17"/>
        <source>platform record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key; check its spelling against resources/platforms/SCHEMA.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an https:// URL (http:// only for loopback hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object ({…})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list ([…])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshFlight</name>
    <message>
        <location filename="../core/lifecycle/refreshflight.cpp" line="+63"/>
        <source>The saved sign-in of %1 is damaged (%2) Reconnect to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sign-in of %1 has expired and the platform gives Plugboard no way to renew it. Reconnect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plugboard does not know the platform &quot;%1&quot; any more, so it cannot renew %2. Add the platform again or disconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no app credentials any more, so Plugboard cannot renew %2. Set up the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 renewed the sign-in of %2, but the keyring did not take the new tokens: %3 If the connection stops working, reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Plugboard saved the sign-in of %1, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no working sign-in any more. Reconnect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no connection %1. Run &quot;plugboard-cli list&quot; to see the connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshLock</name>
    <message>
        <location filename="../core/lifecycle/refreshlock.cpp" line="+45"/>
        <source>Plugboard could not create its lock folder %1. Check that the folder above it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plugboard could not create the lock file %1. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another Plugboard process has been renewing %1 for more than %2 s. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="+18"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired %1 · refreshes when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · refreshes automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ReplyDeadline</name>
    <message numerus="yes">
        <location filename="../core/oauth/replydeadline.cpp" line="+67"/>
        <source>%1 did not finish answering %2 within %n second(s). %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered %2 with more data than any platform sends (over %3 MB); Plugboard stopped reading. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 stopped answering %2 (nothing arrived for %n second(s)). %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 for %2 failed: %3. Check the computer&apos;s date and any proxy that inspects HTTPS. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before answering %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 for %2: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ResultPage</name>
    <message>
        <location filename="../core/oauth/resultpage.cpp" line="+45"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard is now connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab and try again from Plugboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretJob</name>
    <message>
        <location filename="../core/storage/secretjob.cpp" line="+22"/>
        <source>Plugboard tried to use a secret without a name. This is a bug in Plugboard; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugboard tried to store a secret containing a NUL character, which the keyring would cut off. This is a bug in Plugboard; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The secret store was closed before it could finish. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretKeyIndex</name>
    <message>
        <location filename="../core/storage/secretkeyindex.cpp" line="+53"/>
        <source>Plugboard could not update its list of saved secrets in %1. Check that the file and its folder are writable, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretLineEdit</name>
    <message>
        <location filename="../ui/secretlineedit.cpp" line="+23"/>
        <location line="+33"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::StatusBadge</name>
    <message>
        <location filename="../ui/statusbadge.cpp" line="+46"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRefreshRequest</name>
    <message>
        <location filename="../core/oauth/tokenrefreshrequest.cpp" line="+71"/>
        <source>the token renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenResponseParser</name>
    <message>
        <location filename="../core/oauth/tokenresponseparser.cpp" line="+52"/>
        <source>%1 answered the token request with %2 (HTTP %3). Try again later; if it keeps happening, check the platform&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a token lifetime (expires_in) that is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a %1 longer than any platform issues (over %2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 issued a token of type &quot;%2&quot;, which Plugboard cannot use: only bearer tokens work. Check the app&apos;s settings at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRevocation</name>
    <message>
        <location filename="../core/oauth/tokenrevocation.cpp" line="+144"/>
        <source>Plugboard forgot the tokens here; to cut access, remove the app at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not revoke at %1: HTTP %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenSet</name>
    <message>
        <location filename="../core/storage/tokenset.cpp" line="+29"/>
        <source>The saved sign-in of this connection is damaged (%1). Reconnect the account to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The saved sign-in of this connection was written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or reconnect the account to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayAlerts</name>
    <message>
        <location filename="../ui/trayalerts.cpp" line="+57"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer accepts the saved sign-in. Choose Reconnect to keep it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be refreshed automatically. Reconnect before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not working properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last check failed. Plugboard will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Plugboard to see what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+23"/>
        <source>Check all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: no connections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugboard::ValidTokenJob</name>
    <message>
        <location filename="../core/lifecycle/validtokenjob.cpp" line="+29"/>
        <source>&quot;%1&quot; is not a connection id (platform/account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Plugboard is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Plugboard keeps your connections to online platforms working, with every secret in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

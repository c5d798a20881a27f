<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+54"/>
        <source>The discovery document at %1 has no %2, which Plugboard needs to connect. The provider may not support signing in through the browser; check its documentation.</source>
        <translation>Le document de découverte à l&apos;adresse %1 ne contient pas de champ %2, dont Plugboard a besoin pour se connecter. Le fournisseur ne prend peut-être pas en charge la connexion via le navigateur&#x202f;; consultez sa documentation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discovery document at %1 has a %2 that is not a URL. Ask the provider to fix its discovery document.</source>
        <translation>Le document de découverte à l&apos;adresse %1 contient un champ %2 qui n&apos;est pas une URL. Demandez au fournisseur de corriger son document de découverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The discovery document at %1 gives %2 as %3, which is not an https:// URL. Plugboard only talks to https:// servers, or to http:// on this computer.</source>
        <translation>Le document de découverte à l&apos;adresse %1 indique %3 pour %2, ce qui n&apos;est pas une URL https://. Plugboard ne communique qu&apos;avec des serveurs https://, ou en http:// sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sign you in with OpenID Connect</source>
        <translation>Vous connecter avec OpenID Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile, such as your name</source>
        <translation>Lire votre profil de base, comme votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <translation>Lire votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation>Rester connecté pendant votre absence (jetons d&apos;actualisation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your postal address</source>
        <translation>Lire votre adresse postale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your phone number</source>
        <translation>Lire votre numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permission defined by %1</source>
        <translation>Une autorisation définie par %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID the provider gave the application you registered.</source>
        <translation>L&apos;ID que le fournisseur a attribué à l&apos;application que vous avez enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for confidential clients; leave it empty for a public client.</source>
        <translation>Uniquement pour les clients confidentiels&#x202f;; laissez vide pour un client public.</translation>
    </message>
</context>
<context>
    <name>PlatformRecord</name>
    <message>
        <location filename="platformrecordstrings.cpp" line="+19"/>
        <source>In the Atlassian developer console, choose Create &gt; OAuth 2.0 integration.</source>
        <extracomment>Step 1 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Dans la console développeur d&apos;Atlassian, choisissez «&#xa0;Create &gt; OAuth 2.0 integration&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Permissions, add User identity API plus the Jira or Confluence APIs and scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Permissions&#xa0;», ajoutez «&#xa0;User identity API&#xa0;» ainsi que les API et portées Jira ou Confluence que vous comptez utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Authorization, add OAuth 2.0 (3LO) with the exact callback URL Plugboard shows.</source>
        <extracomment>Step 3 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Authorization&#xa0;», ajoutez «&#xa0;OAuth 2.0 (3LO)&#xa0;» avec l&apos;URL de rappel exacte qu&apos;affiche Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Settings, copy the client ID and secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Atlassian. The names of Atlassian&apos;s menus and buttons stay in English, as on Atlassian&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Settings&#xa0;», copiez l&apos;ID client et le secret dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <extracomment>Label of a field in the Atlassian credential form, in Atlassian&apos;s words</extracomment>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Atlassian credential form</extracomment>
        <translation>Affiché sur la page «&#xa0;Settings&#xa0;» de l&apos;application.</translation>
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
        <translation>Affiché sur la page «&#xa0;Settings&#xa0;» de l&apos;application. Plugboard le conserve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Atlassian account profile</source>
        <extracomment>What the Atlassian permission &quot;read:me&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire le profil de votre compte Atlassian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected when you are not using Plugboard</source>
        <extracomment>What the Atlassian permission &quot;offline_access&quot; allows, shown in the permission picker</extracomment>
        <translation>Rester connecté quand vous n&apos;utilisez pas Plugboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira user information</source>
        <extracomment>What the Atlassian permission &quot;read:jira-user&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire les informations des utilisateurs Jira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read Jira projects and issues</source>
        <extracomment>What the Atlassian permission &quot;read:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire les projets et les tickets Jira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit Jira issues</source>
        <extracomment>What the Atlassian permission &quot;write:jira-work&quot; allows, shown in the permission picker</extracomment>
        <translation>Créer et modifier des tickets Jira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read summaries of Confluence pages</source>
        <extracomment>What the Atlassian permission &quot;read:confluence-content.summary&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire les résumés des pages Confluence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your Atlassian account&apos;s Security page, choose Create API token with scopes.</source>
        <extracomment>Step 1 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Sur la page «&#xa0;Security&#xa0;» de votre compte Atlassian, choisissez «&#xa0;Create API token with scopes&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it, set an expiry, choose Bitbucket as the app and select read:user:bitbucket plus what your tools need.</source>
        <extracomment>Step 2 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Nommez-le, fixez une date d&apos;expiration, choisissez Bitbucket comme application et sélectionnez read:user:bitbucket ainsi que ce dont vos outils ont besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token into Plugboard, with the email address of your Atlassian account.</source>
        <extracomment>Step 3 of registering an app on Bitbucket. The names of Bitbucket&apos;s menus and buttons stay in English, as on Bitbucket&apos;s English pages.</extracomment>
        <translation>Copiez le jeton dans Plugboard, avec l&apos;adresse e-mail de votre compte Atlassian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian account email</source>
        <extracomment>Label of a field in the Bitbucket credential form, in Bitbucket&apos;s words</extracomment>
        <translation>Adresse e-mail du compte Atlassian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitbucket takes the token together with the email you sign in with.</source>
        <extracomment>Hint under the &quot;Atlassian account email&quot; field of the Bitbucket credential form</extracomment>
        <translation>Bitbucket attend le jeton accompagné de l&apos;adresse e-mail avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token</source>
        <extracomment>Label of a field in the Bitbucket credential form, in Bitbucket&apos;s words</extracomment>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Atlassian API token with Bitbucket scopes, including read:user:bitbucket.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Bitbucket credential form</extracomment>
        <translation>Un jeton d&apos;API Atlassian avec des portées Bitbucket, dont read:user:bitbucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Cloudflare dashboard, open My Profile, then API Tokens, and choose Create Token.</source>
        <extracomment>Step 1 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Dans le tableau de bord Cloudflare, ouvrez «&#xa0;My Profile&#xa0;», puis «&#xa0;API Tokens&#xa0;», et choisissez «&#xa0;Create Token&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a template or a custom token and give it only the permissions and zones your tools need.</source>
        <extracomment>Step 2 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Partez d&apos;un modèle ou d&apos;un jeton personnalisé et ne lui accordez que les autorisations et les zones dont vos outils ont besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token into Plugboard; Cloudflare shows it only once. The connection is named after the token&apos;s ID.</source>
        <extracomment>Step 3 of registering an app on Cloudflare. The names of Cloudflare&apos;s menus and buttons stay in English, as on Cloudflare&apos;s English pages.</extracomment>
        <translation>Créez-le et copiez le jeton dans Plugboard&#x202f;; Cloudflare ne l&apos;affiche qu&apos;une fois. La connexion porte le nom de l&apos;ID du jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API token, not the Global API Key.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Cloudflare credential form</extracomment>
        <translation>Un jeton d&apos;API, pas la «&#xa0;Global API Key&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the DigitalOcean control panel, open API, then Tokens, and choose Generate New Token.</source>
        <extracomment>Step 1 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Dans le panneau de contrôle DigitalOcean, ouvrez «&#xa0;API&#xa0;», puis «&#xa0;Tokens&#xa0;», et choisissez «&#xa0;Generate New Token&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a name and an expiry, and choose Custom Scopes with at least account:read (or Read Only).</source>
        <extracomment>Step 2 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Donnez-lui un nom et une date d&apos;expiration, puis choisissez «&#xa0;Custom Scopes&#xa0;» avec au moins account:read (ou «&#xa0;Read Only&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate it and copy the token (it starts with dop_v1_) into Plugboard; DigitalOcean shows it only once.</source>
        <extracomment>Step 3 of registering an app on DigitalOcean. The names of DigitalOcean&apos;s menus and buttons stay in English, as on DigitalOcean&apos;s English pages.</extracomment>
        <translation>Générez-le et copiez le jeton (il commence par dop_v1_) dans Plugboard&#x202f;; DigitalOcean ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token</source>
        <extracomment>Label of a field in the DigitalOcean credential form, in DigitalOcean&apos;s words</extracomment>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs at least the account:read scope; it starts with dop_v1_.</source>
        <extracomment>Hint under the &quot;Personal access token&quot; field of the DigitalOcean credential form</extracomment>
        <translation>Nécessite au moins la portée account:read&#x202f;; il commence par dop_v1_.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Discord developer portal, choose New Application.</source>
        <extracomment>Step 1 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Dans le portail développeur de Discord, choisissez «&#xa0;New Application&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open OAuth2 and add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 2 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Ouvrez «&#xa0;OAuth2&#xa0;» et ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard, port compris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Reset Secret to get a client secret.</source>
        <extracomment>Step 3 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Choisissez «&#xa0;Reset Secret&#xa0;» pour obtenir un secret client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Discord. The names of Discord&apos;s menus and buttons stay in English, as on Discord&apos;s English pages.</extracomment>
        <translation>Copiez l&apos;ID client et le secret client dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the application&apos;s OAuth2 page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Discord credential form</extracomment>
        <translation>Affiché sur la page «&#xa0;OAuth2&#xa0;» de l&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Secret</source>
        <extracomment>Label of a field in the Discord credential form, in Discord&apos;s words</extracomment>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated on the app&apos;s page. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Discord credential form</extracomment>
        <translation>Généré sur la page de l&apos;application. Plugboard le conserve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your username and avatar</source>
        <extracomment>What the Discord permission &quot;identify&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre nom d&apos;utilisateur et votre avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <extracomment>What the Discord permission &quot;email&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the servers you are in</source>
        <extracomment>What the Discord permission &quot;guilds&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir les serveurs dont vous êtes membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See accounts linked to your Discord account</source>
        <extracomment>What the Discord permission &quot;connections&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir les comptes associés à votre compte Discord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Dropbox App Console, choose Create app with Scoped access.</source>
        <extracomment>Step 1 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Dans l&apos;App Console de Dropbox, choisissez «&#xa0;Create app&#xa0;» avec «&#xa0;Scoped access&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Permissions tab, tick the scopes you plan to use and submit.</source>
        <extracomment>Step 2 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Dans l&apos;onglet «&#xa0;Permissions&#xa0;», cochez les portées que vous comptez utiliser, puis validez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Settings tab, add the exact redirect URI Plugboard shows, including the port.</source>
        <extracomment>Step 3 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Dans l&apos;onglet «&#xa0;Settings&#xa0;», ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard, port compris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the app key into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Dropbox. The names of Dropbox&apos;s menus and buttons stay in English, as on Dropbox&apos;s English pages.</extracomment>
        <translation>Copiez la clé d&apos;application («&#xa0;App key&#xa0;») dans Plugboard. Aucun secret n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App key</source>
        <extracomment>Label of a field in the Dropbox credential form, in Dropbox&apos;s words</extracomment>
        <translation>Clé d&apos;application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s Settings tab.</source>
        <extracomment>Hint under the &quot;App key&quot; field of the Dropbox credential form</extracomment>
        <translation>Affichée dans l&apos;onglet «&#xa0;Settings&#xa0;» de l&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your account name and email</source>
        <extracomment>What the Dropbox permission &quot;account_info.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire le nom et l&apos;adresse e-mail de votre compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your files and folders</source>
        <extracomment>What the Dropbox permission &quot;files.metadata.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lister vos fichiers et dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the contents of your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire le contenu de vos fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change your files</source>
        <extracomment>What the Dropbox permission &quot;files.content.write&quot; allows, shown in the permission picker</extracomment>
        <translation>Créer et modifier vos fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your sharing settings</source>
        <extracomment>What the Dropbox permission &quot;sharing.read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos paramètres de partage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Settings &gt; Developer settings &gt; OAuth Apps and choose New OAuth App.</source>
        <extracomment>Step 1 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Ouvrez «&#xa0;Settings &gt; Developer settings &gt; OAuth Apps&#xa0;» et choisissez «&#xa0;New OAuth App&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the authorization callback URL to the redirect URI Plugboard shows. GitHub accepts any port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Dans «&#xa0;Authorization callback URL&#xa0;», saisissez l&apos;URI de redirection qu&apos;affiche Plugboard. GitHub accepte n&apos;importe quel port sur 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the app, then choose Generate a new client secret.</source>
        <extracomment>Step 3 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Enregistrez l&apos;application, puis choisissez «&#xa0;Generate a new client secret&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitHub. The names of GitHub&apos;s menus and buttons stay in English, as on GitHub&apos;s English pages.</extracomment>
        <translation>Copiez l&apos;ID client et le secret client dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app&apos;s page after you register it.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the GitHub credential form</extracomment>
        <translation>Affiché sur la page de l&apos;application une fois celle-ci enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile</source>
        <extracomment>What the GitHub permission &quot;read:user&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email addresses</source>
        <extracomment>What the GitHub permission &quot;user:email&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos adresses e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full access to your public and private repositories</source>
        <extracomment>What the GitHub permission &quot;repo&quot; allows, shown in the permission picker</extracomment>
        <translation>Accès complet à vos dépôts publics et privés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to your public repositories</source>
        <extracomment>What the GitHub permission &quot;public_repo&quot; allows, shown in the permission picker</extracomment>
        <translation>Accès à vos dépôts publics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and edit your gists</source>
        <extracomment>What the GitHub permission &quot;gist&quot; allows, shown in the permission picker</extracomment>
        <translation>Créer et modifier vos gists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update GitHub Actions workflow files</source>
        <extracomment>What the GitHub permission &quot;workflow&quot; allows, shown in the permission picker</extracomment>
        <translation>Mettre à jour les fichiers de workflow GitHub Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In GitLab, open Preferences, then Access tokens, and choose Add new token.</source>
        <extracomment>Step 1 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Dans GitLab, ouvrez «&#xa0;Preferences&#xa0;», puis «&#xa0;Access tokens&#xa0;», et choisissez «&#xa0;Add new token&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a name and an expiry date, and select read_user (add api or read_api only if your tools need them).</source>
        <extracomment>Step 2 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Donnez-lui un nom et une date d&apos;expiration, puis sélectionnez read_user (n&apos;ajoutez api ou read_api que si vos outils en ont besoin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token (it starts with glpat-) into Plugboard; GitLab shows it only once.</source>
        <extracomment>Step 3 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)&apos;s menus and buttons stay in English, as on GitLab (personal access token)&apos;s English pages.</extracomment>
        <translation>Créez-le et copiez le jeton (il commence par glpat-) dans Plugboard&#x202f;; GitLab ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs at least the read_user scope; it starts with glpat-.</source>
        <extracomment>Hint under the &quot;Personal access token&quot; field of the GitLab (personal access token) credential form</extracomment>
        <translation>Nécessite au moins la portée read_user&#x202f;; il commence par glpat-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open User settings &gt; Applications on GitLab.com and choose Add new application.</source>
        <extracomment>Step 1 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Sur GitLab.com, ouvrez «&#xa0;User settings &gt; Applications&#xa0;» et choisissez «&#xa0;Add new application&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the redirect URI to the one Plugboard shows and tick the scopes you plan to use.</source>
        <extracomment>Step 2 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Saisissez comme URI de redirection celle qu&apos;affiche Plugboard et cochez les portées que vous comptez utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Confidential to use the app without a secret, or keep it and copy the secret too.</source>
        <extracomment>Step 3 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Décochez «&#xa0;Confidential&#xa0;» pour utiliser l&apos;application sans secret, ou laissez la case cochée et copiez aussi le secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application and copy the application ID into Plugboard.</source>
        <extracomment>Step 4 of registering an app on GitLab. The names of GitLab&apos;s menus and buttons stay in English, as on GitLab&apos;s English pages.</extracomment>
        <translation>Enregistrez l&apos;application et copiez l&apos;ID d&apos;application dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application ID</source>
        <extracomment>Label of a field in the GitLab credential form, in GitLab&apos;s words</extracomment>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application ID shown after you save the application.</source>
        <extracomment>Hint under the &quot;Application ID&quot; field of the GitLab credential form</extracomment>
        <translation>L&apos;ID d&apos;application affiché une fois l&apos;application enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed when the application is marked Confidential.</source>
        <extracomment>Hint under the &quot;Secret&quot; field of the GitLab credential form</extracomment>
        <translation>Nécessaire uniquement si l&apos;application est marquée «&#xa0;Confidential&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read access to the API, including groups and projects</source>
        <extracomment>What the GitLab permission &quot;read_api&quot; allows, shown in the permission picker</extracomment>
        <translation>Accès en lecture à l&apos;API, y compris aux groupes et aux projets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your repositories over Git and the API</source>
        <extracomment>What the GitLab permission &quot;read_repository&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos dépôts via Git et l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push to your repositories over Git</source>
        <extracomment>What the GitLab permission &quot;write_repository&quot; allows, shown in the permission picker</extracomment>
        <translation>Pousser vers vos dépôts via Git</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full read and write access to the API</source>
        <extracomment>What the GitLab permission &quot;api&quot; allows, shown in the permission picker</extracomment>
        <translation>Accès complet en lecture et en écriture à l&apos;API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Google Cloud Console, pick or create a project and configure the OAuth consent screen.</source>
        <extracomment>Step 1 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Dans la console Google Cloud, choisissez ou créez un projet et configurez l&apos;écran de consentement OAuth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the YouTube Data API v3 if you plan to use the YouTube scopes.</source>
        <extracomment>Step 2 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Activez «&#xa0;YouTube Data API v3&#xa0;» si vous comptez utiliser les portées YouTube.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Credentials, create an OAuth client ID of type Desktop app. Desktop clients accept any 127.0.0.1 port, so no redirect URI needs to be entered.</source>
        <extracomment>Step 3 of registering an app on Google. The names of Google&apos;s menus and buttons stay in English, as on Google&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Credentials&#xa0;», créez un ID client OAuth de type «&#xa0;Desktop app&#xa0;». Les clients de bureau acceptent n&apos;importe quel port sur 127.0.0.1&#xa0;: inutile de saisir une URI de redirection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown with the Desktop app client. Plugboard keeps it in the system keyring.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Google credential form</extracomment>
        <translation>Affiché avec le client «&#xa0;Desktop app&#xa0;». Plugboard le conserve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Google account signed in</source>
        <extracomment>What the Google permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Confirmer quel compte Google s&apos;est connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name and profile picture</source>
        <extracomment>What the Google permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre nom et votre photo de profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube.readonly&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir votre compte YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage your YouTube account</source>
        <extracomment>What the Google permission &quot;https://www.googleapis.com/auth/youtube&quot; allows, shown in the permission picker</extracomment>
        <translation>Gérer votre compte YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apps whose OAuth consent screen is in Testing get 7-day refresh tokens; publishing the app lifts the limit.</source>
        <extracomment>Why Google ends sign-ins early and what lifts the limit, shown after the warning on a connection&apos;s card</extracomment>
        <translation>Les applications dont l&apos;écran de consentement OAuth est en «&#xa0;Testing&#xa0;» reçoivent des jetons de rafraîchissement valables 7&#xa0;jours&#x202f;; publier l&apos;application lève cette limite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Hugging Face&apos;s Access Tokens page, choose Create new token.</source>
        <extracomment>Step 1 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Sur la page «&#xa0;Access Tokens&#xa0;» de Hugging Face, choisissez «&#xa0;Create new token&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick Read for downloading models and datasets, or Fine-grained to limit it to the repositories you choose.</source>
        <extracomment>Step 2 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Choisissez «&#xa0;Read&#xa0;» pour télécharger des modèles et des jeux de données, ou «&#xa0;Fine-grained&#xa0;» pour le limiter aux dépôts de votre choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token (it starts with hf_) into Plugboard; Hugging Face shows it only once.</source>
        <extracomment>Step 3 of registering an app on Hugging Face. The names of Hugging Face&apos;s menus and buttons stay in English, as on Hugging Face&apos;s English pages.</extracomment>
        <translation>Copiez le jeton (il commence par hf_) dans Plugboard&#x202f;; Hugging Face ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <extracomment>Label of a field in the Hugging Face credential form, in Hugging Face&apos;s words</extracomment>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A read or fine-grained token; it starts with hf_.</source>
        <extracomment>Hint under the &quot;Access token&quot; field of the Hugging Face credential form</extracomment>
        <translation>Un jeton «&#xa0;Read&#xa0;» ou «&#xa0;Fine-grained&#xa0;»&#x202f;; il commence par hf_.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Microsoft Entra admin center, open App registrations and choose New registration.</source>
        <extracomment>Step 1 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Dans le centre d&apos;administration Microsoft Entra, ouvrez «&#xa0;App registrations&#xa0;» et choisissez «&#xa0;New registration&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under supported account types, pick any organizational directory and personal Microsoft accounts.</source>
        <extracomment>Step 2 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Supported account types&#xa0;», choisissez les comptes de tout annuaire d&apos;organisation et les comptes Microsoft personnels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Mobile and desktop applications platform with the redirect URI Plugboard shows; the port is ignored for localhost.</source>
        <extracomment>Step 3 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Ajoutez une plateforme «&#xa0;Mobile and desktop applications&#xa0;» avec l&apos;URI de redirection qu&apos;affiche Plugboard&#x202f;; le port est ignoré pour localhost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Application (client) ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 4 of registering an app on Microsoft. The names of Microsoft&apos;s menus and buttons stay in English, as on Microsoft&apos;s English pages.</extracomment>
        <translation>Copiez l&apos;ID d&apos;application (client) dans Plugboard. Aucun secret n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (client) ID</source>
        <extracomment>Label of a field in the Microsoft credential form, in Microsoft&apos;s words</extracomment>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the app registration&apos;s Overview page.</source>
        <extracomment>Hint under the &quot;Application (client) ID&quot; field of the Microsoft credential form</extracomment>
        <translation>Affiché sur la page «&#xa0;Overview&#xa0;» de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign you in</source>
        <extracomment>What the Microsoft permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Vous connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your basic profile</source>
        <extracomment>What the Microsoft permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre profil de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Microsoft account profile</source>
        <extracomment>What the Microsoft permission &quot;User.Read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire le profil de votre compte Microsoft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your OneDrive files</source>
        <extracomment>What the Microsoft permission &quot;Files.Read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos fichiers OneDrive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Notion&apos;s integrations page, create a new integration of type Internal for your workspace.</source>
        <extracomment>Step 1 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Sur la page des intégrations de Notion, créez une intégration de type «&#xa0;Internal&#xa0;» pour votre espace de travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capabilities it needs (Read content is enough to look things up).</source>
        <extracomment>Step 2 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Choisissez les capacités nécessaires («&#xa0;Read content&#xa0;» suffit pour consulter des contenus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Internal Integration Secret into Plugboard, then share the pages it may use with the integration in Notion.</source>
        <extracomment>Step 3 of registering an app on Notion (internal integration). The names of Notion (internal integration)&apos;s menus and buttons stay in English, as on Notion (internal integration)&apos;s English pages.</extracomment>
        <translation>Copiez l&apos;«&#xa0;Internal Integration Secret&#xa0;» dans Plugboard, puis, dans Notion, partagez avec l&apos;intégration les pages qu&apos;elle peut utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal integration secret</source>
        <extracomment>Label of a field in the Notion (internal integration) credential form, in Notion (internal integration)&apos;s words</extracomment>
        <translation>Secret d&apos;intégration interne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On Notion&apos;s integrations page, create a new integration and set its type to Public.</source>
        <extracomment>Step 1 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Sur la page des intégrations de Notion, créez une intégration et choisissez le type «&#xa0;Public&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows and choose the capabilities it needs; Notion has no scopes to request.</source>
        <extracomment>Step 2 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard et choisissez les capacités nécessaires&#x202f;; Notion n&apos;a pas de portées à demander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then copy the OAuth client ID and client secret into Plugboard.</source>
        <extracomment>Step 3 of registering an app on Notion. The names of Notion&apos;s menus and buttons stay in English, as on Notion&apos;s English pages.</extracomment>
        <translation>Enregistrez, puis copiez l&apos;ID client OAuth et le secret client dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth Client ID</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>On your Atlassian account&apos;s Security page, choose Create API token.</source>
        <extracomment>Step 1 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)&apos;s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)&apos;s English pages.</extracomment>
        <translation>Sur la page «&#xa0;Security&#xa0;» de votre compte Atlassian, choisissez «&#xa0;Create API token&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it and set an expiry; the token acts with your own permissions on the site.</source>
        <extracomment>Step 2 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)&apos;s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)&apos;s English pages.</extracomment>
        <translation>Donnez-lui un nom et une date d&apos;expiration&#x202f;; le jeton agit avec vos propres droits sur le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian takes the token together with the email you sign in with.</source>
        <extracomment>Hint under the &quot;Atlassian account email&quot; field of the Atlassian site (Jira, Confluence) credential form</extracomment>
        <translation>Atlassian accepte le jeton avec l&apos;adresse e-mail de votre connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Atlassian API token; it works on every site your account can use.</source>
        <extracomment>Hint under the &quot;API token&quot; field of the Atlassian site (Jira, Confluence) credential form</extracomment>
        <translation>Un jeton d&apos;API Atlassian&#x202f;; il vaut pour tous les sites auxquels votre compte a accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site address</source>
        <extracomment>Label of a field in the Add self-hosted server dialog for Atlassian site (Jira, Confluence)</extracomment>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Jira or Confluence site.</source>
        <extracomment>Hint under the &quot;Site address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>L&apos;adresse de votre site Jira ou Confluence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your server, open Settings, then Applications, and create a new OAuth2 application.</source>
        <extracomment>Step 1 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Sur votre serveur, ouvrez «&#xa0;Settings&#xa0;», puis «&#xa0;Applications&#xa0;», et créez une application OAuth2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows; clear Confidential client if you keep no secret.</source>
        <extracomment>Step 2 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard&#x202f;; décochez «&#xa0;Confidential client&#xa0;» si vous ne conservez pas de secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it, then copy the Client ID (and the Client Secret, for a confidential client) into Plugboard.</source>
        <extracomment>Step 3 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo&apos;s menus and buttons stay in English, as on Gitea or Forgejo&apos;s English pages.</extracomment>
        <translation>Créez-la, puis copiez l&apos;ID client (et le secret client, pour un client confidentiel) dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown after you create the OAuth2 application.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Gitea or Forgejo credential form</extracomment>
        <translation>Affiché une fois l&apos;application OAuth2 créée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a confidential client; Gitea shows it once.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Gitea or Forgejo credential form</extracomment>
        <translation>Uniquement pour un client confidentiel&#x202f;; Gitea ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <extracomment>Label of a field in the Add self-hosted server dialog for Gitea or Forgejo</extracomment>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address you open your Gitea or Forgejo server at.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>L&apos;adresse à laquelle vous ouvrez votre serveur Gitea ou Forgejo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your user name and profile</source>
        <extracomment>What the Gitea or Forgejo permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre nom d&apos;utilisateur et votre profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On your GitLab server, open Preferences, then Applications, and add a new application (an administrator can add one for the whole server under Admin, then Applications).</source>
        <extracomment>Step 1 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Sur votre serveur GitLab, ouvrez «&#xa0;Preferences&#xa0;», puis «&#xa0;Applications&#xa0;», et ajoutez une application (un administrateur peut en ajouter une pour tout le serveur sous «&#xa0;Admin&#xa0;», puis «&#xa0;Applications&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows and select the scopes you want; clear Confidential if you keep no secret.</source>
        <extracomment>Step 2 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard et sélectionnez les portées souhaitées&#x202f;; décochez «&#xa0;Confidential&#xa0;» si vous ne conservez pas de secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then copy the Application ID (and the Secret, if confidential) into Plugboard.</source>
        <extracomment>Step 3 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)&apos;s menus and buttons stay in English, as on GitLab (self-managed)&apos;s English pages.</extracomment>
        <translation>Enregistrez, puis copiez l&apos;«&#xa0;Application ID&#xa0;» (et le «&#xa0;Secret&#xa0;», si l&apos;application est confidentielle) dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address you open your GitLab at.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>L&apos;adresse à laquelle vous ouvrez votre GitLab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Keycloak admin console, open the {realm} realm, then Clients, and create an OpenID Connect client.</source>
        <extracomment>Step 1 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Dans la console d&apos;administration Keycloak, ouvrez le realm {realm}, puis «&#xa0;Clients&#xa0;», et créez un client OpenID Connect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on Standard flow, add the exact redirect URI Plugboard shows under Valid redirect URIs, and set PKCE to S256 under Advanced.</source>
        <extracomment>Step 2 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Activez «&#xa0;Standard flow&#xa0;», ajoutez sous «&#xa0;Valid redirect URIs&#xa0;» l&apos;URI de redirection exacte qu&apos;affiche Plugboard, et réglez PKCE sur S256 sous «&#xa0;Advanced&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Client authentication off for a public client, or turn it on and copy the secret from the Credentials tab.</source>
        <extracomment>Step 3 of registering an app on Keycloak realm. The names of Keycloak realm&apos;s menus and buttons stay in English, as on Keycloak realm&apos;s English pages.</extracomment>
        <translation>Laissez «&#xa0;Client authentication&#xa0;» désactivé pour un client public, ou activez-le et copiez le secret depuis l&apos;onglet «&#xa0;Credentials&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s ID as you named it in the realm.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Keycloak realm credential form</extracomment>
        <translation>L&apos;ID du client, tel que vous l&apos;avez nommé dans le realm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <extracomment>Label of a field in the Keycloak realm credential form, in Keycloak realm&apos;s words</extracomment>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when Client authentication is on: the Credentials tab shows it.</source>
        <extracomment>Hint under the &quot;Client secret&quot; field of the Keycloak realm credential form</extracomment>
        <translation>Uniquement si «&#xa0;Client authentication&#xa0;» est activé&#xa0;: l&apos;onglet «&#xa0;Credentials&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Keycloak server; include /auth for Keycloak 16 and older.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>L&apos;adresse de votre serveur Keycloak&#x202f;; ajoutez /auth pour Keycloak 16 et les versions antérieures.</translation>
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
        <translation>Le realm dans lequel se trouve votre compte, tel que le nomme la console d&apos;administration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name and user name</source>
        <extracomment>What the Keycloak realm permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre nom et votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay connected after you sign out of the browser</source>
        <extracomment>What the Keycloak realm permission &quot;offline_access&quot; allows, shown in the permission picker</extracomment>
        <translation>Rester connecté après votre déconnexion dans le navigateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard registers itself with your server when you add it: there is no app to set up by hand.</source>
        <extracomment>Step 1 of registering an app on Mastodon. The names of Mastodon&apos;s menus and buttons stay in English, as on Mastodon&apos;s English pages.</extracomment>
        <translation>Plugboard s&apos;enregistre lui-même auprès de votre serveur quand vous l&apos;ajoutez&#xa0;: aucune application à configurer à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Connect and approve Plugboard on your server&apos;s page; your server lists it under Authorized apps.</source>
        <extracomment>Step 2 of registering an app on Mastodon. The names of Mastodon&apos;s menus and buttons stay in English, as on Mastodon&apos;s English pages.</extracomment>
        <translation>Choisissez «&#xa0;Connecter&#xa0;» et approuvez Plugboard sur la page de votre serveur&#x202f;; votre serveur l&apos;affiche sous «&#xa0;Authorized apps&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key</source>
        <extracomment>Label of a field in the Mastodon credential form, in Mastodon&apos;s words</extracomment>
        <translation>Clé client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugboard received it from your server when it registered.</source>
        <extracomment>Hint under the &quot;Client key&quot; field of the Mastodon credential form</extracomment>
        <translation>Plugboard l&apos;a reçue de votre serveur lors de son enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of your Mastodon server, such as the one in your handle @you@server.</source>
        <extracomment>Hint under the &quot;Server address&quot; field of the Add self-hosted server dialog</extracomment>
        <translation>L&apos;adresse de votre serveur Mastodon, par exemple celle de votre identifiant @you@server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your posts, timelines and lists</source>
        <extracomment>What the Mastodon permission &quot;read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos publications, vos fils et vos listes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post and change things for you</source>
        <extracomment>What the Mastodon permission &quot;write&quot; allows, shown in the permission picker</extracomment>
        <translation>Publier et modifier des éléments en votre nom</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Shown on the integration&apos;s Configuration page.</source>
        <extracomment>Hint under the &quot;Internal integration secret&quot; field of the Notion (internal integration) credential form</extracomment>
        <translation>Affiché sur la page «&#xa0;Configuration&#xa0;» de l&apos;intégration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth Client Secret</source>
        <extracomment>Label of a field in the Notion credential form, in Notion&apos;s words</extracomment>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On api.slack.com/apps, choose Create New App, then From scratch.</source>
        <extracomment>Step 1 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Sur api.slack.com/apps, choisissez «&#xa0;Create New App&#xa0;», puis «&#xa0;From scratch&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under OAuth &amp; Permissions, add the user scopes openid, profile and email, and add the exact redirect URL Plugboard shows.</source>
        <extracomment>Step 2 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;OAuth &amp; Permissions&#xa0;», ajoutez les portées utilisateur openid, profile et email, puis l&apos;URL de redirection exacte qu&apos;affiche Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on PKCE in the app settings; Slack accepts http://localhost redirects only for PKCE apps.</source>
        <extracomment>Step 3 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Activez PKCE dans les paramètres de l&apos;application&#x202f;; Slack n&apos;accepte les redirections vers http://localhost que pour les applications PKCE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID from Basic Information into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Slack. The names of Slack&apos;s menus and buttons stay in English, as on Slack&apos;s English pages.</extracomment>
        <translation>Copiez l&apos;ID client depuis «&#xa0;Basic Information&#xa0;» dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials on the Basic Information page.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Slack credential form</extracomment>
        <translation>Affiché sous «&#xa0;App Credentials&#xa0;» sur la page «&#xa0;Basic Information&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty when PKCE is on. Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Slack credential form</extracomment>
        <translation>Laissez vide si PKCE est activé. Affiché sous «&#xa0;App Credentials&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm which Slack account signed in</source>
        <extracomment>What the Slack permission &quot;openid&quot; allows, shown in the permission picker</extracomment>
        <translation>Confirmer quel compte Slack s&apos;est connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your name, picture and workspace</source>
        <extracomment>What the Slack permission &quot;profile&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre nom, votre photo et votre espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Spotify developer dashboard, choose Create app and tick Web API.</source>
        <extracomment>Step 1 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Dans le tableau de bord développeur de Spotify, choisissez «&#xa0;Create app&#xa0;» et cochez «&#xa0;Web API&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows. Spotify rejects localhost; use 127.0.0.1, any port is accepted.</source>
        <extracomment>Step 2 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection qu&apos;affiche Plugboard. Spotify refuse localhost&#x202f;; utilisez 127.0.0.1, avec n&apos;importe quel port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, open Settings and copy the client ID into Plugboard. No secret is needed.</source>
        <extracomment>Step 3 of registering an app on Spotify. The names of Spotify&apos;s menus and buttons stay in English, as on Spotify&apos;s English pages.</extracomment>
        <translation>Enregistrez, ouvrez «&#xa0;Settings&#xa0;» et copiez l&apos;ID client dans Plugboard. Aucun secret n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the app&apos;s Settings on the Spotify developer dashboard.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Spotify credential form</extracomment>
        <translation>Affiché dans les «&#xa0;Settings&#xa0;» de l&apos;application, sur le tableau de bord développeur de Spotify.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile and subscription details</source>
        <extracomment>What the Spotify permission &quot;user-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre profil et les détails de votre abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your private playlists</source>
        <extracomment>What the Spotify permission &quot;playlist-read-private&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire vos playlists privées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your saved tracks and albums</source>
        <extracomment>What the Spotify permission &quot;user-library-read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire les titres et les albums que vous avez enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what is playing on your devices</source>
        <extracomment>What the Spotify permission &quot;user-read-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir ce qui est en cours de lecture sur vos appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control playback on your devices</source>
        <extracomment>What the Spotify permission &quot;user-modify-playback-state&quot; allows, shown in the permission picker</extracomment>
        <translation>Contrôler la lecture sur vos appareils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Twitch developer console, choose Register Your Application (two-factor authentication must be on).</source>
        <extracomment>Step 1 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Dans la console développeur de Twitch, choisissez «&#xa0;Register Your Application&#xa0;» (l&apos;authentification à deux facteurs doit être activée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exact redirect URI Plugboard shows, including the port, and set the client type to Confidential.</source>
        <extracomment>Step 2 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection exacte qu&apos;affiche Plugboard, port compris, et choisissez le type de client «&#xa0;Confidential&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Manage, then New Secret.</source>
        <extracomment>Step 3 of registering an app on Twitch. The names of Twitch&apos;s menus and buttons stay in English, as on Twitch&apos;s English pages.</extracomment>
        <translation>Choisissez «&#xa0;Manage&#xa0;», puis «&#xa0;New Secret&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the channels you follow</source>
        <extracomment>What the Twitch permission &quot;user:read:follows&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir les chaînes que vous suivez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See your channel subscriptions</source>
        <extracomment>What the Twitch permission &quot;user:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir vos abonnements à des chaînes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See who subscribes to your channel</source>
        <extracomment>What the Twitch permission &quot;channel:read:subscriptions&quot; allows, shown in the permission picker</extracomment>
        <translation>Voir qui est abonné à votre chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:read&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire les messages du chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send chat messages</source>
        <extracomment>What the Twitch permission &quot;chat:edit&quot; allows, shown in the permission picker</extracomment>
        <translation>Envoyer des messages dans le chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In your Vercel account settings, open Tokens and choose Create.</source>
        <extracomment>Step 1 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Dans les paramètres de votre compte Vercel, ouvrez «&#xa0;Tokens&#xa0;» et choisissez «&#xa0;Create&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name it, choose the scope (your account or one team) and an expiration date.</source>
        <extracomment>Step 2 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Nommez-le, choisissez le «&#xa0;Scope&#xa0;» (votre compte ou une équipe) et une date d&apos;expiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it and copy the token into Plugboard; Vercel shows it only once.</source>
        <extracomment>Step 3 of registering an app on Vercel. The names of Vercel&apos;s menus and buttons stay in English, as on Vercel&apos;s English pages.</extracomment>
        <translation>Créez-le et copiez le jeton dans Plugboard&#x202f;; Vercel ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created under Account Settings, Tokens.</source>
        <extracomment>Hint under the &quot;Access token&quot; field of the Vercel credential form</extracomment>
        <translation>Créé sous «&#xa0;Account Settings&#xa0;», «&#xa0;Tokens&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Zoom App Marketplace, choose Develop &gt; Build App and create a General App with user-managed authorization.</source>
        <extracomment>Step 1 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Dans le Zoom App Marketplace, choisissez «&#xa0;Develop &gt; Build App&#xa0;» et créez une «&#xa0;General App&#xa0;» avec une autorisation gérée par l&apos;utilisateur («&#xa0;user-managed&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the redirect URI Plugboard shows to the OAuth redirect URL and the allow list. Zoom ignores the port on 127.0.0.1.</source>
        <extracomment>Step 2 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Ajoutez l&apos;URI de redirection qu&apos;affiche Plugboard comme «&#xa0;OAuth redirect URL&#xa0;» et dans l&apos;«&#xa0;allow list&#xa0;». Zoom ignore le port sur 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under Scopes, add the same scopes you will select in Plugboard.</source>
        <extracomment>Step 3 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Sous «&#xa0;Scopes&#xa0;», ajoutez les portées que vous sélectionnerez dans Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client ID and, unless the app uses public PKCE, the client secret into Plugboard.</source>
        <extracomment>Step 4 of registering an app on Zoom. The names of Zoom&apos;s menus and buttons stay in English, as on Zoom&apos;s English pages.</extracomment>
        <translation>Copiez dans Plugboard l&apos;ID client et, sauf si l&apos;application utilise PKCE public, le secret client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials.</source>
        <extracomment>Hint under the &quot;Client ID&quot; field of the Zoom credential form</extracomment>
        <translation>Affiché sous «&#xa0;App Credentials&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown under App Credentials. Not needed for a public PKCE client.</source>
        <extracomment>Hint under the &quot;Client Secret&quot; field of the Zoom credential form</extracomment>
        <translation>Affiché sous «&#xa0;App Credentials&#xa0;». Inutile pour un client PKCE public.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your Zoom profile</source>
        <extracomment>What the Zoom permission &quot;user:read:user&quot; allows, shown in the permission picker</extracomment>
        <translation>Lire votre profil Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your meetings</source>
        <extracomment>What the Zoom permission &quot;meeting:read:list_meetings&quot; allows, shown in the permission picker</extracomment>
        <translation>Lister vos réunions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meetings for you</source>
        <extracomment>What the Zoom permission &quot;meeting:write:meeting&quot; allows, shown in the permission picker</extracomment>
        <translation>Créer des réunions en votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your cloud recordings</source>
        <extracomment>What the Zoom permission &quot;cloud_recording:read:list_user_recordings&quot; allows, shown in the permission picker</extracomment>
        <translation>Lister vos enregistrements dans le cloud</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityDialog</name>
    <message>
        <location filename="../ui/activitydialog.cpp" line="+66"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity, newest first</source>
        <translation>Activité, la plus récente en premier</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show events</source>
        <translation>Afficher les événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show connection</source>
        <translation>Afficher la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show period</source>
        <translation>Afficher la période</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show all activity</source>
        <translation>Afficher toute l&apos;activité</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check of the record</source>
        <translation>Vérification du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that every entry is still as Plugboard wrote it</source>
        <translation>Vérifie que chaque entrée est toujours telle que Plugboard l&apos;a écrite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing has happened to your secrets yet.

Plugboard writes down here everything that touches them: app credentials saved or removed, sign-ins, renewals and checks, every token handed to a program and who took it, access given to apps, disconnects, backups and vault unlocks. Each entry is sealed, so a change to the record shows.</source>
        <translation>Rien n&apos;est encore arrivé à vos secrets.

Plugboard consigne ici tout ce qui les touche&#xa0;: identifiants d&apos;application enregistrés ou supprimés, authentifications, renouvellements et vérifications, chaque jeton remis à un programme et qui l&apos;a pris, accès accordés aux applications, déconnexions, sauvegardes et déverrouillages du coffre. Chaque entrée est scellée&#xa0;: toute modification du journal se voit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activity matches these filters.</source>
        <translation>Aucune activité ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking that the record is as Plugboard wrote it…</source>
        <translation>Vérification que le journal est tel que Plugboard l&apos;a écrit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked: %1 The record can be checked once Plugboard can read your secrets.</source>
        <translation>Non vérifié&#xa0;: %1 Le journal pourra être vérifié dès que Plugboard pourra lire vos secrets.</translation>
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
            <numerusform>Vérifié&#xa0;: %n entrée, inchangée.</numerusform>
            <numerusform>Vérifié&#xa0;: %n entrées, inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: nothing has been recorded yet.</source>
        <translation>Vérifié&#xa0;: rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity record cannot be checked</source>
        <translation>Le journal d&apos;activité ne peut pas être vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries are shown as they are on disk; whether someone changed them cannot be told.</source>
        <translation>Les entrées sont affichées telles qu&apos;elles sont sur le disque&#x202f;; impossible de savoir si quelqu&apos;un les a modifiées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: the record&apos;s key is missing.</source>
        <translation>Non vérifié&#xa0;: la clé du journal est introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed the activity record</source>
        <translation>Quelqu&apos;un a modifié le journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check failed at entry %1 (in bold below).</source>
        <translation>La vérification a échoué à l&apos;entrée %1 (en gras ci-dessous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 was left half-written when Plugboard stopped while writing it. It is not part of the record; nothing after it was lost.</source>
        <translation>Remarque&#xa0;: l&apos;écriture de %1 a été interrompue par l&apos;arrêt de Plugboard. Cette entrée ne fait pas partie du journal&#x202f;; rien de ce qui la suit n&apos;a été perdu.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Note: %n entry(ies) wait to be signed; Plugboard signs them the next time it can read your secrets.</source>
        <translation>
            <numerusform>Remarque&#xa0;: %n entrée attend d&apos;être signée&#x202f;; Plugboard la signera la prochaine fois qu&apos;il pourra lire vos secrets.</numerusform>
            <numerusform>Remarque&#xa0;: %n entrées attendent d&apos;être signées&#x202f;; Plugboard les signera la prochaine fois qu&apos;il pourra lire vos secrets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1 (%2)</source>
        <translation>Entrée %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer what Plugboard wrote.</source>
        <translation>%1 n&apos;est plus telle que Plugboard l&apos;a écrite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is where the record breaks.</source>
        <translation>%1&#xa0;: c&apos;est ici que le journal est rompu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is line %1 of %2.</source>
        <translation>C&apos;est la ligne %1 sur %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your secrets are not affected by this by itself: the record holds none of them. But something that can write to your files changed it, so what it says from that entry on cannot be trusted. If you did not change it yourself, look for programs on this computer you do not recognise, then disconnect and reconnect the accounts you care about so that their tokens are replaced.</source>
        <translation>Cela n&apos;affecte pas vos secrets en soi&#xa0;: le journal n&apos;en contient aucun. Mais un programme capable d&apos;écrire dans vos fichiers l&apos;a modifié&#x202f;; ce qu&apos;il indique à partir de cette entrée n&apos;est donc plus fiable. Si vous ne l&apos;avez pas modifié vous-même, recherchez sur cet ordinateur des programmes que vous ne reconnaissez pas, puis déconnectez et reconnectez les comptes qui vous importent afin que leurs jetons soient remplacés.</translation>
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
        <translation>L&apos;entrée %1 a échoué à la vérification&#xa0;: elle n&apos;est pas telle que Plugboard l&apos;a écrite.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Plugboard::ActivityPresentation</name>
    <message>
        <location filename="../ui/activitypresentation.cpp" line="+31"/>
        <source>No keyring</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring locked</source>
        <translation>Trousseau verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring refused access</source>
        <translation>Accès refusé par le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète incorrecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials refused</source>
        <translation>Identifiants d&apos;application refusés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This app</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line (%1)</source>
        <translation>Ligne de commande (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday, %1</source>
        <translation>Hier, %1</translation>
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
        <translation>en attente de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed later</source>
        <translation>signée plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token handed out to %1</source>
        <translation>Jeton remis à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins &amp; renewals</source>
        <translation>Authentifications &amp; renouvellements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens handed out</source>
        <translation>Jetons remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access grants</source>
        <translation>Accès accordés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials &amp; providers</source>
        <translation>Identifiants &amp; fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp; vault</source>
        <translation>Sauvegarde &amp; coffre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
</context>
<context>
    <name>Plugboard::AddServerOperation</name>
    <message>
        <location filename="../core/lifecycle/addserveroperation.cpp" line="+34"/>
        <source>There is a platform called &quot;%1&quot; already. Choose another id for %2.</source>
        <translation>Il existe déjà une plateforme nommée «&#xa0;%1&#xa0;». Choisissez un autre ID pour %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ApiKeyFlow</name>
    <message>
        <location filename="../app/gui/apikeyflow.cpp" line="+47"/>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked the new key: it replaced the old one of %1.</source>
        <translation>Nouvelle clé vérifiée&#xa0;: elle remplace l&apos;ancienne clé de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppAccessFlow</name>
    <message>
        <location filename="../app/gui/appaccessflow.cpp" line="+44"/>
        <source>%1 can no longer use %2.</source>
        <translation>%1 ne peut plus utiliser %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppCredentials</name>
    <message>
        <location filename="../core/storage/appcredentials.cpp" line="+21"/>
        <source>The saved app credentials of this platform are damaged (%1). Enter them again to replace them.</source>
        <translation>Les identifiants d&apos;application enregistrés pour cette plateforme sont endommagés (%1). Saisissez-les de nouveau pour les remplacer.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Missing required credentials: %1</source>
        <translation>Identifiants obligatoires manquants&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation>&quot;%1&quot; n&apos;a pas le bon type</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The saved app credentials of this platform were written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or enter them again.</source>
        <translation>Les identifiants d&apos;application enregistrés pour cette plateforme ont été écrits par une version plus récente de Plugboard (format %1&#x202f;; cette version lit le format %2). Mettez Plugboard à jour, ou saisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppGrant</name>
    <message>
        <location filename="../core/storage/appgrant.cpp" line="+35"/>
        <source>&quot;%1&quot; does not name an application. Give the absolute path of its executable (for example /usr/bin/gnome-calendar), flatpak:ID or snap:NAME; `plugboard-cli grants list` shows the applications that have asked.</source>
        <translation>&quot;%1&quot; ne désigne aucune application. Indiquez le chemin absolu de son exécutable (par exemple /usr/bin/gnome-calendar), flatpak:ID ou snap:NAME&#x202f;; `plugboard-cli grants list` affiche les applications qui ont déjà fait une demande.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AppSecretRequest</name>
    <message>
        <location filename="../app/dbus/appsecretrequest.cpp" line="+54"/>
        <source>This application has stored no secret &quot;%1&quot;. HasSecret tells beforehand.</source>
        <translation>Cette application n&apos;a enregistré aucun secret &quot;%1&quot;. HasSecret permet de le vérifier au préalable.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditEvents</name>
    <message>
        <location filename="../core/audit/auditevent.cpp" line="+68"/>
        <source>App credentials saved</source>
        <translation>Identifiants d&apos;application enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials replaced</source>
        <translation>Identifiants d&apos;application remplacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App credentials removed</source>
        <translation>Identifiants d&apos;application supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom provider added</source>
        <translation>Fournisseur personnalisé ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom provider removed</source>
        <translation>Fournisseur personnalisé supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal failed</source>
        <translation>Échec du renouvellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reconnecting</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token handed out</source>
        <translation>Jeton remis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access allowed</source>
        <translation>Accès autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access revoked</source>
        <translation>Accès révoqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup exported</source>
        <translation>Sauvegarde exportée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup imported</source>
        <translation>Sauvegarde importée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault unlocked</source>
        <translation>Coffre déverrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong vault passphrase</source>
        <translation>Phrase secrète du coffre incorrecte</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditFilter</name>
    <message>
        <location filename="../core/audit/auditfilter.cpp" line="+51"/>
        <source>&quot;%1&quot; is not a time. Give a date (2026-12-01), a date and time (2026-12-01T14:30) or how long ago (30m, 12h, 7d, 2w).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date. Indiquez une date (2026-12-01), une date et une heure (2026-12-01T14:30) ou une durée écoulée (30m, 12h, 7d, 2w).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no event &quot;%1&quot;. Events: %2.</source>
        <translation>Il n&apos;existe pas d&apos;événement «&#xa0;%1&#xa0;». Événements&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditLog</name>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="+143"/>
        <source>Could not sign an audit entry (the trail&apos;s key is empty).</source>
        <translation>Impossible de signer une entrée du journal (la clé du journal est vide).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not create the folder %1 for the audit trail.</source>
        <translation>Impossible de créer le dossier %1 pour le journal.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not rotate the audit trail %1.</source>
        <translation>Impossible d&apos;effectuer la rotation du journal %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Could not write the audit trail %1: %2.</source>
        <translation>Impossible d&apos;écrire le journal %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditTrail</name>
    <message>
        <location filename="../core/audit/audittrail.cpp" line="+209"/>
        <source>The trail&apos;s key is not in the secret store, so its entries cannot be checked. Was the keyring reset, or the secrets moved without it?</source>
        <translation>La clé du journal ne se trouve pas dans le stockage des secrets&#x202f;; ses entrées ne peuvent donc pas être vérifiées. Le trousseau a-t-il été réinitialisé, ou les secrets déplacés sans elle&#x202f;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit trail&apos;s key in the secret store is damaged.</source>
        <translation>La clé du journal dans le stockage des secrets est endommagée.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuditVerifier</name>
    <message>
        <location filename="../core/audit/auditverifier.cpp" line="+58"/>
        <source>Entry %1 comes before entry %2: the order of the trail was changed.</source>
        <translation>L&apos;entrée %1 précède l&apos;entrée %2&#xa0;: l&apos;ordre du journal a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 comes after entry %2: it was moved or copied.</source>
        <translation>L&apos;entrée %1 suit l&apos;entrée %2&#xa0;: elle a été déplacée ou copiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 is missing before entry %2: it was removed.</source>
        <translation>L&apos;entrée %1 manque avant l&apos;entrée %2&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries %1 to %2 are missing before entry %3: they were removed.</source>
        <translation>Les entrées %1 à %2 manquent avant l&apos;entrée %3&#xa0;: elles ont été supprimées.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry %1 does not match its MAC: it was changed after it was written, or the trail&apos;s key was replaced.</source>
        <translation>L&apos;entrée %1 ne correspond pas à son MAC&#xa0;: elle a été modifiée après son écriture, ou la clé du journal a été remplacée.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuthorizationSession</name>
    <message>
        <location filename="../core/oauth/authorizationsession.cpp" line="+155"/>
        <source>This sign-in to %1 is not waiting for the browser any more.</source>
        <translation>Cette connexion à %1 n&apos;attend plus le navigateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 sent the browser back without an authorization code. Connect again to try once more.</source>
        <translation>%1 a renvoyé le navigateur sans code d&apos;autorisation. Relancez la connexion pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back from %1 within %2. If %1 showed an error page, check the client ID and that %3 is registered as a redirect URI; then connect again.</source>
        <translation>Le navigateur n&apos;est pas revenu de %1 en moins de %2. Si %1 a affiché une page d&apos;erreur, vérifiez l&apos;ID client et que %3 est bien enregistrée comme URI de redirection, puis relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AuthorizeRequest</name>
    <message>
        <location filename="../app/dbus/authorizerequest.cpp" line="+32"/>
        <source>Plugboard knows no platform &quot;%1&quot;. `plugboard-cli providers` lists them.</source>
        <translation>Plugboard ne connaît aucune plateforme &quot;%1&quot;. `plugboard-cli providers` liste les plateformes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is connected with an API key, which only you can give: connect it in Plugboard&apos;s window, then ask again.</source>
        <translation>%1 se connecte avec une clé d&apos;API que vous seul pouvez fournir&#xa0;: connectez %1 dans la fenêtre de Plugboard, puis refaites la demande.</translation>
    </message>
</context>
<context>
    <name>Plugboard::AutostartEntry</name>
    <message>
        <location filename="../core/settings/autostartentry.cpp" line="+112"/>
        <source>Plugboard could not remove %1, so it still starts when you log in. Check that the folder is writable, or remove the file yourself.</source>
        <translation>Plugboard n&apos;a pas pu supprimer %1&#xa0;: il démarre donc toujours à l&apos;ouverture de votre session. Vérifiez que le dossier est accessible en écriture, ou supprimez le fichier vous-même.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plugboard could not write %1, so it will not start when you log in. Check that the folder %2 is writable.</source>
        <translation>Plugboard n&apos;a pas pu écrire %1&#xa0;: il ne démarrera donc pas à l&apos;ouverture de votre session. Vérifiez que le dossier %2 est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupConflictDialog</name>
    <message>
        <location filename="../ui/backupconflictdialog.cpp" line="+22"/>
        <source>Already here</source>
        <translation>Déjà présents</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) of the backup exist here already. Tick what the backup&apos;s copy should replace; the rest stays as it is here. Everything else in the backup is restored.</source>
        <translation>
            <numerusform>%n élément de la sauvegarde existe déjà ici. Cochez ce que la copie de la sauvegarde doit remplacer&#x202f;; le reste demeure tel quel ici. Tout le reste de la sauvegarde est restauré.</numerusform>
            <numerusform>%n éléments de la sauvegarde existent déjà ici. Cochez ceux que la copie de la sauvegarde doit remplacer&#x202f;; les autres restent tels quels ici. Tout le reste de la sauvegarde est restauré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace %1</source>
        <translation>Remplacer %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep all</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupDocument</name>
    <message>
        <location filename="../core/backup/backupdocument.cpp" line="+239"/>
        <source>%1 opened with this passphrase, but Plugboard cannot read what it holds (%2). Nothing was changed.</source>
        <translation>%1 s&apos;est ouvert avec cette phrase secrète, mais Plugboard ne peut pas lire son contenu (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no backup format number</source>
        <translation>aucun numéro de format de sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by a newer Plugboard (backup format %2; this version reads format %3). Update Plugboard to import it. Nothing was changed.</source>
        <translation>%1 a été créé par une version plus récente de Plugboard (format de sauvegarde %2&#x202f;; cette version lit le format %3). Mettez Plugboard à jour pour l&apos;importer. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupExport</name>
    <message>
        <location filename="../core/backup/backupexport.cpp" line="+88"/>
        <source>Plugboard could not read the custom provider %1: %2. Check its permissions; no backup was written.</source>
        <translation>Plugboard n&apos;a pas pu lire le fournisseur personnalisé %1&#xa0;: %2. Vérifiez ses autorisations&#x202f;; aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plugboard could not read %1 for the backup: %2 No backup was written.</source>
        <translation>Plugboard n&apos;a pas pu lire %1 pour la sauvegarde&#xa0;: %2 Aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupFile</name>
    <message>
        <location filename="../core/backup/backupfile.cpp" line="+47"/>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>Le fichier %1 n&apos;existe pas. Vérifiez le nom et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a backup file. Give the backup file&apos;s name.</source>
        <translation>%1 est un dossier, pas un fichier de sauvegarde. Indiquez le nom du fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is far larger than a Plugboard backup can be. Nothing was changed.</source>
        <translation>%1 est bien plus volumineux qu&apos;une sauvegarde Plugboard ne peut l&apos;être. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Plugboard n&apos;a pas pu lire %1&#xa0;: %2. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard could not write the backup %1: %2. Choose a folder you can write to, with free space.</source>
        <translation>Plugboard n&apos;a pas pu écrire la sauvegarde %1&#xa0;: %2. Choisissez un dossier accessible en écriture et disposant d&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder does not exist</source>
        <translation>son dossier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupFlow</name>
    <message>
        <location filename="../app/gui/backupflow.cpp" line="+45"/>
        <source>Plugboard is still busy with a backup. Try again when it is done.</source>
        <translation>Plugboard est encore occupé par une sauvegarde. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Plugboard backups (*.pbbackup);;All files (*)</source>
        <translation>Sauvegardes Plugboard (*.pbbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose a passphrase for the backup</source>
        <translation>Choisissez une phrase secrète pour la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 will hold your tokens, app credentials and the secrets apps keep with Plugboard, encrypted with this passphrase. Nobody can recover a forgotten passphrase: keep it somewhere safe, apart from the file.</source>
        <translation>La sauvegarde %1 contiendra vos jetons, vos identifiants d&apos;application et les secrets que les applications confient à Plugboard, chiffrés avec cette phrase secrète. Personne ne peut récupérer une phrase secrète oubliée&#xa0;: conservez-la en lieu sûr, à l&apos;écart du fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the encrypted backup %1…</source>
        <translation>Écriture de la sauvegarde chiffrée %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). Keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Sauvegarde chiffrée %1 écrite (%n élément). Conservez-la, ainsi que sa phrase secrète, en lieu sûr.</numerusform>
            <numerusform>Sauvegarde chiffrée %1 écrite (%n éléments). Conservez-la, ainsi que sa phrase secrète, en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase the backup %1 was made with. Plugboard restores what it holds; for what you have here already, it asks you first.</source>
        <translation>Saisissez la phrase secrète avec laquelle la sauvegarde %1 a été créée. Plugboard restaure son contenu&#x202f;; pour ce qui existe déjà ici, il vous demande d&apos;abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the backup %1…</source>
        <translation>Lecture de la sauvegarde %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importation annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Cette phrase secrète est incorrecte. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported the backup %1: %n item(s) restored.</source>
        <translation>
            <numerusform>Sauvegarde %1 importée&#xa0;: %n élément restauré.</numerusform>
            <numerusform>Sauvegarde %1 importée&#xa0;: %n éléments restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupImport</name>
    <message numerus="yes">
        <location filename="../core/backup/backupimport.cpp" line="+157"/>
        <source>%n item(s) of the backup could not be restored; the others were. The first: %1: %2</source>
        <translation>
            <numerusform>%n élément de la sauvegarde n&apos;a pas pu être restauré&#x202f;; les autres l&apos;ont été. Le premier&#xa0;: %1&#xa0;: %2</numerusform>
            <numerusform>%n éléments de la sauvegarde n&apos;ont pas pu être restaurés&#x202f;; les autres l&apos;ont été. Le premier&#xa0;: %1&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupItem</name>
    <message>
        <location filename="../core/backup/backupitem.cpp" line="+31"/>
        <source>custom provider %1</source>
        <translation>fournisseur personnalisé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom provider %1 (%2)</source>
        <translation>fournisseur personnalisé %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app credentials of %1</source>
        <translation>identifiants d&apos;application de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection %1 (%2)</source>
        <translation>connexion %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secret %1… of the application %2</source>
        <translation>secret %1… de l&apos;application %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1</source>
        <translation>paramètre %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupRestore</name>
    <message>
        <location filename="../core/backup/backuprestore.cpp" line="+91"/>
        <source>The backup&apos;s record of %1 names another id, %2; it was not restored.</source>
        <translation>L&apos;enregistrement de %1 dans la sauvegarde indique un autre ID, %2&#x202f;; il n&apos;a pas été restauré.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The backup does not hold this item.</source>
        <translation>La sauvegarde ne contient pas cet élément.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupResultDialog</name>
    <message>
        <location filename="../ui/backupresultdialog.cpp" line="+19"/>
        <source>Backup imported</source>
        <translation>Sauvegarde importée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restored %n item(s) from the backup.</source>
        <translation>
            <numerusform>%n élément restauré depuis la sauvegarde.</numerusform>
            <numerusform>%n éléments restaurés depuis la sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored %n item(s) from the backup. Some could not be restored; see why below.</source>
        <translation>
            <numerusform>%n élément restauré depuis la sauvegarde. Certains n&apos;ont pas pu être restaurés&#x202f;; voyez pourquoi ci-dessous.</numerusform>
            <numerusform>%n éléments restaurés depuis la sauvegarde. Certains n&apos;ont pas pu être restaurés&#x202f;; voyez pourquoi ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the import did</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored</source>
        <translation>Restaurés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept as it was here</source>
        <translation>Conservés tels quels ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not restored</source>
        <translation>Non restaurés</translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupSettings</name>
    <message>
        <location filename="../core/backup/backupsettings.cpp" line="+62"/>
        <source>Plugboard does not restore this setting from a backup.</source>
        <translation>Plugboard ne restaure pas ce paramètre depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1. Check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BrowserCheck</name>
    <message>
        <location filename="../core/diagnosis/browsercheck.cpp" line="+82"/>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>xdg-open or xdg-mime is not installed: Plugboard cannot open sign-in pages.</source>
        <translation>xdg-open ou xdg-mime n&apos;est pas installé&#xa0;: Plugboard ne peut pas ouvrir les pages de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install xdg-utils (sudo apt install xdg-utils); until then, connect with plugboard-cli connect --no-browser and open the printed address yourself.</source>
        <translation>Installez xdg-utils (sudo apt install xdg-utils)&#x202f;; d&apos;ici là, connectez-vous avec plugboard-cli connect --no-browser et ouvrez vous-même l&apos;adresse affichée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No default browser is set for %1 addresses.</source>
        <translation>Aucun navigateur par défaut n&apos;est défini pour les adresses %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default browser for %1 addresses, %2, has no desktop file.</source>
        <translation>Le navigateur par défaut pour les adresses %1, %2, n&apos;a pas de fichier .desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default browser for %1 addresses, %2, runs %3, which is not installed.</source>
        <translation>Le navigateur par défaut pour les adresses %1, %2, lance %3, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a default web browser in your desktop&apos;s settings (or run xdg-settings set default-web-browser firefox.desktop); until then, connect with plugboard-cli connect --no-browser.</source>
        <translation>Choisissez un navigateur web par défaut dans les paramètres de votre bureau (ou exécutez xdg-settings set default-web-browser firefox.desktop)&#x202f;; d&apos;ici là, connectez-vous avec plugboard-cli connect --no-browser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xdg-open opens web addresses with %1.</source>
        <translation>xdg-open ouvre les adresses web avec %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusOptions</name>
    <message>
        <location filename="../app/dbus/busoptions.cpp" line="+53"/>
        <source>The option &quot;interactive&quot; must be a boolean (b).</source>
        <translation>L&apos;option &quot;interactive&quot; doit être un booléen (b).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option &quot;min_validity&quot; must be a number of seconds (u) from 0 to %1.</source>
        <translation>L&apos;option &quot;min_validity&quot; doit être un nombre de secondes (u) compris entre 0 et %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option &quot;%1&quot;. This method takes %2.</source>
        <translation>Option inconnue &quot;%1&quot;. Cette méthode accepte %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusRequest</name>
    <message>
        <location filename="../app/dbus/busrequest.cpp" line="+100"/>
        <source>%1 has no access to %2. Allow it in Plugboard when it asks, or run `plugboard-cli grants allow %3 %2`.</source>
        <translation>%1 n&apos;a pas accès à %2. Autorisez l&apos;accès dans Plugboard lorsque la demande s&apos;affiche, ou lancez `plugboard-cli grants allow %3 %2`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody answered whether %1 may use %2, so it was refused. Ask again when someone is at the computer.</source>
        <translation>Personne n&apos;a indiqué si %1 pouvait utiliser %2, la demande a donc été refusée. Refaites la demande quand quelqu&apos;un sera devant l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>a new connection</source>
        <translation>une nouvelle connexion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You refused %1 access to %2.</source>
        <translation>Vous avez refusé à %1 l&apos;accès à %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::BusService</name>
    <message>
        <location filename="../app/dbus/busservice.cpp" line="+56"/>
        <source>Other applications cannot use your connections: the session bus is not reachable (%1).</source>
        <translation>Les autres applications ne peuvent pas utiliser vos connexions&#xa0;: le bus de session est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other applications cannot use your connections: the D-Bus object could not be registered.</source>
        <translation>Les autres applications ne peuvent pas utiliser vos connexions&#xa0;: l&apos;objet D-Bus n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other applications cannot use your connections through this window: another program already serves %1.</source>
        <translation>Les autres applications ne peuvent pas utiliser vos connexions via cette fenêtre&#xa0;: un autre programme fournit déjà %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CallerApplication</name>
    <message>
        <location filename="../core/access/callerapplication.cpp" line="+89"/>
        <source>Plugboard could not tell which program is asking (process %1 has ended or cannot be inspected), so it hands out nothing.</source>
        <translation>Plugboard n&apos;a pas pu déterminer quel programme fait la demande (le processus %1 s&apos;est terminé ou ne peut pas être inspecté), il ne fournit donc rien.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 running %2</source>
        <translation>%2 (via %1)</translation>
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
        <translation>Plugboard n&apos;a pas pu déterminer quel programme fait la demande, il ne fournit donc rien.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plugboard serves the programs of its own user only.</source>
        <translation>Plugboard ne sert que les programmes de son propre utilisateur.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CardBoard</name>
    <message>
        <location filename="../ui/cardboard.cpp" line="+55"/>
        <source>%1 will end this sign-in on %2. Reconnect before then.</source>
        <translation>%1 mettra fin à cette connexion le %2. Reconnectez-vous avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ends sign-ins unused for %2 days: this one on %3. Use it or check it before then.</source>
        <translation>%1 met fin aux connexions inutilisées pendant %2&#xa0;jours&#xa0;: celle-ci le %3. Utilisez-la ou vérifiez-la avant.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Filter by platform, account or state (Ctrl+F)</source>
        <translation>Filtrer par plateforme, compte ou état (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort connections</source>
        <translation>Trier les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention first</source>
        <translation>Action requise d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Trier&#xa0;:</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Connects with an API key</source>
        <translation>Se connecte avec une clé d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>App credentials saved</source>
        <translation>Identifiants d&apos;application enregistrés</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not granted yet: %1. Reconnect to approve.</source>
        <translation>Pas encore accordées&#xa0;: %1. Reconnectez-vous pour les approuver.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>App credentials saved (client ID %1)</source>
        <translation>Identifiants d&apos;application enregistrés (ID client %1)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>More platforms (%1)</source>
        <translation>Autres plateformes (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection matches &apos;%1&apos;</source>
        <translation>Aucune connexion ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/auditcommand.cpp" line="+70"/>
        <source>Prints JSON for programs.</source>
        <translation>Affiche du JSON pour les programmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries since WHEN: 2026-12-01, 2026-12-01T14:30, 12h, 7d.</source>
        <translation>Uniquement les entrées depuis WHEN&#xa0;: 2026-12-01, 2026-12-01T14:30, 12h, 7d.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only entries about CONNECTION (github/42), or a platform and its connections (github).</source>
        <translation>Uniquement les entrées concernant CONNECTION (github/42), ou une plateforme et ses connexions (github).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only EVENT (token.handed_out) or a group of events (token).</source>
        <translation>Uniquement EVENT (token.handed_out) ou un groupe d&apos;événements (token).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows what happened to your secrets and who took tokens; `verify` checks that nobody changed the record.</source>
        <translation>Affiche ce qui est arrivé à vos secrets et qui a pris des jetons&#x202f;; `verify` vérifie que personne n&apos;a modifié le journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks the record&apos;s chain instead of printing it.</source>
        <translation>Vérifie la chaîne du journal au lieu de l&apos;afficher.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use `plugboard-cli audit %1`.</source>
        <translation>Utilisez `plugboard-cli audit %1`.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Note: %1 was left half-written (a crash while writing); it is not part of the chain.</source>
        <translation>Remarque&#xa0;: l&apos;écriture de %1 a été interrompue (plantage pendant l&apos;écriture)&#x202f;; cette entrée ne fait pas partie de la chaîne.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(ies) wait to be signed: the next command that reads your secrets signs them.</source>
        <translation>
            <numerusform>%n entrée attend d&apos;être signée&#xa0;: la prochaine commande qui lira vos secrets la signera.</numerusform>
            <numerusform>%n entrées attendent d&apos;être signées&#xa0;: la prochaine commande qui lira vos secrets les signera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 line %2)</source>
        <translation> (%1 ligne %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail was tampered with at entry %1%2: %3</source>
        <translation>Le journal a été falsifié à l&apos;entrée %1%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The audit trail holds: %n entry(ies) checked, none changed, missing or moved.</source>
        <translation>
            <numerusform>Le journal est intact&#xa0;: %n entrée vérifiée, aucune modifiée, manquante ou déplacée.</numerusform>
            <numerusform>Le journal est intact&#xa0;: %n entrées vérifiées, aucune modifiée, manquante ou déplacée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/commands/backupcommand.cpp" line="+43"/>
        <source>Reads the backup&apos;s passphrase from standard input, as one line.</source>
        <translation>Lit la phrase secrète de la sauvegarde sur l&apos;entrée standard, en une seule ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With import: what exists here already is replaced by the backup&apos;s copy.</source>
        <translation>Avec import&#xa0;: ce qui existe déjà ici est remplacé par la copie de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With import: what exists here already is kept; the rest is restored.</source>
        <translation>Avec import&#xa0;: ce qui existe déjà ici est conservé&#x202f;; le reste est restauré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints JSON for programs.</source>
        <translation>Affiche du JSON pour les programmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves providers, credentials, connections with their tokens, grants and settings in one encrypted file, or restores them from it.</source>
        <translation>Enregistre les fournisseurs, les identifiants, les connexions avec leurs jetons, les autorisations et les paramètres dans un seul fichier chiffré, ou les restaure à partir de celui-ci.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export or import.</source>
        <translation>export ou import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file to write or read.</source>
        <translation>Le fichier de sauvegarde à écrire ou à lire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use `plugboard-cli backup %1`.</source>
        <translation>Utilisez `plugboard-cli backup %1`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New passphrase for the backup %1:</source>
        <translation>Nouvelle phrase secrète pour la sauvegarde %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same passphrase again:</source>
        <translation>Saisissez à nouveau la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. No backup was written.</source>
        <translation>Les deux phrases secrètes diffèrent. Aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1 is set: this backup&apos;s key derivation is weak, for tests only.</source>
        <translation>Avertissement&#xa0;: %1 est défini&#xa0;: la dérivation de clé de cette sauvegarde est faible, réservée aux tests.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). It holds your tokens and secrets: keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Sauvegarde chiffrée %1 écrite (%n élément). Elle contient vos jetons et vos secrets&#xa0;: conservez-la, ainsi que sa phrase secrète, en lieu sûr.</numerusform>
            <numerusform>Sauvegarde chiffrée %1 écrite (%n éléments). Elle contient vos jetons et vos secrets&#xa0;: conservez-la, ainsi que sa phrase secrète, en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase of the backup %1:</source>
        <translation>Phrase secrète de la sauvegarde %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n item(s) of the backup exist here already: %1. Run the import again with --replace to take the backup&apos;s copies, or with --keep to keep what is here (what is new is restored either way). Nothing was imported.</source>
        <translation>
            <numerusform>%n élément de la sauvegarde existe déjà ici&#xa0;: %1. Relancez l&apos;importation avec --replace pour prendre les copies de la sauvegarde, ou avec --keep pour conserver ce qui est ici (les nouveaux éléments sont restaurés dans les deux cas). Rien n&apos;a été importé.</numerusform>
            <numerusform>%n éléments de la sauvegarde existent déjà ici&#xa0;: %1. Relancez l&apos;importation avec --replace pour prendre les copies de la sauvegarde, ou avec --keep pour conserver ce qui est ici (les nouveaux éléments sont restaurés dans les deux cas). Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exists here already. Replace it with the backup&apos;s copy? r = replace, k = keep, R = replace all, K = keep all [k]:</source>
        <translation>%1 existe déjà ici. Le remplacer par la copie de la sauvegarde&#x202f;? r = remplacer, k = conserver, R = tout remplacer, K = tout conserver [k]&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restored %1</source>
        <translation>Restauré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1 as it is here</source>
        <translation>Conservé tel quel ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not restored: %1: %2</source>
        <translation>Non restauré&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %1: %n item(s) restored.</source>
        <translation>
            <numerusform>Importé depuis %1&#xa0;: %n élément restauré.</numerusform>
            <numerusform>Importé depuis %1&#xa0;: %n éléments restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/commands/checkcommand.cpp" line="+13"/>
        <source>Checks every connection.</source>
        <translation>Vérifie toutes les connexions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirms with the platform that a connection works, and records the outcome.</source>
        <translation>Fait confirmer par la plateforme qu&apos;une connexion fonctionne et enregistre le résultat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name one CONNECTION or use --all, not both. Use `plugboard-cli check CONNECTION` or `plugboard-cli check --all`.</source>
        <translation>Indiquez une CONNECTION ou utilisez --all, pas les deux. Utilisez `plugboard-cli check CONNECTION` ou `plugboard-cli check --all`.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No connections to check.</source>
        <translation>Aucune connexion à vérifier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no way to check a token without using it; the stored token of %2 has not expired. Use it, and Plugboard renews or flags it when the platform refuses it.</source>
        <translation>%1 ne permet pas de vérifier un jeton sans l&apos;utiliser&#x202f;; le jeton enregistré de %2 n&apos;a pas expiré. Utilisez-le&#xa0;: si la plateforme le refuse, Plugboard le renouvelle ou le signale.</translation>
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
        <translation>Utilisation&#xa0;: plugboard-cli COMMAND [OPTIONS]

Plugboard dans le terminal&#xa0;: des jetons valides pour vos scripts, sans jamais voir de jeton d&apos;actualisation. Les secrets sont lus depuis l&apos;entrée standard, jamais depuis les arguments.

Commandes&#xa0;:
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
CONNECTION est l&apos;ID de la plateforme si elle n&apos;a qu&apos;un compte (github), sinon PLATFORM/ACCOUNT avec l&apos;ID ou le nom du compte (github/octocat).

Lancez `plugboard-cli COMMAND --help` pour voir les options d&apos;une commande.

Codes de sortie&#xa0;:
  0  succès
  1  autre échec
  2  erreur d&apos;utilisation (y compris un secret passé en argument)
  3  plateforme ou connexion inconnue ou ambiguë
  4  la connexion doit être reconnectée
  5  le trousseau de clés est indisponible ou verrouillé
  6  la plateforme a refusé ou a échoué
  7  annulé ou délai dépassé
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 would put a secret on the command line, where other users and your shell history can read it. Pipe it in instead, e.g. `--client-secret-stdin`.</source>
        <translation>%1 placerait un secret sur la ligne de commande, où d&apos;autres utilisateurs et l&apos;historique de votre shell peuvent le lire. Transmettez-le plutôt par un tube, par exemple avec `--client-secret-stdin`.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command &quot;%1&quot;. Run `plugboard-cli --help` to list the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez `plugboard-cli --help` pour afficher la liste des commandes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1. Run `plugboard-cli %2 --help` for its options.</source>
        <translation>%1. Lancez `plugboard-cli %2 --help` pour voir ses options.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Missing %1. Use `%2`.</source>
        <translation>%1 manquant. Utilisez `%2`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many arguments. Use `%1`.</source>
        <translation>Trop d’arguments. Utilisez `%1`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CliPassphraseProvider</name>
    <message>
        <location filename="../app/cli/clipassphraseprovider.cpp" line="+34"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte pour le coffre %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of the vault %1:</source>
        <translation>Phrase secrète du coffre %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No passphrase on standard input: give it as one line.</source>
        <translation>Aucune phrase secrète sur l&apos;entrée standard&#xa0;: fournissez-la sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Une phrase secrète vide n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is locked, and there is no terminal to ask for its passphrase. Set %1 to a command that prints it, or run the command in a terminal.</source>
        <translation>Le coffre est verrouillé et aucun terminal n&apos;est disponible pour demander sa phrase secrète. Définissez %1 sur une commande qui l&apos;affiche, ou exécutez la commande dans un terminal.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The passphrase is too short: use at least %n characters. Nothing was changed.</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#xa0;: utilisez au moins %n caractère. Rien n&apos;a été modifié.</numerusform>
            <numerusform>La phrase secrète est trop courte&#xa0;: utilisez au moins %n caractères. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 ne s&apos;est pas terminé dans le délai de %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed (exit status %2), so Plugboard has no passphrase for the vault.</source>
        <translation>%1 a échoué (code de sortie %2), Plugboard n&apos;a donc pas de phrase secrète pour le coffre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed nothing, so Plugboard has no passphrase for the vault.</source>
        <translation>%1 n&apos;a rien affiché, Plugboard n&apos;a donc pas de phrase secrète pour le coffre.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConfigCommand</name>
    <message>
        <location filename="../app/cli/commands/configcommand.cpp" line="+28"/>
        <source>With list: prints one JSON object of keys and values, for programs.</source>
        <translation>Avec list&#xa0;: affiche un seul objet JSON de clés et de valeurs, destiné aux programmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows and changes Plugboard&apos;s settings: %1.</source>
        <translation>Affiche et modifie les paramètres de Plugboard&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting, with get and set:</source>
        <translation>Le paramètre, avec get et set&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user&apos;s password: `set` reads it at a prompt or from standard input, never as VALUE, and an empty one removes it; `get` says whether one is stored</source>
        <translation>Le mot de passe de l’utilisateur du proxy&#x202f;: `set` le lit à une invite ou sur l’entrée standard, jamais comme VALUE, et un mot de passe vide le supprime&#x202f;; `get` indique s’il y en a un d’enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>get, set or list.</source>
        <translation>get, set ou list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its new value, with set.</source>
        <translation>Sa nouvelle valeur, avec set.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxy password is never taken as an argument: other users can read command lines, and shells keep them. Run `plugboard-cli config set %1` and type it, or pipe it in.</source>
        <translation>Le mot de passe du proxy n’est jamais accepté en argument&#x202f;: d’autres utilisateurs peuvent lire les lignes de commande, et les shells les conservent. Lancez `plugboard-cli config set %1` et tapez-le, ou transmettez-le par un tube.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use `plugboard-cli config %1`.</source>
        <translation>Utilisez `plugboard-cli config %1`.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change one with `plugboard-cli config set KEY VALUE`; `plugboard-cli config --help` describes them.</source>
        <translation>Modifiez-en un avec `plugboard-cli config set KEY VALUE`&#x202f;; `plugboard-cli config --help` les décrit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The proxy setting names no user, so no password is sent. Name one first: `plugboard-cli config set proxy http://USER@HOST:PORT`.</source>
        <translation>Le réglage du proxy ne nomme aucun utilisateur, donc aucun mot de passe n’est envoyé. Nommez-en un d’abord&#x202f;: `plugboard-cli config set proxy http://USER@HOST:PORT`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password of %1 for the proxy %2:</source>
        <translation>Mot de passe de %1 pour le proxy %2&#x202f;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the proxy password.</source>
        <translation>Le mot de passe du proxy a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored the proxy password in the secret store.</source>
        <translation>Le mot de passe du proxy a été enregistré dans le stockage des secrets.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectCommand</name>
    <message>
        <location filename="../app/cli/commands/connectcommand.cpp" line="+19"/>
        <source>Only prints the URL to open; opens no browser. When the browser runs on another computer, paste the address it ends on here.</source>
        <translation>Affiche seulement l&apos;URL à ouvrir&#x202f;; n&apos;ouvre aucun navigateur. Si le navigateur tourne sur un autre ordinateur, collez ici l&apos;adresse à laquelle il aboutit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in with a code approved on another device (a phone, any computer): prints the address and the code, and a QR code on a terminal.</source>
        <translation>Se connecte avec un code approuvé sur un autre appareil (un téléphone, n&apos;importe quel ordinateur)&#xa0;: affiche l&apos;adresse et le code, ainsi qu&apos;un code QR dans un terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For platforms that use API keys: reads the key from standard input (or asks, hidden, on a terminal).</source>
        <translation>Pour les plateformes à clés d&apos;API&#xa0;: lit la clé depuis l&apos;entrée standard (ou la demande, masquée, dans un terminal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For API keys sent with a username (such as an email): the username.</source>
        <translation>Pour les clés d&apos;API envoyées avec un nom d&apos;utilisateur (comme une adresse e-mail)&#xa0;: le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Nombre de secondes d&apos;attente du navigateur (300 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes to ask for, space-separated, instead of the defaults.</source>
        <translation>Portées à demander, séparées par des espaces, au lieu des portées par défaut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connects an account: sign in through the browser (or give an API key); the tokens go to the keyring.</source>
        <translation>Connecte un compte&#xa0;: identifiez-vous dans le navigateur (ou fournissez une clé d&apos;API)&#x202f;; les jetons sont rangés dans le trousseau de clés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform id, e.g. github.</source>
        <translation>ID de la plateforme, par exemple github.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use `connect PLATFORM [--timeout SECONDS]` with a positive timeout.</source>
        <translation>Utilisez `connect PLATFORM [--timeout SECONDS]` avec un délai positif.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>API key for %1 (create one at %2):</source>
        <translation>Clé d&apos;API pour %1 (créez-en une sur %2)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--device signs in to a platform&apos;s OAuth app with a code approved on another device; it does not go with --no-browser or with API keys.</source>
        <translation>--device connecte à l&apos;application OAuth d&apos;une plateforme avec un code approuvé sur un autre appareil&#x202f;; cette option ne peut être combinée ni avec --no-browser ni avec des clés d&apos;API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 signs in through the browser; --api-key-stdin and --username are for platforms that use API keys. Run `plugboard-cli connect %2`.</source>
        <translation>%1 se connecte via le navigateur&#x202f;; --api-key-stdin et --username servent aux plateformes à clés d&apos;API. Lancez `plugboard-cli connect %2`.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes the API key alone; leave out --username.</source>
        <translation>%1 n&apos;attend que la clé d&apos;API&#x202f;; omettez --username.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sends the API key with your %2: give it with --username NAME.</source>
        <translation>%1 envoie la clé d&apos;API avec votre «&#xa0;%2&#xa0;»&#xa0;: indiquez cette valeur avec --username NAME.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in to %1 in your browser. If it did not open, open the URL above.</source>
        <translation>Connectez-vous à %1 dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, ouvrez l&apos;URL ci-dessus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the URL above in a browser and sign in to %1. If that browser runs on another computer, it ends on an address starting with %2 that does not load: copy that whole address from its address bar and paste it here.</source>
        <translation>Ouvrez l&apos;URL ci-dessus dans un navigateur et connectez-vous à %1. Si ce navigateur tourne sur un autre ordinateur, il aboutit à une adresse commençant par %2 qui ne se charge pas&#xa0;: copiez cette adresse en entier depuis sa barre d&apos;adresse et collez-la ici.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>If %1 shows an error instead of a sign-in page, check the client ID (`plugboard-cli credentials show`) and the redirect URI (`plugboard-cli redirect-uri`).</source>
        <translation>Si %1 affiche une erreur au lieu d&apos;une page de connexion, vérifiez l&apos;ID client (`plugboard-cli credentials show`) et l&apos;URI de redirection (`plugboard-cli redirect-uri`).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ConnectionArgument</name>
    <message>
        <location filename="../app/cli/connectionargument.cpp" line="+12"/>
        <source>PLATFORM, or PLATFORM/ACCOUNT when it has several accounts.</source>
        <translation>PLATFORM, ou PLATFORM/ACCOUNT si la plateforme a plusieurs comptes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no connection &quot;%1&quot;, and no platform called &quot;%2&quot;. Run `plugboard-cli list` to see the connections and `plugboard-cli providers` to see the platforms.</source>
        <translation>Il n&apos;existe ni connexion «&#xa0;%1&#xa0;» ni plateforme nommée «&#xa0;%2&#xa0;». Lancez `plugboard-cli list` pour voir les connexions et `plugboard-cli providers` pour voir les plateformes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no connection &quot;%1&quot;. Run `plugboard-cli list` to see the connections, or `plugboard-cli connect %2` to add one.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;». Lancez `plugboard-cli list` pour voir les connexions, ou `plugboard-cli connect %2` pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; matches %2 connections; name one of them:
%3</source>
        <translation>«&#xa0;%1&#xa0;» correspond à %2 connexions&#x202f;; précisez laquelle&#xa0;:
%3</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CredentialsCommand</name>
    <message>
        <location filename="../app/cli/commands/credentialscommand.cpp" line="+18"/>
        <source>The OAuth client id (not a secret).</source>
        <translation>L&apos;ID client OAuth (ce n&apos;est pas un secret).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the client secret from standard input (or asks, hidden, on a terminal).</source>
        <translation>Lit le secret client depuis l&apos;entrée standard (ou le demande, masqué, dans un terminal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanges codes through your team&apos;s server, which holds the client secret (empty: none).</source>
        <translation>Échange les codes via le serveur de votre équipe, qui détient le secret client (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stores, shows (masked) or removes a platform&apos;s app credentials in the keyring.</source>
        <translation>Enregistre, affiche (masqués) ou supprime les identifiants d&apos;application d&apos;une plateforme dans le trousseau de clés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, show or remove.</source>
        <translation>set, show ou remove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform id, e.g. github.</source>
        <translation>ID de la plateforme, par exemple github.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use `credentials set|show|remove PLATFORM`.</source>
        <translation>Utilisez `credentials set|show|remove PLATFORM`.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no app credentials: it uses API keys. Connect with one: `plugboard-cli connect %2 --api-key-stdin`.</source>
        <translation>%1 n&apos;utilise pas d&apos;identifiants d&apos;application, mais des clés d&apos;API. Connectez-vous avec une clé&#xa0;: `plugboard-cli connect %2 --api-key-stdin`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Client secret for %1:</source>
        <translation>Secret client pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to store: give --client-id and/or --client-secret-stdin.</source>
        <translation>Rien à enregistrer&#xa0;: indiquez --client-id ou --client-secret-stdin, ou les deux.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token exchange proxy: %1</source>
        <translation>Proxy d&apos;échange de jetons&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections made with the previous client ID now need reconnecting (%1): %2. Reconnect with `plugboard-cli connect %3`.</source>
        <translation>Les connexions établies avec l&apos;ancien ID client doivent être reconnectées (%1)&#xa0;: %2. Reconnectez-les avec `plugboard-cli connect %3`.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Removed the app credentials for %1.</source>
        <translation>Identifiants d&apos;application de %1 supprimés.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DeviceSignIn</name>
    <message>
        <location filename="../app/cli/commands/devicesignin.cpp" line="+26"/>
        <source>To connect %1, open the address on the first line on any device and enter the code on the second line if asked.</source>
        <translation>Pour connecter %1, ouvrez l&apos;adresse de la première ligne sur n&apos;importe quel appareil et saisissez le code de la deuxième ligne si on vous le demande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To connect %1, open this address on your phone or any computer, or scan the QR code:</source>
        <translation>Pour connecter %1, ouvrez cette adresse sur votre téléphone ou sur n&apos;importe quel ordinateur, ou scannez le code QR&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that it shows the code %1, then approve.</source>
        <translation>Vérifiez que le code %1 s&apos;y affiche, puis approuvez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code %1 there, then approve.</source>
        <translation>Saisissez-y le code %1, puis approuvez.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Waiting for approval; the code is valid for %n minute(s). Ctrl+C cancels.</source>
        <translation>
            <numerusform>En attente d&apos;approbation&#x202f;; le code est valable %n minute. Ctrl+C annule.</numerusform>
            <numerusform>En attente d&apos;approbation&#x202f;; le code est valable %n minutes. Ctrl+C annule.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No browser was opened: this session has no display, or runs over SSH. To sign in on your phone or another computer with a code instead, press Ctrl+C and run `plugboard-cli connect %1 --device`.</source>
        <translation>Aucun navigateur n&apos;a été ouvert&#xa0;: cette session n&apos;a pas d&apos;affichage ou passe par SSH. Pour vous connecter plutôt avec un code sur votre téléphone ou sur un autre ordinateur, appuyez sur Ctrl+C et exécutez `plugboard-cli connect %1 --device`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser was opened: this session has no display, or runs over SSH.</source>
        <translation>Aucun navigateur n&apos;a été ouvert&#xa0;: cette session n&apos;a pas d&apos;affichage ou passe par SSH.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DiagnoseCommand</name>
    <message>
        <location filename="../app/cli/commands/diagnosecommand.cpp" line="+16"/>
        <source>Prints the report as JSON.</source>
        <translation>Affiche le rapport au format JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also runs the checks that need the internet (the clock against a platform&apos;s server).</source>
        <translation>Exécute aussi les vérifications qui nécessitent Internet (l&apos;horloge comparée au serveur d&apos;une plateforme).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform whose server the clock is compared with (with --online; default: the first shipped platform).</source>
        <translation>La plateforme dont le serveur sert de référence pour l&apos;horloge (avec --online&#x202f;; par défaut&#xa0;: la première plateforme fournie).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks what Plugboard needs from this computer and says what to fix.</source>
        <translation>Vérifie ce dont Plugboard a besoin sur cet ordinateur et indique quoi corriger.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Window&apos;s socket</source>
        <translation>Socket de la fenêtre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No platform &quot;%1&quot;. `plugboard-cli providers` lists them.</source>
        <translation>Aucune plateforme «&#xa0;%1&#xa0;». `plugboard-cli providers` les liste.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/commands/disconnectcommand.cpp" line="+19"/>
        <source>Revokes a connection at the platform and forgets its tokens.</source>
        <translation>Révoque une connexion auprès de la plateforme et oublie ses jetons.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Disconnected %1.</source>
        <translation>Déconnexion de %1 terminée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key</source>
        <translation>La clé d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its access</source>
        <translation>L&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 still works at %2 until you revoke it there: %3</source>
        <translation>%1 reste valable sur %2 jusqu&apos;à ce que vous l&apos;y révoquiez&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::GrantsCommand</name>
    <message>
        <location filename="../app/cli/commands/grantscommand.cpp" line="+40"/>
        <source>Prints JSON for programs (with list).</source>
        <translation>Affiche du JSON pour les programmes (avec list).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, gives or takes away applications&apos; access to connections through the D-Bus API.</source>
        <translation>Liste, accorde ou retire l&apos;accès des applications aux connexions via l&apos;API D-Bus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list, allow or revoke.</source>
        <translation>list, allow ou revoke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An executable&apos;s or script&apos;s absolute path, flatpak:ID or snap:NAME.</source>
        <translation>Chemin absolu d&apos;un exécutable ou d&apos;un script, flatpak:ID ou snap:NAME.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not an absolute path. Give the executable&apos;s absolute path (`command -v %1` prints it), or flatpak:ID or snap:NAME.</source>
        <translation>&quot;%1&quot; n&apos;est pas un chemin absolu. Indiquez le chemin absolu de l&apos;exécutable (`command -v %1` l&apos;affiche), ou flatpak:ID ou snap:NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a relative path. Give the absolute path (`realpath %1` prints it).</source>
        <translation>&quot;%1&quot; est un chemin relatif. Indiquez le chemin absolu (`realpath %1` l&apos;affiche).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No application has access yet. Applications ask through the D-Bus API; `plugboard-cli grants allow APP CONNECTION` grants access ahead.</source>
        <translation>Aucune application n&apos;a encore accès. Les applications font leur demande via l&apos;API D-Bus&#x202f;; `plugboard-cli grants allow APP CONNECTION` accorde l&apos;accès à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already has access to %2 (since %3).</source>
        <translation>%1 a déjà accès à %2 (depuis %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allowed %1 to take the tokens of %2.</source>
        <translation>Autorisation accordée à %1 pour récupérer les jetons de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link to %2: the grant names the file it points to, as running programs are known by it.</source>
        <translation>%1 est un lien vers %2&#xa0;: l&apos;autorisation désigne le fichier cible, car c&apos;est par lui que les programmes en cours d&apos;exécution sont identifiés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1 (yet): the grant applies when a program there asks.</source>
        <translation>Le fichier %1 n&apos;existe pas (encore)&#xa0;: l&apos;autorisation s&apos;appliquera quand un programme situé à cet emplacement fera une demande.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is a link to %2, which grants name.</source>
        <translation>%1 est un lien vers %2, et c&apos;est %2 que désignent les autorisations.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked 1 grant: %1 can no longer take the tokens of %2.</source>
        <translation>1 autorisation révoquée&#xa0;: %1 ne peut plus récupérer les jetons de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked %1 grants: %2 can no longer take the tokens of %3.</source>
        <translation>%1 autorisations révoquées&#xa0;: %2 ne peut plus récupérer les jetons de %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use `plugboard-cli grants %1`.</source>
        <translation>Utilisez `plugboard-cli grants %1`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ListCommand</name>
    <message>
        <location filename="../app/cli/commands/listcommand.cpp" line="+18"/>
        <source>Prints JSON for programs.</source>
        <translation>Affiche du JSON destiné aux programmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the connections and their states.</source>
        <translation>Liste les connexions et leur état.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No connections yet. Run `plugboard-cli connect PLATFORM`.</source>
        <translation>Aucune connexion pour l&apos;instant. Lancez `plugboard-cli connect PLATFORM`.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::PastedAddressReader</name>
    <message>
        <location filename="../app/cli/pastedaddressreader.cpp" line="+48"/>
        <source>That line is too long to be the address of a sign-in. Paste only the address from the browser&apos;s address bar.</source>
        <translation>Cette ligne est trop longue pour être l&apos;adresse d&apos;une connexion. Collez uniquement l&apos;adresse de la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Got it: finishing the sign-in…</source>
        <translation>Bien reçu&#xa0;: finalisation de la connexion…</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProviderSharing</name>
    <message>
        <location filename="../app/cli/commands/providersharing.cpp" line="+30"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a built-in platform: every Plugboard already has it, so there is nothing to export. Only custom platforms, marked (custom) by `plugboard-cli providers`, can be exported.</source>
        <translation>«&#xa0;%1&#xa0;» est une plateforme intégrée&#xa0;: chaque Plugboard la possède déjà, il n&apos;y a donc rien à exporter. Seules les plateformes personnalisées, marquées (custom) par `plugboard-cli providers`, peuvent être exportées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 to %2. It holds no client ID, secret or token: whoever imports it with `plugboard-cli providers import` sets their own credentials.</source>
        <translation>%1 a été exporté vers %2. Le fichier ne contient ni ID client, ni secret, ni jeton&#xa0;: quiconque l&apos;importe avec `plugboard-cli providers import` définit ses propres identifiants.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds &quot;%2&quot;, a built-in platform every Plugboard already has, so there is nothing to import. To add a variant of it, give it another id in the file.</source>
        <translation>%1 contient «&#xa0;%2&#xa0;», une plateforme intégrée que chaque Plugboard possède déjà&#xa0;: il n&apos;y a donc rien à importer. Pour en ajouter une variante, donnez-lui un autre ID dans le fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A custom platform &quot;%1&quot; already exists. Add --replace to replace it with the one in %2 (its stored credentials and connections stay), or give the record another id.</source>
        <translation>Une plateforme personnalisée «&#xa0;%1&#xa0;» existe déjà. Ajoutez --replace pour la remplacer par celle de %2 (ses identifiants et connexions enregistrés sont conservés), ou donnez un autre ID à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaced the custom platform %1 with %2 from %3; its stored credentials and connections stay.</source>
        <translation>Plateforme personnalisée %1 remplacée par %2 depuis %3&#x202f;; ses identifiants et connexions enregistrés sont conservés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 from %2 as the custom platform %3. %4</source>
        <translation>%1 importé depuis %2 en tant que plateforme personnalisée %3. %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2. Check the file&apos;s name and that it is readable.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez le nom du fichier et qu&apos;il est lisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 1 MiB, so it is not a platform record (they take a few kilobytes). Nothing imported; check that you gave the right file.</source>
        <translation>%1 dépasse 1&#xa0;Mio&#xa0;: ce n&apos;est donc pas un enregistrement de plateforme (qui ne fait que quelques kilo-octets). Rien n&apos;a été importé&#x202f;; vérifiez que vous avez indiqué le bon fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty: there is no platform record in it. Nothing imported.</source>
        <translation>%1 est vide&#xa0;: il ne contient aucun enregistrement de plateforme. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2. Check that its folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect with `plugboard-cli connect %1 --api-key-stdin`, the key piped in.</source>
        <translation>Connectez-vous avec `plugboard-cli connect %1 --api-key-stdin`, en redirigeant la clé vers l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the app credentials with `plugboard-cli credentials set %1 --client-id …`; the app needs %2 as a redirect URI.</source>
        <translation>Définissez les identifiants d&apos;application avec `plugboard-cli credentials set %1 --client-id …`&#x202f;; l&apos;application doit avoir %2 comme URI de redirection.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::ProvidersCommand</name>
    <message>
        <location filename="../app/cli/commands/providerscommand.cpp" line="+22"/>
        <source>Prints JSON for programs.</source>
        <translation>Affiche du JSON destiné aux programmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer URL to read the discovery document from.</source>
        <translation>URL de l&apos;émetteur où lire le document de découverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name of the custom platform.</source>
        <translation>Nom affiché de la plateforme personnalisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default scopes, space-separated, instead of the discovered ones.</source>
        <translation>Portées par défaut, séparées par des espaces, au lieu de celles découvertes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the registered client sends its secret: basic (HTTP Basic, the default when the server offers it), post (in the request body) or none (public client).</source>
        <translation>Comment le client enregistré transmet son secret&#xa0;: basic (HTTP Basic, par défaut si le serveur le propose), post (dans le corps de la requête) ou none (client public).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the templates for self-hosted servers instead.</source>
        <translation>Liste plutôt les modèles de serveurs auto-hébergés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a self-hosted server from this template (see --templates).</source>
        <translation>Ajoute un serveur auto-hébergé à partir de ce modèle (voir --templates).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value the template needs, such as instance_url=https://git.example.com.</source>
        <translation>Une valeur requise par le modèle, par exemple instance_url=https://git.example.com.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>--param takes NAME=VALUE, such as instance_url=https://git.example.com, not &quot;%1&quot;.</source>
        <translation>--param attend NAME=VALUE, par exemple instance_url=https://git.example.com, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1 and registered Plugboard with it. Connect with `plugboard-cli connect %2`.</source>
        <translation>Plateforme %1 ajoutée, et Plugboard y est enregistré. Connectez-vous avec `plugboard-cli connect %2`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1. Register %2 as its redirect URI at %3, then run `plugboard-cli credentials set %4 --client-id …`.</source>
        <translation>Plateforme %1 ajoutée. Enregistrez %2 comme URI de redirection sur %3, puis lancez `plugboard-cli credentials set %4 --client-id …`.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the provider&apos;s issuer URL with --discover, or a template with --template.</source>
        <translation>Indiquez l&apos;URL de l&apos;émetteur du fournisseur avec --discover, ou un modèle avec --template.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source> (custom)</source>
        <translation> (personnalisée)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Lets import replace a custom platform with the same id (its credentials and connections stay).</source>
        <translation>Permet à import de remplacer une plateforme personnalisée de même ID (ses identifiants et connexions sont conservés).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the platforms Plugboard can connect to; adds, removes, exports or imports custom ones.</source>
        <translation>Liste les plateformes auxquelles Plugboard peut se connecter&#x202f;; ajoute, supprime, exporte ou importe des plateformes personnalisées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to list, or add, remove, export or import.</source>
        <translation>Aucun argument pour lister, ou add, remove, export ou import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The custom platform to add, remove or export; for import, the file to read (- for standard input).</source>
        <translation>La plateforme personnalisée à ajouter, supprimer ou exporter&#x202f;; pour import, le fichier à lire (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For export, the file to write (standard output without it or with -). It holds the platform&apos;s record, never a secret.</source>
        <translation>Pour export, le fichier à écrire (sortie standard s&apos;il est omis ou vaut -). Il contient l&apos;enregistrement de la plateforme, jamais un secret.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Use `providers`, `providers add ID --discover URL`, `providers add ID --template TEMPLATE --param NAME=VALUE`, `providers remove ID`, `providers export ID [FILE]` or `providers import FILE [--replace]`.</source>
        <translation>Utilisez `providers`, `providers add ID --discover URL`, `providers add ID --template TEMPLATE --param NAME=VALUE`, `providers remove ID`, `providers export ID [FILE]` ou `providers import FILE [--replace]`.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>--client-auth takes basic, post or none, not &quot;%1&quot;.</source>
        <translation>--client-auth accepte basic, post ou none, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the discovery document of %1…</source>
        <translation>Lecture du document de découverte de %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Added %1. Register %2 as its redirect URI, then run `plugboard-cli credentials set %3 --client-id …`.</source>
        <translation>Plateforme %1 ajoutée. Enregistrez %2 comme URI de redirection, puis lancez `plugboard-cli credentials set %3 --client-id …`.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed the custom platform %1.</source>
        <translation>Plateforme personnalisée %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::RedirectUriCommand</name>
    <message>
        <location filename="../app/cli/commands/redirecturicommand.cpp" line="+19"/>
        <source>Prints the exact redirect URI to register for a platform.</source>
        <translation>Affiche l&apos;URI de redirection exacte à enregistrer pour une plateforme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform id, e.g. github.</source>
        <translation>ID de la plateforme, par exemple github.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plugboard picks a free port each time; platforms accept any port on a loopback address.</source>
        <translation>Plugboard choisit un port libre à chaque fois&#x202f;; les plateformes acceptent n&apos;importe quel port sur une adresse de bouclage.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/tokencommand.cpp" line="+17"/>
        <source>Renews the token first when it would expire within SECONDS (default 60).</source>
        <translation>Renouvelle d&apos;abord le jeton s&apos;il expire dans moins de SECONDS secondes (60 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints JSON: token, type, expiry and scopes.</source>
        <translation>Affiche du JSON&#xa0;: jeton, type, expiration et portées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prints a working access token for scripts, renewing it when needed.</source>
        <translation>Affiche un jeton d&apos;accès valide pour les scripts, en le renouvelant si nécessaire.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use `token CONNECTION [--min-validity SECONDS] [--json]`, with SECONDS from 0 to %1.</source>
        <translation>Utilisez `token CONNECTION [--min-validity SECONDS] [--json]`, avec SECONDS entre 0 et %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/tokenoutput.cpp" line="+23"/>
        <source>Warning: this token expires at %1 and %2 cannot renew it; reconnect before then.</source>
        <translation>Attention&#xa0;: ce jeton expire le %1 et %2 ne peut pas le renouveler&#x202f;; reconnectez-vous avant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1 issues tokens that last %2 seconds, not the %3 seconds asked for with --min-validity; this one is valid until %4.</source>
        <translation>Remarque&#xa0;: %1 délivre des jetons valables %2 secondes, et non les %3 secondes demandées avec --min-validity&#x202f;; celui-ci est valable jusqu&apos;au %4.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::VaultCommand</name>
    <message>
        <location filename="../app/cli/commands/vaultcommand.cpp" line="+47"/>
        <source>Reads passphrases from standard input, one per line (change-passphrase: the current one, then the new one).</source>
        <translation>Lit les phrases secrètes sur l&apos;entrée standard, une par ligne (change-passphrase&#xa0;: d&apos;abord l&apos;actuelle, puis la nouvelle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With init: moves the secrets Plugboard saved in the keyring into the new vault, then deletes them from the keyring.</source>
        <translation>Avec init&#xa0;: déplace les secrets que Plugboard a enregistrés dans le trousseau vers le nouveau coffre, puis les supprime du trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With init: starts with an empty vault and leaves what the keyring holds where it is, unused (e.g. when there is no keyring to move it from).</source>
        <translation>Avec init&#xa0;: commence avec un coffre vide et laisse le contenu du trousseau là où il est, inutilisé (par exemple quand il n&apos;y a pas de trousseau d&apos;où le déplacer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints JSON for programs (with status).</source>
        <translation>Affiche du JSON destiné aux programmes (avec status).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With status: also opens the vault and counts its secrets.</source>
        <translation>Avec status&#xa0;: ouvre aussi le coffre et compte ses secrets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeps secrets in an encrypted file instead of the keyring: create it, change its passphrase, show its state.</source>
        <translation>Conserve les secrets dans un fichier chiffré au lieu du trousseau&#xa0;: le créer, changer sa phrase secrète, afficher son état.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init, change-passphrase or status.</source>
        <translation>init, change-passphrase ou status.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use `plugboard-cli vault %1`.</source>
        <translation>Utilisez `plugboard-cli vault %1`.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: PLUGBOARD_TEST_VAULT_LOG2N is set: this vault&apos;s key derivation is weak, for tests only.</source>
        <translation>Avertissement&#xa0;: PLUGBOARD_TEST_VAULT_LOG2N est défini&#xa0;: la dérivation de clé de ce coffre est faible, réservée aux tests.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passphrase for the vault %1:</source>
        <translation>Nouvelle phrase secrète pour le coffre %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, une seconde fois&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is a vault at %1 already. Plugboard did not change it; use `plugboard-cli vault change-passphrase` to change its passphrase.</source>
        <translation>Un coffre existe déjà à l&apos;emplacement %1. Plugboard ne l&apos;a pas modifié&#x202f;; utilisez `plugboard-cli vault change-passphrase` pour changer sa phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Plugboard saved %n secret(s) in the keyring. Run `plugboard-cli vault init --move` to move them into the vault (they are deleted from the keyring once the vault holds them), or `plugboard-cli vault init --keep-keyring` to start with an empty vault and leave them in the keyring, unused.</source>
        <translation>
            <numerusform>Plugboard a enregistré %n secret dans le trousseau. Exécutez `plugboard-cli vault init --move` pour le déplacer dans le coffre (il est supprimé du trousseau dès que le coffre le contient), ou `plugboard-cli vault init --keep-keyring` pour commencer avec un coffre vide et le laisser inutilisé dans le trousseau.</numerusform>
            <numerusform>Plugboard a enregistré %n secrets dans le trousseau. Exécutez `plugboard-cli vault init --move` pour les déplacer dans le coffre (ils sont supprimés du trousseau dès que le coffre les contient), ou `plugboard-cli vault init --keep-keyring` pour commencer avec un coffre vide et les laisser inutilisés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Created the vault %1. Plugboard keeps its secrets there from now on.</source>
        <translation>Le coffre %1 a été créé. Plugboard y conserve désormais ses secrets.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Moved %n secret(s) from the keyring into the vault.</source>
        <translation>
            <numerusform>%n secret déplacé du trousseau vers le coffre.</numerusform>
            <numerusform>%n secrets déplacés du trousseau vers le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Current passphrase of the vault %1:</source>
        <translation>Phrase secrète actuelle du coffre %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed the passphrase of the vault %1.</source>
        <translation>La phrase secrète du coffre %1 a été changée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Passphrase of the vault %1:</source>
        <translation>Phrase secrète du coffre %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backend: %1</source>
        <translation>Backend&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1 (none)</source>
        <translation>Coffre&#xa0;: %1 (inexistant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File mode: %1</source>
        <translation>Mode du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key derivation: scrypt N=2^%1 r=%2 p=%3 (%4 MiB)</source>
        <translation>Dérivation de clé&#xa0;: scrypt N=2^%1 r=%2 p=%3 (%4 Mio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrets: %1 (unlocked and counted)</source>
        <translation>Secrets&#xa0;: %1 (comptés après déverrouillage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets: %1 (as listed without unlocking)</source>
        <translation>Secrets&#xa0;: %1 (d&apos;après la liste, sans déverrouillage)</translation>
    </message>
</context>
<context>
    <name>Plugboard::ClockCheck</name>
    <message>
        <location filename="../core/diagnosis/clockcheck.cpp" line="+42"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Date header</source>
        <translation>pas d&apos;en-tête Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a Date header that is not a date</source>
        <translation>un en-tête Date qui n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: comparing the clock needs the internet.</source>
        <translation>Non vérifié&#xa0;: la comparaison de l&apos;horloge nécessite Internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: no platform server to compare with.</source>
        <translation>Non vérifié&#xa0;: aucun serveur de plateforme avec lequel comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run plugboard-cli diagnose --online to compare the clock with a platform&apos;s server.</source>
        <translation>Exécutez plugboard-cli diagnose --online pour comparer l&apos;horloge avec le serveur d&apos;une plateforme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the time of %1&apos;s server: %2.</source>
        <translation>Impossible de lire l&apos;heure du serveur de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and proxy, then run diagnose --online again.</source>
        <translation>Vérifiez la connexion réseau et le proxy, puis exécutez à nouveau diagnose --online.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s clock is %1 s ahead of %2&apos;s server.</source>
        <translation>L&apos;horloge de cet ordinateur a %1&#xa0;s d&apos;avance sur le serveur de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 s behind %2&apos;s server.</source>
        <translation>L&apos;horloge de cet ordinateur a %1&#xa0;s de retard sur le serveur de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on automatic time (timedatectl set-ntp true) or set the clock: sign-ins and token expiry depend on it.</source>
        <translation>Activez l&apos;heure automatique (timedatectl set-ntp true) ou réglez l&apos;horloge&#xa0;: les connexions et l&apos;expiration des jetons en dépendent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within %1 s of %2&apos;s server.</source>
        <translation>À moins de %1&#xa0;s du serveur de %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CommandLineTokenRequest</name>
    <message>
        <location filename="../app/dbus/commandlinetokenrequest.cpp" line="+46"/>
        <source>Only plugboard-cli may ask this; applications call GetAccessToken.</source>
        <translation>Seul plugboard-cli peut demander ceci&#x202f;; les applications appellent GetAccessToken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked in Plugboard; plugboard-cli asks for its passphrase itself.</source>
        <translation>Le coffre est verrouillé dans Plugboard&#x202f;; plugboard-cli demande lui-même sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The token was ready after plugboard-cli stopped waiting; it reads it itself.</source>
        <translation>Le jeton était prêt après que plugboard-cli a cessé d’attendre ; il le lit lui-même.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectFlow</name>
    <message>
        <location filename="../app/gui/connectflow.cpp" line="+73"/>
        <source>Copied the sign-in link: paste it into a browser on this computer.</source>
        <translation>Lien de connexion copié&#xa0;: collez-le dans un navigateur de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not open a browser: the sign-in link is on the clipboard. Paste it into a browser on this computer; Copy link on the card copies it again.</source>
        <translation>Impossible d&apos;ouvrir un navigateur&#xa0;: le lien de connexion est dans le presse-papiers. Collez-le dans un navigateur de cet ordinateur&#x202f;; «&#xa0;Copier le lien&#xa0;» sur la carte le copie à nouveau.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was already connected; its sign-in has been renewed.</source>
        <translation>%1 était déjà connecté&#x202f;; son authentification a été renouvelée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectOperation</name>
    <message>
        <location filename="../core/lifecycle/connectoperation.cpp" line="+44"/>
        <source>%1 does not offer sign-in with a code on another device. To sign in from another machine, connect with --no-browser: open the URL on any machine, then paste the address the browser ends on.</source>
        <translation>%1 ne propose pas la connexion avec un code sur un autre appareil. Pour vous connecter depuis une autre machine, lancez la connexion avec --no-browser&#xa0;: ouvrez l&apos;URL sur n&apos;importe quelle machine, puis collez l&apos;adresse à laquelle le navigateur aboutit.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plugboard is not waiting for a browser for %1 right now.</source>
        <translation>Plugboard n&apos;attend pas de navigateur pour %1 en ce moment.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the API key</source>
        <translation>la clé d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To connect %1, give %2. Create a key at %3.</source>
        <translation>Pour connecter %1, il manque&#xa0;: %2. Créez une clé sur %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No API key was given to check for %1.</source>
        <translation>Aucune clé d&apos;API n&apos;a été fournie à vérifier pour %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 refused this API key (HTTP %2). Check that you copied all of it and that it has not expired or been revoked, or create a new one at %3.</source>
        <translation>%1 a refusé cette clé d&apos;API (HTTP %2). Vérifiez que vous l&apos;avez copiée en entier et qu&apos;elle n&apos;a pas expiré ni été révoquée, ou créez-en une nouvelle sur %3.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Connection</name>
    <message>
        <location filename="../core/storage/connection.cpp" line="+61"/>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an ISO 8601 date and time</source>
        <translation>doit être une date et une heure au format ISO 8601</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not name an application</source>
        <translation>ne désigne aucune application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is listed twice</source>
        <translation>figure deux fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must hold objects</source>
        <translation>doit contenir des objets</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A connection needs a platform id without &apos;/&apos; and an account id. This is a bug in Plugboard; please report it.</source>
        <translation>Une connexion nécessite un ID de plateforme sans «&#xa0;/&#xa0;» et un ID de compte. Il s&apos;agit d&apos;un bogue de Plugboard&#x202f;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&quot;%1&quot; is not a known state</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état connu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a known error code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;erreur connu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object with &quot;code&quot; and &quot;message&quot;</source>
        <translation>doit être un objet avec &quot;code&quot; et &quot;message&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain &apos;/&apos;</source>
        <translation>ne doit pas contenir «&#xa0;/&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionCard</name>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+129"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show scope descriptions</source>
        <translation>Afficher la description des portées</translation>
    </message>
    <message>
        <location filename="../ui/cardcontrols.cpp" line="+29"/>
        <source>Set up credentials…</source>
        <translation>Configurer les identifiants…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+37"/>
        <source>Applications on this computer that may use this account&apos;s access tokens</source>
        <translation>Applications de cet ordinateur autorisées à utiliser les jetons d&apos;accès de ce compte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What happened to this account&apos;s secrets lately, and who took its tokens</source>
        <translation>Ce qui est arrivé récemment aux secrets de ce compte, et qui a pris ses jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../ui/cardcontrols.cpp" line="-2"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit credentials…</source>
        <translation>Modifier les identifiants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with another device…</source>
        <translation>Connecter avec un autre appareil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove provider…</source>
        <translation>Supprimer le fournisseur…</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New key…</source>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../ui/connectioncard.cpp" line="+70"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scopes: %1</source>
        <translation>Portées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Apps with access (%1)</source>
        <translation>Applications ayant accès (%1)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>checked %1</source>
        <translation>vérifié %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for the browser… %1:%2 left
If the browser shows an error instead of a sign-in page, check the client ID and the redirect URI.</source>
        <translation>En attente du navigateur… encore %1:%2
Si le navigateur affiche une erreur au lieu d&apos;une page de connexion, vérifiez l&apos;ID client et l&apos;URI de redirection.</translation>
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
        <translation>Non configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to connect</source>
        <translation>Prêt à connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing</source>
        <translation>Renouvellement en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reconnect</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs new consent</source>
        <translation>Nouveau consentement nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionStore</name>
    <message>
        <location filename="../core/storage/connectionstore.cpp" line="+42"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not an object with a positive whole &quot;version&quot;</source>
        <translation>ce n&apos;est pas un objet avec un champ &quot;version&quot; entier positif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;connections&quot; must be a list</source>
        <translation>&quot;connections&quot; doit être une liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 repeats the connection %2</source>
        <translation>%1 contient plusieurs fois la connexion %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plugboard could not save %1: %2. Check the free disk space and the permissions of its folder, then try again.</source>
        <translation>Plugboard n&apos;a pas pu enregistrer %1&#xa0;: %2. Vérifiez l&apos;espace disque libre et les permissions de son dossier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+11"/>
        <source>There is no connection %1 in %2; it may have been removed already.</source>
        <translation>Il n&apos;y a pas de connexion %1 dans %2&#x202f;; elle a peut-être déjà été supprimée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plugboard could not read %1: %2. Check the file&apos;s permissions, then try again; Plugboard will not change the file until it can read it.</source>
        <translation>Plugboard n&apos;a pas pu lire %1&#xa0;: %2. Vérifiez les permissions du fichier, puis réessayez&#x202f;; Plugboard ne modifiera pas le fichier tant qu&apos;il ne pourra pas le lire.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was written by a newer Plugboard (file version %2; this one reads version %3). Plugboard will not change it; update Plugboard to see and manage these connections.</source>
        <translation>%1 a été écrit par une version plus récente de Plugboard (version de fichier %2&#x202f;; cette version lit la version %3). Plugboard ne le modifiera pas&#x202f;; mettez Plugboard à jour pour voir et gérer ces connexions.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be read (%2), and Plugboard could not move it aside. Plugboard will not change it: repair, move or delete it, then try again.</source>
        <translation>Impossible de lire %1 (%2), et Plugboard n&apos;a pas pu le mettre de côté. Plugboard ne le modifiera pas&#xa0;: réparez-le, déplacez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read (%2). Plugboard moved it to %3 and starts a new, empty list of connections; the tokens stay in the keyring. Reconnect your accounts, or repair the file and move it back while Plugboard is closed.</source>
        <translation>Impossible de lire %1 (%2). Plugboard l&apos;a déplacé vers %3 et commence une nouvelle liste de connexions vide&#x202f;; les jetons restent dans le trousseau de clés. Reconnectez vos comptes, ou réparez le fichier et remettez-le en place pendant que Plugboard est fermé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another Plugboard process is still updating %1. Try again in a moment.</source>
        <translation>Un autre processus Plugboard est encore en train de mettre à jour %1. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its folder could not be created</source>
        <translation>son dossier n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConnectionTable</name>
    <message>
        <location filename="../ui/connectiontable.cpp" line="+52"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>Plugboard::ConsentDialog</name>
    <message>
        <location filename="../ui/consentdialog.cpp" line="+43"/>
        <source>Flatpak app %1</source>
        <translation>Application Flatpak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap %1</source>
        <translation>Snap %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, run by %2</source>
        <translation>%1, exécuté par %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 icon</source>
        <translation>Icône de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An application</source>
        <translation>Une application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 for an app?</source>
        <translation>Se connecter à %1 pour une application&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access to %1?</source>
        <translation>Autoriser l&apos;accès à %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” wants you to sign in to %2</source>
        <translation>«&#xa0;%1&#xa0;» vous demande de vous connecter à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” wants to use your %2 account %3</source>
        <translation>«&#xa0;%1&#xa0;» souhaite utiliser votre compte %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these permissions:</source>
        <translation>Avec ces autorisations&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the permissions %1 gives apps by default.</source>
        <translation>Avec les autorisations que %1 accorde par défaut aux applications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the permissions this account was given.</source>
        <translation>Avec les autorisations accordées à ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you allow it, your browser opens to sign in to %1, and the app then gets access tokens for the new account. It never gets the refresh token or your password.</source>
        <translation>Si vous l&apos;autorisez, votre navigateur s&apos;ouvre pour vous connecter à %1, puis l&apos;application reçoit des jetons d&apos;accès pour le nouveau compte. Elle ne reçoit jamais le jeton d&apos;actualisation ni votre mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you allow it, the app gets access tokens for this account and can act as %1 on %2 within these permissions. It never gets the refresh token or your password.</source>
        <translation>Si vous l&apos;autorisez, l&apos;application reçoit des jetons d&apos;accès pour ce compte et peut agir en tant que %1 sur %2 dans la limite de ces autorisations. Elle ne reçoit jamais le jeton d&apos;actualisation ni votre mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Allow once” answers this request only. “Always allow” lets the app take tokens again without asking, until you revoke its access on the account&apos;s card or in View ▸ App access.</source>
        <translation>«&#xa0;Autoriser une fois&#xa0;» ne répond qu&apos;à cette demande. «&#xa0;Toujours autoriser&#xa0;» permet à l&apos;application d&apos;obtenir de nouveau des jetons sans demander, jusqu&apos;à ce que vous révoquiez son accès sur la carte du compte ou dans Affichage ▸ Accès des applications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gets nothing and is told that you refused</source>
        <translation>%1 ne reçoit rien et apprend que vous avez refusé</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Refused automatically in %n s</source>
        <translation>
            <numerusform>Refus automatique dans %n&#xa0;s</numerusform>
            <numerusform>Refus automatique dans %n&#xa0;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialDialog</name>
    <message>
        <location filename="../ui/credentialdialog.cpp" line="+78"/>
        <source>Connect to %1 with an API key</source>
        <translation>Se connecter à %1 avec une clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 app credentials</source>
        <translation>Identifiants d&apos;application de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialForm</name>
    <message>
        <location filename="../ui/credentialform.cpp" line="+72"/>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redirect URI to register:</source>
        <translation>URI de redirection à enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Create an API key at %1 and paste it here; Plugboard checks it with %1 before keeping it in your keyring. %2</source>
        <translation>Créez une clé d&apos;API sur %1 et collez-la ici&#x202f;; Plugboard la vérifie auprès de %1 avant de la conserver dans votre trousseau de clés. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the page for keys</source>
        <translation>Ouvrir la page des clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an app with %1 to get these values. %2 · %3</source>
        <translation>Enregistrez une application auprès de %1 pour obtenir ces valeurs. %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the developer console</source>
        <translation>Ouvrir la console développeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this needed?</source>
        <translation>Pourquoi est-ce nécessaire&#x202f;?</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Your team&apos;s token-exchange proxy holds it.</source>
        <translation>Le proxy d&apos;échange de jetons de votre équipe le conserve.</translation>
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
        <translation>Proxy d&apos;échange de jetons</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Saved; type to replace</source>
        <translation>Enregistré&#x202f;; saisissez pour remplacer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Where do I find this?</source>
        <translation>Où trouver cette valeur&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Required.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Obligatoire.&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>Plugboard::CredentialsJob</name>
    <message>
        <location filename="../core/storage/credentialsjob.cpp" line="+50"/>
        <source>%1 has no credential field &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de champ d&apos;identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>If you saved them before, your keyring may be locked: unlock it and try again.</source>
        <translation>Si vous les avez déjà enregistrés, votre trousseau de clés est peut-être verrouillé&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1&apos;s app credentials now use a different client ID; tokens issued to the old app stop working there. Reconnect %2 to sign in with the new one.</source>
        <translation>Les identifiants de l&apos;application pour %1 utilisent désormais un autre ID client&#x202f;; les jetons émis pour l&apos;ancienne application n&apos;y fonctionnent plus. Reconnectez %2 pour vous connecter avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Crypto::PassphraseSeal</name>
    <message>
        <location filename="../core/crypto/passphraseseal.cpp" line="+72"/>
        <source>%1 is damaged: %2 Plugboard did not change it; restore it from a backup.</source>
        <translation>%1 est endommagé&#xa0;: %2 Plugboard ne l&apos;a pas modifié&#x202f;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a file Plugboard sealed, or its beginning is missing.</source>
        <translation>ce n&apos;est pas un fichier scellé par Plugboard, ou son début manque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer Plugboard (format %2; this version reads format %3). Update Plugboard to open it.</source>
        <translation>%1 a été créé par une version plus récente de Plugboard (format %2&#x202f;; cette version lit le format %3). Mettez Plugboard à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its format version is not valid.</source>
        <translation>sa version de format n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cut short.</source>
        <translation>le fichier est tronqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its checksum does not match, so some of it was changed or lost.</source>
        <translation>sa somme de contrôle ne correspond pas, une partie a donc été modifiée ou perdue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds something else than Plugboard expects here.</source>
        <translation>le fichier contient autre chose que ce que Plugboard attend ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its key-derivation parameters are out of range.</source>
        <translation>ses paramètres de dérivation de clé sont hors des limites autorisées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenSSL could not encrypt the data. Try again.</source>
        <translation>OpenSSL n&apos;a pas pu chiffrer les données. Réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong passphrase for %1. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte pour %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed after Plugboard wrote it: the passphrase is right, but the contents fail the integrity check. Plugboard did not change it; restore it from a backup.</source>
        <translation>%1 a été modifié après que Plugboard l&apos;a écrit&#xa0;: la phrase secrète est correcte, mais le contenu ne passe pas la vérification d&apos;intégrité. Plugboard ne l&apos;a pas modifié&#x202f;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Plugboard::Crypto::SealKey</name>
    <message>
        <location filename="../core/crypto/sealkey.cpp" line="+25"/>
        <source>OpenSSL could not derive the key from the passphrase (out of memory?). Close other programs and try again.</source>
        <translation>OpenSSL n&apos;a pas pu dériver la clé à partir de la phrase secrète (mémoire insuffisante&#x202f;?). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The scrypt parameters are out of range.</source>
        <translation>Les paramètres scrypt sont hors des limites autorisées.</translation>
    </message>
</context>
<context>
    <name>Plugboard::CustomProviderDialog</name>
    <message>
        <location filename="../ui/customproviderdialog.cpp" line="+36"/>
        <source>Add custom provider</source>
        <translation>Ajouter un fournisseur personnalisé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l&apos;&amp;émetteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the card, e.g. Acme SSO</source>
        <translation>Affiché sur la carte, par exemple Acme SSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;D:</source>
        <translation>I&amp;D&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and dashes</source>
        <translation>Lettres minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find endpoints</source>
        <translation>&amp;Rechercher les points de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find endpoints</source>
        <translation>Rechercher les points de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the endpoints by &amp;hand</source>
        <translation>Saisir les points de terminaison à la &amp;main</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>What the server published (check, and change if needed)</source>
        <translation>Ce que le serveur a publié (vérifiez et modifiez si besoin)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Plugboard reads the server&apos;s published configuration (OpenID Connect discovery or OAuth server metadata) and shows what it found for you to check before saving. If the server publishes none, you can enter the endpoints by hand.</source>
        <translation>Plugboard lit la configuration publiée par le serveur (découverte OpenID Connect ou métadonnées de serveur OAuth) et vous montre ce qu&apos;il a trouvé pour que vous le vérifiiez avant l&apos;enregistrement. Si le serveur n&apos;en publie aucune, vous pouvez saisir les points de terminaison à la main.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save provider</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Looking for the server&apos;s endpoints…</source>
        <translation>Recherche des points de terminaison du serveur…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider&apos;s endpoints, from its documentation</source>
        <translation>Les points de terminaison du fournisseur, d&apos;après sa documentation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1

To add the provider anyway, choose &quot;%2&quot; and copy the endpoints from its documentation.</source>
        <translation>%1

Pour ajouter le fournisseur malgré tout, choisissez «&#xa0;%2&#xa0;» et recopiez les points de terminaison depuis sa documentation.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Find the endpoints first, or enter them by hand</source>
        <translation>Recherchez d&apos;abord les points de terminaison, ou saisissez-les à la main</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait until Plugboard has finished looking for the endpoints</source>
        <translation>Attendez que Plugboard ait fini de rechercher les points de terminaison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the provider&apos;s discovery document</source>
        <translation>Lire le document de découverte du fournisseur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enter the issuer URL first, such as https://sso.example.com</source>
        <translation>Saisissez d&apos;abord l&apos;URL de l&apos;émetteur, par exemple https://sso.example.com</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Enter a name first: it becomes the provider&apos;s id (lowercase letters, digits, -)</source>
        <translation>Saisissez d&apos;abord un nom&#xa0;: il devient l&apos;ID du fournisseur (lettres minuscules, chiffres, -)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a provider without discovery: type its endpoints from its documentation</source>
        <translation>Pour un fournisseur sans découverte&#xa0;: saisissez ses points de terminaison d&apos;après sa documentation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The endpoints are open below: change them there</source>
        <translation>Les points de terminaison sont ouverts ci-dessous&#xa0;: modifiez-les là</translation>
    </message>
</context>
<context>
    <name>Plugboard::DBusServiceCheck</name>
    <message>
        <location filename="../core/diagnosis/dbusservicecheck.cpp" line="+25"/>
        <source>D-Bus service</source>
        <translation>Service D-Bus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The D-Bus session bus cannot be reached: %1</source>
        <translation>Le bus de session D-Bus est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Plugboard inside your desktop session: DBUS_SESSION_BUS_ADDRESS must lead to its bus (or start one with dbus-run-session). Without it applications cannot ask Plugboard for tokens and the keyring cannot be reached.</source>
        <translation>Exécutez Plugboard dans votre session de bureau&#xa0;: DBUS_SESSION_BUS_ADDRESS doit mener à son bus (ou démarrez-en un avec dbus-run-session). Sans lui, les applications ne peuvent pas demander de jetons à Plugboard et le trousseau est inaccessible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is running (process %2).</source>
        <translation>%1 est en cours d&apos;exécution (processus %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not running; the bus starts Plugboard when an application asks for it.</source>
        <translation>%1 n&apos;est pas en cours d&apos;exécution&#x202f;; le bus démarre Plugboard quand une application le demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is neither running nor known to the bus: applications cannot ask Plugboard for tokens until it runs.</source>
        <translation>%1 n&apos;est ni en cours d&apos;exécution ni connu du bus&#xa0;: les applications ne peuvent pas demander de jetons à Plugboard tant qu&apos;il ne tourne pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Plugboard (it can stay in the tray), or install it from its package so the bus knows its service file (dbus-1/services/%1.service).</source>
        <translation>Démarrez Plugboard (il peut rester dans la zone de notification), ou installez-le depuis son paquet pour que le bus connaisse son fichier de service (dbus-1/services/%1.service).</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopApplication</name>
    <message>
        <location filename="../app/gui/desktopapplication.cpp" line="+227"/>
        <source>Copied %1 — register it in %2&apos;s developer console.</source>
        <translation>%1 copiée — enregistrez-la dans la console développeur de %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the app credentials for %1 in your keyring.</source>
        <translation>Identifiants d&apos;application de %1 enregistrés dans votre trousseau de clés.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Disconnect %1 from %2?

Plugboard forgets its API key here. The key keeps working at %2 until you revoke it on %2&apos;s page for keys: %3</source>
        <translation>Déconnecter %1 de %2&#x202f;?

Plugboard oublie ici sa clé d&apos;API. La clé reste valable sur %2 jusqu&apos;à ce que vous la révoquiez sur la page des clés de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnect %1 from %2?

Plugboard revokes its tokens at %2 and forgets them here. Apps that use this connection stop working until you connect again.</source>
        <translation>Déconnecter %1 de %2&#x202f;?

Plugboard révoque ses jetons auprès de %2 et les oublie ici. Les applications qui utilisent cette connexion cesseront de fonctionner jusqu&apos;à ce que vous vous reconnectiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1 from %2?

Plugboard forgets its tokens here. %2 offers no way to revoke them from here: remove the app in your %2 account settings to cut its access.</source>
        <translation>Déconnecter %1 de %2&#x202f;?

Plugboard oublie ses jetons ici. %2 ne permet pas de les révoquer depuis Plugboard&#xa0;: supprimez l&apos;application dans les paramètres de votre compte %2 pour lui retirer l&apos;accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disconnected %1 from %2. Revoke the key at %3 to stop it working.</source>
        <translation>%1 a été déconnecté de %2. Révoquez la clé sur %3 pour qu&apos;elle cesse de fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected %1 from %2: its tokens were revoked at %2.</source>
        <translation>%1 a été déconnecté de %2&#xa0;: ses jetons ont été révoqués auprès de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected %1 from %2.</source>
        <translation>%1 a été déconnecté de %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1?

Plugboard forgets its endpoints and the app credentials saved for it. You can add it again by its issuer URL.</source>
        <translation>Supprimer %1&#x202f;?

Plugboard oublie ses points de terminaison et les identifiants d&apos;application enregistrés pour lui. Vous pourrez l&apos;ajouter de nouveau avec l&apos;URL de son émetteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed %1.</source>
        <translation>Fournisseur %1 supprimé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+60"/>
        <source>Added %1. Set up its app credentials to connect.</source>
        <translation>Plateforme %1 ajoutée. Configurez ses identifiants d&apos;application pour la connecter.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>There are no connections to check yet.</source>
        <translation>Il n&apos;y a encore aucune connexion à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking %n connection(s)…</source>
        <translation>
            <numerusform>Vérification de %n connexion…</numerusform>
            <numerusform>Vérification de %n connexions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be checked: the platform offers no way to ask without using the token. Its token has not expired.</source>
        <translation>Impossible de vérifier %1&#xa0;: la plateforme ne permet pas de le faire sans utiliser le jeton. Son jeton n&apos;a pas expiré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works.</source>
        <translation>%1 fonctionne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plugboard is still running</source>
        <translation>Plugboard est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps your connections fresh from the tray. Choose Quit in its menu to stop it.</source>
        <translation>Il maintient vos connexions à jour depuis la zone de notification. Choisissez «&#xa0;Quitter&#xa0;» dans son menu pour l&apos;arrêter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 and registered Plugboard with it: connect when you are ready.</source>
        <translation>Plateforme %1 ajoutée, et Plugboard y est enregistré&#xa0;: connectez-vous quand vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopPassphraseProvider</name>
    <message>
        <location filename="../app/gui/desktoppassphraseprovider.cpp" line="+23"/>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Cette phrase secrète est incorrecte. Réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault stays locked, so Plugboard cannot read or save secrets. Unlock it with its passphrase to go on.</source>
        <translation>Le coffre reste verrouillé, Plugboard ne peut donc ni lire ni enregistrer de secrets. Déverrouillez-le avec sa phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopSettings</name>
    <message>
        <location filename="../core/settings/desktopsettings.cpp" line="+32"/>
        <source>Plugboard could not save the setting in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard n&apos;a pas pu enregistrer le paramètre dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceAuthorizationParser</name>
    <message>
        <location filename="../core/oauth/devicecode.cpp" line="+15"/>
        <source>%1 answered the request for a sign-in code with %2. Try again later, or connect with --no-browser instead.</source>
        <translation>La réponse de %1 à la demande de code de connexion est inutilisable&#xa0;: %2. Réessayez plus tard, ou lancez plutôt la connexion avec --no-browser.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 does not let this app sign in with a code on another device. Enable the device flow in the app&apos;s settings at %1, or connect with --no-browser instead (%1 said: %2).</source>
        <translation>%1 ne permet pas à cette application de se connecter avec un code sur un autre appareil. Activez le flux d&apos;appareil (device flow) dans les paramètres de l&apos;application sur %1, ou lancez plutôt la connexion avec --no-browser (réponse de %1&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unreadable answer (HTTP %1)</source>
        <translation>une réponse illisible (HTTP %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no device code</source>
        <translation>aucun code d&apos;appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no usable user code</source>
        <translation>aucun code utilisateur utilisable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no https:// address to enter the code at</source>
        <translation>aucune adresse https:// où saisir le code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a complete verification address that is not https://</source>
        <translation>une adresse de vérification complète qui n&apos;est pas en https://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no lifetime (expires_in) for the code</source>
        <translation>aucune durée de validité (expires_in) pour le code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polling interval that is not a number of seconds</source>
        <translation>un intervalle d&apos;interrogation qui n&apos;est pas un nombre de secondes</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceAuthorizationSession</name>
    <message>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+44"/>
        <source>%1 does not offer sign-in with a code on another device.</source>
        <translation>%1 ne propose pas la connexion avec un code sur un autre appareil.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connect again to try once more.</source>
        <translation>Relancez la connexion pour réessayer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the request for a sign-in code</source>
        <translation>la demande de code de connexion</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the token request</source>
        <translation>la demande de jeton</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>You declined the sign-in to %1 on the other device, so nothing was connected. Connect again to try once more.</source>
        <translation>Vous avez refusé la connexion à %1 sur l&apos;autre appareil, rien n&apos;a donc été connecté. Relancez la connexion pour réessayer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in to %1 was not approved within %2. Connect again (on the command line with a longer --timeout) to try once more.</source>
        <translation>La connexion à %1 n&apos;a pas été approuvée dans un délai de %2. Relancez la connexion (en ligne de commande, avec un --timeout plus long) pour réessayer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code for %1 expired after %2 before it was approved. Connect again (`plugboard-cli connect %3 --device`) for a new code.</source>
        <translation>Le code pour %1 a expiré au bout de %2 sans avoir été approuvé. Relancez la connexion (`plugboard-cli connect %3 --device`) pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s token-exchange proxy (%2)</source>
        <translation>le proxy d&apos;échange de jetons de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::DeviceSignInDialog</name>
    <message>
        <location filename="../ui/devicesignindialog.cpp" line="+36"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1 with another device</source>
        <translation>Connecter %1 avec un autre appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking %1 for a code…</source>
        <translation>Demande d&apos;un code à %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address copied.</source>
        <translation>Adresse copiée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan the code with your phone&apos;s camera, or open the address below on any device. Check that %1 shows the code below, then approve.</source>
        <translation>Scannez le code QR avec l&apos;appareil photo de votre téléphone, ou ouvrez l&apos;adresse ci-dessous sur n&apos;importe quel appareil. Vérifiez que %1 affiche le code ci-dessous, puis approuvez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the code with your phone&apos;s camera, or open the address below on any device. Enter the code below there, then approve.</source>
        <translation>Scannez le code QR avec l&apos;appareil photo de votre téléphone, ou ouvrez l&apos;adresse ci-dessous sur n&apos;importe quel appareil. Saisissez-y le code ci-dessous, puis approuvez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code to enter: %1</source>
        <translation>Code à saisir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for your approval. The code expires in %1:%2.</source>
        <translation>En attente de votre approbation. Le code expire dans %1:%2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnoseFlow</name>
    <message>
        <location filename="../app/gui/diagnoseflow.cpp" line="+45"/>
        <source>Window&apos;s socket</source>
        <translation>Socket de la fenêtre</translation>
    </message>
</context>
<context>
    <name>Plugboard::Diagnosis</name>
    <message>
        <location filename="../core/diagnosis/diagnosis.cpp" line="+108"/>
        <source>The check did not finish within %1 s.</source>
        <translation>La vérification ne s&apos;est pas terminée en %1&#xa0;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something it waits for (the session bus, a program it runs, the network) does not answer: run diagnose again, and report it if it stays.</source>
        <translation>Un élément qu&apos;elle attend (le bus de session, un programme qu&apos;elle lance, le réseau) ne répond pas&#xa0;: exécutez à nouveau diagnose, et signalez-le si le problème persiste.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="+18"/>
        <source>Diagnose problems</source>
        <translation>Diagnostiquer les problèmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Diagnosis report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the report as plain text, e.g. for a bug report</source>
        <translation>Copie le rapport en texte brut, par exemple pour un rapport de bogue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking what Plugboard needs from this computer…</source>
        <translation>Vérification de ce dont Plugboard a besoin sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some checks failed: each says what to do next.</source>
        <translation>Certaines vérifications ont échoué&#xa0;: chacune indique quoi faire ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check passed or only warns.</source>
        <translation>Toutes les vérifications ont réussi ou ne donnent que des avertissements.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisOptions</name>
    <message>
        <location filename="../core/diagnosis/diagnosisoptions.cpp" line="+13"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections file</source>
        <translation>Fichier des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit folder</source>
        <translation>Dossier d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiagnosisReport</name>
    <message>
        <location filename="../core/diagnosis/diagnosisreport.cpp" line="+13"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 check(s) failed, %2 warning(s).</source>
        <translation>%1 vérification(s) en échec, %2 avertissement(s).</translation>
    </message>
</context>
<context>
    <name>Plugboard::DiscoveryDocumentParser</name>
    <message>
        <location filename="../core/catalog/discoverydocumentparser.cpp" line="+19"/>
        <source>The answer at %1 is not a discovery document (not JSON). Check that you entered the provider&apos;s issuer URL.</source>
        <translation>La réponse à l&apos;adresse %1 n&apos;est pas un document de découverte (ce n&apos;est pas du JSON). Vérifiez que vous avez saisi l&apos;URL de l&apos;émetteur du fournisseur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document at %1 belongs to the issuer &quot;%2&quot;, not to %3 as requested. Check the issuer URL: it must match the provider&apos;s own exactly.</source>
        <translation>Le document de découverte à l&apos;adresse %1 appartient à l&apos;émetteur «&#xa0;%2&#xa0;», et non à %3 comme demandé. Vérifiez l&apos;URL de l&apos;émetteur&#xa0;: elle doit correspondre exactement à celle du fournisseur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Register an application (a client) with %1 and add the redirect URI Plugboard shows.</source>
        <translation>Enregistrez une application (un client) auprès de %1 et ajoutez l&apos;URI de redirection qu&apos;affiche Plugboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy its client ID here, and its client secret if %1 gave you one.</source>
        <translation>Copiez ici son ID client, ainsi que son secret client si %1 vous en a fourni un.</translation>
    </message>
</context>
<context>
    <name>Plugboard::EndpointsForm</name>
    <message>
        <location filename="../ui/endpointsform.cpp" line="+31"/>
        <source>&amp;Authorization:</source>
        <translation>&amp;Autorisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revocation:</source>
        <translation>Ré&amp;vocation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: disconnecting only forgets the tokens</source>
        <translation>Aucun&#xa0;: la déconnexion oublie seulement les jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: an RFC 7009 endpoint that takes tokens back on disconnecting</source>
        <translation>Facultatif&#xa0;: un point de terminaison RFC 7009 qui révoque les jetons à la déconnexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User info:</source>
        <translation>Infos &amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: tells accounts apart</source>
        <translation>Facultatif&#xa0;: distingue les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount ID field:</source>
        <translation>Champ de l&apos;&amp;identifiant du compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the user info answer names the account: a field such as sub, or a dotted path such as user.id</source>
        <translation>Où la réponse des infos utilisateur désigne le compte&#xa0;: un champ comme sub, ou un chemin à points comme user.id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account na&amp;me field:</source>
        <translation>Champ du n&amp;om du compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the user info answer gives the name shown on the card, such as name or user.login</source>
        <translation>Où la réponse des infos utilisateur donne le nom affiché sur la carte, par exemple name ou user.login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scopes to ask for:</source>
        <translation>&amp;Portées à demander&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces</source>
        <translation>Séparées par des espaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the request body (client_secret_post)</source>
        <translation>Dans le corps de la requête (client_secret_post)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: a public client without a secret</source>
        <translation>Aucune&#xa0;: un client public sans secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the application you register sends its client secret to the token endpoint</source>
        <translation>Comment l&apos;application que vous enregistrez transmet son secret client au point de terminaison de jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lient authentication:</source>
        <translation>Authentification du &amp;client&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;PKCE</source>
        <translation>Utiliser P&amp;KCE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proof Key for Code Exchange (S256): leave it on unless the provider refuses it</source>
        <translation>Proof Key for Code Exchange (S256)&#xa0;: laissez-le activé, sauf si le fournisseur le refuse</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+2"/>
        <source>Enter the %1 endpoint first</source>
        <translation>Saisissez d&apos;abord le point de terminaison «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+20"/>
        <source>authorization</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Enter the account ID field first: the user info endpoint needs it to tell accounts apart</source>
        <translation>Saisissez d&apos;abord le champ de l&apos;identifiant du compte&#xa0;: le point de terminaison des infos utilisateur en a besoin pour distinguer les comptes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 endpoint is needed.</source>
        <translation>Le point de terminaison «&#xa0;%1&#xa0;» est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 endpoint must be an https:// address (http:// only on this computer).</source>
        <translation>Le point de terminaison «&#xa0;%1&#xa0;» doit être une adresse https:// (http:// uniquement sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revocation</source>
        <translation>révocation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user info</source>
        <translation>infos utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account field must be a field name such as sub, or a dotted path such as user.id, without spaces.</source>
        <translation>Un champ de compte doit être un nom de champ comme sub, ou un chemin à points comme user.id, sans espaces.</translation>
    </message>
</context>
<context>
    <name>Plugboard::FileLock</name>
    <message>
        <location filename="../core/storage/filelock.cpp" line="+29"/>
        <source>Could not open the lock file %1. Check that its folder is writable.</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou %1. Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not lock %1.</source>
        <translation>Impossible de verrouiller %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Plugboard process holds %1 and did not let go within %2 seconds.</source>
        <translation>Un autre processus Plugboard détient %1 et ne l&apos;a pas libéré en %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Plugboard::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="+18"/>
        <source>&amp;Start Plugboard when I log in</source>
        <translation>&amp;Démarrer Plugboard à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts in the tray, without its window, and keeps your connections fresh. Your desktop&apos;s own settings list it under start-up applications.</source>
        <translation>Il démarre dans la zone de notification, sans sa fenêtre, et maintient vos connexions à jour. Les paramètres de votre bureau le listent parmi les applications lancées au démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;notifications</source>
        <translation>Afficher les &amp;notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification when a connection needs you, such as signing in again. The tray icon shows it either way.</source>
        <translation>Une notification de bureau quand une connexion requiert votre intervention, par exemple pour vous reconnecter. L&apos;icône de la zone de notification l&apos;indique dans tous les cas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantList</name>
    <message>
        <location filename="../ui/grantlist.cpp" line="+53"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke access for %1</source>
        <translation>Révoquer l&apos;accès de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will have to ask again before it gets another token</source>
        <translation>%1 devra refaire une demande avant d&apos;obtenir un nouveau jeton</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantPresentation</name>
    <message>
        <location filename="../ui/grantpresentation.cpp" line="+38"/>
        <source>not used yet</source>
        <translation>aucune utilisation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last used %1 · %n time(s)</source>
        <translation>
            <numerusform>dernière utilisation %1 · %n fois</numerusform>
            <numerusform>dernière utilisation %1 · %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantRegistry</name>
    <message>
        <location filename="../core/access/grantregistry.cpp" line="+71"/>
        <source>There is no connection &quot;%1&quot;. Run `plugboard-cli list` to see them.</source>
        <translation>Il n&apos;existe aucune connexion &quot;%1&quot;. Lancez `plugboard-cli list` pour les afficher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no access to any connection; nothing was revoked.</source>
        <translation>%1 n&apos;a accès à aucune connexion&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no access to %2; nothing was revoked.</source>
        <translation>%1 n&apos;a pas accès à %2&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantsDialog</name>
    <message>
        <location filename="../ui/grantsdialog.cpp" line="+46"/>
        <source>App access</source>
        <translation>Accès des applications</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No app has access to your connections</source>
        <translation>Aucune application n&apos;a accès à vos connexions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Desktop apps can ask Plugboard for an account&apos;s access tokens over D-Bus. The first time an app asks, Plugboard shows who is asking and for which account, and you choose: allow once, always allow, or deny. Apps you always allow are listed here until you revoke their access.</source>
        <translation>Les applications de bureau peuvent demander à Plugboard les jetons d&apos;accès d&apos;un compte via D-Bus. La première fois qu&apos;une application fait une demande, Plugboard indique qui la fait et pour quel compte, et vous choisissez&#xa0;: autoriser une fois, toujours autoriser ou refuser. Les applications que vous autorisez toujours figurent ici jusqu&apos;à ce que vous révoquiez leur accès.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apps with access</source>
        <translation>Applications ayant accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A revoked app gets no further token. If it asks again, you decide again.</source>
        <translation>Une application révoquée ne reçoit plus aucun jeton. Si elle refait une demande, vous décidez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected app&apos;s access</source>
        <translation>Révoquer l&apos;accès de l&apos;application sélectionnée</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>Plugboard::HealthCheck</name>
    <message>
        <location filename="../core/lifecycle/healthcheck.cpp" line="+69"/>
        <source>Plugboard does not know the platform of %1 any more.</source>
        <translation>Plugboard ne connaît plus la plateforme de %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refused the API key of %2 (HTTP %3): it was revoked or has expired. Create a new key at %4 and connect again with it.</source>
        <translation>%1 a refusé la clé d&apos;API de %2 (HTTP %3)&#xa0;: elle a été révoquée ou a expiré. Créez une nouvelle clé sur %4 et reconnectez-vous avec.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 refused a freshly renewed token for %2 (HTTP 401). Reconnect to sign in again.</source>
        <translation>%1 a refusé un jeton fraîchement renouvelé pour %2 (HTTP 401). Reconnectez-vous pour vous authentifier à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the check of %2 with HTTP %3. If this persists, check the app&apos;s permissions at %1 or reconnect.</source>
        <translation>%1 a répondu à la vérification de %2 par HTTP %3. Si le problème persiste, vérifiez les autorisations de l&apos;application sur %1 ou reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Plugboard::IdentityRequest</name>
    <message>
        <location filename="../core/oauth/identityrequest.cpp" line="+59"/>
        <source>%1 declares no userinfo endpoint, so Plugboard cannot tell which account signed in.</source>
        <translation>%1 ne déclare aucun point de terminaison userinfo&#xa0;: Plugboard ne peut donc pas savoir quel compte s&apos;est connecté.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the question which account signed in</source>
        <translation>la demande d&apos;identification du compte connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 did not say which account signed in (HTTP %2). Connect again; if it keeps failing, check the app&apos;s permissions at %1.</source>
        <translation>%1 n&apos;a pas indiqué quel compte s&apos;est connecté (HTTP %2). Relancez la connexion&#x202f;; si l&apos;échec persiste, vérifiez les autorisations de l&apos;application sur %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s account information has no &quot;%2&quot; field, so Plugboard cannot tell the account apart. Check the platform record&apos;s identity settings.</source>
        <translation>Les informations de compte de %1 ne contiennent pas de champ «&#xa0;%2&#xa0;»&#xa0;: Plugboard ne peut donc pas distinguer le compte. Vérifiez les paramètres d&apos;identité de la fiche de la plateforme.</translation>
    </message>
</context>
<context>
    <name>Plugboard::KeychainError</name>
    <message>
        <location filename="../core/storage/keychainerror.cpp" line="+47"/>
        <source>No keyring service is running. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or KeePassXC with Secret Service) and try again.</source>
        <translation>Aucun service de trousseau de clés n&apos;est en cours d&apos;exécution. Démarrez le trousseau de clés de votre bureau (GNOME Keyring, KWallet ou KeePassXC avec Secret Service) et réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring could not store or read a secret (it said: %1). Check that your keyring works, for example in Seahorse or KWalletManager, and try again.</source>
        <translation>Le trousseau de clés n&apos;a pas pu enregistrer ou lire un secret (message&#xa0;: %1). Vérifiez que votre trousseau de clés fonctionne, par exemple dans Seahorse ou KWalletManager, et réessayez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keyring has no saved secret for this, or it is locked. Unlock your keyring and try again; if it is unlocked, connect again to save a new one.</source>
        <translation>Le trousseau de clés ne contient aucun secret enregistré pour cela, ou il est verrouillé. Déverrouillez votre trousseau de clés et réessayez&#x202f;; s&apos;il est déjà déverrouillé, relancez la connexion pour en enregistrer un nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your keyring is locked. Unlock it and try again.</source>
        <translation>Votre trousseau de clés est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard was not allowed to use your keyring. Allow access when your keyring asks (or unlock it) and try again.</source>
        <translation>Plugboard n&apos;a pas été autorisé à utiliser votre trousseau de clés. Autorisez l&apos;accès quand votre trousseau de clés le demande (ou déverrouillez-le) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackCheck</name>
    <message>
        <location filename="../core/diagnosis/loopbackcheck.cpp" line="+53"/>
        <source>Loopback listener</source>
        <translation>Écoute sur la boucle locale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot listen on 127.0.0.1: %1. No sign-in can receive its redirect.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1&#xa0;: %1. Aucune connexion ne peut recevoir sa redirection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the loopback interface is up (ip addr show lo) and that no security policy forbids programs to listen on it.</source>
        <translation>Vérifiez que l&apos;interface de boucle locale est active (ip addr show lo) et qu&apos;aucune politique de sécurité n&apos;interdit aux programmes d&apos;y écouter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1, which the redirect address registered for %2 needs (%3)</source>
        <translation>le port %1, nécessaire à l&apos;adresse de redirection enregistrée pour %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program holds %1.</source>
        <translation>Un autre programme occupe %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the program with %1, close it, then connect again.</source>
        <translation>Trouvez le programme avec %1, fermez-le, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no platform needs a fixed port</source>
        <translation>aucune plateforme n&apos;a besoin d&apos;un port fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fixed ports %1 are free</source>
        <translation>les ports fixes %1 sont libres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>127.0.0.1 can listen, [::1] cannot (%1); %2.</source>
        <translation>127.0.0.1 peut écouter, [::1] non (%1)&#x202f;; %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browsers that resolve localhost to ::1 cannot reach platforms that redirect to localhost: enable IPv6 on the loopback interface.</source>
        <translation>Les navigateurs qui résolvent localhost en&#xa0;::1 ne peuvent pas atteindre les plateformes qui redirigent vers localhost&#xa0;: activez IPv6 sur l&apos;interface de boucle locale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>127.0.0.1 and [::1] can listen on a free port; %1.</source>
        <translation>127.0.0.1 et [::1] peuvent écouter sur un port libre&#x202f;; %1.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackListener</name>
    <message>
        <location filename="../core/oauth/loopbacklistener.cpp" line="+80"/>
        <source>The redirect host must be 127.0.0.1 or localhost, not %1.</source>
        <translation>L&apos;hôte de redirection doit être 127.0.0.1 ou localhost, et non %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not listen on %1 port %2 for the browser&apos;s answer: %3. Close the program using that port, or try again.</source>
        <translation>Impossible d&apos;écouter sur %1, port %2, pour attendre la réponse du navigateur&#xa0;: %3. Fermez le programme qui utilise ce port, ou réessayez.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Plugboard stopped waiting. You can close this tab.</source>
        <translation>Plugboard a cessé d&apos;attendre. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request took too long.</source>
        <translation>La requête a pris trop de temps.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a request Plugboard understands.</source>
        <translation>Plugboard ne comprend pas cette requête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address does not belong to Plugboard.</source>
        <translation>Cette adresse n&apos;appartient pas à Plugboard.</translation>
    </message>
</context>
<context>
    <name>Plugboard::LoopbackReplyHandler</name>
    <message>
        <location filename="../core/oauth/loopbackreplyhandler.cpp" line="+39"/>
        <source>The redirect path must start with / and name a path.</source>
        <translation>Le chemin de redirection doit commencer par / et désigner un chemin.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only GET is accepted here.</source>
        <translation>Seule la méthode GET est acceptée ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This link does not belong to the sign-in Plugboard is waiting for. Start the connection again from Plugboard.</source>
        <translation>Ce lien ne correspond pas à la connexion qu&apos;attend Plugboard. Relancez la connexion depuis Plugboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Plugboard has already received the answer for this sign-in.</source>
        <translation>Plugboard a déjà reçu la réponse pour cette connexion.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The answer repeats a parameter. Start the connection again.</source>
        <translation>La réponse contient un paramètre en double. Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That is not the address this sign-in waits for: it starts with %1. Copy the whole address from the browser&apos;s address bar after signing in, and paste it here.</source>
        <translation>Ce n&apos;est pas l&apos;adresse qu&apos;attend cette connexion&#xa0;: l&apos;adresse attendue commence par %1. Une fois connecté, copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur et collez-la ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That address belongs to another sign-in (its state does not match). Paste the address the browser ended on for the URL printed above.</source>
        <translation>Cette adresse appartient à une autre connexion (son état ne correspond pas). Collez l&apos;adresse à laquelle le navigateur a abouti pour l&apos;URL affichée ci-dessus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address repeats a parameter, so Plugboard cannot trust it. Connect again.</source>
        <translation>Cette adresse répète un paramètre, Plugboard ne peut donc pas s&apos;y fier. Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the request to finish signing in</source>
        <translation>la requête de fin de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and connect again.</source>
        <translation>Vérifiez votre connexion réseau et relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Plugboard</source>
        <translation>À &amp;propos de Plugboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;custom provider…</source>
        <translation>Ajouter un fournisseur &amp;personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an OAuth or OpenID Connect server by its issuer URL</source>
        <translation>Ajouter un serveur OAuth ou OpenID Connect à partir de l&apos;URL de son émetteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add self-hosted &amp;server…</source>
        <translation>Ajouter un &amp;serveur auto-hébergé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your GitLab, Gitea or Forgejo, Keycloak or Mastodon server</source>
        <translation>Ajouter votre serveur GitLab, Gitea ou Forgejo, Keycloak ou Mastodon</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keep secrets in an encrypted &amp;vault…</source>
        <translation>Garder les secrets dans un &amp;coffre chiffré…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a computer without a keyring: every token and secret in one file, locked by a passphrase</source>
        <translation>Pour un ordinateur sans trousseau&#xa0;: tous les jetons et secrets dans un seul fichier, protégé par une phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export backup…</source>
        <translation>&amp;Exporter une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save providers, credentials, connections and settings in one encrypted file, for another computer</source>
        <translation>Enregistrer les fournisseurs, les identifiants, les connexions et les paramètres dans un seul fichier chiffré, pour un autre ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore what an encrypted backup holds</source>
        <translation>Restaurer le contenu d&apos;une sauvegarde chiffrée</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As a &amp;grid</source>
        <translation>En &amp;grille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a &amp;list</source>
        <translation>En &amp;liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App &amp;access…</source>
        <translation>&amp;Accès des applications…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which apps may use your connections, and revoking their access</source>
        <translation>Applications autorisées à utiliser vos connexions, et révocation de leur accès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ac&amp;tivity…</source>
        <translation>Ac&amp;tivité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to your secrets: sign-ins, renewals, tokens handed out and who took them</source>
        <translation>Ce qui est arrivé à vos secrets&#xa0;: authentifications, renouvellements, jetons remis et qui les a pris</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting with your session, notifications, where secrets are kept</source>
        <translation>Démarrage avec votre session, notifications, emplacement des secrets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why do I need to register an app?</source>
        <translation>Pourquoi dois-je enregistrer une &amp;application&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose problems…</source>
        <translation>&amp;Diagnostiquer les problèmes…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No connections yet.
Platforms you can connect to will appear here.</source>
        <translation>Aucune connexion pour l&apos;instant.
Les plateformes auxquelles vous pouvez vous connecter apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connections</source>
        <translation>Aucune connexion</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n platform(s) available</source>
        <translation>
            <numerusform>%n plateforme disponible</numerusform>
            <numerusform>%n plateformes disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>About Plugboard</source>
        <translation>À propos de Plugboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Keeps your connections to online platforms in one place, with every secret in your system keyring.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plugboard %1&lt;/h3&gt;&lt;p&gt;Rassemble vos connexions aux plateformes en ligne en un seul endroit, avec chaque secret dans le trousseau de clés de votre système.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Plugboard::MastodonAppRegistration</name>
    <message>
        <location filename="../core/oauth/mastodonappregistration.cpp" line="+60"/>
        <source>the registration of Plugboard</source>
        <translation>la demande d&apos;enregistrement de Plugboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and your connection, then add it again.</source>
        <translation>Vérifiez l&apos;adresse du serveur et votre connexion réseau, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 did not register Plugboard as an app (HTTP %2%3). Check that %1 is a Mastodon server and that it accepts new apps, then add it again.</source>
        <translation>%1 n&apos;a pas enregistré Plugboard comme application (HTTP %2%3). Vérifiez que %1 est un serveur Mastodon et qu&apos;il accepte les nouvelles applications, puis ajoutez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Plugboard::NetworkProxy</name>
    <message>
        <location filename="../core/network/networkproxy.cpp" line="+46"/>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::NetworkSettingsPage</name>
    <message>
        <location filename="../ui/networksettingspage.cpp" line="+25"/>
        <source>How Plugboard&apos;s requests (sign-ins, renewals, checks) reach the internet. Connections to this computer never go through a proxy.</source>
        <translation>Comment les requêtes de Plugboard (connexions, renouvellements, vérifications) atteignent Internet. Les connexions vers cet ordinateur ne passent jamais par un proxy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de prox&amp;y du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o proxy</source>
        <translation>Aucu&amp;n proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
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
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the proxy asks for a sign-in</source>
        <translation>Seulement si le proxy demande une authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the secret store, never in the settings file</source>
        <translation>Conservé dans le stockage des secrets, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A password is stored; type a new one to replace it</source>
        <translation>Un mot de passe est enregistré&#x202f;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
</context>
<context>
    <name>Plugboard::OAuthError</name>
    <message>
        <location filename="../core/oauth/oautherror.cpp" line="+34"/>
        <source>%1 does not accept Plugboard&apos;s redirect URI. Register exactly %2 in your app&apos;s settings at %1, then connect again. (%1 said: %3)</source>
        <translation>%1 n&apos;accepte pas l&apos;URI de redirection de Plugboard. Enregistrez exactement %2 dans les paramètres de votre application sur %1, puis relancez la connexion. (Message de %1&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was not granted at %1. Connect again and approve the request at %1.</source>
        <translation>L&apos;accès n&apos;a pas été accordé sur %1. Relancez la connexion et approuvez la demande sur %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not accept the app credentials. Check the client ID and client secret. (%1 said: %2)</source>
        <translation>%1 n&apos;a pas accepté les identifiants d&apos;application. Vérifiez l&apos;ID client et le secret client. (Message de %1&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again. (%1 said: %2)</source>
        <translation>%1 a refusé les autorisations demandées. Retirez les portées que %1 ne propose pas et relancez la connexion. (Message de %1&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again. (%1 said: %2)</source>
        <translation>%1 n&apos;accepte plus cette authentification. Reconnectez-vous pour vous authentifier à nouveau. (Message de %1&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused to issue tokens: %2. Try again; if it keeps failing, check the app&apos;s settings at %1.</source>
        <translation>%1 a refusé de délivrer des jetons&#xa0;: %2. Réessayez&#x202f;; si l&apos;échec persiste, vérifiez les paramètres de l&apos;application sur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the sign-in request (HTTP %2) because of the redirect URI. Register exactly %3 for your app at %4, then connect again.</source>
        <translation>%1 a refusé la demande de connexion (HTTP %2) à cause de l&apos;URI de redirection. Enregistrez exactement %3 pour votre application sur %4, puis relancez la connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused the sign-in request (HTTP %2) before anyone could sign in: it probably does not know the client ID, or %3 is not registered as a redirect URI. Check both at %4 and in Plugboard&apos;s credentials, then connect again.</source>
        <translation>%1 a refusé la demande de connexion (HTTP %2) avant toute authentification&#xa0;: l&apos;ID client lui est probablement inconnu, ou %3 n&apos;est pas enregistrée comme URI de redirection. Vérifiez les deux sur %4 et dans les identifiants de Plugboard, puis relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PassphraseDialog</name>
    <message>
        <location filename="../ui/passphrasedialog.cpp" line="+25"/>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a vault passphrase</source>
        <translation>Choisir une phrase secrète pour le coffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugboard keeps your tokens and app credentials in an encrypted vault (%1). Enter its passphrase to use them; Plugboard asks once until you quit.</source>
        <translation>Plugboard conserve vos jetons et les identifiants de vos applications dans un coffre chiffré (%1). Saisissez sa phrase secrète pour les utiliser&#x202f;; Plugboard ne la demande qu&apos;une fois jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your tokens and app credentials will be kept in an encrypted vault (%1) instead of the keyring. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Vos jetons et les identifiants de vos applications seront conservés dans un coffre chiffré (%1) au lieu du trousseau. Personne ne peut récupérer une phrase secrète oubliée&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PermissionsCheck</name>
    <message>
        <location filename="../core/diagnosis/permissionscheck.cpp" line="+44"/>
        <source>File permissions</source>
        <translation>Droits d&apos;accès aux fichiers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 belongs to another user (uid %3).</source>
        <translation>%1 %2 appartient à un autre utilisateur (uid %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 has mode %3: other users may read or change it.</source>
        <translation>%1 %2 a le mode %3&#xa0;: d&apos;autres utilisateurs peuvent le lire ou le modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run: %1</source>
        <translation>Exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard has not created any of its files yet.</source>
        <translation>Plugboard n&apos;a encore créé aucun de ses fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of Plugboard&apos;s files and folders checked: yours, and only yours to read.</source>
        <translation>%1 fichiers et dossiers de Plugboard vérifiés&#xa0;: ils vous appartiennent, et vous seul pouvez les lire.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformCatalog</name>
    <message>
        <location filename="../core/catalog/platformcatalog.cpp" line="+45"/>
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez que le fichier est lisible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: custom: a shipped record must not be marked custom; remove the key</source>
        <translation>%1: custom: une fiche fournie avec Plugboard ne doit pas être marquée custom&#x202f;; supprimez la clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: id: &quot;%2&quot; belongs to a built-in platform, which a custom record cannot replace; give the file and its id another name</source>
        <translation>%1: id: «&#xa0;%2&#xa0;» appartient à une plateforme intégrée, qu&apos;une fiche personnalisée ne peut pas remplacer&#x202f;; donnez un autre nom au fichier et à son id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no platform called &quot;%1&quot;. Run `plugboard-cli providers` to list them.</source>
        <translation>Il n&apos;existe aucune plateforme nommée «&#xa0;%1&#xa0;». Lancez `plugboard-cli providers` pour les afficher.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&quot;%1&quot; is the id of a built-in platform. Choose another id for the custom platform.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;ID d&apos;une plateforme intégrée. Choisissez un autre ID pour la plateforme personnalisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A custom platform &quot;%1&quot; already exists. Remove it first, or choose another id.</source>
        <translation>Une plateforme personnalisée «&#xa0;%1&#xa0;» existe déjà. Supprimez-la d&apos;abord, ou choisissez un autre ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save the custom platform to %1: %2. Check that the folder is writable.</source>
        <translation>Impossible d&apos;enregistrer la plateforme personnalisée dans %1&#xa0;: %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is a built-in platform and cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» est une plateforme intégrée et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete %1: %2. Check that the folder is writable.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformRecordParser</name>
    <message>
        <location filename="../core/catalog/platformrecordparser.cpp" line="+46"/>
        <source>the record uses schema %1, but this version of Plugboard reads schema %2 at most; update Plugboard to use it</source>
        <translation>la fiche utilise le schéma %1, mais cette version de Plugboard lit au plus le schéma %2&#x202f;; mettez Plugboard à jour pour l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; may use only lowercase letters a-z, digits and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules a-z, des chiffres et «&#xa0;-&#xa0;», et doit commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is &quot;%1&quot; but the file is named %2; the id and the file name must match</source>
        <translation>vaut «&#xa0;%1&#xa0;» mais le fichier s&apos;appelle %2&#x202f;; l&apos;id et le nom du fichier doivent correspondre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an SVG file name such as github.svg, without folders</source>
        <translation>doit être un nom de fichier SVG comme github.svg, sans dossier</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is missing, but revocation_style needs it</source>
        <translation>est absent, mais revocation_style en a besoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must name how to revoke a token, because endpoints.revocation is set</source>
        <translation>doit indiquer comment révoquer un jeton, car endpoints.revocation est défini</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must not contain spaces</source>
        <translation>ne doit pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is declared twice; list each scope once</source>
        <translation>«&#xa0;%1&#xa0;» est déclarée deux fois&#x202f;; indiquez chaque portée une seule fois</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plugboard sets this parameter itself; remove it</source>
        <translation>Plugboard définit lui-même ce paramètre&#x202f;; supprimez-le</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be &quot;127.0.0.1&quot; or &quot;localhost&quot;</source>
        <translation>doit valoir &quot;127.0.0.1&quot; ou &quot;localhost&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 0 and 65535 (0 picks any free port)</source>
        <translation>doit être compris entre 0 et 65535 (0 choisit un port libre quelconque)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must start with &quot;/&quot; and name a path such as /callback, without spaces, ? or #</source>
        <translation>doit commencer par &quot;/&quot; et désigner un chemin comme /callback, sans espaces, ni ? ni #</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be &quot; &quot; or &quot;,&quot;</source>
        <translation>doit valoir &quot; &quot; ou &quot;,&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a header name other than Authorization</source>
        <translation>doit être un nom d&apos;en-tête autre qu&apos;Authorization</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is missing, but endpoints.userinfo needs it to tell accounts apart</source>
        <translation>est absent, mais endpoints.userinfo en a besoin pour distinguer les comptes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;GET&quot; or &quot;POST&quot;</source>
        <translation>doit valoir &quot;GET&quot; ou &quot;POST&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a dotted path such as user.id</source>
        <translation>doit être un chemin à points comme user.id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a dotted path such as user.login</source>
        <translation>doit être un chemin à points comme user.login</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a sentence (a non-empty string)</source>
        <translation>doit être une phrase (une chaîne non vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must hold 2 to 4 steps, not %1</source>
        <translation>doit contenir de 2 à 4 étapes, et non %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must hold at most 4 steps, not %1</source>
        <translation>doit contenir au plus 4 étapes, et non %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>may use only lowercase letters a-z, digits and &apos;_&apos;, starting with a letter</source>
        <translation>ne peut contenir que des lettres minuscules a-z, des chiffres et «&#xa0;_&#xa0;», en commençant par une lettre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true for a client secret or API key</source>
        <translation>doit valoir true pour un secret client ou une clé d&apos;API</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is declared twice; each key may appear once</source>
        <translation>«&#xa0;%1&#xa0;» est déclaré deux fois&#x202f;; chaque clé ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an oauth2 platform must declare a &quot;client_id&quot; field</source>
        <translation>une plateforme oauth2 doit déclarer un champ &quot;client_id&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must declare a &quot;client_secret&quot; field, because client_authentication sends one</source>
        <translation>doit déclarer un champ &quot;client_secret&quot;, car client_authentication en envoie un</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a token platform must declare a field of type &quot;api_key&quot;</source>
        <translation>une plateforme token doit déclarer un champ de type &quot;api_key&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declares a field of type &quot;username&quot; exactly when api_key.send is &quot;basic&quot;, which sends it with the key</source>
        <translation>doit déclarer un champ de type &quot;username&quot; si et seulement si api_key.send vaut &quot;basic&quot;, qui l&apos;envoie avec la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is needed by a token platform: Plugboard checks each key with it</source>
        <translation>est nécessaire à une plateforme token&#xa0;: Plugboard s&apos;en sert pour vérifier chaque clé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid JSON: %1 at offset %2; fix the syntax there (often a missing comma or quote)</source>
        <translation>JSON non valide&#xa0;: %1 à la position %2&#x202f;; corrigez la syntaxe à cet endroit (il manque souvent une virgule ou un guillemet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object ({…})</source>
        <translation>doit contenir un seul objet JSON ({…})</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordsections.cpp" line="+28"/>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>doit être un nombre entier de jours entre 1 et 3650</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is only for platforms whose auth_kind is &quot;oauth2&quot;</source>
        <translation>est réservé aux plateformes dont auth_kind vaut &quot;oauth2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must declare lifetime_days, idle_days or both</source>
        <translation>doit indiquer lifetime_days, idle_days ou les deux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is only for platforms whose auth_kind is &quot;token&quot;</source>
        <translation>est réservé aux plateformes dont auth_kind vaut &quot;token&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a header name such as X-Api-Key</source>
        <translation>doit être un nom d&apos;en-tête comme X-Api-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header and prefix are only for &quot;send&quot;: &quot;header&quot;</source>
        <translation>header et prefix sont réservés à &quot;send&quot;: &quot;header&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is only for &quot;send&quot;: &quot;query&quot;</source>
        <translation>est réservé à &quot;send&quot;: &quot;query&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a query parameter name such as api_key</source>
        <translation>doit être un nom de paramètre de requête comme api_key</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is only for platforms added from a template (custom records)</source>
        <translation>est réservé aux plateformes ajoutées à partir d&apos;un modèle (fiches personnalisées)</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformSettings</name>
    <message>
        <location filename="../core/platformsettings.cpp" line="+30"/>
        <source>The token-exchange proxy must be an https:// URL (http:// only for 127.0.0.1 or localhost).</source>
        <translation>Le proxy d&apos;échange de jetons doit être une URL https:// (http:// uniquement pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1. Check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlatformTemplate</name>
    <message>
        <location filename="../core/catalog/platformtemplate.cpp" line="+101"/>
        <source>must be lowercase a-z, digits and &apos;_&apos;, and not instance_host (Plugboard derives that one)</source>
        <translation>ne peut contenir que des lettres minuscules a-z, des chiffres et «&#xa0;_&#xa0;», et ne doit pas être instance_host (Plugboard le déduit lui-même)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must declare at least one parameter</source>
        <translation>doit déclarer au moins un paramètre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must hold one JSON object ({…}) with valid JSON syntax</source>
        <translation>doit contenir un seul objet JSON ({…}) avec une syntaxe JSON valide</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: with its example values: %2</source>
        <translation>%1&#xa0;: avec ses valeurs d&apos;exemple&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs the %2 (%3), for example %4.</source>
        <translation>%1 a besoin de la valeur «&#xa0;%2&#xa0;» (%3), par exemple %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave the user name and password out of the %1: Plugboard signs in another way, and keeps the address in a plain file.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de «&#xa0;%1&#xa0;»&#xa0;: Plugboard se connecte autrement et enregistre l&apos;adresse dans un simple fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an address Plugboard can use: it must start with https://, such as %2 (plain http:// only for this computer).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse utilisable par Plugboard&#xa0;: elle doit commencer par https://, par exemple %2 (http:// simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: utilisez uniquement des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes no parameter &quot;%2&quot;; it takes %3.</source>
        <translation>%1 n&apos;accepte aucun paramètre «&#xa0;%2&#xa0;»&#x202f;; paramètres acceptés&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no template &quot;%1&quot;. Run `plugboard-cli providers --templates` for the list.</source>
        <translation>Il n&apos;existe aucun modèle «&#xa0;%1&#xa0;». Lancez `plugboard-cli providers --templates` pour en voir la liste.</translation>
    </message>
</context>
<context>
    <name>Plugboard::PlugboardBusObject</name>
    <message>
        <location filename="../app/dbus/plugboardbusobject.cpp" line="+45"/>
        <source>The %1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 must not contain NUL characters.</source>
        <translation>%1 ne doit pas contenir de caractères NUL.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 takes arguments of type &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 attend des arguments de type &quot;%2&quot;, et non &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>connection name</source>
        <translation>Le nom de connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>platform</source>
        <translation>La plateforme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for at most %1 scopes at once.</source>
        <translation>Demandez au plus %1 portées à la fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope</source>
        <translation>La portée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>secret&apos;s key</source>
        <translation>La clé du secret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret&apos;s value must be text of at most %1 characters, without NUL.</source>
        <translation>La valeur d&apos;un secret doit être un texte d&apos;au plus %1 caractères, sans NUL.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProblemText</name>
    <message>
        <location filename="../ui/problemtext.cpp" line="+23"/>
        <source>Access was not granted at %1. Connect again and approve the request at %1.</source>
        <translation>L&apos;accès n&apos;a pas été accordé sur %1. Relancez la connexion et approuvez la demande sur %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the app credentials. Check the client ID and client secret.</source>
        <translation>%1 n&apos;a pas accepté les identifiants d&apos;application. Vérifiez l&apos;ID client et le secret client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused Plugboard&apos;s redirect URI. Register it for your app at %1, then connect again.</source>
        <translation>%1 a refusé l&apos;URI de redirection de Plugboard. Enregistrez-la pour votre application sur %1, puis relancez la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the requested permissions. Remove the scopes it does not offer and connect again.</source>
        <translation>%1 a refusé les autorisations demandées. Retirez les portées que %1 ne propose pas et relancez la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer accepts this sign-in. Reconnect to sign in again.</source>
        <translation>%1 n&apos;accepte plus cette authentification. Reconnectez-vous pour vous authentifier à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused to issue tokens. Try again; if it keeps failing, check the app&apos;s settings at %1.</source>
        <translation>%1 a refusé de délivrer des jetons. Réessayez&#x202f;; si l&apos;échec persiste, vérifiez les paramètres de l&apos;application sur %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be reached. Plugboard tries again; check the network if it keeps failing.</source>
        <translation>%1 est injoignable. Plugboard réessaie&#x202f;; vérifiez le réseau si l&apos;échec persiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and time and any proxy, then choose Check now.</source>
        <translation>La connexion sécurisée à %1 a échoué. Vérifiez la date et l&apos;heure de l&apos;ordinateur ainsi que l&apos;éventuel proxy, puis choisissez «&#xa0;Vérifier maintenant&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plugboard could not open its secret store. Unlock it, then choose Check now.</source>
        <translation>Plugboard n&apos;a pas pu ouvrir son stockage des secrets. Déverrouillez-le, puis choisissez «&#xa0;Vérifier maintenant&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in for %1 is no longer in the secret store. Reconnect to sign in again.</source>
        <translation>L&apos;authentification pour %1 n&apos;est plus dans le stockage des secrets. Reconnectez-vous pour vous authentifier à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last attempt with %1 failed. Choose Check now to see why.</source>
        <translation>La dernière tentative avec %1 a échoué. Choisissez «&#xa0;Vérifier maintenant&#xa0;» pour en voir la raison.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProviderDiscovery</name>
    <message>
        <location filename="../core/catalog/providerdiscovery.cpp" line="+109"/>
        <source>Finding the provider at %1 was cancelled.</source>
        <translation>La recherche du fournisseur à l&apos;adresse %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plugboard tried to find a provider without a network connection object. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard a tenté de rechercher un fournisseur sans objet de connexion réseau. Il s&apos;agit d&apos;un bogue de Plugboard&#x202f;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a platform id. Use lowercase letters, digits and dashes, such as &quot;my-provider&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir d&apos;ID de plateforme. Utilisez des lettres minuscules, des chiffres et des tirets, par exemple «&#xa0;my-provider&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be used as an issuer URL: https:// is required (plain http:// only for a server on this computer), without a user name or password. Enter the provider&apos;s https:// issuer URL.</source>
        <translation>%1 ne peut pas servir d&apos;URL d&apos;émetteur&#xa0;: https:// est requis (http:// simple uniquement pour un serveur sur cet ordinateur), sans nom d&apos;utilisateur ni mot de passe. Saisissez l&apos;URL https:// de l&apos;émetteur du fournisseur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The issuer URL %1 has a query or fragment (&quot;?&quot; or &quot;#&quot;), which an issuer never has. Enter it without them.</source>
        <translation>L&apos;URL de l&apos;émetteur %1 contient une requête ou un fragment (&quot;?&quot; ou &quot;#&quot;), ce qu&apos;une URL d&apos;émetteur n&apos;a jamais. Saisissez-la sans eux.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Found no discovery document for %1: neither %2 nor %3 exists. Check the issuer URL; if it is right, the provider does not support discovery and has to be added by hand.</source>
        <translation>Aucun document de découverte trouvé pour %1&#xa0;: ni %2 ni %3 n&apos;existe. Vérifiez l&apos;URL de l&apos;émetteur&#x202f;; si elle est correcte, le fournisseur ne prend pas en charge la découverte et doit être ajouté à la main.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered HTTP %2 instead of a discovery document. Check the issuer URL, or try again later.</source>
        <translation>%1 a répondu HTTP %2 au lieu d&apos;un document de découverte. Vérifiez l&apos;URL de l&apos;émetteur, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 answered with a redirect that leads nowhere. Check the issuer URL.</source>
        <translation>%1 a répondu par une redirection qui ne mène nulle part. Vérifiez l&apos;URL de l&apos;émetteur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery to %2, another server. Plugboard only follows redirects within the same server; enter the issuer URL the provider documents.</source>
        <translation>%1 a redirigé la découverte vers %2, un autre serveur. Plugboard ne suit que les redirections au sein d&apos;un même serveur&#x202f;; saisissez l&apos;URL d&apos;émetteur indiquée dans la documentation du fournisseur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected discovery more than %2 times. Check the issuer URL.</source>
        <translation>%1 a redirigé la découverte plus de %2 fois. Vérifiez l&apos;URL de l&apos;émetteur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 sent more than any discovery document needs (over %2 KiB). Check the issuer URL.</source>
        <translation>%1 a envoyé plus de données qu&apos;aucun document de découverte n&apos;en nécessite (plus de %2 Kio). Vérifiez l&apos;URL de l&apos;émetteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>the discovery request</source>
        <translation>la requête de découverte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check the issuer URL and try again.</source>
        <translation>Vérifiez l&apos;URL de l&apos;émetteur et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try again.</source>
        <translation>Puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer within %2 s. Check the URL and your connection, then try again.</source>
        <translation>%1 n&apos;a pas répondu en moins de %2 s. Vérifiez l&apos;URL et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not set up a secure connection to %1: %2. Check the URL; if it is right, the server&apos;s certificate may be invalid or your computer&apos;s clock wrong.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2. Vérifiez l&apos;URL&#x202f;; si elle est correcte, le certificat du serveur est peut-être non valide, ou l&apos;horloge de votre ordinateur mal réglée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1: %2. Check the URL and your connection, then try again.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez l&apos;URL et votre connexion réseau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxyCheck</name>
    <message>
        <location filename="../core/diagnosis/proxycheck.cpp" line="+37"/>
        <location line="+55"/>
        <source>no proxy (direct)</source>
        <translation>aucun proxy (direct)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>proxy SOCKS5 %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP proxy %1:%2</source>
        <translation>proxy HTTP %1:%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plugboard&apos;s proxy setting cannot be used: %1 Until it is corrected, Plugboard uses the system&apos;s. %2</source>
        <translation>Le réglage de proxy de Plugboard est inutilisable&#xa0;: %1 Tant qu&apos;il n&apos;est pas corrigé, Plugboard utilise celui du système. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct it in Settings ▸ Network, or run plugboard-cli config set proxy system (or none, or http://HOST:PORT).</source>
        <translation>Corrigez-le dans Paramètres ▸ Réseau, ou exécutez plugboard-cli config set proxy system (ou none, ou http://HOST:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard&apos;s setting: %1; the system&apos;s proxy settings and variables are not used.</source>
        <translation>Réglage de Plugboard&#xa0;: %1&#x202f;; les réglages et variables de proxy du système ne sont pas utilisés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The system&apos;s proxy for %1: %2. Environment: %3.</source>
        <translation>Proxy du système pour %1&#xa0;: %2. Environnement&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no proxy variables</source>
        <translation>aucune variable de proxy</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxyError</name>
    <message>
        <location filename="../core/network/proxyerror.cpp" line="+20"/>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The proxy refused the user name/password: %1 did not let %2 through to %3. Check the proxy user and password in Plugboard&apos;s settings. %4</source>
        <translation>Le proxy a refusé le nom d&apos;utilisateur ou le mot de passe&#xa0;: %1 n&apos;a pas laissé passer %2 vers %3. Vérifiez l&apos;utilisateur et le mot de passe du proxy dans les paramètres de Plugboard. %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1 for %2 through %3: %4. Check that the proxy is running and that its address is right in Plugboard&apos;s settings (or the system&apos;s proxy settings). %5</source>
        <translation>Impossible de joindre %1 pour %2 via %3&#xa0;: %4. Vérifiez que le proxy fonctionne et que son adresse est correcte dans les paramètres de Plugboard (ou dans les paramètres de proxy du système). %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy did not carry %2 to %3: %1 answered &quot;%4&quot;. Check the proxy settings, and the proxy user and password if the proxy asks for them. %5</source>
        <translation>Le proxy n&apos;a pas transmis %2 à %3&#xa0;: %1 a répondu «&#xa0;%4&#xa0;». Vérifiez les paramètres du proxy, ainsi que l&apos;utilisateur et le mot de passe du proxy s&apos;il les demande. %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It went through %1: check that the proxy is running and answering.</source>
        <translation>La requête est passée par %1&#xa0;: vérifiez que le proxy fonctionne et répond.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxySettingValue</name>
    <message>
        <location filename="../core/settings/proxysettingvalue.cpp" line="+68"/>
        <source>&quot;%1&quot; is not a proxy setting. Use system, none, http://HOST:PORT or socks5://HOST:PORT (with USER@ before the host when the proxy asks for a sign-in).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de proxy valide. Utilisez system, none, http://HOST:PORT ou socks5://HOST:PORT (avec USER@ devant l&apos;hôte si le proxy demande une authentification).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The proxy setting cannot hold a password: it would be kept in plain text. Give only USER@ here and enter the password in Settings ▸ Network in the window.</source>
        <translation>Le paramètre proxy ne peut pas contenir de mot de passe&#xa0;: il serait conservé en clair. Indiquez ici seulement USER@ et saisissez le mot de passe dans Paramètres ▸ Réseau, dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Plugboard::ProxySettings</name>
    <message>
        <location filename="../core/network/proxyfactory.cpp" line="+66"/>
        <location filename="../core/network/proxysettings.cpp" line="+173"/>
        <source>the HTTP proxy %1</source>
        <translation>le proxy HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/network/proxysettings.cpp" line="-1"/>
        <source>the SOCKS5 proxy %1</source>
        <translation>le proxy SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../core/network/proxysettings.cpp" line="-58"/>
        <source>The proxy needs a host name or address, for example proxy.example.com.</source>
        <translation>Le proxy nécessite un nom d&apos;hôte ou une adresse, par exemple proxy.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy host &quot;%1&quot; is not a host name or address. Enter only the name, without http:// or a port, for example proxy.example.com.</source>
        <translation>L&apos;hôte du proxy «&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse. Saisissez uniquement le nom, sans http:// ni port, par exemple proxy.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy port must be a number from 1 to 65535, for example 3128 or 1080.</source>
        <translation>Le port du proxy doit être un nombre de 1 à 65535, par exemple 3128 ou 1080.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name cannot contain &quot;:&quot;. Enter the name the proxy expects.</source>
        <translation>Le nom d&apos;utilisateur du proxy ne peut pas contenir «&#xa0;:&#xa0;». Saisissez le nom attendu par le proxy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plugboard could not save the proxy settings in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard n&apos;a pas pu enregistrer les paramètres du proxy dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no proxy</source>
        <translation>aucun proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system proxy settings</source>
        <translation>les paramètres de proxy du système</translation>
    </message>
</context>
<context>
    <name>Plugboard::QrCode</name>
    <message>
        <location filename="../core/qr/qrcode.cpp" line="+15"/>
        <source>There is no address to show as a QR code.</source>
        <translation>Il n&apos;y a aucune adresse à afficher sous forme de code QR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is too long for a QR code (%1 bytes; at most %2 fit). Open it by typing or copying it instead.</source>
        <translation>L&apos;adresse est trop longue pour un code QR (%1 octets&#x202f;; %2 au maximum). Ouvrez-la plutôt en la saisissant ou en la copiant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This address cannot be shown as a QR code. Open it by typing or copying it instead.</source>
        <translation>Cette adresse ne peut pas être affichée sous forme de code QR. Ouvrez-la plutôt en la saisissant ou en la copiant.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RecentActivityList</name>
    <message>
        <location filename="../ui/recentactivity.cpp" line="+39"/>
        <source>All activity…</source>
        <translation>Toute l&apos;activité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activity of this connection</source>
        <translation>Toute l&apos;activité de cette connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the Activity view for this connection</source>
        <translation>Ouvre la vue Activité pour cette connexion</translation>
    </message>
</context>
<context>
    <name>Plugboard::RecordReader</name>
    <message>
        <location filename="../core/catalog/recordreader.cpp" line="+17"/>
        <source>platform record</source>
        <translation>fiche de plateforme</translation>
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
        <translation>doit être l&apos;une des valeurs %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key; check its spelling against resources/platforms/SCHEMA.md</source>
        <translation>clé inconnue&#x202f;; vérifiez son orthographe dans resources/platforms/SCHEMA.md</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an https:// URL (http:// only for loopback hosts)</source>
        <translation>doit être une URL https:// (http:// uniquement pour les hôtes de bouclage)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object ({…})</source>
        <translation>doit être un objet ({…})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list ([…])</source>
        <translation>doit être une liste ([…])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the wrong type</source>
        <translation>n&apos;a pas le bon type</translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshFlight</name>
    <message>
        <location filename="../core/lifecycle/refreshflight.cpp" line="+62"/>
        <source>The saved sign-in of %1 is damaged (%2). Reconnect to replace it.</source>
        <translation>L&apos;authentification enregistrée de %1 est endommagée (%2). Reconnectez-vous pour la remplacer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sign-in of %1 has expired and the platform gives Plugboard no way to renew it. Reconnect to sign in again.</source>
        <translation>L&apos;authentification de %1 a expiré et la plateforme ne permet pas à Plugboard de la renouveler. Reconnectez-vous pour vous authentifier à nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plugboard does not know the platform &quot;%1&quot; any more, so it cannot renew %2. Add the platform again or disconnect the account.</source>
        <translation>Plugboard ne connaît plus la plateforme «&#xa0;%1&#xa0;» et ne peut donc pas renouveler %2. Ajoutez de nouveau la plateforme ou déconnectez le compte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no app credentials any more, so Plugboard cannot renew %2. Set up the credentials again.</source>
        <translation>%1 n&apos;a plus d&apos;identifiants d&apos;application&#xa0;: Plugboard ne peut donc pas renouveler %2. Configurez de nouveau les identifiants.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 renewed the sign-in of %2, but the keyring did not take the new tokens: %3 If the connection stops working, reconnect.</source>
        <translation>%1 a renouvelé l&apos;authentification de %2, mais le trousseau de clés n&apos;a pas accepté les nouveaux jetons&#xa0;: %3 Si la connexion cesse de fonctionner, reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 has no working sign-in any more. Reconnect to sign in again.</source>
        <translation>%1 n&apos;a plus d&apos;authentification valide. Reconnectez-vous pour vous authentifier à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no connection %1. Run &quot;plugboard-cli list&quot; to see the connections.</source>
        <translation>Il n&apos;existe aucune connexion %1. Lancez «&#xa0;plugboard-cli list&#xa0;» pour voir les connexions.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RefreshLock</name>
    <message>
        <location filename="../core/lifecycle/refreshlock.cpp" line="+44"/>
        <source>Plugboard could not create its lock folder %1. Check that the folder above it is writable.</source>
        <translation>Plugboard n&apos;a pas pu créer son dossier de verrous %1. Vérifiez que le dossier parent est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plugboard could not create the lock file %1. Check the folder&apos;s permissions.</source>
        <translation>Plugboard n&apos;a pas pu créer le fichier de verrou %1. Vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another Plugboard process has been renewing %1 for more than %2 s. Try again in a moment.</source>
        <translation>Un autre processus Plugboard renouvelle %1 depuis plus de %2 s. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Plugboard::RegistrationHelp</name>
    <message>
        <location filename="../ui/registrationhelp.cpp" line="+25"/>
        <source>Why do I need to register an app?</source>
        <translation>Pourquoi dois-je enregistrer une application&#x202f;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms such as GitHub or Google only let a program sign you in when they know it: every program that asks for access is registered with the platform as an &quot;app&quot;. Plugboard is not registered for you in advance, so that your connections depend on nobody but you and the platform.</source>
        <translation>Des plateformes comme GitHub ou Google ne laissent un programme vous connecter que si elles le connaissent&#xa0;: tout programme qui demande un accès est enregistré auprès de la plateforme en tant qu&apos;«&#xa0;application&#xa0;». Plugboard n&apos;est pas enregistré d&apos;avance pour vous, afin que vos connexions ne dépendent de personne d&apos;autre que vous et la plateforme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering takes a few minutes, once per platform: in the platform&apos;s developer console, create an app, enter the redirect URI Plugboard shows, and copy the client ID (and, where the platform gives one, the client secret) into Plugboard.</source>
        <translation>L&apos;enregistrement prend quelques minutes, une fois par plateforme&#xa0;: dans la console développeur de la plateforme, créez une application, saisissez l&apos;URI de redirection qu&apos;affiche Plugboard, puis copiez l&apos;ID client (et, si la plateforme en fournit un, le secret client) dans Plugboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugboard keeps them in your system keyring. Your own account then connects with a normal sign-in in your browser.</source>
        <translation>Plugboard les conserve dans le trousseau de clés de votre système. Vous connectez ensuite votre propre compte en vous identifiant normalement dans votre navigateur.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not expire</source>
        <translation>n&apos;expire pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired %1 · refreshes when needed</source>
        <translation>expiré %1 · renouvelé au besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · refreshes automatically</source>
        <translation>%1 · renouvellement automatique</translation>
    </message>
</context>
<context>
    <name>Plugboard::ReplyDeadline</name>
    <message numerus="yes">
        <location filename="../core/oauth/replydeadline.cpp" line="+69"/>
        <source>%1 did not finish answering %2 within %n second(s). %3</source>
        <translation>
            <numerusform>%1 n&apos;a pas fini de répondre à %2 en %n seconde. %3</numerusform>
            <numerusform>%1 n&apos;a pas fini de répondre à %2 en %n secondes. %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered %2 with more data than any platform sends (over %3 MB); Plugboard stopped reading. %4</source>
        <translation>%1 a répondu à %2 avec plus de données qu&apos;aucune plateforme n&apos;en envoie (plus de %3 Mo)&#x202f;; Plugboard a cessé la lecture. %4</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 stopped answering %2 (nothing arrived for %n second(s)). %3</source>
        <translation>
            <numerusform>%1 a cessé de répondre à %2 (rien reçu pendant %n seconde). %3</numerusform>
            <numerusform>%1 a cessé de répondre à %2 (rien reçu pendant %n secondes). %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection to %1 for %2 failed: %3. Check the computer&apos;s date and any proxy that inspects HTTPS. %4</source>
        <translation>La connexion sécurisée à %1 pour %2 a échoué&#xa0;: %3. Vérifiez la date de l&apos;ordinateur et tout proxy qui inspecte le trafic HTTPS. %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before answering %2. %3</source>
        <translation>%1 a fermé la connexion avant de répondre à %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 for %2: %3. %4</source>
        <translation>Impossible de joindre %1 pour %2&#xa0;: %3. %4</translation>
    </message>
</context>
<context>
    <name>Plugboard::ResultPage</name>
    <message>
        <location filename="../core/oauth/resultpage.cpp" line="+45"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard is now connected as %1.</source>
        <translation>Plugboard est maintenant connecté en tant que %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab.</source>
        <translation>Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can close this tab and try again from Plugboard.</source>
        <translation>Vous pouvez fermer cet onglet et réessayer depuis Plugboard.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretBackend</name>
    <message>
        <location filename="../core/storage/secretbackend.cpp" line="+58"/>
        <source>Plugboard could not record where secrets are kept in %1. Check that the file and its folder are writable.</source>
        <translation>Plugboard n&apos;a pas pu enregistrer dans %1 l&apos;emplacement où sont conservés les secrets. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location filename="../core/storage/secretbackendcreate.cpp" line="+28"/>
        <source>%1 says secrets are kept in &quot;%2&quot;, which this version of Plugboard does not know. Update Plugboard, or set %3 to keyring or vault.</source>
        <translation>%1 indique que les secrets sont conservés dans «&#xa0;%2&#xa0;», ce que cette version de Plugboard ne connaît pas. Mettez Plugboard à jour, ou définissez %3 sur keyring ou vault.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretBackendCheck</name>
    <message>
        <location filename="../core/diagnosis/secretbackendcheck.cpp" line="+66"/>
        <source>Secret backend</source>
        <translation>Stockage des secrets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name a secret backend this version of Plugboard does not know.</source>
        <translation>Les paramètres désignent un stockage des secrets que cette version de Plugboard ne connaît pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the version of Plugboard that chose it, or choose the keyring or the vault again in the settings.</source>
        <translation>Utilisez la version de Plugboard qui l&apos;a choisi, ou choisissez à nouveau le trousseau ou le coffre dans les paramètres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keyring is chosen, but there is no D-Bus session bus to reach it.</source>
        <translation>Le trousseau est choisi, mais aucun bus de session D-Bus ne permet de l&apos;atteindre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Plugboard inside your desktop session (DBUS_SESSION_BUS_ADDRESS must lead to its bus), or keep secrets in the encrypted vault: plugboard-cli vault init.</source>
        <translation>Exécutez Plugboard dans votre session de bureau (DBUS_SESSION_BUS_ADDRESS doit mener à son bus), ou conservez les secrets dans le coffre chiffré&#xa0;: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KWallet (%1), over its own interface; whether the wallet is open is not checked.</source>
        <translation>KWallet (%1), via sa propre interface&#x202f;; l&apos;ouverture du portefeuille n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring is chosen, but nothing provides the Secret Service (org.freedesktop.secrets) on the session bus.</source>
        <translation>Le trousseau est choisi, mais rien ne fournit le Secret Service (org.freedesktop.secrets) sur le bus de session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a keyring (GNOME Keyring, KWallet, or KeePassXC with its Secret Service integration on), or keep secrets in the encrypted vault: plugboard-cli vault init.</source>
        <translation>Démarrez un trousseau (GNOME Keyring, KWallet, ou KeePassXC avec son intégration Secret Service activée), ou conservez les secrets dans le coffre chiffré&#xa0;: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 owns the Secret Service but does not answer as a keyring: %2.</source>
        <translation>%1 détient le Secret Service mais ne répond pas comme un trousseau&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart your keyring (log out and in again), then run diagnose again.</source>
        <translation>Redémarrez votre trousseau (fermez votre session puis rouvrez-la), puis exécutez à nouveau diagnose.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, reached over the Secret Service, has no default keyring yet.</source>
        <translation>%1, atteint via le Secret Service, n&apos;a pas encore de trousseau par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first secret Plugboard stores asks to create one: accept, or create a default keyring in your keyring&apos;s manager.</source>
        <translation>Le premier secret que Plugboard enregistre propose d&apos;en créer un&#xa0;: acceptez, ou créez un trousseau par défaut dans le gestionnaire de votre trousseau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is reachable; whether its default keyring is locked is unknown: %2.</source>
        <translation>%1 est accessible&#x202f;; impossible de savoir si son trousseau par défaut est verrouillé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Plugboard reports a locked keyring, unlock it in your keyring&apos;s manager.</source>
        <translation>Si Plugboard signale un trousseau verrouillé, déverrouillez-le dans le gestionnaire de votre trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is reachable, but its default keyring is locked.</source>
        <translation>%1 est accessible, mais son trousseau par défaut est verrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock it (log in again, or unlock it in your keyring&apos;s manager), then try again.</source>
        <translation>Déverrouillez-le (rouvrez votre session, ou déverrouillez-le dans le gestionnaire de votre trousseau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, over the Secret Service; the default keyring is unlocked.</source>
        <translation>%1, via le Secret Service&#x202f;; le trousseau par défaut est déverrouillé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted vault is chosen, but %1 does not exist.</source>
        <translation>Le coffre chiffré est choisi, mais %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the file from your backup, or create a vault: plugboard-cli vault init.</source>
        <translation>Restaurez le fichier depuis votre sauvegarde, ou créez un coffre&#xa0;: plugboard-cli vault init.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the vault file from your backup; Plugboard never writes over it.</source>
        <translation>Restaurez le fichier du coffre depuis votre sauvegarde&#x202f;; Plugboard ne l&apos;écrase jamais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted vault %1: it opens, and stays locked here (diagnose never asks for its passphrase).</source>
        <translation>Coffre chiffré %1&#xa0;: il s&apos;ouvre, et reste verrouillé ici (diagnose ne demande jamais sa phrase secrète).</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretJob</name>
    <message>
        <location filename="../core/storage/secretjob.cpp" line="+22"/>
        <source>Plugboard tried to use a secret without a name. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard a tenté d&apos;utiliser un secret sans nom. Il s&apos;agit d&apos;un bogue de Plugboard&#x202f;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugboard tried to store a secret containing a NUL character, which the keyring would cut off. This is a bug in Plugboard; please report it.</source>
        <translation>Plugboard a tenté d&apos;enregistrer un secret contenant un caractère NUL, où le trousseau de clés le tronquerait. Il s&apos;agit d&apos;un bogue de Plugboard&#x202f;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret store was closed before it could finish. Try again.</source>
        <translation>Le stockage des secrets a été fermé avant la fin de l&apos;opération. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretKeyIndex</name>
    <message>
        <location filename="../core/storage/secretkeyindex.cpp" line="+53"/>
        <source>Plugboard could not update its list of saved secrets in %1. Check that the file and its folder are writable, and try again.</source>
        <translation>Plugboard n&apos;a pas pu mettre à jour sa liste de secrets enregistrés dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretLineEdit</name>
    <message>
        <location filename="../ui/secretlineedit.cpp" line="+23"/>
        <location line="+33"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation>Masquer le secret</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretStore</name>
    <message>
        <location filename="../core/storage/secretstore.cpp" line="+134"/>
        <source>Plugboard saved the sign-in of %1, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Plugboard a enregistré l&apos;authentification de %1, mais le trousseau de clés n&apos;a rien renvoyé&#xa0;: il est probablement verrouillé. Déverrouillez votre trousseau de clés et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app credentials of %1 are saved, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Les identifiants d&apos;application de %1 sont enregistrés, mais le trousseau de clés n&apos;a rien renvoyé&#xa0;: il est probablement verrouillé. Déverrouillez votre trousseau de clés et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard saved the secret %1, but the keyring returned nothing: it is probably locked. Unlock your keyring and try again.</source>
        <translation>Plugboard a enregistré le secret %1, mais le trousseau de clés n&apos;a rien renvoyé&#xa0;: il est probablement verrouillé. Déverrouillez votre trousseau de clés et réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SecretsSettingsPage</name>
    <message>
        <location filename="../ui/secretssettingspage.cpp" line="+26"/>
        <source>Set &amp;up an encrypted vault…</source>
        <translation>Config&amp;urer un coffre chiffré…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring</source>
        <translation>Le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted vault</source>
        <translation>Le coffre chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep secrets in:</source>
        <translation>&amp;Conserver les secrets dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>S&amp;ecrets</source>
        <translation>S&amp;ecrets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring unlocks with your login. The vault is one file locked by a passphrase Plugboard asks for once per session; use it where there is no keyring.</source>
        <translation>Le trousseau se déverrouille avec votre session. Le coffre est un fichier unique verrouillé par une phrase secrète que Plugboard demande une fois par session&#x202f;; utilisez-le là où il n&apos;y a pas de trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyring unlocks with your login. Where there is no keyring, set up an encrypted vault: Plugboard moves your secrets into one file locked by a passphrase you choose.</source>
        <translation>Le trousseau se déverrouille avec votre session. Là où il n&apos;y a pas de trousseau, configurez un coffre chiffré&#xa0;: Plugboard déplace vos secrets dans un fichier unique verrouillé par une phrase secrète de votre choix.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use the encrypted vault from now on?

Plugboard moves nothing: secrets saved in the keyring stay there, unused, and connections whose secrets are only there need to be connected again.</source>
        <translation>Utiliser désormais le coffre chiffré&#x202f;?

Plugboard ne déplace rien&#xa0;: les secrets enregistrés dans le trousseau y restent, inutilisés, et les connexions dont les secrets ne se trouvent que là devront être reconnectées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the keyring from now on?

Plugboard moves nothing: the vault keeps what it holds, unused, and connections whose secrets are only there need to be connected again.</source>
        <translation>Utiliser désormais le trousseau&#x202f;?

Plugboard ne déplace rien&#xa0;: le coffre conserve son contenu, inutilisé, et les connexions dont les secrets ne se trouvent que là devront être reconnectées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change where secrets are kept?</source>
        <translation>Changer l&apos;emplacement des secrets&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
</context>
<context>
    <name>Plugboard::ServerDialog</name>
    <message>
        <location filename="../ui/serverdialog.cpp" line="+22"/>
        <source>Add a self-hosted server</source>
        <translation>Ajouter un serveur auto-hébergé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add server</source>
        <translation>Ajouter le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of server:</source>
        <translation>Type de serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugboard connects to servers you or your organisation host. Pick the kind of server and say where it is.</source>
        <translation>Plugboard se connecte aux serveurs hébergés par vous ou votre organisation. Choisissez le type de serveur et indiquez son adresse.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Plugboard registers itself with the server: you can connect right after.</source>
        <translation>Plugboard s&apos;enregistre lui-même auprès du serveur&#xa0;: vous pouvez vous connecter juste après.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next you register Plugboard as an app on the server, as its page for applications explains.</source>
        <translation>Vous enregistrerez ensuite Plugboard comme application sur le serveur, comme l&apos;explique sa page des applications.</translation>
    </message>
</context>
<context>
    <name>Plugboard::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Plugboard::SettingsRegistry</name>
    <message>
        <location filename="../core/settings/settingsregistry.cpp" line="+24"/>
        <source>Start Plugboard in the tray when you log in (an autostart entry)</source>
        <translation>Démarrer Plugboard dans la zone de notification à l&apos;ouverture de session (une entrée de démarrage automatique)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a notification when a connection needs you</source>
        <translation>Afficher une notification quand une connexion requiert votre intervention</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no encrypted vault yet. Run `plugboard-cli vault init --move` to create one and move your secrets into it (or File ▸ Keep secrets in an encrypted vault… in the window).</source>
        <translation>Il n&apos;y a pas encore de coffre chiffré. Exécutez `plugboard-cli vault init --move` pour en créer un et y déplacer vos secrets (ou Fichier ▸ Garder les secrets dans un coffre chiffré… dans la fenêtre).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where secrets are kept: the system keyring or the encrypted vault</source>
        <translation>Emplacement des secrets&#xa0;: le trousseau du système ou le coffre chiffré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plugboard uses the vault %1 now. Secrets saved in the keyring stay there, unused; connections whose secrets are only there need to be connected again.</source>
        <translation>Plugboard utilise désormais le coffre %1. Les secrets enregistrés dans le trousseau y restent, inutilisés&#x202f;; les connexions dont les secrets ne se trouvent que là devront être reconnectées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard uses the keyring now. The vault %1 keeps what it holds, unused; connections whose secrets are only there need to be connected again.</source>
        <translation>Plugboard utilise désormais le trousseau. Le coffre %1 conserve son contenu, inutilisé&#x202f;; les connexions dont les secrets ne se trouvent que là devront être reconnectées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which proxy requests go through (with USER@ before the host, its password is set with proxy-password)</source>
        <translation>Par quel proxy passent les requêtes (avec USER@ avant l’hôte, son mot de passe se règle avec proxy-password)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;existe pas. Les paramètres sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a value of %2. Use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de %2. Utilisez l&apos;une des suivantes&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Plugboard::StatusBadge</name>
    <message>
        <location filename="../ui/statusbadge.cpp" line="+46"/>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenHandout</name>
    <message>
        <location filename="../app/dbus/tokenhandout.cpp" line="+34"/>
        <source>There is no connection &quot;%1&quot;. ListConnections names them.</source>
        <translation>Il n&apos;existe aucune connexion &quot;%1&quot;. ListConnections les énumère.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenProxyField</name>
    <message>
        <location filename="../ui/tokenproxyfield.cpp" line="+17"/>
        <source>Token-exchange proxy</source>
        <translation>Proxy d&apos;échange de jetons</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;Not a proxy address.&lt;/b&gt; Enter an https:// address (http:// only for 127.0.0.1 or localhost).</source>
        <translation>&lt;b&gt;Ce n&apos;est pas une adresse de proxy.&lt;/b&gt; Saisissez une adresse https:// (http:// uniquement pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your team&apos;s server holds the client secret: Plugboard neither asks for it nor sends it, for signing in and for renewals.</source>
        <translation>Le serveur de votre équipe conserve le secret client&#xa0;: Plugboard ne le demande ni ne l&apos;envoie, ni pour la connexion ni pour les renouvellements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional. Only if your team keeps the client secret on its own token-exchange server; then leave the client secret empty.</source>
        <translation>Facultatif. Uniquement si votre équipe conserve le secret client sur son propre serveur d&apos;échange de jetons&#xa0;; laissez alors le secret client vide.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRefreshRequest</name>
    <message>
        <location filename="../core/oauth/tokenrefreshrequest.cpp" line="+71"/>
        <source>the token renewal</source>
        <translation>la demande de renouvellement du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard will try again.</source>
        <translation>Plugboard réessaiera.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1&apos;s token-exchange proxy (%2)</source>
        <translation>proxy d&apos;échange de jetons de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenResponseParser</name>
    <message>
        <location filename="../core/oauth/tokenresponseparser.cpp" line="+52"/>
        <source>%1 answered the token request with %2 (HTTP %3). Try again later; if it keeps happening, check the platform&apos;s status page.</source>
        <translation>%1 a répondu à la demande de jeton par %2 (HTTP %3). Réessayez plus tard&#x202f;; si le problème persiste, consultez la page d&apos;état de la plateforme.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a token lifetime (expires_in) that is not a number of seconds</source>
        <translation>une durée de validité du jeton (expires_in) qui n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a %1 longer than any platform issues (over %2 KB)</source>
        <translation>un champ %1 plus long que ce que délivre toute plateforme (plus de %2 Ko)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 issued a token of type &quot;%2&quot;, which Plugboard cannot use: only bearer tokens work. Check the app&apos;s settings at %1.</source>
        <translation>%1 a délivré un jeton de type «&#xa0;%2&#xa0;», que Plugboard ne peut pas utiliser&#xa0;: seuls les jetons de type Bearer fonctionnent. Vérifiez les paramètres de l&apos;application sur %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>malformed JSON</source>
        <translation>un JSON mal formé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable answer</source>
        <translation>une réponse illisible</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no access token</source>
        <translation>une réponse sans jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenRevocation</name>
    <message>
        <location filename="../core/oauth/tokenrevocation.cpp" line="+152"/>
        <source>Plugboard forgot the tokens here; to cut access, remove the app at %1.</source>
        <translation>Plugboard a oublié les jetons ici&#x202f;; pour retirer l&apos;accès, supprimez l&apos;application sur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the revocation</source>
        <translation>la demande de révocation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not revoke at %1: HTTP %2. %3</source>
        <translation>Impossible de révoquer auprès de %1&#xa0;: HTTP %2. %3</translation>
    </message>
</context>
<context>
    <name>Plugboard::TokenSet</name>
    <message>
        <location filename="../core/storage/tokenset.cpp" line="+30"/>
        <source>The saved sign-in of this connection is damaged (%1). Reconnect the account to replace it.</source>
        <translation>L&apos;authentification enregistrée de cette connexion est endommagée (%1). Reconnectez le compte pour la remplacer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has the wrong type</source>
        <translation>&quot;%1&quot; n&apos;a pas le bon type</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The saved sign-in of this connection was written by a newer Plugboard (format %1; this version reads format %2). Update Plugboard, or reconnect the account to replace it.</source>
        <translation>L&apos;authentification enregistrée de cette connexion a été écrite par une version plus récente de Plugboard (format %1&#x202f;; cette version lit le format %2). Mettez Plugboard à jour, ou reconnectez le compte pour la remplacer.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no access token</source>
        <translation>aucun jeton d&apos;accès</translation>
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
        <translation>%1 vous demande de vous reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer accepts the saved sign-in. Choose Reconnect to keep it working.</source>
        <translation>%1 n&apos;accepte plus l&apos;authentification enregistrée. Choisissez «&#xa0;Reconnecter&#xa0;» pour que la connexion continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expires soon</source>
        <translation>%1 expire bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be refreshed automatically. Reconnect before it runs out.</source>
        <translation>Elle ne peut pas être renouvelée automatiquement. Reconnectez-vous avant son expiration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not working properly</source>
        <translation>%1 ne fonctionne pas correctement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last check failed. Plugboard will try again.</source>
        <translation>La dernière vérification a échoué. Plugboard réessaiera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a problem</source>
        <translation>%1 rencontre un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Plugboard to see what went wrong.</source>
        <translation>Ouvrez Plugboard pour voir ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>Plugboard::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+23"/>
        <source>Check all now</source>
        <translation>Tout vérifier maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Plugboard</source>
        <translation>Ouvrir Plugboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: no connections yet</source>
        <translation>Plugboard&#xa0;: aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard: %1</source>
        <translation>Plugboard&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
</context>
<context>
    <name>Plugboard::ValidTokenJob</name>
    <message>
        <location filename="../core/lifecycle/validtokenjob.cpp" line="+29"/>
        <source>&quot;%1&quot; is not a connection id (platform/account).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de connexion (plateforme/compte).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs you to sign in again. Reconnect it.</source>
        <translation>%1 vous demande de vous connecter à nouveau. Reconnectez-la.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plugboard is shutting down.</source>
        <translation>Plugboard est en cours d&apos;arrêt.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultFile</name>
    <message>
        <location filename="../core/storage/vaultfile.cpp" line="+60"/>
        <source>Plugboard is set to keep secrets in the vault %1, but there is no such file. Run `plugboard-cli vault init` to create one, or put the file back.</source>
        <translation>Plugboard est configuré pour conserver les secrets dans le coffre %1, mais ce fichier n&apos;existe pas. Exécutez `plugboard-cli vault init` pour en créer un, ou remettez le fichier en place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is far larger than a vault can be. Plugboard did not change it.</source>
        <translation>%1 est bien plus volumineux qu&apos;un coffre ne peut l&apos;être. Plugboard ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard could not read the vault %1: %2.</source>
        <translation>Plugboard n&apos;a pas pu lire le coffre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was made by a newer Plugboard. Update Plugboard to open it.</source>
        <translation>%1 a été créé par une version plus récente de Plugboard. Mettez Plugboard à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 opened, but what it holds is not a Plugboard vault. Plugboard did not change it.</source>
        <translation>%1 a pu être ouvert, mais son contenu n&apos;est pas un coffre Plugboard. Plugboard ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plugboard could not write the vault %1: %2. The previous contents are unchanged.</source>
        <translation>Plugboard n&apos;a pas pu écrire le coffre %1&#xa0;: %2. Le contenu précédent est inchangé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plugboard could not create the folder of the vault %1.</source>
        <translation>Plugboard n&apos;a pas pu créer le dossier du coffre %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another Plugboard process has been writing the vault %1 for more than %2 s. Try again in a moment.</source>
        <translation>Un autre processus Plugboard écrit dans le coffre %1 depuis plus de %2 s. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugboard could not create the lock file of the vault %1. Check the folder&apos;s permissions.</source>
        <translation>Plugboard n&apos;a pas pu créer le fichier de verrou du coffre %1. Vérifiez les droits d&apos;accès du dossier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is a vault at %1 already. Plugboard did not change it.</source>
        <translation>Un coffre existe déjà à l&apos;emplacement %1. Plugboard ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte pour le coffre %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another Plugboard process changed the passphrase of %1 meanwhile. Nothing was changed; try again.</source>
        <translation>Un autre processus Plugboard a changé entre-temps la phrase secrète de %1. Rien n&apos;a été modifié&#x202f;; réessayez.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultFlow</name>
    <message>
        <location filename="../app/gui/vaultflow.cpp" line="+38"/>
        <source>Keep secrets in an encrypted vault</source>
        <translation>Garder les secrets dans un coffre chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugboard will keep every token, app credential and API key in one file, %1, encrypted with a passphrase you choose, instead of in the keyring, and move what it saved in the keyring there. Plugboard asks for the passphrase once per session. Use it where there is no keyring; where there is one, the keyring protects your secrets with your login.</source>
        <translation>Plugboard gardera alors chaque jeton, identifiant d&apos;application et clé d&apos;API dans un seul fichier, %1, chiffré avec une phrase secrète de votre choix au lieu du trousseau, et y déplacera ce qu&apos;il a enregistré dans le trousseau. Plugboard demande la phrase secrète une fois par session. Utilisez-le là où il n&apos;y a pas de trousseau&#xa0;; là où il y en a un, le trousseau protège vos secrets avec votre ouverture de session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a passphrase…</source>
        <translation>Choisir une phrase secrète…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moving your secrets into the vault…</source>
        <translation>Déplacement de vos secrets dans le coffre…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Your secrets are in the encrypted vault now (%n moved from the keyring).</source>
        <translation>
            <numerusform>Vos secrets sont maintenant dans le coffre chiffré (%n déplacé depuis le trousseau).</numerusform>
            <numerusform>Vos secrets sont maintenant dans le coffre chiffré (%n déplacés depuis le trousseau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultSecretStore</name>
    <message>
        <location filename="../core/storage/vaultsecretstore.cpp" line="+73"/>
        <source>Plugboard needs the passphrase of the vault %1, but has no way to ask for it here.</source>
        <translation>Plugboard a besoin de la phrase secrète du coffre %1, mais n&apos;a ici aucun moyen de la demander.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Wrong passphrase for the vault %1. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte pour le coffre %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The vault %1 is unlocked and holds nothing for %2.</source>
        <translation>Le coffre %1 est déverrouillé et ne contient rien pour %2.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultSetup</name>
    <message>
        <location filename="../core/storage/vaultsetup.cpp" line="+31"/>
        <source>There is a vault at %1 already. Plugboard did not change it.</source>
        <translation>Il existe déjà un coffre à %1. Plugboard ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Nothing was moved and no vault was created.</source>
        <translation>%1 Rien n&apos;a été déplacé et aucun coffre n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The vault holds the secrets now, but deleting them from the keyring failed: %1 Delete Plugboard&apos;s entries there by hand.</source>
        <translation>Le coffre contient maintenant les secrets, mais leur suppression du trousseau a échoué&#xa0;: %1 Supprimez à la main les entrées de Plugboard dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Plugboard::VersionsCheck</name>
    <message>
        <location filename="../core/diagnosis/versionscheck.cpp" line="+40"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qt %1 (built with %2), QtKeychain %3, %4 (built with %5).</source>
        <translation>Qt %1 (compilé avec %2), QtKeychain %3, %4 (compilé avec %5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Qt libraries are older than the ones Plugboard was built with: update them (sudo apt upgrade) or reinstall Plugboard&apos;s package.</source>
        <translation>Les bibliothèques Qt sont plus anciennes que celles avec lesquelles Plugboard a été compilé&#xa0;: mettez-les à jour (sudo apt upgrade) ou réinstallez le paquet de Plugboard.</translation>
    </message>
</context>
<context>
    <name>Plugboard::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="+18"/>
        <source>Welcome to Plugboard</source>
        <translation>Bienvenue dans Plugboard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plugboard keeps your sign-ins to online platforms in your system keyring and hands working tokens to the programs you allow. To start, pick a platform and set up its app credentials: you register Plugboard as an app with the platform once, then connect your account.</source>
        <translation>Plugboard conserve vos connexions aux plateformes en ligne dans le trousseau de clés de votre système et fournit des jetons valides aux programmes que vous autorisez. Pour commencer, choisissez une plateforme et configurez ses identifiants d&apos;application&#xa0;: vous enregistrez une fois Plugboard comme application auprès de la plateforme, puis vous connectez votre compte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Why do I need to register an app?</source>
        <translation>Pourquoi dois-je enregistrer une application&#x202f;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set up %1…</source>
        <translation>Configurer %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add custom provider…</source>
        <translation>Ajouter un fournisseur personnalisé…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>Plugboard keeps your connections to online platforms working, with every secret in your system keyring.</source>
        <translation>Plugboard maintient vos connexions aux plateformes en ligne en état de marche, avec chaque secret dans le trousseau de clés de votre système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts in the system tray.</source>
        <translation>Démarre dans la zone de notification.</translation>
    </message>
</context>
</TS>

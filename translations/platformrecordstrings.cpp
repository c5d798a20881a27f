// Generated from resources/platforms/*.json and resources/templates/*.json by
// translations/recordstrings.cmake.
// Do not edit: after changing a record, run the `update_record_strings` target
// (then `update_translations`, which also runs it).
//
// lupdate reads this file so that the help steps, credential labels and hints
// and scope descriptions of the shipped records reach the .ts files;
// Plugboard::translatedTexts() looks them up when a shipped record loads.

#include "platformrecordstrings.h"

#include <QtGlobal>

namespace Plugboard {

const char* const kPlatformRecordStrings[] = {
    // atlassian.json
    //: Step 1 of registering an app on Atlassian. The names of Atlassian's menus and buttons stay in English, as on Atlassian's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Atlassian developer console, choose Create > OAuth 2.0 integration."),
    //: Step 2 of registering an app on Atlassian. The names of Atlassian's menus and buttons stay in English, as on Atlassian's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under Permissions, add User identity API plus the Jira or Confluence APIs and scopes you plan to use."),
    //: Step 3 of registering an app on Atlassian. The names of Atlassian's menus and buttons stay in English, as on Atlassian's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under Authorization, add OAuth 2.0 (3LO) with the exact callback URL Plugboard shows."),
    //: Step 4 of registering an app on Atlassian. The names of Atlassian's menus and buttons stay in English, as on Atlassian's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under Settings, copy the client ID and secret into Plugboard."),
    //: Label of a field in the Atlassian credential form, in Atlassian's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Client ID"),
    //: Hint under the "Client ID" field of the Atlassian credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the app's Settings page."),
    //: Label of a field in the Atlassian credential form, in Atlassian's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Secret"),
    //: Hint under the "Secret" field of the Atlassian credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the app's Settings page. Plugboard keeps it in the system keyring."),
    //: What the Atlassian permission "read:me" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your Atlassian account profile"),
    //: What the Atlassian permission "offline_access" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Stay connected when you are not using Plugboard"),
    //: What the Atlassian permission "read:jira-user" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read Jira user information"),
    //: What the Atlassian permission "read:jira-work" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read Jira projects and issues"),
    //: What the Atlassian permission "write:jira-work" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Create and edit Jira issues"),
    //: What the Atlassian permission "read:confluence-content.summary" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read summaries of Confluence pages"),

    // bitbucket.json
    //: Step 1 of registering an app on Bitbucket. The names of Bitbucket's menus and buttons stay in English, as on Bitbucket's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On your Atlassian account's Security page, choose Create API token with scopes."),
    //: Step 2 of registering an app on Bitbucket. The names of Bitbucket's menus and buttons stay in English, as on Bitbucket's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Name it, set an expiry, choose Bitbucket as the app and select read:user:bitbucket plus what your tools need."),
    //: Step 3 of registering an app on Bitbucket. The names of Bitbucket's menus and buttons stay in English, as on Bitbucket's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the token into Plugboard, with the email address of your Atlassian account."),
    //: Label of a field in the Bitbucket credential form, in Bitbucket's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Atlassian account email"),
    //: Hint under the "Atlassian account email" field of the Bitbucket credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Bitbucket takes the token together with the email you sign in with."),
    //: Label of a field in the Bitbucket credential form, in Bitbucket's words
    QT_TRANSLATE_NOOP("PlatformRecord", "API token"),
    //: Hint under the "API token" field of the Bitbucket credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "An Atlassian API token with Bitbucket scopes, including read:user:bitbucket."),

    // cloudflare.json
    //: Step 1 of registering an app on Cloudflare. The names of Cloudflare's menus and buttons stay in English, as on Cloudflare's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Cloudflare dashboard, open My Profile, then API Tokens, and choose Create Token."),
    //: Step 2 of registering an app on Cloudflare. The names of Cloudflare's menus and buttons stay in English, as on Cloudflare's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Start from a template or a custom token and give it only the permissions and zones your tools need."),
    //: Step 3 of registering an app on Cloudflare. The names of Cloudflare's menus and buttons stay in English, as on Cloudflare's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Create it and copy the token into Plugboard; Cloudflare shows it only once. The connection is named after the token's ID."),
    //: Hint under the "API token" field of the Cloudflare credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "An API token, not the Global API Key."),

    // digitalocean.json
    //: Step 1 of registering an app on DigitalOcean. The names of DigitalOcean's menus and buttons stay in English, as on DigitalOcean's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the DigitalOcean control panel, open API, then Tokens, and choose Generate New Token."),
    //: Step 2 of registering an app on DigitalOcean. The names of DigitalOcean's menus and buttons stay in English, as on DigitalOcean's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Give it a name and an expiry, and choose Custom Scopes with at least account:read (or Read Only)."),
    //: Step 3 of registering an app on DigitalOcean. The names of DigitalOcean's menus and buttons stay in English, as on DigitalOcean's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Generate it and copy the token (it starts with dop_v1_) into Plugboard; DigitalOcean shows it only once."),
    //: Label of a field in the DigitalOcean credential form, in DigitalOcean's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Personal access token"),
    //: Hint under the "Personal access token" field of the DigitalOcean credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Needs at least the account:read scope; it starts with dop_v1_."),

    // discord.json
    //: Step 1 of registering an app on Discord. The names of Discord's menus and buttons stay in English, as on Discord's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Discord developer portal, choose New Application."),
    //: Step 2 of registering an app on Discord. The names of Discord's menus and buttons stay in English, as on Discord's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Open OAuth2 and add the exact redirect URI Plugboard shows, including the port."),
    //: Step 3 of registering an app on Discord. The names of Discord's menus and buttons stay in English, as on Discord's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Choose Reset Secret to get a client secret."),
    //: Step 4 of registering an app on Discord. The names of Discord's menus and buttons stay in English, as on Discord's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the client ID and client secret into Plugboard."),
    //: Hint under the "Client ID" field of the Discord credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the application's OAuth2 page."),
    //: Label of a field in the Discord credential form, in Discord's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Client Secret"),
    //: Hint under the "Client Secret" field of the Discord credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Generated on the app's page. Plugboard keeps it in the system keyring."),
    //: What the Discord permission "identify" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your username and avatar"),
    //: What the Discord permission "email" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your email address"),
    //: What the Discord permission "guilds" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See the servers you are in"),
    //: What the Discord permission "connections" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See accounts linked to your Discord account"),

    // dropbox.json
    //: Step 1 of registering an app on Dropbox. The names of Dropbox's menus and buttons stay in English, as on Dropbox's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Dropbox App Console, choose Create app with Scoped access."),
    //: Step 2 of registering an app on Dropbox. The names of Dropbox's menus and buttons stay in English, as on Dropbox's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On the Permissions tab, tick the scopes you plan to use and submit."),
    //: Step 3 of registering an app on Dropbox. The names of Dropbox's menus and buttons stay in English, as on Dropbox's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On the Settings tab, add the exact redirect URI Plugboard shows, including the port."),
    //: Step 4 of registering an app on Dropbox. The names of Dropbox's menus and buttons stay in English, as on Dropbox's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the app key into Plugboard. No secret is needed."),
    //: Label of a field in the Dropbox credential form, in Dropbox's words
    QT_TRANSLATE_NOOP("PlatformRecord", "App key"),
    //: Hint under the "App key" field of the Dropbox credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the app's Settings tab."),
    //: What the Dropbox permission "account_info.read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your account name and email"),
    //: What the Dropbox permission "files.metadata.read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "List your files and folders"),
    //: What the Dropbox permission "files.content.read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read the contents of your files"),
    //: What the Dropbox permission "files.content.write" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Create and change your files"),
    //: What the Dropbox permission "sharing.read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your sharing settings"),

    // github.json
    //: Step 1 of registering an app on GitHub. The names of GitHub's menus and buttons stay in English, as on GitHub's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Open Settings > Developer settings > OAuth Apps and choose New OAuth App."),
    //: Step 2 of registering an app on GitHub. The names of GitHub's menus and buttons stay in English, as on GitHub's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Set the authorization callback URL to the redirect URI Plugboard shows. GitHub accepts any port on 127.0.0.1."),
    //: Step 3 of registering an app on GitHub. The names of GitHub's menus and buttons stay in English, as on GitHub's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Register the app, then choose Generate a new client secret."),
    //: Step 4 of registering an app on GitHub. The names of GitHub's menus and buttons stay in English, as on GitHub's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the client ID and the client secret into Plugboard."),
    //: Hint under the "Client ID" field of the GitHub credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the app's page after you register it."),
    //: What the GitHub permission "read:user" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your profile"),
    //: What the GitHub permission "user:email" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your email addresses"),
    //: What the GitHub permission "repo" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Full access to your public and private repositories"),
    //: What the GitHub permission "public_repo" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Access to your public repositories"),
    //: What the GitHub permission "gist" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Create and edit your gists"),
    //: What the GitHub permission "workflow" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Update GitHub Actions workflow files"),

    // gitlab-token.json
    //: Step 1 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)'s menus and buttons stay in English, as on GitLab (personal access token)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In GitLab, open Preferences, then Access tokens, and choose Add new token."),
    //: Step 2 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)'s menus and buttons stay in English, as on GitLab (personal access token)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Give it a name and an expiry date, and select read_user (add api or read_api only if your tools need them)."),
    //: Step 3 of registering an app on GitLab (personal access token). The names of GitLab (personal access token)'s menus and buttons stay in English, as on GitLab (personal access token)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Create it and copy the token (it starts with glpat-) into Plugboard; GitLab shows it only once."),
    //: Hint under the "Personal access token" field of the GitLab (personal access token) credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Needs at least the read_user scope; it starts with glpat-."),

    // gitlab.json
    //: Step 1 of registering an app on GitLab. The names of GitLab's menus and buttons stay in English, as on GitLab's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Open User settings > Applications on GitLab.com and choose Add new application."),
    //: Step 2 of registering an app on GitLab. The names of GitLab's menus and buttons stay in English, as on GitLab's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Set the redirect URI to the one Plugboard shows and tick the scopes you plan to use."),
    //: Step 3 of registering an app on GitLab. The names of GitLab's menus and buttons stay in English, as on GitLab's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Clear Confidential to use the app without a secret, or keep it and copy the secret too."),
    //: Step 4 of registering an app on GitLab. The names of GitLab's menus and buttons stay in English, as on GitLab's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Save the application and copy the application ID into Plugboard."),
    //: Label of a field in the GitLab credential form, in GitLab's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Application ID"),
    //: Hint under the "Application ID" field of the GitLab credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "The application ID shown after you save the application."),
    //: Hint under the "Secret" field of the GitLab credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Only needed when the application is marked Confidential."),
    //: What the GitLab permission "read_api" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read access to the API, including groups and projects"),
    //: What the GitLab permission "read_repository" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your repositories over Git and the API"),
    //: What the GitLab permission "write_repository" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Push to your repositories over Git"),
    //: What the GitLab permission "api" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Full read and write access to the API"),

    // google.json
    //: Step 1 of registering an app on Google. The names of Google's menus and buttons stay in English, as on Google's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In Google Cloud Console, pick or create a project and configure the OAuth consent screen."),
    //: Step 2 of registering an app on Google. The names of Google's menus and buttons stay in English, as on Google's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Enable the YouTube Data API v3 if you plan to use the YouTube scopes."),
    //: Step 3 of registering an app on Google. The names of Google's menus and buttons stay in English, as on Google's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under Credentials, create an OAuth client ID of type Desktop app. Desktop clients accept any 127.0.0.1 port, so no redirect URI needs to be entered."),
    //: Hint under the "Client Secret" field of the Google credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown with the Desktop app client. Plugboard keeps it in the system keyring."),
    //: What the Google permission "openid" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Confirm which Google account signed in"),
    //: What the Google permission "profile" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your name and profile picture"),
    //: What the Google permission "https://www.googleapis.com/auth/youtube.readonly" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "View your YouTube account"),
    //: What the Google permission "https://www.googleapis.com/auth/youtube" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Manage your YouTube account"),
    //: Why Google ends sign-ins early and what lifts the limit, shown after the warning on a connection's card
    QT_TRANSLATE_NOOP("PlatformRecord", "Apps whose OAuth consent screen is in Testing get 7-day refresh tokens; publishing the app lifts the limit."),

    // huggingface.json
    //: Step 1 of registering an app on Hugging Face. The names of Hugging Face's menus and buttons stay in English, as on Hugging Face's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On Hugging Face's Access Tokens page, choose Create new token."),
    //: Step 2 of registering an app on Hugging Face. The names of Hugging Face's menus and buttons stay in English, as on Hugging Face's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Pick Read for downloading models and datasets, or Fine-grained to limit it to the repositories you choose."),
    //: Step 3 of registering an app on Hugging Face. The names of Hugging Face's menus and buttons stay in English, as on Hugging Face's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the token (it starts with hf_) into Plugboard; Hugging Face shows it only once."),
    //: Label of a field in the Hugging Face credential form, in Hugging Face's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Access token"),
    //: Hint under the "Access token" field of the Hugging Face credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "A read or fine-grained token; it starts with hf_."),

    // microsoft.json
    //: Step 1 of registering an app on Microsoft. The names of Microsoft's menus and buttons stay in English, as on Microsoft's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Microsoft Entra admin center, open App registrations and choose New registration."),
    //: Step 2 of registering an app on Microsoft. The names of Microsoft's menus and buttons stay in English, as on Microsoft's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under supported account types, pick any organizational directory and personal Microsoft accounts."),
    //: Step 3 of registering an app on Microsoft. The names of Microsoft's menus and buttons stay in English, as on Microsoft's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add a Mobile and desktop applications platform with the redirect URI Plugboard shows; the port is ignored for localhost."),
    //: Step 4 of registering an app on Microsoft. The names of Microsoft's menus and buttons stay in English, as on Microsoft's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the Application (client) ID into Plugboard. No secret is needed."),
    //: Label of a field in the Microsoft credential form, in Microsoft's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Application (client) ID"),
    //: Hint under the "Application (client) ID" field of the Microsoft credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the app registration's Overview page."),
    //: What the Microsoft permission "openid" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Sign you in"),
    //: What the Microsoft permission "profile" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your basic profile"),
    //: What the Microsoft permission "User.Read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your Microsoft account profile"),
    //: What the Microsoft permission "Files.Read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your OneDrive files"),

    // notion-integration.json
    //: Step 1 of registering an app on Notion (internal integration). The names of Notion (internal integration)'s menus and buttons stay in English, as on Notion (internal integration)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On Notion's integrations page, create a new integration of type Internal for your workspace."),
    //: Step 2 of registering an app on Notion (internal integration). The names of Notion (internal integration)'s menus and buttons stay in English, as on Notion (internal integration)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Choose the capabilities it needs (Read content is enough to look things up)."),
    //: Step 3 of registering an app on Notion (internal integration). The names of Notion (internal integration)'s menus and buttons stay in English, as on Notion (internal integration)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the Internal Integration Secret into Plugboard, then share the pages it may use with the integration in Notion."),
    //: Label of a field in the Notion (internal integration) credential form, in Notion (internal integration)'s words
    QT_TRANSLATE_NOOP("PlatformRecord", "Internal integration secret"),
    //: Hint under the "Internal integration secret" field of the Notion (internal integration) credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown on the integration's Configuration page."),

    // notion.json
    //: Step 1 of registering an app on Notion. The names of Notion's menus and buttons stay in English, as on Notion's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On Notion's integrations page, create a new integration and set its type to Public."),
    //: Step 2 of registering an app on Notion. The names of Notion's menus and buttons stay in English, as on Notion's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the exact redirect URI Plugboard shows and choose the capabilities it needs; Notion has no scopes to request."),
    //: Step 3 of registering an app on Notion. The names of Notion's menus and buttons stay in English, as on Notion's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Save, then copy the OAuth client ID and client secret into Plugboard."),
    //: Label of a field in the Notion credential form, in Notion's words
    QT_TRANSLATE_NOOP("PlatformRecord", "OAuth Client ID"),
    //: Label of a field in the Notion credential form, in Notion's words
    QT_TRANSLATE_NOOP("PlatformRecord", "OAuth Client Secret"),

    // slack.json
    //: Step 1 of registering an app on Slack. The names of Slack's menus and buttons stay in English, as on Slack's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On api.slack.com/apps, choose Create New App, then From scratch."),
    //: Step 2 of registering an app on Slack. The names of Slack's menus and buttons stay in English, as on Slack's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under OAuth & Permissions, add the user scopes openid, profile and email, and add the exact redirect URL Plugboard shows."),
    //: Step 3 of registering an app on Slack. The names of Slack's menus and buttons stay in English, as on Slack's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Turn on PKCE in the app settings; Slack accepts http://localhost redirects only for PKCE apps."),
    //: Step 4 of registering an app on Slack. The names of Slack's menus and buttons stay in English, as on Slack's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the client ID from Basic Information into Plugboard."),
    //: Hint under the "Client ID" field of the Slack credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown under App Credentials on the Basic Information page."),
    //: Hint under the "Client Secret" field of the Slack credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Leave empty when PKCE is on. Shown under App Credentials."),
    //: What the Slack permission "openid" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Confirm which Slack account signed in"),
    //: What the Slack permission "profile" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your name, picture and workspace"),

    // spotify.json
    //: Step 1 of registering an app on Spotify. The names of Spotify's menus and buttons stay in English, as on Spotify's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Spotify developer dashboard, choose Create app and tick Web API."),
    //: Step 2 of registering an app on Spotify. The names of Spotify's menus and buttons stay in English, as on Spotify's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the redirect URI Plugboard shows. Spotify rejects localhost; use 127.0.0.1, any port is accepted."),
    //: Step 3 of registering an app on Spotify. The names of Spotify's menus and buttons stay in English, as on Spotify's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Save, open Settings and copy the client ID into Plugboard. No secret is needed."),
    //: Hint under the "Client ID" field of the Spotify credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown in the app's Settings on the Spotify developer dashboard."),
    //: What the Spotify permission "user-read-private" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your profile and subscription details"),
    //: What the Spotify permission "playlist-read-private" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your private playlists"),
    //: What the Spotify permission "user-library-read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your saved tracks and albums"),
    //: What the Spotify permission "user-read-playback-state" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See what is playing on your devices"),
    //: What the Spotify permission "user-modify-playback-state" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Control playback on your devices"),

    // twitch.json
    //: Step 1 of registering an app on Twitch. The names of Twitch's menus and buttons stay in English, as on Twitch's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Twitch developer console, choose Register Your Application (two-factor authentication must be on)."),
    //: Step 2 of registering an app on Twitch. The names of Twitch's menus and buttons stay in English, as on Twitch's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the exact redirect URI Plugboard shows, including the port, and set the client type to Confidential."),
    //: Step 3 of registering an app on Twitch. The names of Twitch's menus and buttons stay in English, as on Twitch's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Choose Manage, then New Secret."),
    //: What the Twitch permission "user:read:follows" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See the channels you follow"),
    //: What the Twitch permission "user:read:subscriptions" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See your channel subscriptions"),
    //: What the Twitch permission "channel:read:subscriptions" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "See who subscribes to your channel"),
    //: What the Twitch permission "chat:read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read chat messages"),
    //: What the Twitch permission "chat:edit" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Send chat messages"),

    // vercel.json
    //: Step 1 of registering an app on Vercel. The names of Vercel's menus and buttons stay in English, as on Vercel's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In your Vercel account settings, open Tokens and choose Create."),
    //: Step 2 of registering an app on Vercel. The names of Vercel's menus and buttons stay in English, as on Vercel's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Name it, choose the scope (your account or one team) and an expiration date."),
    //: Step 3 of registering an app on Vercel. The names of Vercel's menus and buttons stay in English, as on Vercel's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Create it and copy the token into Plugboard; Vercel shows it only once."),
    //: Hint under the "Access token" field of the Vercel credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Created under Account Settings, Tokens."),

    // zoom.json
    //: Step 1 of registering an app on Zoom. The names of Zoom's menus and buttons stay in English, as on Zoom's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Zoom App Marketplace, choose Develop > Build App and create a General App with user-managed authorization."),
    //: Step 2 of registering an app on Zoom. The names of Zoom's menus and buttons stay in English, as on Zoom's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the redirect URI Plugboard shows to the OAuth redirect URL and the allow list. Zoom ignores the port on 127.0.0.1."),
    //: Step 3 of registering an app on Zoom. The names of Zoom's menus and buttons stay in English, as on Zoom's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Under Scopes, add the same scopes you will select in Plugboard."),
    //: Step 4 of registering an app on Zoom. The names of Zoom's menus and buttons stay in English, as on Zoom's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Copy the client ID and, unless the app uses public PKCE, the client secret into Plugboard."),
    //: Hint under the "Client ID" field of the Zoom credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown under App Credentials."),
    //: Hint under the "Client Secret" field of the Zoom credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown under App Credentials. Not needed for a public PKCE client."),
    //: What the Zoom permission "user:read:user" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your Zoom profile"),
    //: What the Zoom permission "meeting:read:list_meetings" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "List your meetings"),
    //: What the Zoom permission "meeting:write:meeting" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Create meetings for you"),
    //: What the Zoom permission "cloud_recording:read:list_user_recordings" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "List your cloud recordings"),

    // atlassian-site.json
    //: Step 1 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)'s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On your Atlassian account's Security page, choose Create API token."),
    //: Step 2 of registering an app on Atlassian site (Jira, Confluence). The names of Atlassian site (Jira, Confluence)'s menus and buttons stay in English, as on Atlassian site (Jira, Confluence)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Name it and set an expiry; the token acts with your own permissions on the site."),
    //: Hint under the "Atlassian account email" field of the Atlassian site (Jira, Confluence) credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Atlassian takes the token together with the email you sign in with."),
    //: Hint under the "API token" field of the Atlassian site (Jira, Confluence) credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "An Atlassian API token; it works on every site your account can use."),
    //: Label of a field in the Add self-hosted server dialog for Atlassian site (Jira, Confluence)
    QT_TRANSLATE_NOOP("PlatformRecord", "Site address"),
    //: Hint under the "Site address" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The address of your Jira or Confluence site."),

    // gitea.json
    //: Step 1 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo's menus and buttons stay in English, as on Gitea or Forgejo's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On your server, open Settings, then Applications, and create a new OAuth2 application."),
    //: Step 2 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo's menus and buttons stay in English, as on Gitea or Forgejo's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the exact redirect URI Plugboard shows; clear Confidential client if you keep no secret."),
    //: Step 3 of registering an app on Gitea or Forgejo. The names of Gitea or Forgejo's menus and buttons stay in English, as on Gitea or Forgejo's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Create it, then copy the Client ID (and the Client Secret, for a confidential client) into Plugboard."),
    //: Hint under the "Client ID" field of the Gitea or Forgejo credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Shown after you create the OAuth2 application."),
    //: Hint under the "Client Secret" field of the Gitea or Forgejo credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Only for a confidential client; Gitea shows it once."),
    //: Label of a field in the Add self-hosted server dialog for Gitea or Forgejo
    QT_TRANSLATE_NOOP("PlatformRecord", "Server address"),
    //: Hint under the "Server address" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The address you open your Gitea or Forgejo server at."),
    //: What the Gitea or Forgejo permission "profile" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your user name and profile"),

    // gitlab-self-managed.json
    //: Step 1 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)'s menus and buttons stay in English, as on GitLab (self-managed)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "On your GitLab server, open Preferences, then Applications, and add a new application (an administrator can add one for the whole server under Admin, then Applications)."),
    //: Step 2 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)'s menus and buttons stay in English, as on GitLab (self-managed)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Add the exact redirect URI Plugboard shows and select the scopes you want; clear Confidential if you keep no secret."),
    //: Step 3 of registering an app on GitLab (self-managed). The names of GitLab (self-managed)'s menus and buttons stay in English, as on GitLab (self-managed)'s English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Save, then copy the Application ID (and the Secret, if confidential) into Plugboard."),
    //: Hint under the "Server address" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The address you open your GitLab at."),

    // keycloak.json
    //: Step 1 of registering an app on Keycloak realm. The names of Keycloak realm's menus and buttons stay in English, as on Keycloak realm's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "In the Keycloak admin console, open the {realm} realm, then Clients, and create an OpenID Connect client."),
    //: Step 2 of registering an app on Keycloak realm. The names of Keycloak realm's menus and buttons stay in English, as on Keycloak realm's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Turn on Standard flow, add the exact redirect URI Plugboard shows under Valid redirect URIs, and set PKCE to S256 under Advanced."),
    //: Step 3 of registering an app on Keycloak realm. The names of Keycloak realm's menus and buttons stay in English, as on Keycloak realm's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Leave Client authentication off for a public client, or turn it on and copy the secret from the Credentials tab."),
    //: Hint under the "Client ID" field of the Keycloak realm credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "The client's ID as you named it in the realm."),
    //: Label of a field in the Keycloak realm credential form, in Keycloak realm's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Client secret"),
    //: Hint under the "Client secret" field of the Keycloak realm credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Only when Client authentication is on: the Credentials tab shows it."),
    //: Hint under the "Server address" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The address of your Keycloak server; include /auth for Keycloak 16 and older."),
    //: Label of a field in the Add self-hosted server dialog for Keycloak realm
    QT_TRANSLATE_NOOP("PlatformRecord", "Realm"),
    //: Hint under the "Realm" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The realm your account lives in, as the admin console names it."),
    //: What the Keycloak realm permission "profile" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your name and user name"),
    //: What the Keycloak realm permission "offline_access" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Stay connected after you sign out of the browser"),

    // mastodon.json
    //: Step 1 of registering an app on Mastodon. The names of Mastodon's menus and buttons stay in English, as on Mastodon's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Plugboard registers itself with your server when you add it: there is no app to set up by hand."),
    //: Step 2 of registering an app on Mastodon. The names of Mastodon's menus and buttons stay in English, as on Mastodon's English pages.
    QT_TRANSLATE_NOOP("PlatformRecord", "Choose Connect and approve Plugboard on your server's page; your server lists it under Authorized apps."),
    //: Label of a field in the Mastodon credential form, in Mastodon's words
    QT_TRANSLATE_NOOP("PlatformRecord", "Client key"),
    //: Hint under the "Client key" field of the Mastodon credential form
    QT_TRANSLATE_NOOP("PlatformRecord", "Plugboard received it from your server when it registered."),
    //: Hint under the "Server address" field of the Add self-hosted server dialog
    QT_TRANSLATE_NOOP("PlatformRecord", "The address of your Mastodon server, such as the one in your handle @you@server."),
    //: What the Mastodon permission "read" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Read your posts, timelines and lists"),
    //: What the Mastodon permission "write" allows, shown in the permission picker
    QT_TRANSLATE_NOOP("PlatformRecord", "Post and change things for you"),

    nullptr,
};

} // namespace Plugboard

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Plugboard::AuthorizationSession</name>
    <message numerus="yes">
        <location filename="../core/oauth/authorizationsession.cpp" line="+256"/>
        <location filename="../core/oauth/deviceauthorizationsession.cpp" line="+24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
</context>
<context>
    <name>Plugboard::Cli::DeviceSignIn</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/devicesignin.cpp" line="+47"/>
        <source>Waiting for approval; the code is valid for %n minute(s). Ctrl+C cancels.</source>
        <translation>
            <numerusform>Waiting for approval; the code is valid for %n minute. Ctrl+C cancels.</numerusform>
            <numerusform>Waiting for approval; the code is valid for %n minutes. Ctrl+C cancels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::VaultCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/vaultcommand.cpp" line="+151"/>
        <source>Plugboard saved %n secret(s) in the keyring. Run `plugboard-cli vault init --move` to move them into the vault (they are deleted from the keyring once the vault holds them), or `plugboard-cli vault init --keep-keyring` to start with an empty vault and leave them in the keyring, unused.</source>
        <translation>
            <numerusform>Plugboard saved %n secret in the keyring. Run `plugboard-cli vault init --move` to move it into the vault (it is deleted from the keyring once the vault holds it), or `plugboard-cli vault init --keep-keyring` to start with an empty vault and leave it in the keyring, unused.</numerusform>
            <numerusform>Plugboard saved %n secrets in the keyring. Run `plugboard-cli vault init --move` to move them into the vault (they are deleted from the keyring once the vault holds them), or `plugboard-cli vault init --keep-keyring` to start with an empty vault and leave them in the keyring, unused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Moved %n secret(s) from the keyring into the vault.</source>
        <translation>
            <numerusform>Moved %n secret from the keyring into the vault.</numerusform>
            <numerusform>Moved %n secrets from the keyring into the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::ConsentDialog</name>
    <message numerus="yes">
        <location filename="../ui/consentdialog.cpp" line="+236"/>
        <source>Refused automatically in %n s</source>
        <translation>
            <numerusform>Refused automatically in %n s</numerusform>
            <numerusform>Refused automatically in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::DesktopApplication</name>
    <message numerus="yes">
        <location filename="../app/gui/desktopapplication.cpp" line="+317"/>
        <source>Checking %n connection(s)…</source>
        <translation>
            <numerusform>Checking %n connection…</numerusform>
            <numerusform>Checking %n connections…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::GrantPresentation</name>
    <message numerus="yes">
        <location filename="../ui/grantpresentation.cpp" line="+38"/>
        <source>last used %1 · %n time(s)</source>
        <translation>
            <numerusform>last used %1 · %n time</numerusform>
            <numerusform>last used %1 · %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+213"/>
        <source>%n platform(s) available</source>
        <translation>
            <numerusform>%n platform available</numerusform>
            <numerusform>%n platforms available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::PassphraseDialog</name>
    <message numerus="yes">
        <location filename="../ui/passphrasedialog.cpp" line="+101"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
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
<context>
    <name>Plugboard::ReplyDeadline</name>
    <message numerus="yes">
        <location filename="../core/oauth/replydeadline.cpp" line="+67"/>
        <source>%1 did not finish answering %2 within %n second(s). %3</source>
        <translation>
            <numerusform>%1 did not finish answering %2 within %n second. %3</numerusform>
            <numerusform>%1 did not finish answering %2 within %n seconds. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 stopped answering %2 (nothing arrived for %n second(s)). %3</source>
        <translation>
            <numerusform>%1 stopped answering %2 (nothing arrived for %n second). %3</numerusform>
            <numerusform>%1 stopped answering %2 (nothing arrived for %n seconds). %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::VaultFlow</name>
    <message numerus="yes">
        <location filename="../app/gui/vaultflow.cpp" line="+67"/>
        <source>Your secrets are in the encrypted vault now (%n moved from the keyring).</source>
        <translation>
            <numerusform>Your secrets are in the encrypted vault now (%n moved from the keyring).</numerusform>
            <numerusform>Your secrets are in the encrypted vault now (%n moved from the keyring).</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Plugboard::ActivityDialog</name>
    <message numerus="yes">
        <location filename="../ui/activitydialog.cpp" line="+320"/>
        <source>Checked: %n entry(ies), unchanged.</source>
        <translation>
            <numerusform>Checked: %n entry, unchanged.</numerusform>
            <numerusform>Checked: %n entries, unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Note: %n entry(ies) wait to be signed; Plugboard signs them the next time it can read your secrets.</source>
        <translation>
            <numerusform>Note: %n entry waits to be signed; Plugboard signs it the next time it can read your secrets.</numerusform>
            <numerusform>Note: %n entries wait to be signed; Plugboard signs them the next time it can read your secrets.</numerusform>
        </translation>
    </message>
</context>
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
    <name>Plugboard::BackupConflictDialog</name>
    <message numerus="yes">
        <location filename="../ui/backupconflictdialog.cpp" line="+24"/>
        <source>%n item(s) of the backup exist here already. Tick what the backup&apos;s copy should replace; the rest stays as it is here. Everything else in the backup is restored.</source>
        <translation>
            <numerusform>%n item of the backup exists here already. Tick what the backup&apos;s copy should replace; the rest stays as it is here. Everything else in the backup is restored.</numerusform>
            <numerusform>%n items of the backup exist here already. Tick what the backup&apos;s copy should replace; the rest stays as it is here. Everything else in the backup is restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupFlow</name>
    <message numerus="yes">
        <location filename="../app/gui/backupflow.cpp" line="+81"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). Keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Wrote the encrypted backup %1 (%n item). Keep it, and its passphrase, somewhere safe.</numerusform>
            <numerusform>Wrote the encrypted backup %1 (%n items). Keep it, and its passphrase, somewhere safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Imported the backup %1: %n item(s) restored.</source>
        <translation>
            <numerusform>Imported the backup %1: %n item restored.</numerusform>
            <numerusform>Imported the backup %1: %n items restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupImport</name>
    <message numerus="yes">
        <location filename="../core/backup/backupimport.cpp" line="+157"/>
        <source>%n item(s) of the backup could not be restored; the others were. The first: %1: %2</source>
        <translation>
            <numerusform>%n item of the backup could not be restored; the others were. The first: %1: %2</numerusform>
            <numerusform>%n items of the backup could not be restored; the others were. The first: %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::BackupResultDialog</name>
    <message numerus="yes">
        <location filename="../ui/backupresultdialog.cpp" line="+25"/>
        <source>Restored %n item(s) from the backup.</source>
        <translation>
            <numerusform>Restored %n item from the backup.</numerusform>
            <numerusform>Restored %n items from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored %n item(s) from the backup. Some could not be restored; see why below.</source>
        <translation>
            <numerusform>Restored %n item from the backup. Some could not be restored; see why below.</numerusform>
            <numerusform>Restored %n items from the backup. Some could not be restored; see why below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/auditcommand.cpp" line="+196"/>
        <source>%n entry(ies) wait to be signed: the next command that reads your secrets signs them.</source>
        <translation>
            <numerusform>%n entry waits to be signed: the next command that reads your secrets signs it.</numerusform>
            <numerusform>%n entries wait to be signed: the next command that reads your secrets signs them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The audit trail holds: %n entry(ies) checked, none changed, missing or moved.</source>
        <translation>
            <numerusform>The audit trail holds: %n entry checked, none changed, missing or moved.</numerusform>
            <numerusform>The audit trail holds: %n entries checked, none changed, missing or moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::BackupCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/backupcommand.cpp" line="+132"/>
        <source>Wrote the encrypted backup %1 (%n item(s)). It holds your tokens and secrets: keep it, and its passphrase, somewhere safe.</source>
        <translation>
            <numerusform>Wrote the encrypted backup %1 (%n item). It holds your tokens and secrets: keep it, and its passphrase, somewhere safe.</numerusform>
            <numerusform>Wrote the encrypted backup %1 (%n items). It holds your tokens and secrets: keep it, and its passphrase, somewhere safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n item(s) of the backup exist here already: %1. Run the import again with --replace to take the backup&apos;s copies, or with --keep to keep what is here (what is new is restored either way). Nothing was imported.</source>
        <translation>
            <numerusform>%n item of the backup exists here already: %1. Run the import again with --replace to take the backup&apos;s copies, or with --keep to keep what is here (what is new is restored either way). Nothing was imported.</numerusform>
            <numerusform>%n items of the backup exist here already: %1. Run the import again with --replace to take the backup&apos;s copies, or with --keep to keep what is here (what is new is restored either way). Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Imported %1: %n item(s) restored.</source>
        <translation>
            <numerusform>Imported %1: %n item restored.</numerusform>
            <numerusform>Imported %1: %n items restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plugboard::Cli::CliPassphraseProvider</name>
    <message numerus="yes">
        <location filename="../app/cli/clipassphraseprovider.cpp" line="+66"/>
        <source>The passphrase is too short: use at least %n characters. Nothing was changed.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character. Nothing was changed.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters. Nothing was changed.</numerusform>
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
        <location filename="../app/cli/commands/vaultcommand.cpp" line="+141"/>
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
        <location filename="../app/gui/desktopapplication.cpp" line="+365"/>
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
        <location filename="../ui/grantpresentation.cpp" line="+39"/>
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
        <location filename="../ui/mainwindow.cpp" line="+271"/>
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
        <location filename="../ui/passphrasedialog.cpp" line="+117"/>
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
        <location filename="../core/oauth/replydeadline.cpp" line="+69"/>
        <source>%1 did not finish answering %2 within %n second(s). %3</source>
        <translation>
            <numerusform>%1 did not finish answering %2 within %n second. %3</numerusform>
            <numerusform>%1 did not finish answering %2 within %n seconds. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
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

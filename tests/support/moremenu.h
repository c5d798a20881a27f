#pragma once

#include <QString>
#include <QStringList>

namespace Plugboard {
class ConnectionCard;
}

namespace Plugboard::Test {

/// A card's "⋯" menu used as a person uses it: presses the button, reads
/// the open menu, chooses an entry (or closes it with Escape). The entries
/// exist only while the menu is open (CardControls), so this is the only
/// way to reach them.
namespace MoreMenu {

/// The object names of the entries the open menu shows, in order; empty
/// when the card shows no "⋯" button.
QStringList entries(ConnectionCard* card);
/// The entries' texts, in order.
QStringList texts(ConnectionCard* card);
/// Opens the menu and chooses the entry named `objectName` with the
/// keyboard; whatever it starts runs before this returns. False when the
/// menu has no such entry (it is closed then).
bool choose(ConnectionCard* card, const QString& objectName);

} // namespace MoreMenu

} // namespace Plugboard::Test

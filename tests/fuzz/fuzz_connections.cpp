// The connection metadata file (ConnectionStore, Connection, AppGrant):
// connections.json, shared by every Plugboard process and editable by
// anyone who can write the user's files.
//
// Input: the file's bytes, loaded by a ConnectionStore as the app does.
// Checked: every connection that loads is valid and reads back unchanged
// from what it would be saved as, and ids are unique.

#include "core/storage/connectionstore.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QSet>

using namespace Plugboard;

namespace {

QString folder;
QString path;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    folder = Fuzz::scratchFolder();
    path = folder + QStringLiteral("/connections.json");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(Fuzz::bytes(data, size)) != qint64(size))
            std::abort();
    }
    ConnectionStore store(path);
    const Result<void> loaded = store.load();
    // A damaged file is set aside under a new name: never lost, never reread.
    PLUGBOARD_FUZZ_CHECK(loaded || loaded.error().code == ErrorCode::UnsupportedFileVersion
                         || !QFile::exists(path));
    QSet<QString> ids;
    for (const Connection& connection : store.connections()) {
        PLUGBOARD_FUZZ_CHECK(connection.validate());
        PLUGBOARD_FUZZ_CHECK(!ids.contains(connection.id()));
        ids.insert(connection.id());
        const Result<Connection> reread = Connection::fromJson(connection.toJson());
        PLUGBOARD_FUZZ_CHECK(reread);
        PLUGBOARD_FUZZ_CHECK(reread.value() == connection);
        PLUGBOARD_FUZZ_CHECK(store.connection(connection.id()).has_value());
    }
    Fuzz::emptyFolder(folder);
    return 0;
}

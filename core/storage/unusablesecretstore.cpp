#include "core/storage/unusablesecretstore.h"

namespace Plugboard {

UnusableSecretStore::~UnusableSecretStore() = default;

} // namespace Plugboard

// Must not compile: core code cannot see the ui layer (see
// plugboard_layer_includes). tests/layers/CMakeLists.txt builds this and
// expects the compiler to say the header is not there.
#include "ui/mainwindow.h"

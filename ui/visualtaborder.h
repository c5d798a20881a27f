#pragma once

class QWidget;

namespace Plugboard::VisualTabOrder {

/// Chains the Tab key through every focusable, visible widget under `root`
/// in reading order (top to bottom, then left to right), whatever order they
/// were created in. Forms built in steps (a dialog's buttons before the
/// fields of the platform it is opened for, cards added after the first
/// frame) otherwise Tab in creation order: Cancel before the fields, "More
/// platforms" before the buttons above it.
void apply(QWidget* root);

} // namespace Plugboard::VisualTabOrder

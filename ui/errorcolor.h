#pragma once

#include <QColor>
#include <QPalette>

// The one error red of every screen (messages under fields, frames on inputs and cells), judged
// from the palette it is drawn on: darker on light windows, lighter on dark ones.
QColor errorColor(const QPalette &palette);

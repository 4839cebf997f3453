#pragma once

#include <QIcon>
#include <QString>

namespace icons {

// The desktop theme's icon of that freedesktop name where the desktop has one (so the app looks
// native), otherwise ours from :/icons/<name>.svg. Ours are line drawings in "currentColor",
// painted in the palette's text colour at paint time: crisp at any scale, and right in a light or
// a dark palette, also after it changes.
QIcon themed(const QString &name);

} // namespace icons

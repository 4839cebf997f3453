#pragma once

#include <QTest>
#include <QWidget>

// Shows a top-level widget and makes it the active window, as the user's click on it would. Under
// a real X server without a window manager nothing activates a new window, and keyboard focus,
// which the suites check, only moves inside the active window; offscreen activates at once.
[[nodiscard]] inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

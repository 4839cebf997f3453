#pragma once

#include <QObject>

// Alt+letter is a shortcut here (every action and field has a mnemonic), never text. Qt gives an
// Alt+letter key press that no enabled shortcut took to the focused text field, which inserts the
// letter: Alt+I while no customer is selected turned the filter "lisboa dental" into "lisboa
// dentali" and hid the one customer it had found. This filter, installed once on the application,
// drops such key presses on text input widgets. AltGr (a separate modifier on Linux) and Ctrl+Alt
// still type, so characters such as @, € or { reach the field.
class AltKeyGuard final : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the application (once, however often it is called).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

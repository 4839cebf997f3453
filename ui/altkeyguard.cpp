#include "altkeyguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

void AltKeyGuard::install()
{
    static AltKeyGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new AltKeyGuard(qApp);
    qApp->installEventFilter(guard);
}

bool AltKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers();
    if (!(mods & Qt::AltModifier) || (mods & (Qt::ControlModifier | Qt::MetaModifier | Qt::GroupSwitchModifier)))
        return false;
    if (key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    const bool textInput = qobject_cast<QLineEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched) ||
                           qobject_cast<QTextEdit *>(watched) || qobject_cast<QPlainTextEdit *>(watched) ||
                           (qobject_cast<QComboBox *>(watched) && static_cast<QComboBox *>(watched)->isEditable());
    return textInput; // no shortcut wanted it: drop it rather than type the letter
}

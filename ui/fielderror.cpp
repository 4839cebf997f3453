#include "fielderror.h"

#include <QApplication>
#include <QEvent>

FieldError::FieldError(QWidget *input, QWidget *parent)
    : QLabel(parent)
    , m_input(input)
    , m_originalDescription(input->accessibleDescription())
{
    setWordWrap(true);
    setObjectName(input->objectName() + QStringLiteral("Error"));
    applyColours();
    hide();
}

bool FieldError::isDark() const
{
    return QApplication::palette(this).color(QPalette::Window).lightness() < 128;
}

void FieldError::applyColours()
{
    if (m_applying)
        return;
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    setPalette(p);
    if (!m_message.isEmpty())
        setError(m_message);
    m_applying = false;
}

void FieldError::changeEvent(QEvent *event)
{
    // The application palette changed (light <-> dark while running): pick the matching red.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QLabel::changeEvent(event);
}

void FieldError::setError(const QString &message)
{
    m_message = message;
    setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    setVisible(!message.isEmpty());
    m_input->setToolTip(message);
    m_input->setAccessibleDescription(message.isEmpty() ? m_originalDescription : message);
    m_input->setProperty("invalid", !message.isEmpty());
    const bool dark = isDark();
    m_input->setStyleSheet(message.isEmpty() ? QString()
                                             : QStringLiteral("border: 1px solid %1; border-radius: 3px;")
                                                   .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828")));
}

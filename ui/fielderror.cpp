#include "fielderror.h"

FieldError::FieldError(QWidget *input, QWidget *parent)
    : QLabel(parent)
    , m_input(input)
    , m_originalDescription(input->accessibleDescription())
{
    setWordWrap(true);
    setObjectName(input->objectName() + QStringLiteral("Error"));
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    setPalette(p);
    hide();
}

void FieldError::setError(const QString &message)
{
    setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    setVisible(!message.isEmpty());
    m_input->setToolTip(message);
    m_input->setAccessibleDescription(message.isEmpty() ? m_originalDescription : message);
    m_input->setProperty("invalid", !message.isEmpty());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_input->setStyleSheet(message.isEmpty() ? QString()
                                             : QStringLiteral("border: 1px solid %1; border-radius: 3px;")
                                                   .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828")));
}

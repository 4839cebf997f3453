#include "errorframe.h"

#include <errorcolor.h>

#include <QEvent>
#include <QPainter>

ErrorFrame::ErrorFrame(QWidget *input)
    : QWidget(input->parentWidget())
    , m_input(input)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(input->objectName() + QStringLiteral("ErrorFrame"));
    input->installEventFilter(this);
    hide();
}

void ErrorFrame::setActive(bool active)
{
    m_active = active;
    follow();
}

bool ErrorFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::EnabledChange: follow(); break;
        default: break;
        }
    }
    return false;
}

void ErrorFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(errorColor(palette()), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

void ErrorFrame::follow()
{
    if (!m_input)
        return;
    const bool on = m_active && m_input->isVisible();
    if (on) {
        setGeometry(m_input->geometry());
        raise();
    }
    setVisible(on);
}

#include "fielderrorline.h"

#include <errorcolor.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace {

// The red circle with "!" before the message, drawn in the palette's error red.
class ErrorIcon final : public QWidget
{
public:
    explicit ErrorIcon(QWidget *parent)
        : QWidget(parent)
    {
        const int side = fontMetrics().height() - 2;
        setFixedSize(side, side);
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor red = errorColor(palette());
        p.setPen(Qt::NoPen);
        p.setBrush(red);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        p.drawEllipse(r);
        p.setPen(QPen(palette().color(QPalette::Window), std::max(1.5, r.width() / 7.0), Qt::SolidLine, Qt::RoundCap));
        const double cx = r.center().x();
        p.drawLine(QPointF(cx, r.top() + r.height() * 0.22), QPointF(cx, r.top() + r.height() * 0.58));
        p.drawPoint(QPointF(cx, r.top() + r.height() * 0.78));
    }
};

} // namespace

FieldErrorLine::FieldErrorLine(const QString &inputName, QWidget *parent)
    : QWidget(parent)
    , m_icon(new ErrorIcon(this))
    , m_label(new QLabel(this))
{
    setObjectName(inputName + QStringLiteral("ErrorLine"));
    m_label->setObjectName(inputName + QStringLiteral("Error"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    m_icon->setContentsMargins(0, 1, 0, 0);
    recolour();
    hide();
}

void FieldErrorLine::setMessage(const QString &message)
{
    m_label->setText(message);
    m_label->setAccessibleName(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
    QWidget::changeEvent(event);
}

void FieldErrorLine::recolour()
{
    QPalette p = m_label->palette();
    const QColor red = errorColor(palette());
    if (p.color(QPalette::WindowText) == red)
        return;
    p.setColor(QPalette::WindowText, red);
    m_label->setPalette(p);
}

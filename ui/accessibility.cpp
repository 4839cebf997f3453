#include "accessibility.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyleOption>
#include <QVariant>

#include <cmath>

namespace accessibility {

namespace {
// Where a field keeps the description it had before its first error.
constexpr char OriginalDescription[] = "cc_a11y_originalDescription";
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Paints QFocusFrame as a solid ring (QFocusFrame masks it to its border).
class FocusRingStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element != CE_FocusFrame) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        const QPalette &p = option->palette;
        const QColor window = p.color(QPalette::Window);
        const QColor highlight = p.color(QPalette::Active, QPalette::Highlight);
        painter->fillRect(option->rect, contrast(highlight, window) >= 3.0 ? highlight : p.color(QPalette::WindowText));
    }
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return RingOutside;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const override
    {
        // The ring reaches into the control too: a parent that ends where the control does (a
        // button box, a field's box) clips what is outside.
        if (hint == SH_FocusFrame_Mask && option) {
            if (auto *mask = qstyleoption_cast<QStyleHintReturnMask *>(returnData)) {
                const int width = RingOutside + RingInside;
                mask->region = QRegion(option->rect) - QRegion(option->rect.adjusted(width, width, -width, -width));
                return 1;
            }
        }
        if (hint == SH_FocusFrame_AboveWidget)
            return 1; // else the control hides the ring's inner half
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

private:
    static constexpr int RingOutside = 2;
    static constexpr int RingInside = 2;
};

} // namespace

QString plainLabel(const QString &labelText)
{
    QString text = labelText;
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.trimmed();
    // "Name:", and French typography's "Nom :"
    while (text.endsWith(u':') || text.endsWith(QChar(0x00a0)) || text.endsWith(u' '))
        text.chop(1);
    return text;
}

void labelField(QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    // The line edit of an editable combo box takes the focus (the combo is its focus proxy): it is
    // what a screen reader announces on Tab, and it is not the label's sibling.
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        combo->lineEdit()->setAccessibleName(plainLabel(label->text()));
}

void setErrorDescription(QWidget *field, const QString &error)
{
    // An editable combo box's line edit has the focus: a screen reader reads its description.
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        setErrorDescription(combo->lineEdit(), error);
    QVariant original = field->property(OriginalDescription);
    if (!original.isValid()) {
        if (error.isEmpty())
            return; // never had an error: nothing to put back
        original = field->accessibleDescription();
        field->setProperty(OriginalDescription, original);
    }
    field->setAccessibleDescription(error.isEmpty() ? original.toString() : error);
}

void exposeStatusMessages(QStatusBar *bar)
{
    QObject::connect(bar, &QStatusBar::messageChanged, bar, [bar](const QString &message) { bar->setAccessibleName(message); });
}

void installFocusRing()
{
    if (dynamic_cast<FocusRingStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusRingStyle(QApplication::style()->name()));
    // One frame for the application, moved to whichever widget takes the focus. QFocusFrame is
    // left out of the accessibility tree by Qt, so screen readers do not see it.
    static QPointer<QFocusFrame> ring;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
        // A combo box's line edit, a spin box's: the ring goes round the whole control. (Not a
        // button box: it is its first button's proxy holder, and the ring is the button's.)
        if (QWidget *parent = now ? now->parentWidget() : nullptr;
            parent && parent->focusProxy() == now &&
            (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
            now = parent;
        if (!now || now->isWindow()) {
            if (ring)
                ring->setWidget(nullptr);
            return;
        }
        if (!ring)
            ring = new QFocusFrame(now);
        ring->setWidget(now);
    });
}

} // namespace accessibility

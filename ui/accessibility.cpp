#include "accessibility.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QVariant>

namespace accessibility {

namespace {
// Where a field keeps the description it had before its first error.
constexpr char OriginalDescription[] = "cc_a11y_originalDescription";
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

} // namespace accessibility

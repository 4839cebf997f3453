#include "datefield.h"

#include <icons.h>

#include <formmodel.h>

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QVBoxLayout>

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    updateFormat();
    QAction *pick = addAction(icons::themed(QStringLiteral("x-office-calendar")), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("calendarAction"));
    pick->setToolTip(tr("Choose from a calendar (F4)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] { Q_EMIT typedDateChanged(date()); });
}

void DateField::updateFormat()
{
    const QDate shown = date();
    m_format = FormModel::dateFormat();
    setPlaceholderText(QLocale().toString(QDate::currentDate(), m_format));
    if (shown.isValid())
        setDate(shown);
}

QDate DateField::date() const
{
    const QString t = text().trimmed();
    QDate d = QLocale().toDate(t, m_format);
    if (!d.isValid())
        d = QDate::fromString(t, Qt::ISODate);
    // "12/31/27" is not read as the year 27, nor guessed into a century: it is no date.
    return d.isValid() && d.year() >= 1000 ? d : QDate();
}

void DateField::setDate(const QDate &date)
{
    const QString t = date.isValid() ? QLocale().toString(date, m_format) : QString();
    if (t != text())
        setText(t);
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        auto *popup = new QWidget(this, Qt::Popup);
        popup->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar = new QCalendarWidget(popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setGridVisible(false);
        auto *layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        // Return or a click picks the day; Escape closes the popup and keeps the text.
        connect(m_calendar, &QCalendarWidget::activated, this, [this, popup](const QDate &picked) {
            popup->hide();
            setDate(picked);
            setFocus(Qt::PopupFocusReason);
            Q_EMIT textEdited(text()); // an edit like any other: the form and its error line hear of it
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    m_calendar->setLocale(locale());
    m_calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    QWidget *popup = m_calendar->parentWidget();
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(width() - popup->width(), height())));
    popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::changeEvent(QEvent *event)
{
    // Another language brings its own order of day, month and year: four-digit years in it too.
    if (event->type() == QEvent::LocaleChange)
        updateFormat();
    QLineEdit::changeEvent(event);
}

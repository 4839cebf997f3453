#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date typed as text in the locale's short format with a four-digit year, or picked from a
// calendar (the button at its end, F4 or Alt+Down). QDateEdit was dropped on purpose: it edits
// section by section and quietly turns what is typed into another date (12/31/2027 became
// 12/3/2026 after a Tab), clamps to its maximum, and puts the last good date back when the text
// is not a date. Here the text stays exactly as typed; date() is invalid while it is not a date,
// and the form's rules say so next to the field.
class DateField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // The date the text reads as (the locale's format, or ISO 8601); invalid when it is none.
    QDate date() const;
    void setDate(const QDate &date); // shows it; no signal
    QString displayFormat() const { return m_format; }
    void showCalendar();

Q_SIGNALS:
    // The user typed or picked (invalid: the text is not a date).
    void typedDateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateFormat();
    QString m_format;
    QCalendarWidget *m_calendar = nullptr;
};

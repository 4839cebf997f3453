#pragma once

#include <QWidget>

class QLabel;

// The line under a field: an error icon and the wrapped message, in a red that stays readable on
// dark palettes. Its text label is named "<input>Error" (and the line "<input>ErrorLine").
class FieldErrorLine final : public QWidget
{
    Q_OBJECT
public:
    FieldErrorLine(const QString &inputName, QWidget *parent = nullptr);
    void setMessage(const QString &message); // empty: hidden

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    QWidget *m_icon;
    QLabel *m_label;
};

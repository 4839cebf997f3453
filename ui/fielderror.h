#pragma once

#include <QLabel>

// The message under one input: icon-less red text (dark-palette aware), mirrored into the input's
// tooltip and accessible description, and a red frame on the input.
class FieldError : public QLabel
{
    Q_OBJECT
public:
    FieldError(QWidget *input, QWidget *parent = nullptr);
    void setError(const QString &message);
    void clearError() { setError({}); }
    QWidget *input() const { return m_input; }

private:
    QWidget *m_input;
    QString m_originalDescription;
};

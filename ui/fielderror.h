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

protected:
    void changeEvent(QEvent *event) override;

private:
    bool isDark() const;
    void applyColours();
    QWidget *m_input;
    QString m_message;
    bool m_applying = false;
    QString m_originalDescription;
};

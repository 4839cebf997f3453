#pragma once

#include <core/api/apierror.h>

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal message strip for errors that belong to no field: the message, the correlation id
// and "Copy details".
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);
    // With offerRetry, a Retry button that emits retryRequested (and hides the banner).
    void showError(const cc::ApiError &error, bool offerRetry = false);
    void showMessage(const QString &text);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_close;
    QString m_details;
    bool m_applying = false;
};

#pragma once

#include <sessioncontroller.h>

#include <QHash>
#include <QWidget>

class Banner;
class FieldError;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The first screen: tenant, how to authenticate, and "Try the demo".
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(SessionController *session, QWidget *parent = nullptr);

    void showErrors(const cc::ApiError &error);
    void showMessage(const QString &text);
    void setBusy(bool busy);
    void focusFirstField();
    SessionController::SignInRequest request() const;

Q_SIGNALS:
    void signInRequested(const SessionController::SignInRequest &request);
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMethod();
    void applyRecent(const QString &tenant);
    void clearErrors();

    SessionController *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_tenantLabel;
    QComboBox *m_tenant;
    QRadioButton *m_useClient;
    QRadioButton *m_useToken;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QGroupBox *m_advanced;
    QLabel *m_apiUrlLabel;
    QLineEdit *m_apiUrl;
    QLabel *m_tokenUrlLabel;
    QLineEdit *m_tokenUrl;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    Banner *m_banner;
    QHash<QString, FieldError *> m_errors;
};

#pragma once

#include <sessioncontroller.h>

#include <QWidget>

class Banner;
class FieldErrorBinder;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

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
    // Offers the tenants signed in to so far (most recent first), keeping what is typed.
    void reloadRecentTenants();
    // After an explicit sign-out: the typed secret and token go; a remembered one comes back.
    void forgetSecrets();
    SessionController::SignInRequest request() const;

Q_SIGNALS:
    void signInRequested(const SessionController::SignInRequest &request);
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void updateMethod();
    void applyRecent(const QString &tenant);
    void clearErrors();
    void showAdvanced(bool on);

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
    QToolButton *m_advancedToggle;
    QFormLayout *m_form = nullptr;
    QLabel *m_apiUrlLabel;
    QLineEdit *m_apiUrl;
    QLabel *m_tokenUrlLabel;
    QLineEdit *m_tokenUrl;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    Banner *m_banner;
    FieldErrorBinder *m_binder;
};

#include "signinpanel.h"

#include "accessibility.h"
#include "banner.h"
#include "preferencesdialog.h"

#include <fielderrorbinder.h>

#include <core/domain/contractnames.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

SignInPanel::SignInPanel(SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new QComboBox(this))
    , m_useClient(new QRadioButton(this))
    , m_useToken(new QRadioButton(this))
    , m_clientIdLabel(new QLabel(this))
    , m_clientId(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_advancedToggle(new QToolButton(this))
    , m_apiUrlLabel(new QLabel(this))
    , m_apiUrl(new QLineEdit(this))
    , m_tokenUrlLabel(new QLabel(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_banner(new Banner(this))
    , m_binder(new FieldErrorBinder(this, m_banner))
{
    m_binder->setBannerForPlacedErrors(false);
    setObjectName(QStringLiteral("signInPanel"));
    m_banner->setObjectName(QStringLiteral("signInBanner"));
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setEditable(true);
    m_tenant->setInsertPolicy(QComboBox::NoInsert);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_apiUrl->setObjectName(QStringLiteral("apiUrlEdit"));
    m_apiUrl->setText(QString(cc::contract::DefaultApiUrl));
    m_apiUrl->setCursorPosition(0);
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_tokenUrl->setText(QString(cc::contract::DefaultTokenUrl));
    m_tokenUrl->setCursorPosition(0); // the host, not the tail of a long path
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_useClient->setObjectName(QStringLiteral("useClientRadio"));
    m_useToken->setObjectName(QStringLiteral("useTokenRadio"));
    m_useClient->setChecked(true);
    // One choice of two: the arrow keys move between them, Tab stops at the chosen one.
    auto *methods = new QButtonGroup(this);
    methods->setExclusive(true);
    methods->addButton(m_useClient);
    methods->addButton(m_useToken);
    // A disclosure button rather than a checkable group box: collapsed, it takes one line and draws
    // no empty frame (Fusion draws a group box's frame even when flat).
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_title->setFont(title);
    m_subtitle->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each input with its error line right under it, bound to the field's normalised path (bound
    // in the order they show, so the first in error takes the focus). A change takes the error away.
    auto addField = [this, form](QLabel *label, QWidget *input, const QString &key) {
        accessibility::labelField(label, input);
        form->addRow(label, m_binder->bind(input, key));
    };
    addField(m_tenantLabel, m_tenant, QStringLiteral("tenant"));
    auto *method = new QHBoxLayout;
    method->addWidget(m_useClient);
    method->addWidget(m_useToken);
    method->addStretch();
    form->addRow(QString(), method);
    addField(m_clientIdLabel, m_clientId, QStringLiteral("clientid"));
    addField(m_secretLabel, m_secret, QStringLiteral("clientsecret"));
    addField(m_tokenLabel, m_token, QStringLiteral("token"));
    form->addRow(QString(), m_remember);

    // The advanced rows are rows of the same form, so that their labels and fields line up.
    form->addRow(m_advancedToggle);
    addField(m_apiUrlLabel, m_apiUrl, QStringLiteral("apiurl"));
    addField(m_tokenUrlLabel, m_tokenUrl, QStringLiteral("tokenurl"));
    m_form = form;
    // Collapsed until asked for: the defaults are right for almost everyone.
    connect(m_advancedToggle, &QToolButton::toggled, this, &SignInPanel::showAdvanced);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(m_signIn);

    auto *card = new QWidget(this);
    card->setMaximumWidth(700); // room for the longest languages (tests/layout checks with a pseudo-language)
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_banner);
    cardLayout->addLayout(form);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    setTabOrder(m_tenant, m_useClient);
    setTabOrder(m_useClient, m_useToken);
    setTabOrder(m_useToken, m_clientId);
    setTabOrder(m_clientId, m_secret);
    setTabOrder(m_secret, m_token);
    setTabOrder(m_token, m_remember);
    setTabOrder(m_remember, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_apiUrl);
    setTabOrder(m_apiUrl, m_tokenUrl);
    // Left to right as they show: "Try the demo" sits left of "Sign in".
    setTabOrder(m_tokenUrl, m_demo);
    setTabOrder(m_demo, m_signIn);

    reloadRecentTenants();
    connect(m_tenant, &QComboBox::textActivated, this, &SignInPanel::applyRecent);
    connect(m_useClient, &QRadioButton::toggled, this, &SignInPanel::updateMethod);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        clearErrors();
        Q_EMIT signInRequested(request());
    });
    connect(m_demo, &QPushButton::clicked, this, &SignInPanel::demoRequested);
    // Return signs in from any field: see keyPressEvent(), which every field passes it on to.
    if (m_tenant->count() > 0)
        applyRecent(m_tenant->itemText(0));
    retranslate();
    updateMethod();
    showAdvanced(false);
}

void SignInPanel::showAdvanced(bool on)
{
    const QSignalBlocker block(m_advancedToggle);
    m_advancedToggle->setChecked(on);
    m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_form->setRowVisible(m_apiUrlLabel, on);
    m_form->setRowVisible(m_tokenUrlLabel, on);
}

void SignInPanel::reloadRecentTenants()
{
    const QString typed = m_tenant->currentText();
    const QSignalBlocker block(m_tenant);
    m_tenant->clear();
    for (const auto &recent : m_session->recentTenants())
        m_tenant->addItem(recent.tenant);
    m_tenant->setEditText(typed);
}

void SignInPanel::forgetSecrets()
{
    m_secret->clear();
    m_token->clear();
    m_remember->setChecked(false);
    applyRecent(m_tenant->currentText().trimmed());
}

void SignInPanel::retranslate()
{
    m_title->setText(tr("Sign in to CloudCockpit"));
    m_subtitle->setText(tr("Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: "
                           "it runs a sandbox tenant on this computer."));
    m_tenantLabel->setText(tr("&Tenant domain:"));
    accessibility::labelField(m_tenantLabel, m_tenant); // names its line edit in this language
    m_tenant->setAccessibleName(tr("Tenant domain"));
    m_tenant->setAccessibleDescription(tr("The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com"));
    m_tenant->lineEdit()->setPlaceholderText(tr("portal.contoso.com"));
    m_useClient->setText(tr("A&PI Access (client ID and secret)"));
    m_useToken->setText(tr("&Bearer token"));
    m_clientIdLabel->setText(tr("C&lient ID:"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secretLabel->setText(tr("Client s&ecret:"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_tokenLabel->setText(tr("To&ken:"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setPlaceholderText(tr("eyJ0eXAiOiJKV1Qi…"));
    m_remember->setText(tr("&Remember on this computer (in the system keychain)"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_apiUrlLabel->setText(tr("API &URL:"));
    m_apiUrl->setAccessibleName(tr("API URL"));
    m_tokenUrlLabel->setText(tr("T&oken URL:"));
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    m_signIn->setText(tr("Sign &in"));
    m_demo->setText(tr("Try the &demo"));
    m_demo->setAccessibleDescription(tr("Starts a sandbox tenant on this computer and signs in to it"));
}

void SignInPanel::keyPressEvent(QKeyEvent *event)
{
    // Fields do not take Return (line edits pass it on after returnPressed, as do the tenant's
    // combo, the method's radio buttons and the check box): it signs in wherever it was pressed.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        // On a button (Try the demo, Advanced) Return presses that button.
        if (focusWidget() == m_demo || focusWidget() == m_advancedToggle)
            static_cast<QAbstractButton *>(focusWidget())->click();
        else if (m_signIn->isEnabled())
            m_signIn->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInPanel::updateMethod()
{
    const bool client = m_useClient->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_clientIdLabel), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_secretLabel), static_cast<QWidget *>(m_secret)})
        w->setVisible(client);
    m_tokenLabel->setVisible(!client);
    m_token->setVisible(!client);
    m_tokenUrl->setEnabled(client);
    // A hidden field's error no longer applies.
    for (QWidget *hidden : client ? QList<QWidget *>{m_token} : QList<QWidget *>{m_clientId, m_secret})
        m_binder->clearError(hidden);
}

void SignInPanel::applyRecent(const QString &tenant)
{
    for (const auto &recent : m_session->recentTenants()) {
        if (recent.tenant.compare(tenant, Qt::CaseInsensitive) != 0)
            continue;
        m_tenant->setEditText(recent.tenant);
        if (!recent.apiUrl.isEmpty())
            m_apiUrl->setText(recent.apiUrl);
        if (!recent.tokenUrl.isEmpty())
            m_tokenUrl->setText(recent.tokenUrl);
        m_apiUrl->setCursorPosition(0);
        m_tokenUrl->setCursorPosition(0);
        m_useClient->setChecked(!recent.clientId.isEmpty());
        m_useToken->setChecked(recent.clientId.isEmpty());
        m_clientId->setText(recent.clientId);
        QLineEdit *target = recent.clientId.isEmpty() ? m_token : m_secret;
        m_session->readRememberedSecret(recent.tenant, recent.clientId, this,
                                        [this, target](const QString &secret, const QString &error) {
                                            if (!secret.isEmpty()) {
                                                target->setText(secret);
                                                m_remember->setChecked(true);
                                            } else if (!error.isEmpty()) {
                                                showMessage(error);
                                            }
                                        });
        return;
    }
}

SessionController::SignInRequest SignInPanel::request() const
{
    SessionController::SignInRequest r;
    r.connection.tenant = m_tenant->currentText().trimmed();
    r.connection.apiUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    r.connection.tokenUrl = QUrl(m_tokenUrl->text().trimmed(), QUrl::StrictMode);
    r.credentials = m_useClient->isChecked() ? cc::Credentials::fromClientSecret(m_clientId->text().trimmed(), m_secret->text())
                                             : cc::Credentials::fromToken(m_token->text().trimmed());
    r.remember = m_remember->isChecked();
    r.connection.caBundlePath = PreferencesDialog::caBundlePath();
    r.connection.proxyUrl = PreferencesDialog::proxyUrl();
    return r;
}

void SignInPanel::clearErrors()
{
    m_binder->clearErrors();
    m_banner->hide();
}

void SignInPanel::showErrors(const cc::ApiError &error)
{
    // An error about an address opens the Advanced section it is in, so that it shows there.
    if (error.fieldErrors.contains(QStringLiteral("apiurl")) || error.fieldErrors.contains(QStringLiteral("tokenurl")))
        showAdvanced(true);
    // Errors of a field not shown (the other sign-in method's) go to the banner.
    m_binder->showErrors(error);
}

void SignInPanel::showMessage(const QString &text)
{
    m_banner->showMessage(text);
}

void SignInPanel::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign &in"));
}

void SignInPanel::focusFirstField()
{
    if (m_tenant->currentText().isEmpty())
        m_tenant->setFocus();
    else if (m_useClient->isChecked())
        (m_clientId->text().isEmpty() ? m_clientId : m_secret)->setFocus();
    else
        m_token->setFocus();
}

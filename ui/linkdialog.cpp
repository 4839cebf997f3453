#include "linkdialog.h"

#include "accessibility.h"
#include "banner.h"
#include "icons.h"

#include <core/i18n/translations.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

LinkDialog::LinkDialog(SessionController *session, const cc::Customer &customer, const QList<QUuid> &resellers, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_instanceLabel(new QLabel(this))
    , m_instance(new QComboBox(this))
    , m_resellerLabel(new QLabel(this))
    , m_reseller(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_get(new QPushButton(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_email(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_banner(new Banner(this))
    , m_seenResellers(resellers)
{
    setObjectName(QStringLiteral("linkDialog"));
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_reseller->setObjectName(QStringLiteral("resellerCombo"));
    m_language->setObjectName(QStringLiteral("emailLanguageCombo"));
    m_get->setObjectName(QStringLiteral("getLinkButton"));
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    m_email->setObjectName(QStringLiteral("copyEmailButton"));
    m_link->setReadOnly(true);
    m_get->setIcon(icons::themed(QStringLiteral("insert-link")));
    m_copy->setIcon(icons::themed(QStringLiteral("edit-copy")));
    m_open->setIcon(icons::themed(QStringLiteral("internet-web-browser")));
    m_email->setIcon(icons::themed(QStringLiteral("mail-message-new")));
    accessibility::labelField(m_instanceLabel, m_instance);
    accessibility::labelField(m_resellerLabel, m_reseller);
    accessibility::labelField(m_languageLabel, m_language);

    const bool csp = session->session().role != cc::Role::Reseller;
    m_reseller->addItem(QString(), QUuid());
    if (!customer.resellerId.isNull() && !m_seenResellers.contains(customer.resellerId))
        m_seenResellers << customer.resellerId;
    fillResellers();
    if (csp && !customer.resellerId.isNull())
        m_reseller->setCurrentIndex(std::max(0, m_reseller->findData(customer.resellerId)));
    m_resellerLabel->setVisible(csp);
    m_reseller->setVisible(csp);
    for (const auto &l : cc::i18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    // The email is for the customer: in their language, from their Microsoft tenant's culture or
    // their country, not in the staffer's.
    QString culture;
    for (const cc::ProviderCustomer &pc : customer.providerCustomers)
        if (const auto data = cc::MicrosoftCustomerData::fromJsonText(pc.providerCustomerData);
            data && !data->defaultCulture.isEmpty())
            culture = data->defaultCulture;
    const QString language = cc::i18n::languageForCustomer(culture, customer.country, cc::i18n::currentLanguage());
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    auto *form = new QFormLayout;
    form->addRow(m_instanceLabel, m_instance);
    form->addRow(m_resellerLabel, m_reseller);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_get);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_languageLabel);
    actions->addWidget(m_language);
    actions->addWidget(m_email);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(linkRow);
    layout->addLayout(actions);
    layout->addLayout(bottom);
    // As the eye reads: the choices, the link and its button on one row, what to do with it, Close.
    const QList<QWidget *> chain{m_instance, m_reseller, m_link, m_get, m_copy, m_open, m_language, m_email, m_close};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_get, &QPushButton::clicked, this, &LinkDialog::getLink);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(link());
        m_status->setText(tr("Link copied."));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUrl url = webLink();
        if (!url.isValid())
            return;
        if (openInBrowser(url))
            m_status->setText(tr("Link opened in the browser."));
        else
            m_status->setText(tr("No browser could be opened. Copy the link and paste it into one."));
    });
    connect(m_email, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(emailText());
        m_status->setText(tr("Email text copied."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this] {
        m_link->clear();
        setBusy(false);
    });
    connect(m_reseller, &QComboBox::currentIndexChanged, this, [this] {
        m_link->clear();
        setBusy(false);
    });
    connect(session, &SessionController::providerInstancesChanged, this, &LinkDialog::fillInstances);
    connect(session->resellerDirectory(), &ResellerDirectory::changed, this, &LinkDialog::fillResellers);
    fillInstances();
    if (session->providerInstances().isEmpty())
        session->refreshProviderInstances();
    retranslate();
    setBusy(false);
    resize(720, sizeHint().height());
}

void LinkDialog::fillInstances()
{
    const QVariant current = m_instance->currentData();
    m_instance->clear();
    // The usual choice first: a Microsoft instance the customer is in (the relationship link is
    // Microsoft's), then the customer's other instances, then other Microsoft instances.
    QList<cc::ProviderInstance> instances = m_session->providerInstances();
    const auto rank = [this](const cc::ProviderInstance &i) {
        const bool in = m_customer.providerCustomer(i.id) != nullptr;
        return (in && i.isMicrosoft()) ? 0 : in ? 1 : i.isMicrosoft() ? 2 : 3;
    };
    std::stable_sort(instances.begin(), instances.end(),
                     [&rank](const cc::ProviderInstance &a, const cc::ProviderInstance &b) { return rank(a) < rank(b); });
    for (const auto &i : instances)
        m_instance->addItem(i.displayName(), i.id);
    const int keep = m_instance->findData(current);
    if (keep >= 0)
        m_instance->setCurrentIndex(keep);
    setBusy(false);
}

void LinkDialog::fillResellers()
{
    // Every reseller the session knows by name (sorted by it), and those seen in the list whose
    // names are not known (by short ID); the choice stays when the names arrive.
    const ResellerDirectory *directory = m_session->resellerDirectory();
    const QUuid current = m_reseller->currentData().toUuid();
    const QSignalBlocker block(m_reseller);
    while (m_reseller->count() > 1)
        m_reseller->removeItem(1);
    for (const QUuid &r : directory->sortedByName(directory->ids() + m_seenResellers)) {
        m_reseller->addItem(directory->displayName(r), r);
        m_reseller->setItemData(m_reseller->count() - 1, r.toString(QUuid::WithoutBraces), Qt::ToolTipRole);
    }
    m_reseller->setCurrentIndex(std::max(0, m_reseller->findData(current)));
}

void LinkDialog::retranslate()
{
    setWindowTitle(tr("Relationship link — %1").arg(m_customer.companyName));
    m_instanceLabel->setText(tr("&Provider instance:"));
    m_instance->setAccessibleName(tr("Provider instance"));
    m_resellerLabel->setText(tr("&Reseller:"));
    m_reseller->setAccessibleName(tr("Reseller"));
    m_reseller->setItemText(0, tr("None — relationship with the CSP"));
    m_languageLabel->setText(tr("Email &language:"));
    m_language->setAccessibleName(tr("Email language"));
    m_get->setText(tr("&Get link"));
    m_link->setAccessibleName(tr("Relationship acceptance link"));
    m_link->setPlaceholderText(tr("Choose an instance and get the link"));
    m_copy->setText(tr("&Copy link"));
    m_open->setText(tr("&Open in browser"));
    m_email->setText(tr("Copy &email text"));
    m_close->setText(tr("Close"));
}

void LinkDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LinkDialog::setBusy(bool busy)
{
    m_get->setEnabled(!busy && m_instance->count() > 0);
    m_instance->setEnabled(!busy);
    m_reseller->setEnabled(!busy);
    const bool has = !m_link->text().isEmpty();
    m_copy->setEnabled(has);
    m_open->setEnabled(has && webLink().isValid());
    m_email->setEnabled(has);
    if (busy)
        m_status->setText(tr("Getting the link…"));
}

QString LinkDialog::link() const
{
    return m_link->text();
}

QUrl LinkDialog::webLink() const
{
    // The text comes from the server: hand only a web address to the desktop, never file: or a scheme
    // that starts some other program.
    const QUrl url(link(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty() ? url : QUrl();
}

void LinkDialog::getLink()
{
    if (m_instance->count() == 0)
        return;
    m_banner->hide();
    m_link->clear();
    setBusy(true);
    m_call.cancel();
    m_call = m_session->fetchRelationshipLink(m_instance->currentData().toUuid(), m_reseller->currentData().toUuid(), this,
                                              [this](const cc::Result<QString> &r) {
                                                  if (!r.ok()) {
                                                      m_status->clear();
                                                      m_banner->showError(r.error());
                                                      setBusy(false);
                                                      return;
                                                  }
                                                  m_link->setText(r.value());
                                                  m_link->setCursorPosition(0);
                                                  m_status->setText(tr("Link ready."));
                                                  setBusy(false);
                                                  m_copy->setFocus();
                                                  Q_EMIT linkReady(r.value());
                                              });
}

bool LinkDialog::linkGrantsDelegatedAdmin() const
{
    const QUrlQuery query(webLink());
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (key.compare(u"DAP", Qt::CaseInsensitive) == 0 && value.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString LinkDialog::emailText() const
{
    const QString code = m_language->currentData().toString();
    // What accepting grants, said truthfully: a reseller relationship alone gives the partner no
    // administrator role in the customer's organisation; with delegated administration (DAP=true)
    // the partner's administrators may manage it as a global administrator can, data included.
    const char *const withoutAdmin = QT_TRANSLATE_NOOP(
        "LinkDialog",
        "Hello,\n\nTo let us manage your cloud subscriptions for %1, please open the link below while signed in as a "
        "global administrator of your organisation and accept the relationship:\n\n%2\n\nAccepting makes us your "
        "reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in "
        "your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 "
        "admin centre.\n\nKind regards");
    const char *const withAdmin = QT_TRANSLATE_NOOP(
        "LinkDialog",
        "Hello,\n\nTo let us manage your cloud subscriptions for %1, please open the link below while signed in as a "
        "global administrator of your organisation and accept the relationship:\n\n%2\n\nAccepting makes us your "
        "reseller and also gives us delegated administration privileges: our administrators will be able to manage "
        "your organisation, its users, services and data, as a global administrator can. You can remove these "
        "privileges, or end the relationship, at any time in your Microsoft 365 admin centre.\n\nKind regards");
    const QString text = cc::i18n::translateIn(code, "LinkDialog", linkGrantsDelegatedAdmin() ? withAdmin : withoutAdmin);
    return text.arg(m_customer.companyName, link());
}

std::function<bool(const QUrl &)> LinkDialog::openInBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

#include "customerdetails.h"

#include <core/i18n/translations.h>

#include "icons.h"

#include <mcalistmodel.h>
#include <offertypemarginmodel.h>
#include <resellerdirectory.h>

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The palette's placeholder colour, made opaque over the view's background: Qt's default is the
// text colour at half alpha, which an HTML colour name would lose.
QColor mutedTextColour(const QPalette &palette)
{
    const QColor fg = palette.color(QPalette::PlaceholderText);
    const QColor bg = palette.color(QPalette::Base);
    const qreal a = fg.alphaF();
    return QColor::fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                            fg.blueF() * a + bg.blueF() * (1 - a));
}
} // namespace

CustomerDetails::CustomerDetails(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_link(new QPushButton(this))
    , m_internalId(new QPushButton(this))
    , m_mca(new QPushButton(this))
    , m_addInstance(new QPushButton(this))
    , m_refreshMca(new QPushButton(this))
    , m_margins(new QPushButton(this))
    , m_marginsMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("customerDetails"));
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_link->setObjectName(QStringLiteral("copyLinkButton"));
    m_internalId->setObjectName(QStringLiteral("internalIdButton"));
    m_mca->setObjectName(QStringLiteral("mcaButton"));
    m_addInstance->setObjectName(QStringLiteral("addInstanceButton"));
    m_refreshMca->setObjectName(QStringLiteral("refreshMcaButton"));
    m_refreshMca->setIcon(icons::themed(QStringLiteral("view-refresh")));
    m_margins->setObjectName(QStringLiteral("editMarginsButton"));
    m_marginsMenu->setObjectName(QStringLiteral("editMarginsMenu"));
    m_link->setIcon(icons::themed(QStringLiteral("insert-link")));
    m_internalId->setIcon(icons::themed(QStringLiteral("document-edit")));
    m_mca->setIcon(icons::themed(QStringLiteral("x-office-document")));
    m_addInstance->setIcon(icons::themed(QStringLiteral("list-add")));
    m_margins->setIcon(icons::themed(QStringLiteral("document-edit")));
    // Enter on a row of the list brings the keyboard (and a screen reader) here.
    setFocusProxy(m_view);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_link, 0, 0);
    buttons->addWidget(m_internalId, 0, 1);
    buttons->addWidget(m_mca, 1, 0);
    buttons->addWidget(m_addInstance, 1, 1);
    buttons->addWidget(m_refreshMca, 2, 0);
    buttons->addWidget(m_margins, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_link, &QPushButton::clicked, this, &CustomerDetails::copyLinkRequested);
    connect(m_internalId, &QPushButton::clicked, this, &CustomerDetails::editInternalIdentifierRequested);
    connect(m_mca, &QPushButton::clicked, this, &CustomerDetails::microsoftCustomerAgreementRequested);
    connect(m_addInstance, &QPushButton::clicked, this, &CustomerDetails::addProviderInstanceRequested);
    connect(m_refreshMca, &QPushButton::clicked, this, &CustomerDetails::refreshMcaRequested);
    // One provider instance: the button opens its form; several: a menu of them.
    connect(m_margins, &QPushButton::clicked, this, [this] {
        if (m_customer && m_customer->providerCustomers.size() == 1)
            Q_EMIT editMarginsRequested(m_customer->providerCustomers.first().providerInstanceId);
    });
    // Each provider instance in the text has its own "Edit margins" link (Tab reaches it).
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"margins" && m_customer && !m_customer->isDeleted) {
            const QUuid id = QUuid::fromString(url.path());
            if (m_customer->providerCustomer(id))
                Q_EMIT editMarginsRequested(id);
        }
    });
    retranslate();
    showNothing();
}

void CustomerDetails::retranslate()
{
    m_link->setText(tr("Copy relationship lin&k…"));
    m_link->setAccessibleDescription(tr("Gets the link the customer opens to accept the relationship"));
    m_internalId->setText(tr("Edit internal &identifier…"));
    m_mca->setText(tr("Microsoft Customer &Agreement…"));
    m_addInstance->setText(tr("Add provider i&nstance…"));
    m_refreshMca->setText(tr("Refresh MCA stat&us"));
    m_refreshMca->setToolTip(tr("Asks Microsoft for the current status of the customer's Microsoft Customer Agreement"));
    m_margins->setText(tr("Edit mar&gins…"));
    m_margins->setAccessibleDescription(tr("Changes the price margins of the customer in a provider instance"));
    m_view->setAccessibleName(tr("Customer details"));
    render();
}

void CustomerDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render(); // the secondary text colour comes from the palette
    QWidget::changeEvent(event);
}

void CustomerDetails::setResellerDirectory(const ResellerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &ResellerDirectory::changed, this, &CustomerDetails::render);
    render();
}

QString CustomerDetails::instanceName(const QUuid &id) const
{
    for (const auto &i : m_instances)
        if (i.id == id)
            return i.displayName();
    return id.toString(QUuid::WithoutBraces);
}

void CustomerDetails::fillMarginsMenu()
{
    m_marginsMenu->clear();
    const bool several = m_customer && m_customer->providerCustomers.size() > 1;
    m_margins->setMenu(several ? m_marginsMenu : nullptr);
    if (!several)
        return;
    for (const cc::ProviderCustomer &pc : m_customer->providerCustomers) {
        const QUuid id = pc.providerInstanceId;
        // The instance's name is data: an & in it is not a shortcut.
        QString name = instanceName(id);
        name.replace(u'&', QStringLiteral("&&"));
        m_marginsMenu->addAction(name, this, [this, id] { Q_EMIT editMarginsRequested(id); });
    }
}

void CustomerDetails::showNothing()
{
    m_customer.reset();
    m_loading = false;
    m_notInList = false;
    render();
}

void CustomerDetails::showNotInList()
{
    m_customer.reset();
    m_loading = false;
    m_notInList = true;
    render();
}

void CustomerDetails::showLoading()
{
    m_loading = true;
    m_notInList = false;
    render();
}

void CustomerDetails::showCustomer(const cc::Customer &customer, const QList<cc::ProviderInstance> &instances)
{
    m_customer = customer;
    m_instances = instances;
    m_loading = false;
    m_notInList = false;
    render();
}

void CustomerDetails::showMca(const QUuid &customerId, const QList<cc::McaItem> &items, bool busy, const QString &error)
{
    m_mcaCustomer = customerId;
    m_mcaItems = items;
    m_mcaBusy = busy;
    m_mcaError = error;
    render();
}

QString CustomerDetails::plainText() const
{
    return m_view->toPlainText();
}

QString CustomerDetails::mcaHtml(const QUuid &instance, bool shown, const QString &muted) const
{
    const cc::McaItem *item = nullptr;
    if (shown)
        for (const cc::McaItem &i : m_mcaItems)
            if (i.providerInstanceId == instance)
                item = &i;
    QString html = QStringLiteral("<br/>");
    if (!item) {
        const QString state = shown && m_mcaBusy               ? tr("reading…")
                              : shown && !m_mcaError.isEmpty() ? tr("could not be read: %1").arg(m_mcaError)
                                                               : tr("not known yet");
        return html + esc(tr("Microsoft Customer Agreement: %1").arg(state));
    }
    const QString status = McaListModel::statusName(item->status);
    html += QStringLiteral("<b>%1</b>").arg(esc(tr("Microsoft Customer Agreement: %1").arg(status)));
    html += QStringLiteral("<br/><span style='color:%1'>%2</span>")
                .arg(muted, esc(McaListModel::groupDescription(McaListModel::groupOf(item->status))));
    QStringList name{item->firstName.trimmed(), item->lastName.trimmed()};
    name.removeAll(QString());
    QString signatory = name.join(u' ');
    if (!item->email.trimmed().isEmpty())
        signatory = signatory.isEmpty() ? item->email : tr("%1 (%2)", "signatory name (email)").arg(signatory, item->email);
    if (!signatory.isEmpty())
        html += QStringLiteral("<br/>") + esc(tr("Signatory: %1").arg(signatory));
    if (item->status == cc::McaStatus::LinkGenerated && item->linkExpiresAt.isValid())
        html +=
            QStringLiteral("<br/>") + esc(tr("Acceptance link expires: %1").arg(cc::i18n::formatDateTime(item->linkExpiresAt)));
    else if (item->status == cc::McaStatus::LinkExpired && item->linkExpiresAt.isValid())
        html +=
            QStringLiteral("<br/>") + esc(tr("Acceptance link expired: %1").arg(cc::i18n::formatDateTime(item->linkExpiresAt)));
    else if (item->agreementDate.isValid())
        html += QStringLiteral("<br/>") + esc(tr("Agreement date: %1").arg(cc::i18n::formatDateTime(item->agreementDate)));
    if (m_mcaBusy)
        html += QStringLiteral("<br/><span style='color:%1'>%2</span>").arg(muted, esc(tr("Refreshing…")));
    else if (!m_mcaError.isEmpty())
        html += QStringLiteral("<br/>") + esc(tr("The last refresh failed: %1").arg(m_mcaError));
    return html;
}

void CustomerDetails::render()
{
    const bool has = m_customer.has_value();
    m_link->setEnabled(has && !m_loading);
    // The server refuses changes to a deleted customer: do not offer them, and say why.
    const bool deleted = has && m_customer->isDeleted;
    const QString refused = deleted ? tr("The customer is deleted: the server accepts no changes to it.") : QString();
    for (QPushButton *b : {m_internalId, m_mca, m_addInstance, m_margins}) {
        b->setEnabled(has && !m_loading && !deleted);
        b->setToolTip(refused);
    }
    const auto isMicrosoft = [this](const QUuid &instance) {
        for (const auto &i : m_instances)
            if (i.id == instance)
                return i.isMicrosoft();
        return false;
    };
    bool inMicrosoft = false;
    if (has)
        for (const cc::ProviderCustomer &pc : m_customer->providerCustomers)
            inMicrosoft = inMicrosoft || isMicrosoft(pc.providerInstanceId);
    const bool mcaShown = has && m_mcaCustomer == m_customer->id;
    m_refreshMca->setVisible(inMicrosoft);
    m_refreshMca->setEnabled(inMicrosoft && !m_loading && !deleted && !(mcaShown && m_mcaBusy));
    if (has && !deleted && m_customer->providerCustomers.isEmpty()) {
        m_margins->setEnabled(false);
        m_margins->setToolTip(tr("The customer is not in any provider instance yet: there are no margins to change."));
    }
    fillMarginsMenu();
    // Labels and hints in the palette's secondary text colour, so that light and dark both read well.
    const QString muted = mutedTextColour(m_view->palette()).name();
    if (!has) {
        const QString text = m_loading ? tr("Loading…")
                             : m_notInList
                                 ? tr("The selected customer is not in the list any more. Select a customer to see its details.")
                                 : tr("Select a customer to see its details.");
        m_view->setHtml(QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, esc(text)));
        return;
    }
    const cc::Customer &c = *m_customer;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(c.companyName));
    if (c.isDeleted)
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(esc(tr("This customer is deleted.")), esc(refused));
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td></tr>").arg(muted, esc(label), esc(value));
    };
    row(tr("Domain"), c.domain);
    row(tr("Internal identifier"), c.internalIdentifier.isEmpty() ? tr("(none)") : c.internalIdentifier);
    row(tr("Tax ID"), c.taxId);
    auto joined = [](QStringList parts, const QString &separator) {
        for (QString &p : parts)
            p = p.trimmed();
        parts.removeAll(QString());
        return parts.join(separator);
    };
    row(tr("Address"), joined({c.addressLine1, c.addressLine2}, QStringLiteral(", ")));
    const bool stateAddsSomething = c.state.trimmed().compare(c.city.trimmed(), Qt::CaseInsensitive) != 0;
    row(tr("City"), joined({c.zip, c.city, stateAddsSomething ? c.state : QString()}, QStringLiteral(" ")));
    row(tr("Country"), c.country);
    row(tr("Primary contact"), joined({c.firstName, c.middleName, c.lastName}, QStringLiteral(" ")));
    row(tr("Email"), c.email);
    row(tr("Phone"), c.phone);
    const QString resellerName = m_directory && !c.resellerId.isNull() ? m_directory->name(c.resellerId) : QString();
    row(tr("Relationship"), c.resellerId.isNull()     ? tr("Direct (CSP)")
                            : !resellerName.isEmpty() ? tr("Reseller %1").arg(resellerName)
                                                      : tr("Reseller %1").arg(c.resellerId.toString(QUuid::WithoutBraces)));
    if (!resellerName.isEmpty())
        row(tr("Reseller ID"), c.resellerId.toString(QUuid::WithoutBraces));
    if (c.createdDate.isValid())
        row(tr("Created"), cc::i18n::formatDateTime(c.createdDate, locale));
    row(tr("ID"), c.id.toString(QUuid::WithoutBraces));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Provider instances (%n)", nullptr, int(c.providerCustomers.size()))));
    if (c.providerCustomers.isEmpty())
        html += QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, esc(tr("Not in any provider instance yet.")));
    auto marginText = [&](const cc::PriceMargin &m) {
        // The rule as the margin editor names it, in the UI language ("ERP minus discount").
        return tr("%1 % %2").arg(locale.toString(m.value, 'f', 2), OfferTypeMarginModel::ruleDisplayName(m.rule));
    };
    for (const cc::ProviderCustomer &pc : c.providerCustomers) {
        html += QStringLiteral("<p><b>%1</b>").arg(esc(instanceName(pc.providerInstanceId)));
        if (!c.isDeleted)
            html += QStringLiteral(" &nbsp;<a href='margins:%1'>%2</a>")
                        .arg(pc.providerInstanceId.toString(QUuid::WithoutBraces), esc(tr("Edit margins")));
        html += QStringLiteral("<br/>");
        html += esc(tr("Customer ID at the provider: %1")
                        .arg(pc.providerCustomerId.isEmpty() ? tr("(not created yet)") : pc.providerCustomerId));
        html += QStringLiteral("<br/>") + esc(tr("Margin: %1").arg(pc.margin ? marginText(*pc.margin) : tr("none")));
        for (const auto &m : pc.offerTypeMargins)
            html += QStringLiteral("<br/>&nbsp;&nbsp;") +
                    esc(tr("%1: %2").arg(OfferTypeMarginModel::offerTypeDisplayName(m.offerType), marginText(m.margin)));
        if (isMicrosoft(pc.providerInstanceId))
            html += mcaHtml(pc.providerInstanceId, mcaShown, muted);
        html += QStringLiteral("</p>");
    }
    m_view->setHtml(html);
}

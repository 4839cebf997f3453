#include "customerdetails.h"

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

CustomerDetails::CustomerDetails(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_link(new QPushButton(this))
    , m_internalId(new QPushButton(this))
    , m_mca(new QPushButton(this))
    , m_addInstance(new QPushButton(this))
{
    setObjectName(QStringLiteral("customerDetails"));
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_link->setObjectName(QStringLiteral("copyLinkButton"));
    m_internalId->setObjectName(QStringLiteral("internalIdButton"));
    m_mca->setObjectName(QStringLiteral("mcaButton"));
    m_addInstance->setObjectName(QStringLiteral("addInstanceButton"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_link, 0, 0);
    buttons->addWidget(m_internalId, 0, 1);
    buttons->addWidget(m_mca, 1, 0);
    buttons->addWidget(m_addInstance, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_link, &QPushButton::clicked, this, &CustomerDetails::copyLinkRequested);
    connect(m_internalId, &QPushButton::clicked, this, &CustomerDetails::editInternalIdentifierRequested);
    connect(m_mca, &QPushButton::clicked, this, &CustomerDetails::microsoftCustomerAgreementRequested);
    connect(m_addInstance, &QPushButton::clicked, this, &CustomerDetails::addProviderInstanceRequested);
    retranslate();
    showNothing();
}

void CustomerDetails::retranslate()
{
    m_link->setText(tr("Copy relationship &link…"));
    m_link->setAccessibleDescription(tr("Gets the link the customer opens to accept the relationship"));
    m_internalId->setText(tr("Edit internal &identifier…"));
    m_mca->setText(tr("Microsoft Customer &Agreement…"));
    m_addInstance->setText(tr("Add provider i&nstance…"));
    m_view->setAccessibleName(tr("Customer details"));
    render();
}

void CustomerDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerDetails::showNothing()
{
    m_customer.reset();
    m_loading = false;
    render();
}

void CustomerDetails::showLoading()
{
    m_loading = true;
    render();
}

void CustomerDetails::showCustomer(const cc::Customer &customer, const QList<cc::ProviderInstance> &instances)
{
    m_customer = customer;
    m_instances = instances;
    m_loading = false;
    render();
}

QString CustomerDetails::plainText() const
{
    return m_view->toPlainText();
}

void CustomerDetails::render()
{
    const bool has = m_customer.has_value();
    for (QPushButton *b : {m_link, m_internalId, m_mca, m_addInstance})
        b->setEnabled(has && !m_loading);
    if (!has) {
        m_view->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                            .arg(esc(m_loading ? tr("Loading…") : tr("Select a customer to see its details."))));
        return;
    }
    const cc::Customer &c = *m_customer;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(c.companyName));
    if (c.isDeleted)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("This customer is deleted.")));
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Domain"), c.domain);
    row(tr("Internal identifier"), c.internalIdentifier.isEmpty() ? tr("(none)") : c.internalIdentifier);
    row(tr("Tax ID"), c.taxId);
    row(tr("Address"), QStringList{c.addressLine1, c.addressLine2}.join(QStringLiteral(", ")));
    row(tr("City"), QStringLiteral("%1 %2").arg(c.zip, c.city).trimmed());
    row(tr("Country"), c.country);
    row(tr("Primary contact"), QStringList{c.firstName, c.middleName, c.lastName}.join(u' ').simplified());
    row(tr("Email"), c.email);
    row(tr("Phone"), c.phone);
    row(tr("Relationship"), c.resellerId.isNull() ? tr("Direct (CSP)") : tr("Reseller %1").arg(c.resellerId.toString(QUuid::WithoutBraces)));
    if (c.createdDate.isValid())
        row(tr("Created"), locale.toString(c.createdDate.toLocalTime(), QLocale::ShortFormat));
    row(tr("ID"), c.id.toString(QUuid::WithoutBraces));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Provider instances (%n)", nullptr, int(c.providerCustomers.size()))));
    if (c.providerCustomers.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("Not in any provider instance yet.")));
    auto marginText = [&](const cc::PriceMargin &m) {
        return tr("%1 % %2").arg(locale.toString(m.value, 'f', 2), cc::marginRuleName(m.rule));
    };
    for (const cc::ProviderCustomer &pc : c.providerCustomers) {
        QString name = pc.providerInstanceId.toString(QUuid::WithoutBraces);
        for (const auto &i : m_instances)
            if (i.id == pc.providerInstanceId)
                name = i.displayName();
        html += QStringLiteral("<p><b>%1</b><br/>").arg(esc(name));
        html += esc(tr("Customer ID at the provider: %1").arg(pc.providerCustomerId.isEmpty() ? tr("(not created yet)") : pc.providerCustomerId));
        html += QStringLiteral("<br/>") + esc(tr("Margin: %1").arg(pc.margin ? marginText(*pc.margin) : tr("none")));
        for (const auto &m : pc.offerTypeMargins)
            html += QStringLiteral("<br/>&nbsp;&nbsp;") + esc(tr("%1: %2").arg(cc::offerTypeName(m.offerType), marginText(m.margin)));
        html += QStringLiteral("</p>");
    }
    m_view->setHtml(html);
}

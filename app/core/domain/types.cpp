#include "types.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace cc {

namespace {
struct RuleName
{
    MarginRule rule;
    QLatin1StringView name;
};
constexpr RuleName ruleNames[] = {
    {MarginRule::Markup, QLatin1StringView("Markup")},
    {MarginRule::Margin, QLatin1StringView("Margin")},
    {MarginRule::SplitMargin, QLatin1StringView("SplitMargin")},
    {MarginRule::ErpMinusDiscount, QLatin1StringView("ErpMinusDiscount")},
};
struct OfferName
{
    OfferType type;
    QLatin1StringView name;
};
constexpr OfferName offerNames[] = {
    {OfferType::License, QLatin1StringView("License")},
    {OfferType::LicenseLegacy, QLatin1StringView("LicenseLegacy")},
    {OfferType::SoftwareSubscription, QLatin1StringView("SoftwareSubscription")},
    {OfferType::PerpetualSoftware, QLatin1StringView("PerpetualSoftware")},
    {OfferType::AzurePlan, QLatin1StringView("AzurePlan")},
    {OfferType::AzureReservation, QLatin1StringView("AzureReservation")},
    {OfferType::AzureLegacy, QLatin1StringView("AzureLegacy")},
    {OfferType::AzureSavingsPlan, QLatin1StringView("AzureSavingsPlan")},
};
} // namespace

QString marginRuleName(MarginRule rule)
{
    for (const auto &r : ruleNames)
        if (r.rule == rule)
            return QString(r.name);
    return {};
}

std::optional<MarginRule> marginRuleFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &r : ruleNames)
        if (trimmed.compare(r.name, Qt::CaseInsensitive) == 0)
            return r.rule;
    return std::nullopt;
}

QList<MarginRule> allMarginRules()
{
    QList<MarginRule> out;
    for (const auto &r : ruleNames)
        out << r.rule;
    return out;
}

QString offerTypeName(OfferType type)
{
    for (const auto &o : offerNames)
        if (o.type == type)
            return QString(o.name);
    return {};
}

QString marginRuleDisplayName(MarginRule rule)
{
    switch (rule) {
    case MarginRule::Markup: return QCoreApplication::translate("DisplayNames", "Markup");
    case MarginRule::Margin: return QCoreApplication::translate("DisplayNames", "Margin");
    case MarginRule::SplitMargin: return QCoreApplication::translate("DisplayNames", "Split margin");
    case MarginRule::ErpMinusDiscount: return QCoreApplication::translate("DisplayNames", "ERP minus discount");
    }
    return marginRuleName(rule);
}

QString offerTypeDisplayName(OfferType type)
{
    switch (type) {
    case OfferType::License: return QCoreApplication::translate("DisplayNames", "License");
    case OfferType::LicenseLegacy: return QCoreApplication::translate("DisplayNames", "License (legacy)");
    case OfferType::SoftwareSubscription: return QCoreApplication::translate("DisplayNames", "Software subscription");
    case OfferType::PerpetualSoftware: return QCoreApplication::translate("DisplayNames", "Perpetual software");
    case OfferType::AzurePlan: return QCoreApplication::translate("DisplayNames", "Azure plan");
    case OfferType::AzureReservation: return QCoreApplication::translate("DisplayNames", "Azure reservation");
    case OfferType::AzureLegacy: return QCoreApplication::translate("DisplayNames", "Azure (legacy)");
    case OfferType::AzureSavingsPlan: return QCoreApplication::translate("DisplayNames", "Azure savings plan");
    }
    return offerTypeName(type);
}

std::optional<OfferType> offerTypeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &o : offerNames)
        if (trimmed.compare(o.name, Qt::CaseInsensitive) == 0)
            return o.type;
    return std::nullopt;
}

QList<OfferType> allOfferTypes()
{
    QList<OfferType> out;
    for (const auto &o : offerNames)
        out << o.type;
    return out;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Csp: return QStringLiteral("csp");
    case Role::Reseller: return QStringLiteral("reseller");
    case Role::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<double> applyMargin(MarginRule rule, double percent, double price)
{
    const double p = percent / 100.0;
    switch (rule) {
    case MarginRule::Markup: return price * (1.0 + p);
    case MarginRule::Margin:
        if (p >= 1.0)
            return std::nullopt;
        return price / (1.0 - p);
    case MarginRule::SplitMargin: {
        const double half = p / 2.0;
        if (half >= 1.0)
            return std::nullopt;
        return price * (1.0 + half) / (1.0 - half);
    }
    case MarginRule::ErpMinusDiscount: return price * (1.0 - p);
    }
    return std::nullopt;
}

const ProviderCustomer *Customer::providerCustomer(const QUuid &instanceId) const
{
    for (const auto &pc : providerCustomers)
        if (pc.providerInstanceId == instanceId)
            return &pc;
    return nullptr;
}

bool ProviderInstance::isMicrosoft() const
{
    if (providerName.contains(u"microsoft", Qt::CaseInsensitive))
        return true;
    if (!providerName.isEmpty())
        return false;
    // Without a provider name, Microsoft's own offer types give it away.
    for (OfferType t : offerTypes)
        if (t == OfferType::AzurePlan || t == OfferType::LicenseLegacy || t == OfferType::AzureLegacy)
            return true;
    return false;
}

QString ProviderInstance::displayName() const
{
    if (!alias.isEmpty())
        return alias;
    if (!providerName.isEmpty())
        return providerName;
    return id.toString(QUuid::WithoutBraces);
}

QString searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::CompanyName: return QStringLiteral("Company.Name");
    case SearchField::Domain: return QStringLiteral("Domain");
    case SearchField::InternalIdentifier: return QStringLiteral("InternalIdentifier");
    case SearchField::ProviderCustomerId: return QStringLiteral("ProviderCustomerId");
    }
    return {};
}

QString resellerSearchFieldName(ResellerSearchField field)
{
    switch (field) {
    case ResellerSearchField::CompanyName: return QStringLiteral("Company.Name");
    case ResellerSearchField::InternalIdentifier: return QStringLiteral("InternalIdentifier");
    case ResellerSearchField::MpnId: return QStringLiteral("MpnId");
    }
    return {};
}

namespace {
struct McaStatusEntry
{
    McaStatus status;
    QLatin1StringView name;
};
constexpr McaStatusEntry mcaStatusNames[] = {
    {McaStatus::Required, QLatin1StringView("required")},
    {McaStatus::LinkGenerated, QLatin1StringView("linkgenerated")},
    {McaStatus::LinkExpired, QLatin1StringView("linkexpired")},
    {McaStatus::CustomerAccepted, QLatin1StringView("customeraccepted")},
    {McaStatus::AgreementCreated, QLatin1StringView("agreementcreated")},
};
} // namespace

QString mcaStatusName(McaStatus status)
{
    for (const auto &s : mcaStatusNames)
        if (s.status == status)
            return QString(s.name);
    return {};
}

std::optional<McaStatus> mcaStatusFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &s : mcaStatusNames)
        if (trimmed.compare(s.name, Qt::CaseInsensitive) == 0)
            return s.status;
    return std::nullopt;
}

QList<McaStatus> allMcaStatuses()
{
    QList<McaStatus> out;
    for (const auto &s : mcaStatusNames)
        out << s.status;
    return out;
}

QString mcaStatusDisplayName(McaStatus status)
{
    switch (status) {
    case McaStatus::Required: return QCoreApplication::translate("DisplayNames", "MCA required");
    case McaStatus::LinkGenerated: return QCoreApplication::translate("DisplayNames", "Pending");
    case McaStatus::LinkExpired: return QCoreApplication::translate("DisplayNames", "Link expired");
    case McaStatus::CustomerAccepted: return QCoreApplication::translate("DisplayNames", "Ready to create agreement");
    case McaStatus::AgreementCreated: return QCoreApplication::translate("DisplayNames", "Compliant");
    }
    return mcaStatusName(status);
}

QString mcaSortFieldName(McaSortField field)
{
    switch (field) {
    case McaSortField::Status: return QStringLiteral("Status");
    case McaSortField::CompanyName: return QStringLiteral("CompanyName");
    }
    return {};
}

QString MicrosoftCustomerData::toJsonText() const
{
    QJsonObject o;
    o.insert(u"Domain", domain);
    o.insert(u"CredentialsEmail", credentialsEmail);
    o.insert(u"AcceptedMCA", acceptedMca);
    if (agreementDate.isValid())
        o.insert(u"AgreementDate", QDateTime(agreementDate, QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
    o.insert(u"KeepPrimaryInformation", keepPrimaryInformation);
    if (!keepPrimaryInformation) {
        o.insert(u"FirstName", firstName);
        o.insert(u"LastName", lastName);
        o.insert(u"Email", email);
        o.insert(u"Phone", phone);
    }
    if (!defaultCulture.isEmpty())
        o.insert(u"DefaultCulture", defaultCulture);
    if (!language.isEmpty())
        o.insert(u"Language", language);
    if (!associatedPartnerId.isEmpty())
        o.insert(u"AssociatedPartnerId", associatedPartnerId);
    o.insert(u"Qualifications", qualifications);
    o.insert(u"EnableGDAP", enableGdap);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<MicrosoftCustomerData> MicrosoftCustomerData::fromJsonText(const QString &text)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    // Property names bind case-insensitively, as on the server.
    QHash<QString, QJsonValue> v;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        v.insert(it.key().toLower(), it.value());
    MicrosoftCustomerData d;
    d.domain = v.value(QStringLiteral("domain")).toString();
    d.credentialsEmail = v.value(QStringLiteral("credentialsemail")).toString();
    d.acceptedMca = v.value(QStringLiteral("acceptedmca")).toBool();
    d.agreementDate = QDateTime::fromString(v.value(QStringLiteral("agreementdate")).toString(), Qt::ISODate).date();
    d.keepPrimaryInformation = v.value(QStringLiteral("keepprimaryinformation")).toBool(true);
    d.firstName = v.value(QStringLiteral("firstname")).toString();
    d.lastName = v.value(QStringLiteral("lastname")).toString();
    d.email = v.value(QStringLiteral("email")).toString();
    d.phone = v.value(QStringLiteral("phone")).toString();
    d.defaultCulture = v.value(QStringLiteral("defaultculture")).toString();
    d.language = v.value(QStringLiteral("language")).toString();
    d.associatedPartnerId = v.value(QStringLiteral("associatedpartnerid")).toString();
    d.qualifications = v.value(QStringLiteral("qualifications")).toArray();
    d.enableGdap = v.value(QStringLiteral("enablegdap")).toBool(true);
    return d;
}

void CustomerSummary::setField(Field f, QByteArrayView utf8)
{
    Q_ASSERT(f == 0 ? text.isEmpty() : text.size() == end[f - 1] + 1);
    text.append(utf8);
    end[f] = quint32(text.size());
    text.append('\x1f');
}

QByteArray CustomerSummary::searchTextOf(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    appendSearchText(out, utf8);
    return out;
}

void CustomerSummary::appendSearchText(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype at = out.size();
    out.resize(at + utf8.size());
    char *d = out.data() + at;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = quint8(utf8[i]);
        if (c >= 0x80) {
            out.truncate(at);
            out += QString::fromUtf8(utf8).toLower().toUtf8();
            return;
        }
        d[i] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
}

CustomerSummary CustomerSummary::fromCustomer(const Customer &c)
{
    CustomerSummary s;
    s.id = c.id;
    s.resellerId = c.resellerId;
    const QString *fields[FieldCount] = {&c.companyName, &c.domain, &c.internalIdentifier, &c.country, &c.city, &c.email};
    for (int f = 0; f < FieldCount; ++f)
        s.setField(Field(f), fields[f]->toUtf8());
    s.text.squeeze();
    s.createdSecs = c.createdDate.isValid() ? c.createdDate.toSecsSinceEpoch() : 0;
    s.providerCount = quint32(std::min<qsizetype>(c.providerCustomers.size(), std::numeric_limits<quint32>::max()));
    s.isDeleted = c.isDeleted;
    return s;
}

void CustomerSummaryPage::makeSearchTexts()
{
    qsizetype total = 0;
    for (const CustomerSummary &c : std::as_const(items))
        total += c.text.size();
    searchTexts.clear();
    searchTexts.reserve(total + total / 8);
    searchEnds.clear();
    searchEnds.reserve(items.size());
    for (const CustomerSummary &c : std::as_const(items)) {
        CustomerSummary::appendSearchText(searchTexts, c.text);
        searchEnds.append(searchTexts.size());
    }
}

} // namespace cc

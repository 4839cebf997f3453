#pragma once

// The sandbox's in-memory tenant: compact records, generated deterministically from a seed, with
// each customer's JSON cached until it changes.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace ccsandbox {

struct MarginRec
{
    double value = 0;
    QString rule; // documented spelling: Markup, Margin, SplitMargin, ErpMinusDiscount
};

struct InstanceRec
{
    QUuid id;
    QString alias;
    QString instanceProviderId;
    QString provider; // "Microsoft", "Adobe", "Acronis"
    QStringList offerTypes;
    QStringList countries;
    bool microsoft() const { return provider == u"Microsoft"; }
};

// A Microsoft provider customer's Microsoft Customer Agreement attestation, as CloudCockpit last
// stored it (GET .../mca) and as Microsoft has it (what POST .../mca/status reads).
enum class McaStatus
{
    Required,
    LinkGenerated,
    LinkExpired,
    CustomerAccepted,
    AgreementCreated
};

struct McaRec
{
    McaStatus status = McaStatus::Required;
    // The acceptance link, when one was generated: its lifetime (Microsoft allows 5 to 10,080
    // minutes) and when it stops working (generation time plus lifetime).
    int linkLifetimeMinutes = 0;
    QDateTime linkExpires;
    // The customer accepted the link at Microsoft; CloudCockpit learns it on the next refresh.
    bool acceptedAtMicrosoft = false;
};

struct ProviderCustomerRec
{
    QUuid instanceId;
    QString providerCustomerId;
    QString data; // JSON text
    std::optional<MarginRec> margin;
    QMap<QString, MarginRec> offerTypeMargins;
    // The relationship it belongs to: the customer's reseller, or null for the CSP's own
    // (direct) relationship, which the reseller does not see.
    QUuid resellerId;
    McaRec mca; // Microsoft instances only
};

struct CustomerRec
{
    QUuid id;
    QString companyName;
    QString sortKey; // case-folded company name: sort order and case-insensitive search
    QString taxId, country, address1, address2, city, state, zip;
    QString firstName, middleName, lastName, email, phone;
    QString domain;
    QString cspInternalId;      // the CSP's relationship
    QString resellerInternalId; // the reseller's relationship, when there is one
    QUuid resellerId;
    bool deleted = false;
    QDateTime created;
    QList<ProviderCustomerRec> providerCustomers;
    // Serialised views, rebuilt after a write.
    QByteArray cspJson;
    QByteArray resellerJson;
};

struct ResellerRec
{
    QUuid id;
    QString companyName, country, address1, address2, city, state, zip;
    QString firstName, lastName, email, phone;
    QString internalIdentifier, taxId, customDomain;
    QString mpnId;               // primary Microsoft partner (MPN) ID
    QStringList secondaryMpnIds; // e.g. one per location
};

class Tenant
{
public:
    // now: the moment the tenant starts from; MCA links are generated and expire relative to it.
    Tenant(quint32 seed, int customerCount, const QDateTime &now = QDateTime::currentDateTimeUtc());

    std::vector<CustomerRec> customers;
    std::vector<int> byName; // indices sorted by company name
    QHash<QUuid, int> index;
    QList<InstanceRec> instances;
    QList<QUuid> resellers;
    std::vector<ResellerRec> resellerRecords; // in the order of resellers
    QHash<QString, int> domainOwner;          // Microsoft domain prefix (lower case, no .onmicrosoft.com) -> customer index

    const InstanceRec *instance(const QUuid &id) const;
    // The customer as a CSP sees it, or as its reseller sees it.
    const QByteArray &json(int customerIndex, bool resellerView);
    void invalidate(int customerIndex);
    const ResellerRec *reseller(const QUuid &id) const;

private:
    void spreadMcaStatuses(quint32 seed, const QDateTime &now);
    void makeResellers();
};

QString mcaStatusName(McaStatus status);                         // the contract's lower-case name
std::optional<McaStatus> mcaStatusFromName(const QString &name); // case-insensitive

// JSON text of a string value, quotes included; the serialisers here build JSON by concatenation
// because QJsonDocument is too slow for pages of 2000 customers out of 100,000.
void appendJsonString(QByteArray &out, QStringView s);
QString isoUtc(const QDateTime &dt); // 2024-05-01T09:00:00Z

} // namespace ccsandbox

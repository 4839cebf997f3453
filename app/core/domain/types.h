#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace cc {

enum class MarginRule
{
    Markup,
    Margin,
    SplitMargin,
    ErpMinusDiscount
};
enum class OfferType
{
    License,
    LicenseLegacy,
    SoftwareSubscription,
    PerpetualSoftware,
    AzurePlan,
    AzureReservation,
    AzureLegacy,
    AzureSavingsPlan,
};
enum class Role
{
    Unknown,
    Csp,
    Reseller
};

// Wire names (the contract's spelling) and lookups; parsing is case-insensitive.
QString marginRuleName(MarginRule rule);
std::optional<MarginRule> marginRuleFromName(QStringView name);
QList<MarginRule> allMarginRules();
QString offerTypeName(OfferType type);
std::optional<OfferType> offerTypeFromName(QStringView name);
QList<OfferType> allOfferTypes();
QString roleName(Role role);
// The names people read, in the UI language ("ERP minus discount", "Azure plan"): for the window
// and ccadmin's text output. JSON, CSV and what is sent keep the wire names above.
QString marginRuleDisplayName(MarginRule rule);
QString offerTypeDisplayName(OfferType type);

// What a rule makes of a cost price: the figure the "live example" of the margin editor shows.
// Markup: cost * (1 + p); Margin: cost / (1 - p); SplitMargin: half as markup, half as margin;
// ErpMinusDiscount: list (ERP) price * (1 - p). Returns nullopt where the rule is undefined (p >= 100 %).
std::optional<double> applyMargin(MarginRule rule, double percent, double price);

struct PriceMargin
{
    double value = 0;
    MarginRule rule = MarginRule::Markup;
    friend bool operator==(const PriceMargin &, const PriceMargin &) = default;
};

struct OfferTypeMargin
{
    OfferType offerType = OfferType::License;
    PriceMargin margin;
    friend bool operator==(const OfferTypeMargin &, const OfferTypeMargin &) = default;
};

struct ProviderCustomer
{
    QUuid providerInstanceId;
    QString providerCustomerId;
    QString providerCustomerData; // JSON text, as the API sends it
    std::optional<PriceMargin> margin;
    QList<OfferTypeMargin> offerTypeMargins;
};

struct Customer
{
    QUuid id;
    QString companyName;
    QString taxId;
    QString country;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString state;
    QString zip;
    QString firstName;
    QString middleName;
    QString lastName;
    QString email;
    QString phone;
    QString internalIdentifier;
    QUuid resellerId; // null: direct CSP relationship
    QString domain;   // x-inferred: see contractnames.h
    bool isDeleted = false;
    QDateTime createdDate;
    QList<ProviderCustomer> providerCustomers;

    const ProviderCustomer *providerCustomer(const QUuid &instanceId) const;
};

struct ProviderInstance
{
    QUuid id;
    QString alias;
    QString instanceProviderId;
    QString imageUrl;
    QString providerName; // from the opaque "provider" object, when it has a name
    QList<OfferType> offerTypes;
    QStringList supportedCountries;
    bool isMicrosoft() const;
    QString displayName() const;
};

template<typename T> struct Page
{
    QList<T> items;
    int pageNumber = 1;
    int pageSize = 0;
    int totalPages = 0;
    int totalCount = 0;
    bool hasPreviousPage = false;
    bool hasNextPage = false;
};
using CustomerPage = Page<Customer>;

// What a list of customers shows of each one (the desktop list; ccadmin's csv and text output),
// read from a page without building whole Customer objects. The six text fields live in one UTF-8
// string, each followed by U+001F, so that a row costs one allocation. Fields are kept whole,
// however long: a csv export must carry what the server has (a response is capped as a whole).
struct CustomerSummary
{
    enum Field : quint8
    {
        CompanyName,
        Domain,
        InternalIdentifier,
        Country,
        City,
        Email,
        FieldCount
    };

    QUuid id;
    QUuid resellerId;             // null: direct CSP relationship
    QByteArray text;              // field, U+001F, field, U+001F, ...
    quint32 end[FieldCount] = {}; // end offset in text of each field
    qint64 createdSecs = 0;       // createdDate in UTC seconds since the epoch; 0: none or unreadable
    quint32 providerCount = 0;    // entries of providerCustomers
    bool isDeleted = false;

    QByteArrayView utf8(Field f) const
    {
        const qsizetype from = f == 0 ? 0 : qsizetype(end[f - 1]) + 1;
        return QByteArrayView(text.constData() + from, qsizetype(end[f]) - from);
    }
    QString field(Field f) const { return QString::fromUtf8(utf8(f)); }
    // Builds `text` and `end`: call it for each field in order, CompanyName first.
    void setField(Field f, QByteArrayView utf8);
    static CustomerSummary fromCustomer(const Customer &customer);
    // Lower-cased (as QString::toLower does) copy of UTF-8 text, in UTF-8; ASCII without Qt's
    // per-character case tables.
    static QByteArray searchTextOf(QByteArrayView utf8);
    static void appendSearchText(QByteArray &out, QByteArrayView utf8); // out += searchTextOf(utf8)
};

struct CustomerSummaryPage : Page<CustomerSummary>
{
    // When asked for, what a local filter matches: searchTextOf(item.text) of every item, one after
    // another in one buffer (made on the thread that read the page); item i's is searchText(i).
    QByteArray searchTexts;
    QList<qsizetype> searchEnds;

    QByteArrayView searchText(qsizetype i) const
    {
        const qsizetype from = i == 0 ? 0 : searchEnds.at(i - 1);
        return QByteArrayView(searchTexts.constData() + from, searchEnds.at(i) - from);
    }
    void makeSearchTexts(); // fills searchTexts and searchEnds from the items
};
using ProviderInstancePage = Page<ProviderInstance>;

enum class SearchField
{
    CompanyName,
    Domain,
    InternalIdentifier,
    ProviderCustomerId
};
QString searchFieldName(SearchField field); // wire value, e.g. "Company.Name"

struct CustomerQuery
{
    int pageNumber = 1;
    int pageSize = 25;   // 1..2000
    QString searchValue; // empty: no search
    SearchField searchField = SearchField::CompanyName;
    bool ascending = true;
    QUuid resellerId;           // null: no filter
    bool includeDeleted = true; // the API's documented default
};

// Content of providerCustomerData for a Microsoft provider instance.
struct MicrosoftCustomerData
{
    QString domain;
    QString credentialsEmail;
    bool acceptedMca = false;
    QDate agreementDate;
    bool keepPrimaryInformation = true;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString defaultCulture; // e.g. en-US
    QString language;       // e.g. en
    QString associatedPartnerId;
    QJsonArray qualifications;
    bool enableGdap = true;

    QString toJsonText() const; // the string the API wants in providerCustomerData
    static std::optional<MicrosoftCustomerData> fromJsonText(const QString &text);
};

struct AddProviderInstanceRequest
{
    QUuid providerInstanceId;
    QString providerCustomerData; // JSON text; MicrosoftCustomerData::toJsonText() for Microsoft
    PriceMargin margin;
    QList<OfferTypeMargin> offerTypeMargins; // empty: the instance margin applies to every offer type
    QUuid resellerId;                        // query parameter; null: not sent
};

struct McaUpdate
{
    QUuid providerInstanceId;
    QDate agreementDate;
    bool keepPrimaryInformation = true;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
};

struct InternalIdentifierUpdate
{
    QString internalIdentifier; // empty: clear
    QUuid resellerId;           // null: the caller's own relationship
};

// What the JWT says about the session (no signature check: the server does that).
struct TokenClaims
{
    Role role = Role::Unknown;
    QDateTime expiresAt;
    QUuid resellerId;
    QString tenantId;
    QString appId;
};

// --- Resellers, margins of an existing relationship, Microsoft Customer Agreement status (#17) ---

// A reseller of the CSP (GET /v1/Resellers, GET /v1/Resellers/{id}); every string may be empty.
struct Reseller
{
    QUuid id;
    QString companyName;
    QString country;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString state;
    QString zipCode;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString internalIdentifier;
    QString taxId;
    QString customDomain;
};
using ResellerPage = Page<Reseller>;

enum class ResellerSearchField
{
    CompanyName,
    InternalIdentifier,
    MpnId
};
QString resellerSearchFieldName(ResellerSearchField field); // wire value, e.g. "Company.Name"

struct ResellerQuery
{
    int pageNumber = 1;
    int pageSize = 25;   // 1..2000
    QString searchValue; // empty: no search
    ResellerSearchField searchField = ResellerSearchField::CompanyName;
    bool ascending = true; // by company name
    QUuid customerId;      // with providerInstanceId: only the customer's resellers there
    QUuid providerInstanceId;
};

// PATCH /v1/Customers/{customerId}/margins/{providerInstanceId}: replaces the margin and the
// offer-type margins of an existing relationship; an offer type left out loses its own margin.
struct MarginsUpdate
{
    QUuid providerInstanceId; // in the path
    PriceMargin margin;
    QList<OfferTypeMargin> offerTypeMargins;
    QUuid resellerId; // the relationship to change; null: the caller's own
};

// Microsoft Customer Agreement attestation status, in the order a customer goes through them.
enum class McaStatus
{
    Required,
    LinkGenerated,
    LinkExpired,
    CustomerAccepted,
    AgreementCreated
};
QString mcaStatusName(McaStatus status);                      // wire value, e.g. "linkgenerated"
std::optional<McaStatus> mcaStatusFromName(QStringView name); // case-insensitive
QList<McaStatus> allMcaStatuses();
// What the portal calls each (its cards): "MCA required", "Pending", "Link expired", "Ready to
// create agreement", "Compliant"; in the UI language.
QString mcaStatusDisplayName(McaStatus status);

// One customer's agreement in one Microsoft provider instance.
struct McaItem
{
    QUuid customerId;
    QString providerCustomerId; // the customer's tenant ID at Microsoft
    QString companyName;
    QUuid providerInstanceId;
    QString providerInstanceName;
    QString firstName; // the signatory
    QString lastName;
    QString email;
    QString phone;
    McaStatus status = McaStatus::Required;
    QDateTime agreementDate; // x-inferred: when accepted, where known
    QDateTime linkExpiresAt; // x-inferred: when a generated acceptance link stops working

    // What a listing tells items apart by (a customer has one agreement per instance).
    QUuid id;
};
using McaPage = Page<McaItem>;

enum class McaSortField
{
    Status,
    CompanyName
};
QString mcaSortFieldName(McaSortField field); // wire value

// GET /v1/Customers/mca. The documented defaults: sorted by status, descending.
struct McaQuery
{
    int pageNumber = 1;
    int pageSize = 25; // 1..2000
    QUuid customerId;
    QUuid providerInstanceId;
    std::optional<McaStatus> status;
    QString searchValue; // part of the company name; empty: no search
    McaSortField sortBy = McaSortField::Status;
    bool ascending = false;
    bool excludeCompliant = false;
};

// The answer of POST .../mca/status: the signatory and the acceptance link's lifetime.
struct McaRefresh
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    std::optional<int> expirationMinutes; // 5..10080
};

} // namespace cc

Q_DECLARE_METATYPE(cc::Customer)
Q_DECLARE_METATYPE(cc::ProviderInstance)
Q_DECLARE_METATYPE(cc::Reseller)
Q_DECLARE_METATYPE(cc::McaItem)

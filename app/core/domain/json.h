#pragma once

// Parsing of everything the server sends and serialising of what we send. Parsers never trust the
// input: a body that is not the documented shape gives an error text, never a crash or an empty list.

#include "types.h"
#include <core/api/apierror.h>

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace cc::json {

struct ParseError
{
    QString message; // English, technical: goes into ApiError::detail
};

template<typename T> struct Parsed
{
    std::optional<T> value;
    ParseError error;
    bool ok() const { return value.has_value(); }
};

Parsed<CustomerPage> parseCustomerPage(const QByteArray &body);
// Only what a list shows of each customer, several times faster than parseCustomerPage and without
// its QJsonDocument. Accepts every page parseCustomerPage accepts, with the same values; it reads
// providerCustomers only as far as counting its entries, so a page whose entries are malformed
// inside still lists (the details pane, which parses the whole customer, then says what is wrong).
// With withSearchText, the page's searchTexts are made too (off the caller's thread, that is).
Parsed<CustomerSummaryPage> parseCustomerSummaryPage(const QByteArray &body, bool withSearchText = false);
Parsed<Customer> parseCustomer(const QByteArray &body);
Parsed<Customer> parseCustomer(const QJsonObject &object);
Parsed<ProviderInstancePage> parseProviderInstancePage(const QByteArray &body);
Parsed<QString> parseJsonString(const QByteArray &body); // a body that is one JSON string

// #17: resellers and Microsoft Customer Agreement status. A single object's body is refused past
// MaxObjectBodyBytes (a reseller or an agreement is a few hundred bytes); a page is bounded by the
// client's response cap. An unknown MCA status is an error, not a guess.
inline constexpr qsizetype MaxObjectBodyBytes = 1024 * 1024;
Parsed<ResellerPage> parseResellerPage(const QByteArray &body);
Parsed<Reseller> parseReseller(const QByteArray &body);
Parsed<McaPage> parseMcaPage(const QByteArray &body);
Parsed<McaItem> parseMcaItem(const QByteArray &body);
Parsed<McaRefresh> parseMcaRefresh(const QByteArray &body);

struct TokenResponse
{
    QString accessToken;
    int expiresIn = 0;
};
Parsed<TokenResponse> parseTokenResponse(const QByteArray &body);
// OAuth error body (Entra): returns error + error_description, or nullopt.
std::optional<std::pair<QString, QString>> parseOAuthError(const QByteArray &body);

// Fills type/description/correlationId/fieldErrors of `error` from an ErrorResponse envelope.
// Returns false when the body is not an envelope (the caller keeps its generic message).
bool parseErrorEnvelope(const QByteArray &body, ApiError &error);

// Decodes a JWT's payload. No signature check: the server does that.
Parsed<TokenClaims> decodeJwt(QStringView token);

QByteArray serialize(const AddProviderInstanceRequest &request);
QByteArray serialize(const McaUpdate &update);
QByteArray serialize(const InternalIdentifierUpdate &update);
QByteArray serialize(const MarginsUpdate &update); // the body; providerInstanceId goes in the path
QJsonObject toJson(const PriceMargin &margin);
QJsonObject toJson(const Customer &customer); // for ccadmin --format json
QJsonObject toJson(const Reseller &reseller);
QJsonObject toJson(const McaItem &item);
QJsonObject toJson(const McaRefresh &refresh);

} // namespace cc::json

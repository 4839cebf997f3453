#include "json.h"

#include "contractnames.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::json {

namespace {

template<typename T> Parsed<T> fail(const QString &message)
{
    Parsed<T> p;
    p.error.message = message;
    return p;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

// Reads the fields of one object, collecting the first shape error.
class Reader
{
public:
    Reader(const QJsonObject &o, QString where)
        : m_o(o)
        , m_where(std::move(where))
    {}

    QString string(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isNull() && !v.isUndefined())
            wrong(key, QStringLiteral("a string"), v);
        return {};
    }
    bool boolean(QLatin1StringView key, bool fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isNull() && !v.isUndefined())
            wrong(key, QStringLiteral("a boolean"), v);
        return fallback;
    }
    int integer(QLatin1StringView key, int fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= -2147483648.0 && d <= 2147483647.0 && d == double(qint64(d)))
                return int(d);
        }
        if (!v.isNull() && !v.isUndefined())
            wrong(key, QStringLiteral("an integer"), v);
        return fallback;
    }
    QUuid uuid(QLatin1StringView key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString() && validation::isUuid(v.toString()))
            return QUuid::fromString(v.toString());
        if ((v.isNull() || v.isUndefined()) && !required)
            return {};
        wrong(key, QStringLiteral("a UUID"), v);
        return {};
    }
    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isObject())
            return v.toObject();
        if (!v.isNull() && !v.isUndefined())
            wrong(key, QStringLiteral("an object"), v);
        return {};
    }
    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isArray())
            return v.toArray();
        if (!v.isNull() && !v.isUndefined())
            wrong(key, QStringLiteral("an array"), v);
        return {};
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_where + u": " + message;
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void wrong(QLatin1StringView key, const QString &expected, const QJsonValue &got)
    {
        fail(QStringLiteral("\"%1\" should be %2 but is %3").arg(key, expected, describe(got)));
    }
    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

std::optional<PriceMargin> readMargin(const QJsonValue &value, Reader &parent, const QString &where)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        parent.fail(where + QStringLiteral(" should be an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    PriceMargin m;
    const QJsonValue v = o.value(contract::MarginValue);
    if (v.isDouble())
        m.value = v.toDouble();
    else if (!v.isNull() && !v.isUndefined())
        parent.fail(where + QStringLiteral(".value should be a number"));
    const QJsonValue rule = o.value(QLatin1StringView("marginRule"));
    const QString name = rule.isObject() ? rule.toObject().value(QLatin1StringView("name")).toString() : QString();
    const auto parsed = marginRuleFromName(name);
    if (!parsed) {
        parent.fail(where + QStringLiteral(".marginRule.name \"%1\" is not a known margin rule").arg(name));
        return std::nullopt;
    }
    m.rule = *parsed;
    return m;
}

QList<OfferTypeMargin> readOfferTypeMargins(const QJsonObject &o, Reader &parent)
{
    QList<OfferTypeMargin> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto type = offerTypeFromName(it.key());
        if (!type)
            continue; // an offer type this version does not know yet: show what we know
        const auto margin = readMargin(it.value(), parent, QStringLiteral("offerTypeMargins.") + it.key());
        if (margin)
            out.append({*type, *margin});
    }
    return out;
}

bool readCustomer(const QJsonObject &o, Customer &c, QString &error)
{
    Reader r(o, QStringLiteral("customer"));
    c.id = r.uuid(QLatin1StringView("id"), true);
    c.companyName = r.string(QLatin1StringView("companyName"));
    c.taxId = r.string(QLatin1StringView("taxId"));
    c.country = r.string(QLatin1StringView("country"));
    c.addressLine1 = r.string(QLatin1StringView("addressLine1"));
    c.addressLine2 = r.string(QLatin1StringView("addressLine2"));
    c.city = r.string(QLatin1StringView("city"));
    c.state = r.string(QLatin1StringView("state"));
    c.zip = r.string(QLatin1StringView("zip"));
    c.firstName = r.string(QLatin1StringView("firstName"));
    c.middleName = r.string(QLatin1StringView("middleName"));
    c.lastName = r.string(QLatin1StringView("lastName"));
    c.email = r.string(QLatin1StringView("email"));
    c.phone = r.string(QLatin1StringView("phone"));
    c.internalIdentifier = r.string(QLatin1StringView("internalIdentifier"));
    c.resellerId = r.uuid(QLatin1StringView("resellerId"), false);
    c.domain = r.string(contract::CustomerDomain);
    c.isDeleted = r.boolean(contract::CustomerIsDeleted, false);
    const QString created = r.string(contract::CustomerCreatedDate);
    if (!created.isEmpty())
        c.createdDate = QDateTime::fromString(created, Qt::ISODateWithMs);
    const QJsonObject pcs = r.object(QLatin1StringView("providerCustomers"));
    for (auto it = pcs.begin(); it != pcs.end(); ++it) {
        if (!it.value().isObject()) {
            r.fail(QStringLiteral("providerCustomers.%1 should be an object").arg(it.key()));
            break;
        }
        Reader pr(it.value().toObject(), QStringLiteral("providerCustomers.") + it.key());
        ProviderCustomer pc;
        pc.providerInstanceId = pr.uuid(QLatin1StringView("providerInstanceId"), false);
        if (pc.providerInstanceId.isNull() && validation::isUuid(it.key()))
            pc.providerInstanceId = QUuid::fromString(it.key());
        pc.providerCustomerId = pr.string(QLatin1StringView("providerCustomerId"));
        pc.providerCustomerData = pr.string(QLatin1StringView("providerCustomerData"));
        pc.margin = readMargin(it.value().toObject().value(QLatin1StringView("margin")), pr, QStringLiteral("margin"));
        pc.offerTypeMargins = readOfferTypeMargins(pr.object(contract::ProviderCustomerOfferTypeMargins), pr);
        if (!pr.ok()) {
            r.fail(pr.error());
            break;
        }
        c.providerCustomers.append(std::move(pc));
    }
    if (!r.ok()) {
        error = r.error();
        return false;
    }
    return true;
}

template<typename T, typename ItemReader> Parsed<Page<T>> parsePage(const QByteArray &body, const char *what, ItemReader readItem)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail<Page<T>>(QStringLiteral("%1 page is not valid JSON: %2 at offset %3")
                                 .arg(QLatin1StringView(what), err.errorString())
                                 .arg(err.offset));
    if (!doc.isObject())
        return fail<Page<T>>(QStringLiteral("%1 page is not a JSON object").arg(QLatin1StringView(what)));
    const QJsonObject o = doc.object();
    Reader r(o, QLatin1StringView(what) + QStringLiteral(" page"));
    const QJsonValue itemsValue = o.value(QLatin1StringView("items"));
    if (!itemsValue.isArray() && !itemsValue.isNull())
        return fail<Page<T>>(QStringLiteral("%1 page has no \"items\" array").arg(QLatin1StringView(what)));
    Page<T> page;
    const QJsonArray items = itemsValue.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        if (!v.isObject())
            return fail<Page<T>>(QStringLiteral("items[%1] is not an object").arg(i));
        T item;
        QString error;
        if (!readItem(v.toObject(), item, error))
            return fail<Page<T>>(QStringLiteral("items[%1]: %2").arg(i).arg(error));
        page.items.append(std::move(item));
    }
    const QJsonObject pp = r.object(QLatin1StringView("paginationParameters"));
    Reader pr(pp, QStringLiteral("paginationParameters"));
    page.pageNumber = pr.integer(QLatin1StringView("pageNumber"), 1);
    page.pageSize = pr.integer(QLatin1StringView("pageSize"), int(items.size()));
    page.totalPages = r.integer(QLatin1StringView("totalPages"), 1);
    page.totalCount = r.integer(QLatin1StringView("totalCount"), int(items.size()));
    page.hasPreviousPage = r.boolean(QLatin1StringView("hasPreviousPage"), page.pageNumber > 1);
    page.hasNextPage = r.boolean(QLatin1StringView("hasNextPage"), false);
    if (!r.ok())
        return fail<Page<T>>(r.error());
    if (!pr.ok())
        return fail<Page<T>>(pr.error());
    if (page.totalCount < 0 || page.totalPages < 0)
        return fail<Page<T>>(QStringLiteral("negative totals in the page"));
    Parsed<Page<T>> out;
    out.value = std::move(page);
    return out;
}

bool readProviderInstance(const QJsonObject &o, ProviderInstance &p, QString &error)
{
    Reader r(o, QStringLiteral("provider instance"));
    p.id = r.uuid(QLatin1StringView("id"), true);
    p.alias = r.string(QLatin1StringView("alias"));
    p.instanceProviderId = r.string(QLatin1StringView("instanceProviderId"));
    p.imageUrl = r.string(QLatin1StringView("imageUrl"));
    const QJsonArray offers = r.array(QLatin1StringView("offerTypes"));
    for (const QJsonValue &v : offers) {
        const QString name = v.isObject() ? v.toObject().value(QLatin1StringView("name")).toString() : v.toString();
        if (const auto t = offerTypeFromName(name))
            p.offerTypes.append(*t);
    }
    for (const QJsonValue &v : r.array(QLatin1StringView("supportedCountries")))
        if (v.isString())
            p.supportedCountries.append(v.toString());
    const QJsonValue provider = o.value(QLatin1StringView("provider"));
    if (provider.isObject())
        p.providerName = provider.toObject().value(contract::ProviderName).toString();
    if (!r.ok()) {
        error = r.error();
        return false;
    }
    return true;
}

bool readReseller(const QJsonObject &o, Reseller &x, QString &error)
{
    Reader r(o, QStringLiteral("reseller"));
    x.id = r.uuid(QLatin1StringView("id"), true);
    x.companyName = r.string(QLatin1StringView("companyName"));
    x.country = r.string(QLatin1StringView("country"));
    x.addressLine1 = r.string(QLatin1StringView("addressLine1"));
    x.addressLine2 = r.string(QLatin1StringView("addressLine2"));
    x.city = r.string(QLatin1StringView("city"));
    x.state = r.string(QLatin1StringView("state"));
    x.zipCode = r.string(QLatin1StringView("zipCode"));
    x.firstName = r.string(QLatin1StringView("firstName"));
    x.lastName = r.string(QLatin1StringView("lastName"));
    x.email = r.string(QLatin1StringView("email"));
    x.phone = r.string(QLatin1StringView("phone"));
    x.internalIdentifier = r.string(QLatin1StringView("internalIdentifier"));
    x.taxId = r.string(QLatin1StringView("taxId"));
    x.customDomain = r.string(QLatin1StringView("customDomain"));
    r.object(QLatin1StringView("providerResellers")); // not read, but an object or null
    if (!r.ok()) {
        error = r.error();
        return false;
    }
    return true;
}

// An optional date-time: missing or null is none; anything else must be ISO 8601.
QDateTime readDateTime(Reader &r, QLatin1StringView key)
{
    const QString text = r.string(key);
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Years a person reads: also what Qt writes back as ISO 8601 (json output, the read-back).
    if (!t.isValid() || t.toUTC().date().year() < 1900 || t.toUTC().date().year() > 9999) {
        r.fail(QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(key));
        return {};
    }
    return t;
}

bool readMcaItem(const QJsonObject &o, McaItem &m, QString &error)
{
    Reader r(o, QStringLiteral("agreement"));
    m.customerId = r.uuid(QLatin1StringView("customerId"), true);
    m.providerCustomerId = r.string(QLatin1StringView("providerCustomerId"));
    m.companyName = r.string(QLatin1StringView("companyName"));
    m.providerInstanceId = r.uuid(QLatin1StringView("providerInstanceId"), true);
    m.providerInstanceName = r.string(QLatin1StringView("providerInstanceName"));
    m.firstName = r.string(QLatin1StringView("firstName"));
    m.lastName = r.string(QLatin1StringView("lastName"));
    m.email = r.string(QLatin1StringView("email"));
    m.phone = r.string(QLatin1StringView("phone"));
    const QJsonObject status = r.object(QLatin1StringView("status"));
    const QJsonValue name = status.value(QLatin1StringView("name"));
    if (const auto parsed = name.isString() ? mcaStatusFromName(name.toString()) : std::nullopt)
        m.status = *parsed;
    else
        r.fail(QStringLiteral("status.name is not a known attestation status"));
    m.agreementDate = readDateTime(r, contract::McaAgreementDate);
    m.linkExpiresAt = readDateTime(r, contract::McaLinkExpiresAt);
    // A customer has one agreement per instance: the pair is what a listing tells items apart by.
    m.id = QUuid::createUuidV5(m.customerId, m.providerInstanceId.toRfc4122());
    if (!r.ok()) {
        error = r.error();
        return false;
    }
    return true;
}

template<typename T, typename ItemReader> Parsed<T> parseObject(const QByteArray &body, const char *what, ItemReader readItem)
{
    if (body.size() > MaxObjectBodyBytes)
        return fail<T>(QStringLiteral("%1 is larger than %2 bytes").arg(QLatin1StringView(what)).arg(MaxObjectBodyBytes));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail<T>(QStringLiteral("%1 is not valid JSON: %2").arg(QLatin1StringView(what), err.errorString()));
    if (!doc.isObject())
        return fail<T>(QStringLiteral("%1 is not a JSON object").arg(QLatin1StringView(what)));
    T item;
    QString error;
    if (!readItem(doc.object(), item, error))
        return fail<T>(error);
    Parsed<T> out;
    out.value = std::move(item);
    return out;
}

bool readMcaRefresh(const QJsonObject &o, McaRefresh &m, QString &error)
{
    Reader r(o, QStringLiteral("status refresh"));
    m.firstName = r.string(QLatin1StringView("firstName"));
    m.lastName = r.string(QLatin1StringView("lastName"));
    m.email = r.string(QLatin1StringView("email"));
    m.phone = r.string(QLatin1StringView("phone"));
    const QJsonValue minutes = o.value(QLatin1StringView("expirationTime"));
    if (!minutes.isNull() && !minutes.isUndefined()) {
        const int n = r.integer(QLatin1StringView("expirationTime"), -1);
        // The documented range; a link that lives longer than a week is a server that is wrong.
        if (r.ok() && (n < 5 || n > 10080))
            r.fail(QStringLiteral("\"expirationTime\" %1 is outside 5 to 10080 minutes").arg(n));
        else
            m.expirationMinutes = n;
    }
    if (!r.ok()) {
        error = r.error();
        return false;
    }
    return true;
}
} // namespace

Parsed<CustomerPage> parseCustomerPage(const QByteArray &body)
{
    return parsePage<Customer>(body, "customer", readCustomer);
}

Parsed<Customer> parseCustomer(const QJsonObject &object)
{
    Customer c;
    QString error;
    if (!readCustomer(object, c, error))
        return fail<Customer>(error);
    Parsed<Customer> out;
    out.value = std::move(c);
    return out;
}

Parsed<Customer> parseCustomer(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail<Customer>(QStringLiteral("customer is not valid JSON: %1").arg(err.errorString()));
    if (!doc.isObject())
        return fail<Customer>(QStringLiteral("customer is not a JSON object"));
    return parseCustomer(doc.object());
}

Parsed<ProviderInstancePage> parseProviderInstancePage(const QByteArray &body)
{
    return parsePage<ProviderInstance>(body, "provider instance", readProviderInstance);
}

Parsed<ResellerPage> parseResellerPage(const QByteArray &body)
{
    return parsePage<Reseller>(body, "reseller", readReseller);
}

Parsed<Reseller> parseReseller(const QByteArray &body)
{
    return parseObject<Reseller>(body, "reseller", readReseller);
}

Parsed<McaPage> parseMcaPage(const QByteArray &body)
{
    return parsePage<McaItem>(body, "agreement", readMcaItem);
}

Parsed<McaItem> parseMcaItem(const QByteArray &body)
{
    return parseObject<McaItem>(body, "agreement", readMcaItem);
}

Parsed<McaRefresh> parseMcaRefresh(const QByteArray &body)
{
    return parseObject<McaRefresh>(body, "status refresh", readMcaRefresh);
}

Parsed<QString> parseJsonString(const QByteArray &body)
{
    // A top-level JSON string: QJsonDocument only takes arrays and objects, so wrap it.
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('"'))
        return fail<QString>(QStringLiteral("the body is not a JSON string"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1 || !doc.array().at(0).isString())
        return fail<QString>(QStringLiteral("the body is not a JSON string"));
    Parsed<QString> out;
    out.value = doc.array().at(0).toString();
    return out;
}

Parsed<TokenResponse> parseTokenResponse(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail<TokenResponse>(QStringLiteral("the token response is not a JSON object"));
    const QJsonObject o = doc.object();
    TokenResponse t;
    t.accessToken = o.value(QLatin1StringView("access_token")).toString();
    if (t.accessToken.isEmpty())
        return fail<TokenResponse>(QStringLiteral("the token response has no access_token"));
    const QJsonValue expires = o.value(QLatin1StringView("expires_in"));
    // Entra has sent expires_in both as a number and as a string.
    t.expiresIn = expires.isString() ? expires.toString().toInt() : expires.toInt();
    if (t.expiresIn <= 0)
        return fail<TokenResponse>(QStringLiteral("the token response has no positive expires_in"));
    Parsed<TokenResponse> out;
    out.value = t;
    return out;
}

std::optional<std::pair<QString, QString>> parseOAuthError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QString error = o.value(QLatin1StringView("error")).toString();
    if (error.isEmpty())
        return std::nullopt;
    return std::make_pair(error, o.value(QLatin1StringView("error_description")).toString());
}

bool parseErrorEnvelope(const QByteArray &body, ApiError &error)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1StringView("statusCode")) && !o.contains(QLatin1StringView("errors")) &&
        !o.contains(QLatin1StringView("description")) && !o.contains(QLatin1StringView("correlationId")))
        return false;
    error.type = o.value(QLatin1StringView("type")).toString();
    error.description = o.value(QLatin1StringView("description")).toString().left(2000);
    const QString cid = o.value(QLatin1StringView("correlationId")).toString();
    if (!cid.isEmpty())
        error.correlationId = cid.left(100);
    const QJsonArray errors = o.value(QLatin1StringView("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        const QString property = e.value(QLatin1StringView("propertyName")).toString();
        const QJsonValue desc = e.value(QLatin1StringView("description"));
        QStringList messages;
        if (desc.isArray()) {
            for (const QJsonValue &m : desc.toArray())
                if (m.isString())
                    messages << m.toString().left(1000);
        } else if (desc.isString()) {
            messages << desc.toString().left(1000);
        }
        if (messages.isEmpty())
            continue;
        const QString key = normalizePropertyPath(property);
        error.fieldErrors[key].append(messages);
    }
    return true;
}

Parsed<TokenClaims> decodeJwt(QStringView token)
{
    const QList<QStringView> parts = token.trimmed().split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return fail<TokenClaims>(QStringLiteral("not a JWT (expected three dot-separated parts)"));
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail<TokenClaims>(QStringLiteral("the JWT payload is not base64url"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail<TokenClaims>(QStringLiteral("the JWT payload is not a JSON object"));
    const QJsonObject o = doc.object();
    TokenClaims c;
    QStringList roles;
    const QJsonValue rolesValue = o.value(contract::ClaimRoles);
    if (rolesValue.isArray()) {
        for (const QJsonValue &v : rolesValue.toArray())
            roles << v.toString();
    } else if (rolesValue.isString()) {
        roles << rolesValue.toString();
    }
    if (o.value(contract::ClaimRole).isString())
        roles << o.value(contract::ClaimRole).toString();
    for (const QString &r : std::as_const(roles)) {
        if (r.compare(u"csp", Qt::CaseInsensitive) == 0)
            c.role = Role::Csp;
        else if (r.compare(u"reseller", Qt::CaseInsensitive) == 0 && c.role != Role::Csp)
            c.role = Role::Reseller;
    }
    const QJsonValue exp = o.value(QLatin1StringView("exp"));
    if (exp.isDouble() && exp.toDouble() > 0 && exp.toDouble() < 1e11)
        c.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    const QString reseller = o.value(contract::ClaimResellerId).toString();
    if (validation::isUuid(reseller))
        c.resellerId = QUuid::fromString(reseller);
    c.tenantId = o.value(QLatin1StringView("tid")).toString();
    c.appId = o.value(QLatin1StringView("appid")).toString();
    Parsed<TokenClaims> out;
    out.value = c;
    return out;
}

QJsonObject toJson(const PriceMargin &margin)
{
    QJsonObject rule;
    rule.insert(u"name", marginRuleName(margin.rule));
    QJsonObject o;
    o.insert(contract::MarginValue, margin.value);
    o.insert(u"marginRule", rule);
    return o;
}

QByteArray serialize(const AddProviderInstanceRequest &request)
{
    QJsonObject o;
    o.insert(u"providerInstanceId", request.providerInstanceId.toString(QUuid::WithoutBraces));
    o.insert(u"providerCustomerData",
             request.providerCustomerData.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.providerCustomerData));
    o.insert(u"margin", toJson(request.margin));
    if (!request.offerTypeMargins.isEmpty()) {
        QJsonObject margins;
        for (const auto &m : request.offerTypeMargins)
            margins.insert(offerTypeName(m.offerType), toJson(m.margin));
        o.insert(u"offerTypeMargins", margins);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray serialize(const McaUpdate &update)
{
    QJsonObject o;
    o.insert(u"providerInstanceId", update.providerInstanceId.toString(QUuid::WithoutBraces));
    o.insert(u"agreementDate", QDateTime(update.agreementDate, QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
    o.insert(u"keepPrimaryInformation", update.keepPrimaryInformation);
    if (!update.keepPrimaryInformation) {
        o.insert(u"firstName", update.firstName);
        o.insert(u"lastName", update.lastName);
        o.insert(u"email", update.email);
        o.insert(u"phone", update.phone);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray serialize(const InternalIdentifierUpdate &update)
{
    QJsonObject o;
    o.insert(u"internalIdentifier",
             update.internalIdentifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(update.internalIdentifier));
    o.insert(u"resellerId", update.resellerId.isNull() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(update.resellerId.toString(QUuid::WithoutBraces)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray serialize(const MarginsUpdate &update)
{
    QJsonObject o;
    o.insert(u"margin", toJson(update.margin));
    // Always sent, empty included: leaving an offer type out removes its own margin.
    QJsonObject margins;
    for (const auto &m : update.offerTypeMargins)
        margins.insert(offerTypeName(m.offerType), toJson(m.margin));
    o.insert(u"offerTypeMargins", margins);
    o.insert(u"resellerId", update.resellerId.isNull() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(update.resellerId.toString(QUuid::WithoutBraces)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue nullable(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(id.toString(QUuid::WithoutBraces));
}
QJsonValue nullable(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Reseller &x)
{
    QJsonObject o;
    o.insert(u"id", nullable(x.id));
    o.insert(u"companyName", nullable(x.companyName));
    o.insert(u"country", nullable(x.country));
    o.insert(u"addressLine1", nullable(x.addressLine1));
    o.insert(u"addressLine2", nullable(x.addressLine2));
    o.insert(u"city", nullable(x.city));
    o.insert(u"state", nullable(x.state));
    o.insert(u"zipCode", nullable(x.zipCode));
    o.insert(u"firstName", nullable(x.firstName));
    o.insert(u"lastName", nullable(x.lastName));
    o.insert(u"email", nullable(x.email));
    o.insert(u"phone", nullable(x.phone));
    o.insert(u"internalIdentifier", nullable(x.internalIdentifier));
    o.insert(u"taxId", nullable(x.taxId));
    o.insert(u"customDomain", nullable(x.customDomain));
    return o;
}

QJsonObject toJson(const McaItem &m)
{
    QJsonObject status;
    status.insert(u"name", mcaStatusName(m.status));
    QJsonObject o;
    o.insert(u"customerId", nullable(m.customerId));
    o.insert(u"providerCustomerId", nullable(m.providerCustomerId));
    o.insert(u"companyName", nullable(m.companyName));
    o.insert(u"providerInstanceId", nullable(m.providerInstanceId));
    o.insert(u"providerInstanceName", nullable(m.providerInstanceName));
    o.insert(u"firstName", nullable(m.firstName));
    o.insert(u"lastName", nullable(m.lastName));
    o.insert(u"email", nullable(m.email));
    o.insert(u"phone", nullable(m.phone));
    o.insert(u"status", status);
    o.insert(contract::McaAgreementDate, nullable(m.agreementDate));
    o.insert(contract::McaLinkExpiresAt, nullable(m.linkExpiresAt));
    return o;
}

QJsonObject toJson(const McaRefresh &m)
{
    QJsonObject o;
    o.insert(u"firstName", nullable(m.firstName));
    o.insert(u"lastName", nullable(m.lastName));
    o.insert(u"email", nullable(m.email));
    o.insert(u"phone", nullable(m.phone));
    o.insert(u"expirationTime", m.expirationMinutes ? QJsonValue(*m.expirationMinutes) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const Customer &c)
{
    auto str = [](const QString &s) { return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o;
    o.insert(u"id", c.id.toString(QUuid::WithoutBraces));
    o.insert(u"companyName", str(c.companyName));
    o.insert(u"taxId", str(c.taxId));
    o.insert(u"country", str(c.country));
    o.insert(u"addressLine1", str(c.addressLine1));
    o.insert(u"addressLine2", str(c.addressLine2));
    o.insert(u"city", str(c.city));
    o.insert(u"state", str(c.state));
    o.insert(u"zip", str(c.zip));
    o.insert(u"firstName", str(c.firstName));
    o.insert(u"middleName", str(c.middleName));
    o.insert(u"lastName", str(c.lastName));
    o.insert(u"email", str(c.email));
    o.insert(u"phone", str(c.phone));
    o.insert(u"internalIdentifier", str(c.internalIdentifier));
    o.insert(u"resellerId",
             c.resellerId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.resellerId.toString(QUuid::WithoutBraces)));
    o.insert(contract::CustomerDomain, str(c.domain));
    o.insert(contract::CustomerIsDeleted, c.isDeleted);
    if (c.createdDate.isValid())
        o.insert(contract::CustomerCreatedDate, c.createdDate.toUTC().toString(Qt::ISODate));
    QJsonObject pcs;
    for (const auto &pc : c.providerCustomers) {
        QJsonObject p;
        p.insert(u"providerInstanceId", pc.providerInstanceId.toString(QUuid::WithoutBraces));
        p.insert(u"providerCustomerId", str(pc.providerCustomerId));
        p.insert(u"providerCustomerData", str(pc.providerCustomerData));
        p.insert(u"margin", pc.margin ? QJsonValue(toJson(*pc.margin)) : QJsonValue(QJsonValue::Null));
        QJsonObject otm;
        for (const auto &m : pc.offerTypeMargins)
            otm.insert(offerTypeName(m.offerType), toJson(m.margin));
        p.insert(contract::ProviderCustomerOfferTypeMargins, otm);
        pcs.insert(pc.providerInstanceId.toString(QUuid::WithoutBraces), p);
    }
    o.insert(u"providerCustomers", pcs);
    return o;
}

} // namespace cc::json

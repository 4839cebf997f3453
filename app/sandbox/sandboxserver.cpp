// What the sandbox enforces, read from the contract (and what it decided where the contract is
// silent; keep this list in step with tests/sandbox/tst_sandboxserver.cpp):
// - Token endpoint (Entra ID's path): wrong grant_type 400 unsupported_grant_type; wrong scope 400
//   invalid_scope; unknown client_id 400 unauthorized_client (AADSTS700016, as Entra answers);
//   wrong secret 401 invalid_client (AADSTS7000215). Tokens are HS256 JWTs signed with a key made
//   per server, so a token of another sandbox, a tampered, expired or revoked one gets 401.
// - Order of checks: a path outside /v1 is 404 at once; on /v1 the bearer token (401, no body),
//   then X-Tenant (400, propertyName "X-Tenant"), then the route: unknown path 404 envelope, the
//   path's customer id (400 "customerId") and whether the caller sees it (404), wrong method 405
//   (no body); then query and body.
// - Every body is application/json; charset=utf-8. 400/404 carry the ErrorResponse envelope; 401
//   and 403 have no body. X-Correlation-Id is echoed when it is a UUID (and counted), else a new
//   one is made; the envelope's correlationId is the same.
// - Roles: a csp token sees every customer. A reseller token sees only customers whose resellerId
//   is its reseller (others: 404), may not pass resellerId to list or add-provider-instance (403),
//   nor name another reseller's relationship for the internal identifier (403).
// - Relationships: each customer has the CSP's relationship and, when resellerId is set, its
//   reseller's. Each has its own internal identifier (the CSP's "ERP-…", the reseller's "R-…").
//   A provider customer belongs to one relationship: added by the CSP without resellerId it is the
//   CSP's own, and its reseller does not see it (nor its margins); with resellerId, or added by the
//   reseller, it is the reseller's. The reseller's view (reseller token, or the CSP with
//   GET ?resellerId=) shows that relationship's internal identifier and provider customers and has
//   customerAssociations null; the CSP's view lists the reseller association there.
// - Extra fields on Customer, which the contract does not forbid: domain (primary
//   <prefix>.onmicrosoft.com), isDeleted, createdDate (ISO 8601 UTC).
// - Validation errors use the server's PascalCase names ("FirstName", "OfferTypeMargins[License].Value",
//   "ProviderCustomerData.Domain", "$" for a body that is not a JSON object); JSON property names
//   and margin rule names bind case-insensitively; unknown properties are ignored.
// - Margin values: 0 <= v <= 999 (the contract); Margin and ErpMinusDiscount below 100; SplitMargin below 200.
// - Unknown provider instance: 404 (link, add, MCA); unknown customer: 404.
// - Rejections the client cannot foresee: an internal identifier another customer of the same
//   relationship owner uses (case-insensitive); a Microsoft domain that is taken ("contoso" and
//   "contoso.onmicrosoft.com" are the same); an instance the customer already has; an offer type
//   the instance does not sell; an MCA for a non-Microsoft instance or one the customer lacks (for
//   a reseller: lacks in its relationship); an agreement date before the customer was created; an
//   offer-type markup above the agreed 50 %.
// - Against a hostile client (guardedtcpserver.cpp, before QtHttpServer reads a byte): a body over
//   maxBodyBytes is 413 and a head over maxHeadBytes 431 (envelope types RequestTooLarge and
//   RequestHeaderTooLarge, Connection: close), never routed nor counted; idle and excess connections
//   are closed; requestCount() remembers the correlationIdsKept ids first seen most recently.

#include "sandboxserver.h"

#include "guardedtcpserver.h"
#include "sandboxdata.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrlQuery>

#include <string_view>

namespace ccsandbox {

namespace {

const QString TenantGuid = QStringLiteral("4e806121-ff28-4286-ab4e-3be0a08f9ce0");
const QString Scope = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default");
const QString Audience = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a");
const QStringList OfferTypes = {QStringLiteral("License"), QStringLiteral("LicenseLegacy"),
                                QStringLiteral("SoftwareSubscription"), QStringLiteral("PerpetualSoftware"),
                                QStringLiteral("AzurePlan"), QStringLiteral("AzureReservation"),
                                QStringLiteral("AzureLegacy"), QStringLiteral("AzureSavingsPlan")};
const QStringList Rules = {QStringLiteral("Markup"), QStringLiteral("Margin"), QStringLiteral("SplitMargin"),
                           QStringLiteral("ErpMinusDiscount")};

struct Reply
{
    int status = 200;
    QByteArray body;
    bool json = true;
};

struct Fault
{
    enum class Kind { Latency, Status, Malformed, WrongShape, Truncated, Reset, Slow, Oversized };
    QString route;
    Kind kind = Kind::Status;
    int arg = 0;
    int arg2 = 0;
    int remaining = -1; // -1: no count limit
    int percent = 100;
};

struct FieldErrors
{
    QList<QPair<QString, QStringList>> list;
    void add(const QString &property, const QString &message)
    {
        for (auto &e : list) {
            if (e.first == property) {
                e.second << message;
                return;
            }
        }
        list.append({property, {message}});
    }
    bool isEmpty() const { return list.isEmpty(); }
};

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

bool isEmail(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    return re.match(s).hasMatch();
}

QString statusText(int status)
{
    switch (status) {
    case 200: return QStringLiteral("OK");
    case 201: return QStringLiteral("Created");
    case 204: return QStringLiteral("No Content");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 413: return QStringLiteral("Content Too Large");
    case 431: return QStringLiteral("Request Header Fields Too Large");
    default: return QStringLiteral("Error");
    }
}

// Case-insensitive view of a JSON object, as ASP.NET binds request bodies.
class Body
{
public:
    explicit Body(const QJsonObject &o)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            m_values.insert(it.key().toLower(), it.value());
    }
    QJsonValue value(const char *name) const { return m_values.value(QString::fromLatin1(name).toLower()); }
    bool has(const char *name) const { return m_values.contains(QString::fromLatin1(name).toLower()); }

private:
    QHash<QString, QJsonValue> m_values;
};

std::optional<MarginRec> readMargin(const QJsonValue &v, const QString &property, FieldErrors &errors)
{
    if (!v.isObject()) {
        errors.add(property, QStringLiteral("The margin is required."));
        return std::nullopt;
    }
    const Body b(v.toObject());
    MarginRec m;
    const QJsonValue value = b.value("value");
    if (!value.isDouble())
        errors.add(property + QStringLiteral(".Value"), QStringLiteral("The margin value must be a number."));
    m.value = value.toDouble();
    const QJsonValue rule = b.value("marginRule");
    QString name = rule.isObject() ? Body(rule.toObject()).value("name").toString() : QString();
    for (const QString &r : Rules)
        if (r.compare(name, Qt::CaseInsensitive) == 0)
            m.rule = r;
    if (m.rule.isEmpty())
        errors.add(property + QStringLiteral(".MarginRule.Name"),
                   name.isEmpty() ? QStringLiteral("The margin rule is required.")
                                  : QStringLiteral("'%1' is not a margin rule. Use Markup, Margin, SplitMargin or ErpMinusDiscount.").arg(name));
    if (!value.isDouble() || m.rule.isEmpty())
        return std::nullopt;
    const bool below = m.rule == u"Margin" || m.rule == u"ErpMinusDiscount" || m.rule == u"SplitMargin";
    const double limit = (m.rule == u"Margin" || m.rule == u"ErpMinusDiscount") ? 100.0 : m.rule == u"SplitMargin" ? 200.0 : 999.0;
    if (m.value < 0.0 || (below ? m.value >= limit : m.value > limit))
        errors.add(property + QStringLiteral(".Value"),
                   below ? QStringLiteral("The %1 value must be at least 0 and below %2.").arg(m.rule).arg(limit)
                         : QStringLiteral("The %1 value must be between 0 and %2.").arg(m.rule).arg(limit));
    return m;
}

} // namespace

class HttpServer;

struct SandboxServer::Private
{
    SandboxServer *q = nullptr;
    SandboxOptions options;
    Tenant tenant;
    HttpServer *http = nullptr;
    GuardedTcpServer *tcp = nullptr;
    QString error;
    QByteArray key;
    int tokenGeneration = 1;
    QString cspClientId, cspSecret, resellerClientId, resellerSecret;
    QString cspToken, resellerToken;
    // Requests per correlation id, for the ids first seen most recently (options.correlationIdsKept):
    // a long run with a fresh id per request must not grow without bound. A client's retry of a
    // write follows its first attempt closely, so the ids that matter are never the oldest.
    QHash<QString, int> perCorrelation;
    QQueue<QString> correlationOrder; // each id of perCorrelation once, first seen first
    // Who holds each internal identifier in each relationship (the CSP's: null; a reseller's), by
    // case-folded value: a PATCH checks uniqueness without comparing against every customer.
    QHash<QString, QList<int>> identifierHolders;
    bool identifierHoldersBuilt = false;
    int total = 0;
    // POST and PATCH requests per customer ID in the path, whatever became of them (faults
    // included): a test's proof that a bulk run wrote no customer twice.
    QHash<QUuid, int> writesPerCustomer;
    QList<Fault> faults;
    quint64 faultRng = 0x2545F4914F6CDD1DULL;

    Private(SandboxServer *owner, const SandboxOptions &o)
        : q(owner)
        , options(o)
        , tenant(o.seed, std::clamp(o.customerCount, 0, 100000))
    {
        key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        const auto makeSecret = [] {
            QByteArray b(24, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), 6);
            return QString::fromLatin1(b64(b));
        };
        cspClientId = QUuid::createUuidV5(QUuid(), QStringLiteral("csp-%1").arg(o.seed)).toString(QUuid::WithoutBraces);
        resellerClientId = QUuid::createUuidV5(QUuid(), QStringLiteral("reseller-%1").arg(o.seed)).toString(QUuid::WithoutBraces);
        cspSecret = makeSecret();
        resellerSecret = makeSecret();
    }

    QUuid resellerOfClient() const { return tenant.resellers.value(0); }

    QString issue(Role role, int lifetime, const QUuid &reseller, const QString &appId)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject payload;
        payload.insert(u"iss", QStringLiteral("https://sts.sandbox.cloudcockpit.local/%1/").arg(TenantGuid));
        payload.insert(u"aud", Audience);
        payload.insert(u"iat", now);
        payload.insert(u"nbf", now);
        payload.insert(u"exp", now + lifetime);
        payload.insert(u"tid", TenantGuid);
        payload.insert(u"appid", appId);
        payload.insert(u"roles", QJsonArray{role == Role::Csp ? QStringLiteral("csp") : QStringLiteral("reseller")});
        if (role == Role::Reseller)
            payload.insert(u"resellerId", reseller.toString(QUuid::WithoutBraces));
        payload.insert(u"gen", tokenGeneration);
        const QByteArray head = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                                b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        return QString::fromLatin1(head + '.' + b64(QMessageAuthenticationCode::hash(head, key, QCryptographicHash::Sha256)));
    }

    struct Caller
    {
        Role role = Role::Csp;
        QUuid resellerId;
    };

    std::optional<Caller> authenticate(const QByteArray &authorization) const
    {
        if (!authorization.startsWith("Bearer "))
            return std::nullopt;
        const QByteArray token = authorization.mid(7).trimmed();
        const QList<QByteArray> parts = token.split('.');
        if (parts.size() != 3)
            return std::nullopt;
        const QByteArray expected = b64(QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], key, QCryptographicHash::Sha256));
        if (expected != parts[2])
            return std::nullopt;
        const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        if (payload.value(u"exp").toInteger() <= QDateTime::currentSecsSinceEpoch())
            return std::nullopt;
        if (payload.value(u"gen").toInt() != tokenGeneration)
            return std::nullopt;
        Caller c;
        const QString role = payload.value(u"roles").toArray().at(0).toString();
        c.role = role == u"reseller" ? Role::Reseller : Role::Csp;
        c.resellerId = QUuid::fromString(payload.value(u"resellerId").toString());
        return c;
    }

    // ----- responses ------------------------------------------------------------------------

    static Reply envelope(int status, const QString &correlationId, const QString &type, const QString &description,
                          const FieldErrors &errors = {})
    {
        QJsonObject o;
        o.insert(u"statusCode", status);
        o.insert(u"type", type);
        o.insert(u"description", description);
        o.insert(u"correlationId", correlationId);
        if (errors.isEmpty()) {
            o.insert(u"errors", QJsonValue(QJsonValue::Null));
        } else {
            QJsonArray list;
            for (const auto &e : errors.list) {
                QJsonObject item;
                item.insert(u"propertyName", e.first);
                item.insert(u"description", QJsonArray::fromStringList(e.second));
                list.append(item);
            }
            o.insert(u"errors", list);
        }
        return {status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }

    static Reply validation(const QString &cid, const FieldErrors &errors)
    {
        return envelope(400, cid, QStringLiteral("ValidationError"), QStringLiteral("One or more validation errors occurred."), errors);
    }

    static Reply notFound(const QString &cid, const QString &what)
    {
        return envelope(404, cid, QStringLiteral("NotFound"), what);
    }

    static Reply jsonString(int status, const QString &s)
    {
        QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        return {status, doc.mid(1, doc.size() - 2)};
    }

    // The one place every response is written (fault injection hooks in here).
    void respond(QTcpSocket *socket, const Reply &reply, const QString &correlationId)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + statusText(reply.status).toLatin1() + "\r\n";
        if (!reply.body.isEmpty() && reply.json)
            out += "Content-Type: application/json; charset=utf-8\r\n";
        if (!correlationId.isEmpty())
            out += "X-Correlation-Id: " + correlationId.toLatin1() + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        // Head and body apart: the body (often a cached page of megabytes) is queued without a copy.
        socket->write(out);
        socket->write(reply.body);
    }

    void handle(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        ++total;
        QString cid = QString::fromLatin1(request.value("X-Correlation-Id")).trimmed();
        if (!isUuid(cid))
            cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        else
            countCorrelation(cid.toLower());
        tcp->requestStarted(socket);
        if (request.method() == QHttpServerRequest::Method::Patch || request.method() == QHttpServerRequest::Method::Post) {
            const QStringList seg = request.url().path().split(u'/', Qt::SkipEmptyParts);
            if (seg.size() >= 3 && seg[1].compare(u"Customers", Qt::CaseInsensitive) == 0 && isUuid(seg[2]))
                ++writesPerCustomer[QUuid::fromString(seg[2])];
        }
        const std::optional<Fault> fault = pickFault(routeOf(request));
        if (!fault) {
            respond(socket, route(request, cid), cid);
            tcp->requestAnswered(socket);
            return;
        }
        // A status fault stands for a server that failed before acting; the others for a server
        // that acted and whose answer was lost, late or garbled on the way.
        Reply reply;
        if (fault->kind == Fault::Kind::Status) {
            reply = envelope(fault->arg, cid, QStringLiteral("InjectedFault"),
                             QStringLiteral("The sandbox was asked to fail this request (status %1).").arg(fault->arg));
            if (fault->arg == 401 || fault->arg == 403)
                reply.body.clear();
        } else {
            reply = route(request, cid);
        }
        applyFault(*fault, socket, reply, cid);
        // Latency and slow faults answer later, and say so when done.
        if (fault->kind != Fault::Kind::Latency && fault->kind != Fault::Kind::Slow)
            tcp->requestAnswered(socket);
    }

    void countCorrelation(const QString &cid)
    {
        auto it = perCorrelation.find(cid);
        if (it != perCorrelation.end()) {
            ++*it;
            return;
        }
        perCorrelation.insert(cid, 1);
        correlationOrder.enqueue(cid);
        while (correlationOrder.size() > std::max(1, options.correlationIdsKept))
            perCorrelation.remove(correlationOrder.dequeue());
    }

    // The answer to a request refused for its size, before QHttpServer read it (guardedtcpserver.cpp).
    void writeRejection(QTcpSocket *socket, int status, const QByteArray &correlationId)
    {
        const QString cid = correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : QString::fromLatin1(correlationId);
        const Reply reply =
            status == 413
                ? envelope(413, cid, QStringLiteral("RequestTooLarge"),
                           QStringLiteral("The request body is larger than the sandbox accepts (%1 bytes).").arg(options.maxBodyBytes))
                : envelope(status, cid, QStringLiteral("RequestHeaderTooLarge"),
                           QStringLiteral("The request line and headers are larger than the sandbox accepts (%1 bytes).")
                               .arg(options.maxHeadBytes));
        socket->write(head(reply.status, reply.body.size(), cid, "Connection: close\r\n") + reply.body);
    }

    QString routeOf(const QHttpServerRequest &request) const
    {
        const QString path = request.url().path();
        if (path.compare(tokenPath(), Qt::CaseInsensitive) == 0)
            return QStringLiteral("token");
        const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
        if (seg.size() == 3 && seg[1].compare(u"Providers", Qt::CaseInsensitive) == 0)
            return QStringLiteral("instances");
        if (seg.size() == 2)
            return QStringLiteral("customers");
        if (seg.size() == 3)
            return seg[2].compare(u"relationship-acceptance", Qt::CaseInsensitive) == 0 ? QStringLiteral("link")
                                                                                        : QStringLiteral("customer");
        if (seg.size() == 4) {
            const QString action = seg[3].toLower();
            if (action == u"provider-instances")
                return QStringLiteral("add-instance");
            if (action == u"microsoft-customer-agreement")
                return QStringLiteral("mca");
            if (action == u"internal-identifier")
                return QStringLiteral("internal-id");
        }
        return QStringLiteral("other");
    }

    std::optional<Fault> pickFault(const QString &route)
    {
        for (Fault &f : faults) {
            if (f.route != u"*" && f.route != route)
                continue;
            if (f.remaining == 0)
                continue;
            faultRng ^= faultRng << 13;
            faultRng ^= faultRng >> 7;
            faultRng ^= faultRng << 17;
            if (int(faultRng % 100) >= f.percent)
                continue;
            if (f.remaining > 0)
                --f.remaining;
            return f;
        }
        return std::nullopt;
    }

    static QByteArray head(int status, qint64 length, const QString &cid, const QByteArray &extra = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status).toLatin1() +
               "\r\nContent-Type: application/json; charset=utf-8\r\nX-Correlation-Id: " + cid.toLatin1() + "\r\n" +
               extra + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
    }

    void applyFault(const Fault &f, QTcpSocket *socket, Reply reply, const QString &cid)
    {
        QPointer<QTcpSocket> s(socket);
        switch (f.kind) {
        case Fault::Kind::Latency:
            QTimer::singleShot(f.arg, socket, [this, s, reply, cid] {
                if (s) {
                    respond(s, reply, cid);
                    tcp->requestAnswered(s);
                }
            });
            return;
        case Fault::Kind::Status: {
            QByteArray extra;
            if (f.arg == 503 || f.arg == 429)
                extra = "Retry-After: " + QByteArray::number(f.arg2) + "\r\n";
            socket->write(head(f.arg, reply.body.size(), cid, extra) + reply.body);
            return;
        }
        case Fault::Kind::Malformed: {
            const QByteArray body = "{\"items\": [{\"id\": \"3f2b9c4e-8d1a";
            socket->write(head(200, body.size(), cid) + body);
            return;
        }
        case Fault::Kind::WrongShape: {
            const QByteArray body = R"({"items":{"unexpected":true},"id":42,"totalCount":"many"})";
            socket->write(head(200, body.size(), cid) + body);
            return;
        }
        case Fault::Kind::Truncated: {
            const QByteArray body = reply.body.isEmpty() ? QByteArray("{\"statusCode\":200}") : reply.body;
            socket->write(head(reply.status, body.size(), cid) + body.left(body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        case Fault::Kind::Reset:
            socket->abort();
            return;
        case Fault::Kind::Slow: {
            socket->write(head(reply.status, reply.body.size(), cid));
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            const qsizetype chunk = std::max(1, f.arg / 20);
            QObject::connect(timer, &QTimer::timeout, socket, [this, s, timer, offset, chunk, body = reply.body] {
                if (!s)
                    return;
                s->write(body.mid(*offset, chunk));
                *offset += chunk;
                if (*offset >= body.size()) {
                    timer->deleteLater();
                    tcp->requestAnswered(s);
                }
            });
            timer->start(50);
            return;
        }
        case Fault::Kind::Oversized: {
            // Claims a huge body and sends its start: a client must stop reading, not grow without bound.
            const qint64 bytes = qint64(f.arg) * 1024 * 1024;
            socket->write(head(200, bytes, cid) + "{\"items\":[" + QByteArray(64 * 1024, ' '));
            return;
        }
        }
    }

    Reply route(const QHttpServerRequest &request, const QString &cid)
    {
        const QString path = request.url().path();
        const auto method = request.method();
        const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);

        if (path.compare(tokenPath(), Qt::CaseInsensitive) == 0) {
            if (method != QHttpServerRequest::Method::Post)
                return {405, {}};
            return token(request);
        }
        if (seg.size() < 2 || seg[0].compare(u"v1", Qt::CaseInsensitive) != 0)
            return notFound(cid, QStringLiteral("No resource at %1.").arg(path));

        const auto caller = authenticate(request.value("Authorization"));
        if (!caller)
            return {401, {}};
        const QString tenantHeader = QString::fromUtf8(request.value("X-Tenant")).trimmed();
        if (tenantHeader.compare(options.tenant, Qt::CaseInsensitive) != 0) {
            FieldErrors e;
            e.add(QStringLiteral("X-Tenant"), tenantHeader.isEmpty() ? QStringLiteral("The X-Tenant header is required.")
                                                                      : QStringLiteral("The tenant '%1' was not found.").arg(tenantHeader));
            return validation(cid, e);
        }
        // As ASP.NET does, '+' in a query string is a space (proxies re-encode spaces that way).
        const QUrlQuery query(request.url().query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%20")));
        const bool isGet = method == QHttpServerRequest::Method::Get;
        const bool isPatch = method == QHttpServerRequest::Method::Patch;
        const bool isPost = method == QHttpServerRequest::Method::Post;

        if (seg.size() == 3 && seg[1].compare(u"Providers", Qt::CaseInsensitive) == 0 &&
            seg[2].compare(u"Instances", Qt::CaseInsensitive) == 0)
            return isGet ? providerInstances(query, cid) : Reply{405, {}};
        if (seg[1].compare(u"Customers", Qt::CaseInsensitive) != 0)
            return notFound(cid, QStringLiteral("No resource at %1.").arg(path));
        if (seg.size() == 2)
            return isGet ? listCustomers(*caller, query, cid) : Reply{405, {}};
        if (seg.size() == 3 && seg[2].compare(u"relationship-acceptance", Qt::CaseInsensitive) == 0)
            return isGet ? relationshipLink(*caller, query, cid) : Reply{405, {}};

        // /v1/Customers/{id}[/...]
        if (!isUuid(seg[2])) {
            FieldErrors e;
            e.add(QStringLiteral("customerId"), QStringLiteral("The value '%1' is not valid.").arg(seg[2]));
            return validation(cid, e);
        }
        const QUuid id = QUuid::fromString(seg[2]);
        const int index = tenant.index.value(id, -1);
        if (index < 0 || !visible(*caller, tenant.customers[size_t(index)]))
            return notFound(cid, QStringLiteral("Customer %1 was not found.").arg(seg[2]));
        if (seg.size() == 3)
            return isGet ? getCustomer(*caller, index, query, cid) : Reply{405, {}};
        if (seg.size() == 4) {
            const QString action = seg[3].toLower();
            if (action == u"provider-instances")
                return isPost ? addProviderInstance(*caller, index, query, request.body(), cid) : Reply{405, {}};
            if (action == u"microsoft-customer-agreement")
                return isPatch ? updateMca(*caller, index, request.body(), cid) : Reply{405, {}};
            if (action == u"internal-identifier")
                return isPatch ? updateInternalIdentifier(*caller, index, request.body(), cid) : Reply{405, {}};
        }
        return notFound(cid, QStringLiteral("No resource at %1.").arg(path));
    }

    QString tokenPath() const { return QStringLiteral("/%1/oauth2/v2.0/token").arg(TenantGuid); }

    static bool visible(const Caller &caller, const CustomerRec &c)
    {
        return caller.role == Role::Csp || (!caller.resellerId.isNull() && c.resellerId == caller.resellerId);
    }

    Reply token(const QHttpServerRequest &request)
    {
        const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
        const auto field = [&](const char *name) { return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
        auto oauth = [](int status, const char *error, const QString &description, int code) {
            QJsonObject o;
            o.insert(u"error", QString::fromLatin1(error));
            o.insert(u"error_description", QString(description + QStringLiteral("\r\nTrace ID: %1\r\nCorrelation ID: %2\r\nTimestamp: %3")
                                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
            o.insert(u"error_codes", QJsonArray{code});
            o.insert(u"timestamp", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            o.insert(u"trace_id", QUuid::createUuid().toString(QUuid::WithoutBraces));
            o.insert(u"correlation_id", QUuid::createUuid().toString(QUuid::WithoutBraces));
            return Reply{status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
        };
        if (field("grant_type") != u"client_credentials")
            return oauth(400, "unsupported_grant_type", QStringLiteral("AADSTS70003: The app requested an unsupported grant type."), 70003);
        if (field("scope") != Scope)
            return oauth(400, "invalid_scope", QStringLiteral("AADSTS70011: The provided value for the input parameter 'scope' is not valid."), 70011);
        const QString id = field("client_id");
        const QString secret = field("client_secret");
        Role role;
        if (id == cspClientId)
            role = Role::Csp;
        else if (id == resellerClientId)
            role = Role::Reseller;
        else
            return oauth(400, "unauthorized_client", QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the directory.").arg(id), 700016);
        if (secret != (role == Role::Csp ? cspSecret : resellerSecret))
            return oauth(401, "invalid_client", QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."), 7000215);
        QJsonObject o;
        o.insert(u"token_type", QStringLiteral("Bearer"));
        o.insert(u"expires_in", options.tokenLifetimeSeconds);
        o.insert(u"ext_expires_in", options.tokenLifetimeSeconds);
        o.insert(u"access_token", issue(role, options.tokenLifetimeSeconds, role == Role::Reseller ? resellerOfClient() : QUuid(), id));
        return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }

    static std::optional<int> intParam(const QUrlQuery &q, const char *name, int fallback, int min, int max,
                                       const QString &property, FieldErrors &errors)
    {
        const QString key = QString::fromLatin1(name);
        if (!q.hasQueryItem(key))
            return fallback;
        bool ok = false;
        const int v = q.queryItemValue(key).toInt(&ok);
        if (!ok || v < min || v > max) {
            errors.add(property, QStringLiteral("'%1' must be between %2 and %3.").arg(property).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    static std::optional<bool> boolParam(const QUrlQuery &q, const char *name, bool fallback, const QString &property,
                                         FieldErrors &errors)
    {
        const QString key = QString::fromLatin1(name);
        if (!q.hasQueryItem(key))
            return fallback;
        const QString v = q.queryItemValue(key).toLower();
        if (v == u"true")
            return true;
        if (v == u"false")
            return false;
        errors.add(property, QStringLiteral("The value '%1' is not valid.").arg(v));
        return std::nullopt;
    }

    // Page bodies are built in buffers that are used again once the socket has sent them: fresh
    // megabytes for every page cost more in page faults than the page takes to write.
    std::vector<QByteArray> pagePool;
    QByteArray &pageBuffer()
    {
        for (QByteArray &b : pagePool)
            if (b.isDetached()) {
                b.resize(0); // keeps the capacity
                return b;
            }
        if (pagePool.size() < 8)
            return pagePool.emplace_back();
        pageOverflow = QByteArray(); // more pages in flight than that: a fresh one
        return pageOverflow;
    }
    QByteArray pageOverflow;

    // What a client signing in waits for is the first page by name (2,000 customers at most): their
    // JSON is rendered while the server waits for its first requests (it is otherwise rendered on
    // the first request for each, ~20 us a customer), a few hundred at a time so that a request
    // arriving meanwhile is not held up long.
    void prerenderFirstPage(int from)
    {
        const int end = std::min(int(tenant.byName.size()), 2000);
        const int to = std::min(end, from + 250);
        for (int k = from; k < to; ++k)
            tenant.json(tenant.byName[size_t(k)], false);
        if (to < end)
            QTimer::singleShot(0, tcp, [this, to] { prerenderFirstPage(to); });
    }

    Reply page(const std::vector<int> &matches, int pageNumber, int pageSize, bool reseller)
    {
        const qsizetype total = qsizetype(matches.size());
        const qsizetype from = qsizetype(pageNumber - 1) * pageSize;
        const int totalPages = int((total + pageSize - 1) / pageSize);
        const qsizetype to = std::min(total, from + pageSize);
        // One allocation of the right size: a page of 2000 is megabytes, and copies of it (growing
        // appends, concatenations) were most of the time a page took to serve.
        qsizetype size = 256;
        for (qsizetype i = from; i < to; ++i)
            size += tenant.json(matches[size_t(i)], reseller).size() + 1;
        QByteArray &body = pageBuffer();
        body.reserve(size);
        body += "{\"items\":[";
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                body += ',';
            body += tenant.json(matches[size_t(i)], reseller);
        }
        body += "],\"paginationParameters\":{\"pageNumber\":" + QByteArray::number(pageNumber) +
                ",\"pageSize\":" + QByteArray::number(pageSize) + "},\"totalPages\":" + QByteArray::number(totalPages) +
                ",\"totalCount\":" + QByteArray::number(total) + ",\"hasPreviousPage\":" +
                (pageNumber > 1 ? "true" : "false") + ",\"hasNextPage\":" +
                (pageNumber < totalPages ? "true" : "false") + ",\"continuationToken\":null}";
        return {200, body};
    }

    Reply listCustomers(const Caller &caller, const QUrlQuery &q, const QString &cid)
    {
        FieldErrors e;
        const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
        const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
        const auto ascending = boolParam(q, "ascendingOrder", true, QStringLiteral("AscendingOrder"), e);
        const auto includeDeleted = boolParam(q, "includeDeleted", true, QStringLiteral("IncludeDeleted"), e);
        const QString search = q.queryItemValue(QStringLiteral("searchValue"), QUrl::FullyDecoded);
        QString field = q.queryItemValue(QStringLiteral("searchField"), QUrl::FullyDecoded);
        if (search.size() > 255)
            e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value must be at most 255 characters."));
        if (!field.isEmpty() && search.isEmpty())
            e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value is required when a search field is given."));
        if (field.isEmpty())
            field = QStringLiteral("Company.Name");
        const QStringList fields = {QStringLiteral("Company.Name"), QStringLiteral("Domain"),
                                    QStringLiteral("InternalIdentifier"), QStringLiteral("ProviderCustomerId")};
        if (!fields.contains(field))
            e.add(QStringLiteral("SearchField"), QStringLiteral("'%1' is not a search field.").arg(field));
        const QString sort = q.queryItemValue(QStringLiteral("sortPropertyName"));
        if (!sort.isEmpty() && sort != u"Company.Name")
            e.add(QStringLiteral("SortPropertyName"), QStringLiteral("Only Company.Name can be sorted by."));
        QUuid resellerFilter;
        if (q.hasQueryItem(QStringLiteral("resellerId"))) {
            const QString r = q.queryItemValue(QStringLiteral("resellerId"));
            if (!isUuid(r))
                e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
            else if (caller.role == Role::Reseller)
                return {403, {}};
            else
                resellerFilter = QUuid::fromString(r);
        }
        if (!e.isEmpty())
            return validation(cid, e);

        const QString folded = search.toCaseFolded();
        const std::u16string_view needle(QStringView(folded).utf16(), size_t(folded.size()));
        const bool reseller = caller.role == Role::Reseller;
        std::vector<int> matches;
        matches.reserve(tenant.customers.size());
        const int n = int(tenant.byName.size());
        for (int k = 0; k < n; ++k) {
            const int i = tenant.byName[size_t(*ascending ? k : n - 1 - k)];
            const CustomerRec &c = tenant.customers[size_t(i)];
            if (!visible(caller, c) || (!*includeDeleted && c.deleted))
                continue;
            if (!resellerFilter.isNull() && c.resellerId != resellerFilter)
                continue;
            if (!search.isEmpty()) {
                bool hit = false;
                // Company names are searched in their case-folded copy with the standard
                // library's find: at 100,000 customers Qt 6.4's case-insensitive contains() takes
                // tens of milliseconds.
                if (field == u"Company.Name")
                    hit = std::u16string_view(QStringView(c.sortKey).utf16(), size_t(c.sortKey.size())).find(needle) != std::u16string_view::npos;
                else if (field == u"Domain")
                    hit = c.domain.contains(search, Qt::CaseInsensitive);
                else if (field == u"InternalIdentifier")
                    hit = (reseller ? c.resellerInternalId : c.cspInternalId).contains(search, Qt::CaseInsensitive);
                else
                    for (const auto &pc : c.providerCustomers)
                        hit = hit || ((!reseller || pc.resellerId == c.resellerId) &&
                                      pc.providerCustomerId.contains(search, Qt::CaseInsensitive));
                if (!hit)
                    continue;
            }
            matches.push_back(i);
        }
        return page(matches, *pageNumber, *pageSize, reseller);
    }

    Reply getCustomer(const Caller &caller, int index, const QUrlQuery &q, const QString &cid)
    {
        bool resellerView = caller.role == Role::Reseller;
        if (q.hasQueryItem(QStringLiteral("resellerId"))) {
            const QString r = q.queryItemValue(QStringLiteral("resellerId"));
            if (!isUuid(r)) {
                FieldErrors e;
                e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
                return validation(cid, e);
            }
            if (tenant.customers[size_t(index)].resellerId != QUuid::fromString(r))
                return {403, {}};
            resellerView = true;
        }
        return {200, tenant.json(index, resellerView)};
    }

    Reply providerInstances(const QUrlQuery &q, const QString &cid)
    {
        FieldErrors e;
        const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
        const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
        if (!e.isEmpty())
            return validation(cid, e);
        QJsonArray items;
        const int total = int(tenant.instances.size());
        const int from = (*pageNumber - 1) * *pageSize;
        for (int i = from; i < std::min(total, from + *pageSize); ++i) {
            const InstanceRec &inst = tenant.instances.at(i);
            QJsonObject o;
            o.insert(u"id", inst.id.toString(QUuid::WithoutBraces));
            o.insert(u"alias", inst.alias);
            o.insert(u"instanceProviderId", inst.instanceProviderId);
            o.insert(u"imageUrl", QStringLiteral("https://static.cloudcockpit.local/providers/%1.svg").arg(inst.provider.toLower()));
            QJsonArray offers;
            for (const QString &t : inst.offerTypes)
                offers.append(QJsonObject{{QStringLiteral("name"), t}});
            o.insert(u"offerTypes", offers);
            o.insert(u"supportedCountries", QJsonArray::fromStringList(inst.countries));
            o.insert(u"providerData", QStringLiteral("{}"));
            o.insert(u"provider", QJsonObject{{QStringLiteral("name"), inst.provider}});
            items.append(o);
        }
        const int totalPages = (total + *pageSize - 1) / *pageSize;
        QJsonObject o;
        o.insert(u"items", items);
        o.insert(u"paginationParameters", QJsonObject{{QStringLiteral("pageNumber"), *pageNumber}, {QStringLiteral("pageSize"), *pageSize}});
        o.insert(u"totalPages", totalPages);
        o.insert(u"totalCount", total);
        o.insert(u"hasPreviousPage", *pageNumber > 1);
        o.insert(u"hasNextPage", *pageNumber < totalPages);
        o.insert(u"continuationToken", QJsonValue(QJsonValue::Null));
        return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }

    Reply relationshipLink(const Caller &caller, const QUrlQuery &q, const QString &cid)
    {
        FieldErrors e;
        const QString instanceText = q.queryItemValue(QStringLiteral("providerInstanceId"));
        if (instanceText.isEmpty())
            e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
        else if (!isUuid(instanceText))
            e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The value '%1' is not valid.").arg(instanceText));
        QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
        if (q.hasQueryItem(QStringLiteral("resellerId"))) {
            const QString r = q.queryItemValue(QStringLiteral("resellerId"));
            if (!isUuid(r))
                e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
            else if (caller.role == Role::Csp)
                reseller = QUuid::fromString(r);
        }
        if (!e.isEmpty())
            return validation(cid, e);
        const InstanceRec *inst = tenant.instance(QUuid::fromString(instanceText));
        if (!inst)
            return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
        if (!reseller.isNull() && !tenant.resellers.contains(reseller))
            return notFound(cid, QStringLiteral("Reseller %1 was not found.").arg(reseller.toString(QUuid::WithoutBraces)));
        QString link;
        if (inst->microsoft()) {
            link = QStringLiteral("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=%1&msppId=0&DAP=true")
                       .arg(inst->instanceProviderId);
            if (!reseller.isNull())
                link += QStringLiteral("&indirectCSPId=%1").arg(reseller.toString(QUuid::WithoutBraces));
            link += QStringLiteral("#/BillingAccounts/partner-invitation");
        } else {
            link = QStringLiteral("https://accept.%1.sandbox.cloudcockpit.local/invite?instance=%2")
                       .arg(inst->provider.toLower(), inst->instanceProviderId);
            if (!reseller.isNull())
                link += QStringLiteral("&reseller=%1").arg(reseller.toString(QUuid::WithoutBraces));
        }
        return jsonString(200, link);
    }

    static std::optional<QJsonObject> parseBody(const QByteArray &body, const QString &cid, Reply &error)
    {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            FieldErrors e;
            e.add(QStringLiteral("$"), pe.error != QJsonParseError::NoError
                                           ? QStringLiteral("The JSON value could not be converted: %1 at position %2.").arg(pe.errorString()).arg(pe.offset)
                                           : QStringLiteral("The request body must be a JSON object."));
            error = validation(cid, e);
            return std::nullopt;
        }
        return doc.object();
    }

    static QString identifierKey(const QUuid &relationship, const QString &value)
    {
        return relationship.toString(QUuid::WithoutBraces) + u'|' + value.toCaseFolded();
    }

    void buildIdentifierHolders()
    {
        if (identifierHoldersBuilt)
            return;
        for (size_t i = 0; i < tenant.customers.size(); ++i) {
            const CustomerRec &c = tenant.customers[i];
            if (!c.cspInternalId.isEmpty())
                identifierHolders[identifierKey(QUuid(), c.cspInternalId)].append(int(i));
            if (!c.resellerId.isNull() && !c.resellerInternalId.isEmpty())
                identifierHolders[identifierKey(c.resellerId, c.resellerInternalId)].append(int(i));
        }
        identifierHoldersBuilt = true;
    }

    Reply updateInternalIdentifier(const Caller &caller, int index, const QByteArray &raw, const QString &cid)
    {
        Reply bad;
        const auto object = parseBody(raw, cid, bad);
        if (!object)
            return bad;
        const Body b(*object);
        FieldErrors e;
        const QJsonValue v = b.value("internalIdentifier");
        if (!v.isString() && !v.isNull() && !v.isUndefined())
            e.add(QStringLiteral("InternalIdentifier"), QStringLiteral("The internal identifier must be a string."));
        const QString value = v.toString().trimmed();
        if (value.size() > 255)
            e.add(QStringLiteral("InternalIdentifier"), QStringLiteral("The internal identifier must be at most 255 characters."));
        QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
        const QJsonValue r = b.value("resellerId");
        if (r.isString()) {
            if (!isUuid(r.toString()))
                e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r.toString()));
            else if (caller.role == Role::Reseller && QUuid::fromString(r.toString()) != caller.resellerId)
                return {403, {}};
            else
                reseller = QUuid::fromString(r.toString());
        }
        if (!e.isEmpty())
            return validation(cid, e);
        CustomerRec &c = tenant.customers[size_t(index)];
        if (!reseller.isNull() && c.resellerId != reseller) {
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The customer has no relationship with this reseller."));
            return validation(cid, e);
        }
        if (!value.isEmpty()) {
            buildIdentifierHolders();
            for (int i : identifierHolders.value(identifierKey(reseller, value))) {
                if (i == index)
                    continue;
                e.add(QStringLiteral("InternalIdentifier"),
                      QStringLiteral("The internal identifier '%1' is already used by another customer: %2").arg(value, tenant.customers[size_t(i)].companyName));
                return validation(cid, e);
            }
        }
        QString &stored = reseller.isNull() ? c.cspInternalId : c.resellerInternalId;
        if (identifierHoldersBuilt) {
            if (!stored.isEmpty()) {
                const QString oldKey = identifierKey(reseller, stored);
                QList<int> &holders = identifierHolders[oldKey];
                holders.removeAll(index);
                if (holders.isEmpty())
                    identifierHolders.remove(oldKey);
            }
            if (!value.isEmpty())
                identifierHolders[identifierKey(reseller, value)].append(index);
        }
        stored = value;
        tenant.invalidate(index);
        return {204, {}};
    }

    // ASP.NET reads a date-time without an offset as unspecified; the sandbox takes it as UTC so
    // that its answers do not depend on the machine's time zone.
    static QDateTime parseDateTime(const QJsonValue &v)
    {
        QDateTime dt = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt.setTimeSpec(Qt::UTC);
        return dt;
    }

    Reply updateMca(const Caller &caller, int index, const QByteArray &raw, const QString &cid)
    {
        Reply bad;
        const auto object = parseBody(raw, cid, bad);
        if (!object)
            return bad;
        const Body b(*object);
        FieldErrors e;
        const QString instanceText = b.value("providerInstanceId").toString();
        if (!isUuid(instanceText))
            e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
        const QDateTime date = parseDateTime(b.value("agreementDate"));
        if (!date.isValid())
            e.add(QStringLiteral("AgreementDate"), QStringLiteral("The agreement date is required."));
        else if (date > QDateTime::currentDateTimeUtc())
            e.add(QStringLiteral("AgreementDate"), QStringLiteral("The agreement date cannot be in the future."));
        const QJsonValue keep = b.value("keepPrimaryInformation");
        if (!keep.isBool())
            e.add(QStringLiteral("KeepPrimaryInformation"), QStringLiteral("KeepPrimaryInformation is required."));
        QHash<QString, QString> contact;
        if (keep.isBool() && !keep.toBool()) {
            for (const char *name : {"firstName", "lastName", "email", "phone"}) {
                const QString value = b.value(name).toString().trimmed();
                QString property = QString::fromLatin1(name);
                property[0] = property[0].toUpper();
                const int max = QByteArray(name) == "phone" ? 30 : 255;
                if (value.isEmpty())
                    e.add(property, QStringLiteral("'%1' is required when KeepPrimaryInformation is false.").arg(property));
                else if (value.size() > max)
                    e.add(property, QStringLiteral("'%1' must be at most %2 characters.").arg(property).arg(max));
                else if (QByteArray(name) == "email" && !isEmail(value))
                    e.add(property, QStringLiteral("'%1' is not a valid email address.").arg(value));
                contact.insert(property, value);
            }
        }
        if (!e.isEmpty())
            return validation(cid, e);
        CustomerRec &c = tenant.customers[size_t(index)];
        const InstanceRec *inst = tenant.instance(QUuid::fromString(instanceText));
        if (!inst)
            return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
        ProviderCustomerRec *pc = nullptr;
        for (auto &p : c.providerCustomers) {
            // A reseller can only sign for the provider customers it sees.
            if (p.instanceId == inst->id && (caller.role == Role::Csp || p.resellerId == caller.resellerId))
                pc = &p;
        }
        if (!inst->microsoft() || !pc) {
            e.add(QStringLiteral("ProviderInstanceId"), !inst->microsoft() ? QStringLiteral("The Microsoft Customer Agreement applies only to Microsoft provider instances.")
                                                                           : QStringLiteral("The customer does not exist in this provider instance."));
            return validation(cid, e);
        }
        if (date < c.created) {
            e.add(QStringLiteral("AgreementDate"), QStringLiteral("The agreement date cannot be before the customer was created (%1).")
                                                       .arg(c.created.date().toString(Qt::ISODate)));
            return validation(cid, e);
        }
        QJsonObject data = QJsonDocument::fromJson(pc->data.toUtf8()).object();
        data.insert(u"AcceptedMCA", true);
        data.insert(u"AgreementDate", date.toUTC().toString(Qt::ISODate));
        data.insert(u"KeepPrimaryInformation", keep.toBool());
        for (auto it = contact.cbegin(); it != contact.cend(); ++it)
            data.insert(it.key(), it.value());
        pc->data = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
        tenant.invalidate(index);
        return {200, {}};
    }

    Reply addProviderInstance(const Caller &caller, int index, const QUrlQuery &q, const QByteArray &raw, const QString &cid)
    {
        FieldErrors e;
        QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
        if (q.hasQueryItem(QStringLiteral("resellerId"))) {
            if (caller.role == Role::Reseller)
                return {403, {}};
            const QString r = q.queryItemValue(QStringLiteral("resellerId"));
            if (!isUuid(r)) {
                e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
                return validation(cid, e);
            }
            reseller = QUuid::fromString(r);
        }
        Reply bad;
        const auto object = parseBody(raw, cid, bad);
        if (!object)
            return bad;
        const Body b(*object);
        const QString instanceText = b.value("providerInstanceId").toString();
        const InstanceRec *inst = nullptr;
        if (!isUuid(instanceText))
            e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
        else if (!(inst = tenant.instance(QUuid::fromString(instanceText))))
            return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
        const auto margin = readMargin(b.value("margin"), QStringLiteral("Margin"), e);
        QMap<QString, MarginRec> offerMargins;
        const QJsonValue otm = b.value("offerTypeMargins");
        if (otm.isObject()) {
            const QJsonObject o = otm.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QString type;
                for (const QString &t : OfferTypes)
                    if (t.compare(it.key(), Qt::CaseInsensitive) == 0)
                        type = t;
                const QString property = QStringLiteral("OfferTypeMargins[%1]").arg(type.isEmpty() ? it.key() : type);
                if (type.isEmpty()) {
                    e.add(property, QStringLiteral("'%1' is not an offer type.").arg(it.key()));
                    continue;
                }
                if (inst && !inst->offerTypes.contains(type)) {
                    e.add(property, QStringLiteral("%1 does not sell %2 offers.").arg(inst->alias, type));
                    continue;
                }
                if (const auto m = readMargin(it.value(), property, e)) {
                    // The partner agreement caps offer-type markups: a rule only the server knows.
                    if (m->rule == u"Markup" && m->value > 50.0)
                        e.add(property + QStringLiteral(".Value"),
                              QStringLiteral("The markup for %1 offers may not exceed the agreed 50 %.").arg(type));
                    offerMargins.insert(type, *m);
                }
            }
        } else if (!otm.isNull() && !otm.isUndefined()) {
            e.add(QStringLiteral("OfferTypeMargins"), QStringLiteral("The offer type margins must be an object."));
        }
        const QJsonValue dataValue = b.value("providerCustomerData");
        QJsonObject data;
        if (!dataValue.isString() && !dataValue.isNull() && !dataValue.isUndefined()) {
            e.add(QStringLiteral("ProviderCustomerData"), QStringLiteral("The provider customer data must be a JSON string."));
        } else if (dataValue.isString() && !dataValue.toString().trimmed().isEmpty()) {
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(dataValue.toString().toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject())
                e.add(QStringLiteral("ProviderCustomerData"), QStringLiteral("The provider customer data is not a valid JSON object."));
            else
                data = doc.object();
        }
        CustomerRec &c = tenant.customers[size_t(index)];
        QString domainKey;
        if (inst && inst->microsoft()) {
            const Body d(data);
            // "contoso" and "contoso.onmicrosoft.com" name the same Microsoft tenant.
            QString domain = d.value("Domain").toString().trimmed();
            if (domain.endsWith(QStringLiteral(".onmicrosoft.com"), Qt::CaseInsensitive))
                domain.chop(16);
            domainKey = domain.toLower();
            static const QRegularExpression domainPattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
            if (domain.isEmpty())
                e.add(QStringLiteral("ProviderCustomerData.Domain"), QStringLiteral("The domain is required for a Microsoft provider instance."));
            else if (!domainPattern.match(domain).hasMatch())
                e.add(QStringLiteral("ProviderCustomerData.Domain"),
                      QStringLiteral("'%1' is not a valid onmicrosoft.com domain: use up to 63 letters, digits and hyphens.").arg(domain));
            else if (tenant.domainOwner.contains(domainKey) && tenant.domainOwner.value(domainKey) != index)
                e.add(QStringLiteral("ProviderCustomerData.Domain"),
                      QStringLiteral("The domain %1.onmicrosoft.com is already taken.").arg(domain));
            const QString credentials = d.value("CredentialsEmail").toString();
            if (!credentials.isEmpty() && !isEmail(credentials))
                e.add(QStringLiteral("ProviderCustomerData.CredentialsEmail"), QStringLiteral("'%1' is not a valid email address.").arg(credentials));
            if (d.value("KeepPrimaryInformation").isBool() && !d.value("KeepPrimaryInformation").toBool()) {
                for (const char *name : {"FirstName", "LastName", "Email", "Phone"})
                    if (d.value(name).toString().trimmed().isEmpty())
                        e.add(QStringLiteral("ProviderCustomerData.") + QString::fromLatin1(name),
                              QStringLiteral("'%1' is required when KeepPrimaryInformation is false.").arg(QString::fromLatin1(name)));
            }
        }
        if (inst) {
            for (const auto &pc : c.providerCustomers)
                if (pc.instanceId == inst->id)
                    e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The customer already exists in %1.").arg(inst->alias));
        }
        if (!reseller.isNull() && c.resellerId != reseller)
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The customer has no relationship with this reseller."));
        if (!e.isEmpty() || !margin)
            return validation(cid, e);

        ProviderCustomerRec pc;
        pc.instanceId = inst->id;
        pc.providerCustomerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        pc.data = dataValue.toString();
        pc.margin = margin;
        pc.offerTypeMargins = offerMargins;
        pc.resellerId = reseller; // null: the CSP's own relationship, which its reseller does not see
        c.providerCustomers.append(pc);
        if (!domainKey.isEmpty())
            tenant.domainOwner.insert(domainKey, index);
        tenant.invalidate(index);
        return jsonString(201, pc.providerCustomerId);
    }
};

class HttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpServer(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options))
{
    d->cspToken = d->issue(Role::Csp, options.tokenLifetimeSeconds, {}, d->cspClientId);
    d->resellerToken = d->issue(Role::Reseller, options.tokenLifetimeSeconds, d->resellerOfClient(), d->resellerClientId);
}

SandboxServer::~SandboxServer()
{
    delete d->http;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->tcp)
        return true;
    Private *p = d.get();
    d->http = new HttpServer([p](const QHttpServerRequest &request, QTcpSocket *socket) { p->handle(request, socket); });
    ConnectionLimits limits;
    limits.maxBodyBytes = d->options.maxBodyBytes;
    limits.maxHeadBytes = d->options.maxHeadBytes;
    limits.idleTimeoutMs = d->options.idleTimeoutMs;
    limits.maxConnections = d->options.maxConnections;
    auto *tcp = new GuardedTcpServer(
        limits, [p](QTcpSocket *socket, int status, const QByteArray &cid) { p->writeRejection(socket, status, cid); },
        d->http);
    if (!tcp->listen(address, port)) {
        d->error = tcp->errorString();
        delete d->http;
        d->http = nullptr;
        return false;
    }
    d->tcp = tcp;
    d->http->bind(tcp);
    tcp->setHttpServer(d->http);
    tcp->watchAccepts();
    QTimer::singleShot(0, tcp, [p] { p->prerenderFirstPage(0); });
    return true;
}

QString SandboxServer::errorString() const { return d->error; }
quint16 SandboxServer::port() const { return d->tcp ? d->tcp->serverPort() : 0; }
QUrl SandboxServer::apiUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
QUrl SandboxServer::tokenUrl() const
{
    QUrl url = apiUrl();
    url.setPath(d->tokenPath());
    return url;
}
QString SandboxServer::tenant() const { return d->options.tenant; }
QString SandboxServer::cspClientId() const { return d->cspClientId; }
QString SandboxServer::cspClientSecret() const { return d->cspSecret; }
QString SandboxServer::resellerClientId() const { return d->resellerClientId; }
QString SandboxServer::resellerClientSecret() const { return d->resellerSecret; }
QString SandboxServer::cspToken() const { return d->cspToken; }
QString SandboxServer::resellerToken() const { return d->resellerToken; }
QUuid SandboxServer::resellerIdOfResellerClient() const { return d->resellerOfClient(); }
QList<QUuid> SandboxServer::resellerIds() const { return d->tenant.resellers; }

QList<QUuid> SandboxServer::providerInstanceIds() const
{
    QList<QUuid> ids;
    for (const auto &i : d->tenant.instances)
        ids << i.id;
    return ids;
}

QString SandboxServer::issueToken(Role role, int lifetimeSeconds, const QUuid &resellerId)
{
    return d->issue(role, lifetimeSeconds, role == Role::Reseller && resellerId.isNull() ? d->resellerOfClient() : resellerId,
                    role == Role::Csp ? d->cspClientId : d->resellerClientId);
}

bool SandboxServer::addFault(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString text = spec.trimmed();
    Fault f;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        QString rate = text.mid(at + 1);
        text = text.left(at);
        bool ok = false;
        if (rate.endsWith(u'%')) {
            f.percent = rate.chopped(1).toInt(&ok);
            if (!ok || f.percent < 0 || f.percent > 100)
                return fail(QStringLiteral("'%1': a rate is 0% to 100%").arg(spec));
        } else {
            f.remaining = rate.toInt(&ok);
            if (!ok || f.remaining < 0)
                return fail(QStringLiteral("'%1': a count is a whole number").arg(spec));
        }
    }
    const QStringList parts = text.split(u':');
    static const QStringList routes = {QStringLiteral("customers"), QStringLiteral("customer"), QStringLiteral("instances"),
                                       QStringLiteral("link"), QStringLiteral("add-instance"), QStringLiteral("mca"),
                                       QStringLiteral("internal-id"), QStringLiteral("token"), QStringLiteral("*")};
    if (parts.size() < 2 || !routes.contains(parts[0]))
        return fail(QStringLiteral("'%1': use ROUTE:KIND[:ARG][@RATE] with ROUTE one of %2").arg(spec, routes.join(QStringLiteral(", "))));
    f.route = parts[0];
    const QString kind = parts[1];
    auto number = [&](int index, int fallback, int min, int max) -> std::optional<int> {
        if (parts.size() <= index)
            return fallback;
        bool ok = false;
        const int v = parts[index].toInt(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        return v;
    };
    std::optional<int> a;
    if (kind == u"latency") {
        f.kind = Fault::Kind::Latency;
        a = number(2, 1000, 0, 600000);
    } else if (kind == u"status") {
        f.kind = Fault::Kind::Status;
        a = number(2, 500, 400, 599);
        const auto ra = number(3, 1, 0, 3600);
        if (!ra)
            return fail(QStringLiteral("'%1': Retry-After is 0 to 3600 seconds").arg(spec));
        f.arg2 = *ra;
    } else if (kind == u"malformed") {
        f.kind = Fault::Kind::Malformed;
        a = 0;
    } else if (kind == u"wrong-shape") {
        f.kind = Fault::Kind::WrongShape;
        a = 0;
    } else if (kind == u"truncated") {
        f.kind = Fault::Kind::Truncated;
        a = 0;
    } else if (kind == u"reset") {
        f.kind = Fault::Kind::Reset;
        a = 0;
    } else if (kind == u"slow") {
        f.kind = Fault::Kind::Slow;
        a = number(2, 1000, 1, 100000000);
    } else if (kind == u"oversized") {
        f.kind = Fault::Kind::Oversized;
        a = number(2, 512, 1, 4096);
    } else {
        return fail(QStringLiteral("'%1': KIND is latency, status, malformed, wrong-shape, truncated, reset, slow or oversized").arg(spec));
    }
    if (!a)
        return fail(QStringLiteral("'%1': the argument is out of range").arg(spec));
    f.arg = *a;
    d->faults.append(f);
    return true;
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

void SandboxServer::revokeAllTokens()
{
    ++d->tokenGeneration;
}

int SandboxServer::requestCount(const QString &correlationId) const
{
    return d->perCorrelation.value(correlationId.toLower());
}

int SandboxServer::writeCount(const QUuid &customerId) const
{
    return d->writesPerCustomer.value(customerId);
}

int SandboxServer::totalWriteCount() const
{
    int n = 0;
    for (int c : std::as_const(d->writesPerCustomer))
        n += c;
    return n;
}

int SandboxServer::countedCorrelationIds() const { return int(d->perCorrelation.size()); }
int SandboxServer::totalRequestCount() const { return d->total; }
int SandboxServer::acceptPauses() const { return d->tcp ? d->tcp->acceptPauses() : 0; }

QByteArray SandboxServer::customerJson(const QUuid &id) const
{
    const int index = d->tenant.index.value(id, -1);
    return index < 0 ? QByteArray() : d->tenant.json(index, false);
}

QList<QUuid> SandboxServer::customerIds() const
{
    QList<QUuid> ids;
    ids.reserve(qsizetype(d->tenant.customers.size()));
    for (const auto &c : d->tenant.customers)
        ids << c.id;
    return ids;
}

} // namespace ccsandbox

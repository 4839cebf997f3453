// What the sandbox enforces, read from the contract (and what it decided where the contract is
// silent; keep this list in step with tests/sandbox/):
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
// - Margin values: 0 <= v <= 999 (the contract); Margin and ErpMinusDiscount below 100;
//   SplitMargin below 200.
// - Unknown provider instance: 404 (link, add, MCA); unknown customer: 404.
// - Rejections the client cannot foresee: an internal identifier another customer of the same
//   relationship owner uses (case-insensitive); a Microsoft domain that is taken ("contoso" and
//   "contoso.onmicrosoft.com" are the same); an instance the customer already has; an offer type
//   the instance does not sell; an MCA for a non-Microsoft instance or one the customer lacks (for
//   a reseller: lacks in its relationship); an agreement date before the customer was created; an
//   offer-type markup above the agreed 50 %.
// - Resellers: the list is for the csp role only (a reseller token: 403), searched by Company.Name
//   (default), InternalIdentifier or MpnId (primary or secondary), sorted by name (ascending by
//   default); customerId needs providerInstanceId. The single read: the CSP any (unknown: 404), a
//   reseller itself only (any other id, known or not: 403).
// - Margins PATCH: the validation of adding an instance; the relationship is the caller's own
//   unless resellerId names one (a reseller naming another: 403; one the customer lacks: 400); no
//   provider customer in that instance in that relationship: 404. Offer types left out lose theirs.
// - MCA: Microsoft instances only (another instance, or a customer not in it: 404). The list sorts
//   by Status (the name as text) or CompanyName, descending by default; ties in company-name
//   order. The stored status changes on a refresh (linkgenerated -> customeraccepted when accepted
//   at Microsoft, else -> linkexpired once past linkExpirationDate, an extra item field) and on
//   recording the agreement (-> agreementcreated); other statuses stay as they are.
// - Against a hostile client (guardedtcpserver.cpp, before QtHttpServer reads a byte): a body over
//   maxBodyBytes is 413 and a head over maxHeadBytes 431 (envelope types RequestTooLarge and
//   RequestHeaderTooLarge, Connection: close), never routed nor counted; idle and excess connections
//   are closed; requestCount() remembers the correlationIdsKept ids first seen most recently.

#include "sandboxserver.h"

#include "faults.h"
#include "guardedtcpserver.h"
#include "httpreply.h"
#include "mcaroutes.h"
#include "readroutes.h"
#include "requestbody.h"
#include "resellerroutes.h"
#include "sandboxdata.h"
#include "tokens.h"
#include "writeroutes.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

// Where each part lives: tokens.cpp (credentials, tokens, roles), faults.cpp (--fault),
// httpreply.cpp (answers and the error envelope), requestbody.cpp (bodies, query parameters and
// their rules), readroutes.cpp, writeroutes.cpp, resellerroutes.cpp and mcaroutes.cpp (the
// routes). This file receives each request, checks token and tenant, and dispatches by path.

namespace ccsandbox {

class HttpServer;

struct SandboxServer::Private
{
    SandboxOptions options;
    Tenant tenant;
    TokenAuthority tokens;
    FaultInjector faults;
    ReadRoutes reads;
    WriteRoutes writes;
    ResellerRoutes resellers;
    McaRoutes mca;
    HttpServer *http = nullptr;
    GuardedTcpServer *tcp = nullptr;
    QString error;
    QString cspToken, resellerToken;
    // Requests per correlation id, for the ids first seen most recently (options.correlationIdsKept):
    // a long run with a fresh id per request must not grow without bound. A client's retry of a
    // write follows its first attempt closely, so the ids that matter are never the oldest.
    QHash<QString, int> perCorrelation;
    QQueue<QString> correlationOrder; // each id of perCorrelation once, first seen first
    int total = 0;
    // POST and PATCH requests per customer ID in the path, whatever became of them (faults
    // included): a test's proof that a bulk run wrote no customer twice. At most one entry per
    // customer of the tenant.
    QHash<QUuid, int> writesPerCustomer;

    explicit Private(const SandboxOptions &o)
        : options(o)
        , tenant(o.seed, std::clamp(o.customerCount, 0, 100000))
        , tokens(o.seed, o.tokenLifetimeSeconds)
        , reads(tenant)
        , writes(tenant)
        , resellers(tenant)
        , mca(tenant)
    {}

    QUuid resellerOfClient() const { return tenant.resellers.value(0); }

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
        const std::optional<Fault> fault = faults.pick(FaultInjector::routeOf(request.url().path(), tokens.path()));
        if (!fault) {
            writeReply(socket, route(request, cid), cid);
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
        QPointer<GuardedTcpServer> guard(tcp);
        faults.apply(*fault, socket, reply, cid, [guard](QTcpSocket *s) {
            if (guard)
                guard->requestAnswered(s);
        });
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
        const QString cid =
            correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromLatin1(correlationId);
        const Reply reply =
            status == 413
                ? envelope(
                      413, cid, QStringLiteral("RequestTooLarge"),
                      QStringLiteral("The request body is larger than the sandbox accepts (%1 bytes).").arg(options.maxBodyBytes))
                : envelope(status, cid, QStringLiteral("RequestHeaderTooLarge"),
                           QStringLiteral("The request line and headers are larger than the sandbox accepts (%1 bytes).")
                               .arg(options.maxHeadBytes));
        socket->write(responseHead(reply.status, reply.body.size(), cid, "Connection: close\r\n") + reply.body);
    }

    Reply route(const QHttpServerRequest &request, const QString &cid)
    {
        const QString path = request.url().path();
        const auto method = request.method();
        const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);

        if (path.compare(tokens.path(), Qt::CaseInsensitive) == 0) {
            if (method != QHttpServerRequest::Method::Post)
                return {405, {}};
            return tokens.tokenRequest(request, resellerOfClient());
        }
        if (seg.size() < 2 || seg[0].compare(u"v1", Qt::CaseInsensitive) != 0)
            return notFound(cid, QStringLiteral("No resource at %1.").arg(path));

        const auto caller = tokens.authenticate(request.value("Authorization"));
        if (!caller)
            return {401, {}};
        const QString tenantHeader = QString::fromUtf8(request.value("X-Tenant")).trimmed();
        if (tenantHeader.compare(options.tenant, Qt::CaseInsensitive) != 0) {
            FieldErrors e;
            e.add(QStringLiteral("X-Tenant"), tenantHeader.isEmpty()
                                                  ? QStringLiteral("The X-Tenant header is required.")
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
            return isGet ? reads.providerInstances(query, cid) : Reply{405, {}};
        if (seg[1].compare(u"Resellers", Qt::CaseInsensitive) == 0 && seg.size() <= 3) {
            if (!isGet)
                return {405, {}};
            return seg.size() == 2 ? resellers.list(*caller, query, cid) : resellers.get(*caller, seg[2], cid);
        }
        if (seg[1].compare(u"Customers", Qt::CaseInsensitive) != 0)
            return notFound(cid, QStringLiteral("No resource at %1.").arg(path));
        if (seg.size() == 2)
            return isGet ? reads.listCustomers(*caller, query, cid) : Reply{405, {}};
        if (seg.size() == 3 && seg[2].compare(u"relationship-acceptance", Qt::CaseInsensitive) == 0)
            return isGet ? reads.relationshipLink(*caller, query, cid) : Reply{405, {}};
        if (seg.size() == 3 && seg[2].compare(u"mca", Qt::CaseInsensitive) == 0)
            return isGet ? mca.list(*caller, query, cid) : Reply{405, {}};

        // /v1/Customers/{id}[/...]
        if (!isUuid(seg[2])) {
            FieldErrors e;
            e.add(QStringLiteral("customerId"), QStringLiteral("The value '%1' is not valid.").arg(seg[2]));
            return validation(cid, e);
        }
        const QUuid id = QUuid::fromString(seg[2]);
        const int index = tenant.index.value(id, -1);
        if (index < 0 || !sees(*caller, tenant.customers[size_t(index)].resellerId))
            return notFound(cid, QStringLiteral("Customer %1 was not found.").arg(seg[2]));
        if (seg.size() == 3)
            return isGet ? reads.getCustomer(*caller, index, query, cid) : Reply{405, {}};
        if (seg.size() == 4) {
            const QString action = seg[3].toLower();
            if (action == u"provider-instances")
                return isPost ? writes.addProviderInstance(*caller, index, query, request.body(), cid) : Reply{405, {}};
            if (action == u"microsoft-customer-agreement")
                return isPatch ? writes.updateMca(*caller, index, request.body(), cid) : Reply{405, {}};
            if (action == u"internal-identifier")
                return isPatch ? writes.updateInternalIdentifier(*caller, index, request.body(), cid) : Reply{405, {}};
        }
        if (seg.size() == 5 && seg[3].compare(u"margins", Qt::CaseInsensitive) == 0)
            return isPatch ? writes.updateMargins(*caller, index, seg[4], request.body(), cid) : Reply{405, {}};
        // .../provider-instances/{providerInstanceId}/mca[/status]
        if (seg.size() >= 6 && seg[3].compare(u"provider-instances", Qt::CaseInsensitive) == 0 &&
            seg[5].compare(u"mca", Qt::CaseInsensitive) == 0) {
            if (seg.size() == 6)
                return isGet ? mca.get(*caller, index, seg[4], cid) : Reply{405, {}};
            if (seg.size() == 7 && seg[6].compare(u"status", Qt::CaseInsensitive) == 0)
                return isPost ? mca.refresh(*caller, index, seg[4], cid) : Reply{405, {}};
        }
        return notFound(cid, QStringLiteral("No resource at %1.").arg(path));
    }
};

class HttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpServer(Handler handler)
        : m_handler(std::move(handler))
    {}

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
    , d(std::make_unique<Private>(options))
{
    d->cspToken = d->tokens.issue(Role::Csp, options.tokenLifetimeSeconds, {}, d->tokens.cspClientId());
    d->resellerToken =
        d->tokens.issue(Role::Reseller, options.tokenLifetimeSeconds, d->resellerOfClient(), d->tokens.resellerClientId());
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
        limits, [p](QTcpSocket *socket, int status, const QByteArray &cid) { p->writeRejection(socket, status, cid); }, d->http);
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
    QTimer::singleShot(0, tcp, [p, tcp] { p->reads.prerenderFirstPage(tcp); });
    return true;
}

QString SandboxServer::errorString() const
{
    return d->error;
}
quint16 SandboxServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}
QUrl SandboxServer::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}
QUrl SandboxServer::tokenUrl() const
{
    QUrl url = apiUrl();
    url.setPath(d->tokens.path());
    return url;
}
QString SandboxServer::tenant() const
{
    return d->options.tenant;
}
QString SandboxServer::cspClientId() const
{
    return d->tokens.cspClientId();
}
QString SandboxServer::cspClientSecret() const
{
    return d->tokens.cspSecret();
}
QString SandboxServer::resellerClientId() const
{
    return d->tokens.resellerClientId();
}
QString SandboxServer::resellerClientSecret() const
{
    return d->tokens.resellerSecret();
}
QString SandboxServer::cspToken() const
{
    return d->cspToken;
}
QString SandboxServer::resellerToken() const
{
    return d->resellerToken;
}
QUuid SandboxServer::resellerIdOfResellerClient() const
{
    return d->resellerOfClient();
}
QList<QUuid> SandboxServer::resellerIds() const
{
    return d->tenant.resellers;
}

QList<QUuid> SandboxServer::providerInstanceIds() const
{
    QList<QUuid> ids;
    for (const auto &i : d->tenant.instances)
        ids << i.id;
    return ids;
}

QString SandboxServer::issueToken(Role role, int lifetimeSeconds, const QUuid &resellerId)
{
    return d->tokens.issue(role, lifetimeSeconds,
                           role == Role::Reseller && resellerId.isNull() ? d->resellerOfClient() : resellerId,
                           role == Role::Csp ? d->tokens.cspClientId() : d->tokens.resellerClientId());
}

bool SandboxServer::addFault(const QString &spec, QString *error)
{
    return d->faults.add(spec, error);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

void SandboxServer::advanceMcaClock(qint64 seconds)
{
    d->mca.advanceClock(seconds);
}

void SandboxServer::revokeAllTokens()
{
    d->tokens.revokeAll();
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

int SandboxServer::countedCorrelationIds() const
{
    return int(d->perCorrelation.size());
}
int SandboxServer::totalRequestCount() const
{
    return d->total;
}
int SandboxServer::acceptPauses() const
{
    return d->tcp ? d->tcp->acceptPauses() : 0;
}

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

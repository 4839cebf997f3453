#include "cloudcockpitclient.h"

#include "bodies_p.h"
#include "httpdate.h"
#include "networkaccess.h"
#include "pendingcall_p.h"
#include "replyerrors_p.h"
#include "tokenfetcher_p.h"
#include <core/domain/json.h>
#include <core/domain/validation.h>
#include <core/i18n/translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>

namespace cc {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

// ---------------------------------------------------------------------------------------------

CallHandle::CallHandle(PendingCall *call)
    : m_call(call)
{}

void CallHandle::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool CallHandle::isRunning() const
{
    return m_call && !m_call->cancelled && !m_call->finished;
}

// ---------------------------------------------------------------------------------------------

struct CloudCockpitClient::Private
{
    CloudCockpitClient *q;
    NetworkAccess *nam;
    ConnectionSettings settings;
    Credentials credentials;
    QString accessToken;
    QDateTime tokenExpiry;
    TokenClaims claims;
    bool signedIn = false;
    QString caBundleError;
    QString proxyError;
    TokenFetcher *tokens;
    QList<QPointer<PendingCall>> tokenWaiters;

    explicit Private(CloudCockpitClient *owner)
        : q(owner)
        , nam(new NetworkAccess(owner))
        , tokens(new TokenFetcher(nam, owner))
    {}

    bool needsToken() const
    {
        if (credentials.kind != Credentials::Kind::ClientSecret)
            return false;
        return accessToken.isEmpty() || !tokenExpiry.isValid() || QDateTime::currentDateTimeUtc().secsTo(tokenExpiry) < 60;
    }

    void start(PendingCall *call)
    {
        if (call->cancelled)
            return;
        if (needsToken()) {
            tokenWaiters.append(call);
            requestToken();
            return;
        }
        dispatch(call);
    }

    void setToken(const QString &token, const QDateTime &expiry)
    {
        accessToken = token;
        tokenExpiry = expiry;
        nam->setBearerToken(token);
        const auto parsed = json::decodeJwt(token);
        claims = parsed.ok() ? *parsed.value : TokenClaims{};
        if (!expiry.isValid())
            tokenExpiry = claims.expiresAt;
    }

    void requestToken()
    {
        if (tokens->isFetching())
            return;
        tokens->fetch(settings, credentials, [this](const std::optional<json::TokenResponse> &token, const ApiError &e) {
            if (!token) {
                failTokenWaiters(e);
                return;
            }
            setToken(token->accessToken, QDateTime::currentDateTimeUtc().addSecs(token->expiresIn));
            const auto waiters = std::exchange(tokenWaiters, {});
            for (const auto &call : waiters)
                if (call)
                    dispatch(call);
        });
    }

    void failTokenWaiters(const ApiError &error)
    {
        const auto waiters = std::exchange(tokenWaiters, {});
        if (signedIn && error.kind == ApiError::Kind::Unauthorized)
            expireSession();
        for (const auto &call : waiters) {
            if (!call)
                continue;
            ApiError e = error;
            e.correlationId = call->spec.correlationId;
            finish(call, e);
        }
    }

    void dispatch(PendingCall *call)
    {
        if (call->cancelled)
            return;
        QUrl url = settings.apiUrl;
        if (call->redirectedTo.isValid()) {
            url = call->redirectedTo;
        } else {
            QString path = url.path();
            if (path.endsWith(u'/'))
                path.chop(1);
            url.setPath(path + call->spec.path);
            url.setQuery(call->spec.query);
        }
        QNetworkRequest request(url);
        // Redirects are ours to judge (onFinished): Qt's would carry Authorization and X-Tenant to
        // wherever a server points, and turn a PATCH answered by 302/303 into a GET.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("X-Correlation-Id", call->spec.correlationId.toLatin1());
        if (!call->spec.body.isEmpty() || call->spec.method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nullptr;
        if (call->spec.method == "GET") {
            reply = nam->get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, call->spec.body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *body = new OneShotBody(call->spec.body, call);
            reply = nam->sendCustomRequest(request, call->spec.method, body);
        }
        call->reply = reply;
        call->tooLarge = false;
        call->sslErrors.clear();
        capBody(reply, settings.maxBodyBytes, call, [call] { call->tooLarge = true; });
        QObject::connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) {
            // Never ignored: each is shown with the certificate it is about.
            for (const QSslError &e : errors)
                call->sslErrors << replyerrors::describeSslError(e);
        });
        QObject::connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onFinished(call, reply); });
        // Qt's transfer timeout only measures silence: a server that trickles bytes would hold the
        // call forever. Bound each attempt as a whole too.
        call->deadline.stop();
        call->deadline.disconnect();
        call->deadline.setSingleShot(true);
        QObject::connect(&call->deadline, &QTimer::timeout, call, [call, reply] {
            if (call->reply == reply) {
                call->timedOut = true;
                reply->abort();
            }
        });
        call->deadline.start(int(std::min<qint64>(settings.timeout.count() * 3, std::numeric_limits<int>::max())));
    }

    void onFinished(PendingCall *call, QNetworkReply *reply)
    {
        reply->deleteLater();
        call->reply.clear();
        call->deadline.stop();
        if (call->cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto netError = reply->error();
        if (call->timedOut) {
            netError = QNetworkReply::TimeoutError;
            call->timedOut = false;
        }
        ApiError e;
        e.correlationId = call->spec.correlationId;
        e.httpStatus = status;
        if (call->tooLarge) {
            e.kind = ApiError::Kind::MalformedResponse;
            e.detail = QCoreApplication::translate("cc::CloudCockpitClient", "The response was larger than %1 and was not read.")
                           .arg(QLocale().formattedDataSize(settings.maxBodyBytes));
        } else if (status == 0 || (netError > 0 && netError < 200) || netError == QNetworkReply::TimeoutError) {
            const ApiError n = replyerrors::networkError(netError, call->sslErrors, settings.timeout);
            e.kind = n.kind;
            e.description = n.description;
            e.detail = n.detail;
        } else if (replyerrors::isRedirect(status)) {
            const QUrl target = replyerrors::redirectTarget(reply);
            const bool follow = call->spec.idempotent() && call->redirects < replyerrors::MaxRedirects && target.isValid() &&
                                sameOrigin(target, settings.apiUrl) && checkTransportSecurity(target).isEmpty();
            if (follow) {
                ++call->redirects;
                call->redirectedTo = target;
                start(call);
                return;
            }
            const ApiError refused = replyerrors::refusedRedirect(target, !call->spec.idempotent(), call->redirects);
            e.kind = refused.kind;
            e.description = refused.description;
        } else if (status >= 200 && status < 300) {
            const QByteArray body = call->pooledBody ? readPooled(reply) : reply->readAll();
            const auto problem = call->onSuccess(body, status);
            if (!problem) {
                if (!call->deferred) {
                    call->finished = true;
                    call->deleteLater();
                }
                return;
            }
            e.kind = ApiError::Kind::MalformedResponse;
            e.detail = *problem;
        } else {
            e = replyerrors::httpError(status, reply->readAll(), call->spec.correlationId);
        }

        if (!call->spec.idempotent())
            e.outcomeUnknown = replyerrors::writeOutcomeUnknown(e.kind, netError, status);

        // GET may be retried; POST and PATCH never, since the server may have acted on them.
        const bool transient = e.kind == ApiError::Kind::Timeout ||
                               (e.kind == ApiError::Kind::Network && replyerrors::isTransientNetworkError(netError)) ||
                               status == 429 || status == 502 || status == 503 || status == 504 ||
                               (e.kind == ApiError::Kind::MalformedResponse && !call->tooLarge);
        if (call->spec.idempotent() && transient && call->attempt < settings.maxGetRetries) {
            int delay = 300 * (1 << call->attempt) + int(QRandomGenerator::global()->bounded(200));
            if (status == 429 || status == 503)
                delay = retryAfterMs(reply->rawHeader("Retry-After"), 30000).value_or(delay);
            ++call->attempt;
            call->retryTimer.disconnect();
            QObject::connect(&call->retryTimer, &QTimer::timeout, call, [this, call] { start(call); });
            call->retryTimer.start(delay);
            Q_EMIT q->getRetryScheduled(call->spec.correlationId, delay);
            return;
        }
        if (e.kind == ApiError::Kind::Unauthorized) {
            // A token the server refused: with client credentials get a new one and send once more
            // (a 401 means the server did nothing, so this is safe for POST and PATCH too).
            if (credentials.kind == Credentials::Kind::ClientSecret && !call->reauthorized) {
                call->reauthorized = true;
                accessToken.clear();
                start(call);
                return;
            }
            if (signedIn)
                expireSession();
        }
        finish(call, e);
    }

    void finish(PendingCall *call, const ApiError &error)
    {
        call->finished = true;
        if (call->contextAlive())
            call->onError(error);
        call->deleteLater();
    }

    void expireSession()
    {
        signedIn = false;
        if (credentials.kind == Credentials::Kind::Token)
            accessToken.clear();
        Q_EMIT q->sessionExpired();
        Q_EMIT q->sessionChanged();
    }

    // Creates the call and sends its request: at once when it needs no token first, so that it is on
    // its way while the caller's thread goes on with its work (a reply never finishes before the
    // next event-loop turn); else on the next turn. Callbacks are never synchronous, and a
    // client-side validation failure looks like any other failure.
    PendingCall *makeCall(RequestSpec spec, QObject *context, PendingCall::SuccessHandler onSuccess,
                          PendingCall::ErrorHandler onError, const RequestOptions &options, const FieldErrors &clientErrors = {},
                          bool pooledBody = false)
    {
        spec.correlationId =
            options.correlationId.isEmpty() ? QString::fromLatin1(NetworkAccess::newCorrelationId()) : options.correlationId;
        auto *call = new PendingCall(std::move(spec), context, std::move(onSuccess), std::move(onError), q);
        call->pooledBody = pooledBody;
        if (context)
            QObject::connect(context, &QObject::destroyed, call, &PendingCall::cancel);
        ApiError early;
        if (!clientErrors.isEmpty()) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.fieldErrors = clientErrors;
        } else if (const QString insecure = checkTransportSecurity(settings.apiUrl); !insecure.isEmpty()) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"apiurl", insecure);
        } else if (!caBundleError.isEmpty() || !proxyError.isEmpty()) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            if (!caBundleError.isEmpty())
                early.addFieldError(u"cabundle", caBundleError);
            if (!proxyError.isEmpty())
                early.addFieldError(u"proxy", proxyError);
        } else if (!looksLikeTenantDomain(settings.tenant.trimmed())) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"tenant", QCoreApplication::translate("cc::CloudCockpitClient",
                                                                       "Enter a domain name only, without https:// or a path."));
        } else if ((credentials.kind == Credentials::Kind::Token || !accessToken.isEmpty()) && !isSafeHeaderValue(accessToken)) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"token",
                                QCoreApplication::translate(
                                    "cc::CloudCockpitClient",
                                    "The token holds spaces, line breaks or other characters a bearer token cannot have."));
        } else if (!options.correlationId.isEmpty() && !validation::isUuid(options.correlationId)) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"correlationid",
                                QCoreApplication::translate("cc::CloudCockpitClient",
                                                            "Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a."));
        } else if (credentials.kind == Credentials::Kind::None) {
            early.kind = ApiError::Kind::Unauthorized;
            early.clientSide = true;
            early.description = QCoreApplication::translate("cc::CloudCockpitClient", "Not signed in.");
        }
        if (early.isError()) {
            QTimer::singleShot(0, call, [this, call, early] {
                if (!call->cancelled)
                    finish(call, early);
            });
        } else if (!needsToken()) {
            dispatch(call);
        } else {
            QTimer::singleShot(0, call, [this, call] { start(call); });
        }
        return call;
    }

    template<typename T, typename Parse>
    CallHandle call(RequestSpec spec, QObject *context, Callback<T> callback, const RequestOptions &options, Parse parse,
                    const FieldErrors &clientErrors = {})
    {
        auto holder = std::make_shared<QString>();
        PendingCall *pending = nullptr;
        pending = makeCall(
            std::move(spec), context,
            [callback, parse, holder](const QByteArray &body, int status) -> std::optional<QString> {
                auto parsed = parse(body, status);
                if (!parsed.ok())
                    return parsed.error.message;
                Result<T> r(std::move(*parsed.value));
                r.setCorrelationId(*holder);
                r.setHttpStatus(status);
                callback(r);
                return std::nullopt;
            },
            [callback](const ApiError &error) {
                Result<T> r(error);
                r.setCorrelationId(error.correlationId);
                callback(r);
            },
            options, clientErrors);
        *holder = pending->spec.correlationId;
        return CallHandle(pending);
    }

    // Like call(), but a large body is parsed on a worker thread, so that the window never stalls
    // on a page of 2,000 customers. The call stays running (and cancellable) until it is delivered.
    template<typename T, typename Parse>
    CallHandle callParsingOffThread(RequestSpec spec, QObject *context, Callback<T> callback, const RequestOptions &options,
                                    Parse parse, const FieldErrors &clientErrors = {})
    {
        auto self = std::make_shared<QPointer<PendingCall>>();
        PendingCall *pending = makeCall(
            std::move(spec), context,
            [this, callback, parse, self](const QByteArray &body, int status) -> std::optional<QString> {
                QPointer<PendingCall> call = *self;
                if (!call)
                    return std::nullopt;
                call->deferred = true;
                QThreadPool::globalInstance()->start([this, call, callback, parse, body = QByteArray(body), status]() mutable {
                    auto parsed = std::make_shared<decltype(parse(body, status))>(parse(body, status));
                    BodyPool::give(std::move(body));
                    // Back on the client's thread (the application's): the call may be gone by now.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [this, call, callback, parsed] {
                            if (!call || call->cancelled)
                                return;
                            if (!parsed->ok() && call->attempt < settings.maxGetRetries) {
                                // A garbled page may be a passing fault: GET it again, as for any transient error.
                                ++call->attempt;
                                call->deferred = false;
                                call->retryTimer.disconnect();
                                QObject::connect(&call->retryTimer, &QTimer::timeout, call,
                                                 [this, c = call.data()] { start(c); });
                                call->retryTimer.start(300 * call->attempt);
                                Q_EMIT q->getRetryScheduled(call->spec.correlationId, 300 * call->attempt);
                                return;
                            }
                            call->finished = true;
                            if (call->contextAlive()) {
                                if (parsed->ok()) {
                                    Result<T> r(std::move(*parsed->value));
                                    r.setCorrelationId(call->spec.correlationId);
                                    callback(r);
                                } else {
                                    ApiError e;
                                    e.kind = ApiError::Kind::MalformedResponse;
                                    e.detail = parsed->error.message;
                                    e.correlationId = call->spec.correlationId;
                                    Result<T> r(e);
                                    r.setCorrelationId(e.correlationId);
                                    callback(r);
                                }
                            }
                            call->deleteLater();
                        },
                        Qt::QueuedConnection);
                });
                return std::nullopt;
            },
            [callback](const ApiError &error) {
                Result<T> r(error);
                r.setCorrelationId(error.correlationId);
                callback(r);
            },
            options, clientErrors, /*pooledBody=*/true);
        *self = pending;
        return CallHandle(pending);
    }
};

// ---------------------------------------------------------------------------------------------

CloudCockpitClient::CloudCockpitClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

CloudCockpitClient::~CloudCockpitClient() = default;

QString CloudCockpitClient::userAgent()
{
    // Built once: prettyProductName() reads /etc/os-release each time it is asked.
    static const QString agent =
        QStringLiteral("CloudCockpitAdmin/%1 (Qt %2; %3)")
            .arg(QStringLiteral(CC_VERSION), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    return agent;
}

void CloudCockpitClient::setConnection(const ConnectionSettings &settings)
{
    const bool identityChanged = settings.tenant != d->settings.tenant || settings.apiUrl != d->settings.apiUrl ||
                                 settings.tokenUrl != d->settings.tokenUrl;
    d->settings = settings;
    d->nam->setTenant(settings.tenant.trimmed());
    d->nam->setApiUrl(settings.apiUrl);
    d->nam->setTimeout(settings.timeout);
    d->caBundleError = d->nam->setExtraCaBundle(settings.caBundlePath);
    d->proxyError = d->nam->setProxyUrl(settings.proxyUrl);
    if (identityChanged && d->credentials.kind == Credentials::Kind::ClientSecret)
        d->setToken({}, {});
}

const ConnectionSettings &CloudCockpitClient::connection() const
{
    return d->settings;
}

void CloudCockpitClient::setCredentials(const Credentials &credentials)
{
    d->credentials = credentials;
    d->signedIn = false;
    if (credentials.kind == Credentials::Kind::Token)
        d->setToken(credentials.token.trimmed(), {});
    else
        d->setToken({}, {});
}

Session CloudCockpitClient::session() const
{
    Session s;
    s.signedIn = d->signedIn;
    s.tenant = d->settings.tenant;
    s.role = d->claims.role;
    s.resellerId = d->claims.resellerId;
    s.expiresAt = d->tokenExpiry;
    s.renewable = d->credentials.kind == Credentials::Kind::ClientSecret;
    return s;
}

CallHandle CloudCockpitClient::signIn(QObject *context, Callback<Session> callback)
{
    FieldErrors errors;
    const QString tenant = d->settings.tenant.trimmed();
    if (tenant.isEmpty())
        errors[QStringLiteral("tenant")] << QCoreApplication::translate(
            "cc::CloudCockpitClient", "Enter the domain you use to reach the portal, for example portal.contoso.com.");
    else if (!looksLikeTenantDomain(tenant))
        errors[QStringLiteral("tenant")] << QCoreApplication::translate("cc::CloudCockpitClient",
                                                                        "Enter a domain name only, without https:// or a path.");
    if (const QString e = checkTransportSecurity(d->settings.apiUrl); !e.isEmpty())
        errors[QStringLiteral("apiurl")] << e;
    switch (d->credentials.kind) {
    case Credentials::Kind::None:
        errors[QStringLiteral("clientid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
        break;
    case Credentials::Kind::ClientSecret:
        if (const QString e = checkTransportSecurity(d->settings.tokenUrl); !e.isEmpty())
            errors[QStringLiteral("tokenurl")] << e;
        if (d->credentials.clientId.trimmed().isEmpty())
            errors[QStringLiteral("clientid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
        if (d->credentials.clientSecret.isEmpty())
            errors[QStringLiteral("clientsecret")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
        d->setToken({}, {}); // always prove the secret afresh
        break;
    case Credentials::Kind::Token: {
        const QString token = d->credentials.token.trimmed();
        const auto claims = json::decodeJwt(token);
        if (token.isEmpty())
            errors[QStringLiteral("token")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
        else if (!claims.ok())
            errors[QStringLiteral("token")] << QCoreApplication::translate(
                "cc::CloudCockpitClient", "This is not a bearer token (a JWT has three parts separated by dots).");
        else if (claims.value->expiresAt.isValid() && claims.value->expiresAt < QDateTime::currentDateTimeUtc())
            errors[QStringLiteral("token")] << QCoreApplication::translate("cc::CloudCockpitClient",
                                                                           "This token expired on %1. Get a new one.")
                                                   .arg(i18n::formatDateTime(claims.value->expiresAt));
        break;
    }
    }

    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Providers/Instances");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
    const auto kind = d->credentials.kind;
    auto onResult = [this, callback, kind](const Result<ProviderInstancePage> &r) {
        if (r.ok()) {
            d->signedIn = true;
            Q_EMIT sessionChanged();
            Result<Session> s(session());
            s.setCorrelationId(r.correlationId());
            callback(s);
            return;
        }
        ApiError e = r.error();
        if (e.fieldErrors.contains(QStringLiteral("x-tenant")))
            e.fieldErrors[QStringLiteral("tenant")] += e.fieldErrors.take(QStringLiteral("x-tenant"));
        if (e.fieldErrors.isEmpty()) {
            const QString field = kind == Credentials::Kind::Token ? QStringLiteral("token") : QStringLiteral("clientid");
            switch (e.kind) {
            case ApiError::Kind::Unauthorized:
                e.fieldErrors[field]
                    << (kind == Credentials::Kind::Token
                            ? QCoreApplication::translate("cc::CloudCockpitClient", "The server refused this token.")
                            : QCoreApplication::translate("cc::CloudCockpitClient",
                                                          "The server refused the token issued for this client."));
                break;
            case ApiError::Kind::Forbidden:
                e.fieldErrors[QStringLiteral("tenant")]
                    << QCoreApplication::translate("cc::CloudCockpitClient", "These credentials may not use this tenant.");
                break;
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
            case ApiError::Kind::Tls:
            case ApiError::Kind::NotFound:
            case ApiError::Kind::MalformedResponse:
                e.fieldErrors[QStringLiteral("apiurl")]
                    << (e.kind == ApiError::Kind::NotFound
                            ? QCoreApplication::translate("cc::CloudCockpitClient",
                                                          "No CloudCockpit API answers at this address.")
                            : e.message());
                break;
            case ApiError::Kind::Validation: e.fieldErrors[QStringLiteral("tenant")] << e.message(); break;
            default: break;
            }
        }
        callback(Result<Session>(e));
    };
    return d->call<ProviderInstancePage>(
        std::move(spec), context, Callback<ProviderInstancePage>(onResult), {},
        [](const QByteArray &body, int) { return json::parseProviderInstancePage(body); }, errors);
}

void CloudCockpitClient::signOut()
{
    const bool was = d->signedIn;
    d->signedIn = false;
    d->credentials = {};
    d->setToken({}, {});
    if (was)
        Q_EMIT sessionChanged();
}

namespace {
// Query values may hold '+', '&' or '#': encode them fully.
QUrlQuery fullyEncoded(const QUrlQuery &query)
{
    QUrlQuery encoded;
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return encoded;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

RequestSpec customerListSpec(const CustomerQuery &query)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Customers");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(query.pageNumber));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    if (!query.searchValue.isEmpty()) {
        spec.query.addQueryItem(QStringLiteral("searchValue"), query.searchValue);
        spec.query.addQueryItem(QStringLiteral("searchField"), searchFieldName(query.searchField));
    }
    spec.query.addQueryItem(QStringLiteral("sortPropertyName"), QStringLiteral("Company.Name"));
    spec.query.addQueryItem(QString(contract::AscendingOrderParam),
                            query.ascending ? QStringLiteral("true") : QStringLiteral("false"));
    if (!query.resellerId.isNull())
        spec.query.addQueryItem(QStringLiteral("resellerId"), uuidText(query.resellerId));
    spec.query.addQueryItem(QString(contract::IncludeDeletedParam),
                            query.includeDeleted ? QStringLiteral("true") : QStringLiteral("false"));
    spec.query = fullyEncoded(spec.query);
    return spec;
}
} // namespace

CallHandle CloudCockpitClient::listCustomers(const CustomerQuery &query, QObject *context, Callback<CustomerPage> callback,
                                             const RequestOptions &options)
{
    return d->callParsingOffThread<CustomerPage>(
        customerListSpec(query), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseCustomerPage(body); }, validation::validate(query));
}

CallHandle CloudCockpitClient::listCustomerSummaries(const CustomerQuery &query, QObject *context,
                                                     Callback<CustomerSummaryPage> callback, const RequestOptions &options,
                                                     bool withSearchText)
{
    return d->callParsingOffThread<CustomerSummaryPage>(
        customerListSpec(query), context, std::move(callback), options,
        [withSearchText](const QByteArray &body, int) { return json::parseCustomerSummaryPage(body, withSearchText); },
        validation::validate(query));
}

CallHandle CloudCockpitClient::getCustomer(const QUuid &customerId, const QUuid &resellerId, QObject *context,
                                           Callback<Customer> callback, const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId);
    if (!resellerId.isNull())
        spec.query.addQueryItem(QStringLiteral("resellerId"), uuidText(resellerId));
    FieldErrors errors;
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<Customer>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseCustomer(body); }, errors);
}

CallHandle CloudCockpitClient::listProviderInstances(int pageNumber, int pageSize, QObject *context,
                                                     Callback<ProviderInstancePage> callback, const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Providers/Instances");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(pageNumber));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    FieldErrors errors;
    if (pageNumber < 1)
        errors[QStringLiteral("pagenumber")]
            << QCoreApplication::translate("cc::CloudCockpitClient", "The page number starts at 1.");
    if (pageSize < 1 || pageSize > validation::MaxPageSize)
        errors[QStringLiteral("pagesize")] << QCoreApplication::translate("cc::CloudCockpitClient",
                                                                          "The page size must be between 1 and %1.")
                                                  .arg(validation::MaxPageSize);
    return d->call<ProviderInstancePage>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseProviderInstancePage(body); }, errors);
}

CallHandle CloudCockpitClient::relationshipAcceptanceLink(const QUuid &providerInstanceId, const QUuid &resellerId,
                                                          QObject *context, Callback<QString> callback,
                                                          const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Customers/relationship-acceptance");
    spec.query.addQueryItem(QStringLiteral("providerInstanceId"), uuidText(providerInstanceId));
    if (!resellerId.isNull())
        spec.query.addQueryItem(QStringLiteral("resellerId"), uuidText(resellerId));
    FieldErrors errors;
    if (providerInstanceId.isNull())
        errors[QStringLiteral("providerinstanceid")]
            << QCoreApplication::translate("cc::CloudCockpitClient", "Choose a provider instance.");
    return d->call<QString>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) {
            auto parsed = json::parseJsonString(body);
            if (parsed.ok()) {
                const QUrl url(*parsed.value, QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
                    json::Parsed<QString> bad;
                    bad.error.message = QStringLiteral("the relationship link is not a web address");
                    return bad;
                }
            }
            return parsed;
        },
        errors);
}

CallHandle CloudCockpitClient::addProviderInstance(const QUuid &customerId, const AddProviderInstanceRequest &request,
                                                   bool microsoftInstance, QObject *context, Callback<QString> callback,
                                                   const RequestOptions &options)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId) + QStringLiteral("/provider-instances");
    if (!request.resellerId.isNull())
        spec.query.addQueryItem(QStringLiteral("resellerId"), uuidText(request.resellerId));
    spec.body = json::serialize(request);
    FieldErrors errors = validation::validate(request, microsoftInstance);
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<QString>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) {
            // 201's body is a JSON string whose meaning the docs do not give; tolerate an empty one.
            if (body.trimmed().isEmpty()) {
                json::Parsed<QString> empty;
                empty.value = QString();
                return empty;
            }
            return json::parseJsonString(body);
        },
        errors);
}

CallHandle CloudCockpitClient::updateMicrosoftCustomerAgreement(const QUuid &customerId, const McaUpdate &update,
                                                                QObject *context, Callback<Done> callback,
                                                                const RequestOptions &options)
{
    RequestSpec spec;
    spec.method = "PATCH";
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId) + QStringLiteral("/microsoft-customer-agreement");
    spec.body = json::serialize(update);
    FieldErrors errors = validation::validate(update, QDate::currentDate());
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<Done>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &, int) {
            json::Parsed<Done> p;
            p.value = Done{};
            return p;
        },
        errors);
}

CallHandle CloudCockpitClient::updateInternalIdentifier(const QUuid &customerId, const InternalIdentifierUpdate &update,
                                                        QObject *context, Callback<Done> callback, const RequestOptions &options)
{
    RequestSpec spec;
    spec.method = "PATCH";
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId) + QStringLiteral("/internal-identifier");
    spec.body = json::serialize(update);
    FieldErrors errors = validation::validate(update);
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<Done>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &, int) {
            json::Parsed<Done> p;
            p.value = Done{};
            return p;
        },
        errors);
}

CallHandle CloudCockpitClient::listResellers(const ResellerQuery &query, QObject *context, Callback<ResellerPage> callback,
                                             const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Resellers");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(query.pageNumber));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    if (!query.searchValue.isEmpty()) {
        spec.query.addQueryItem(QStringLiteral("searchValue"), query.searchValue);
        spec.query.addQueryItem(QStringLiteral("searchField"), resellerSearchFieldName(query.searchField));
    }
    spec.query.addQueryItem(QStringLiteral("sortPropertyName"), QStringLiteral("Company.Name"));
    spec.query.addQueryItem(QString(contract::AscendingOrderParam), boolText(query.ascending));
    if (!query.customerId.isNull())
        spec.query.addQueryItem(QStringLiteral("customerId"), uuidText(query.customerId));
    if (!query.providerInstanceId.isNull())
        spec.query.addQueryItem(QStringLiteral("providerInstanceId"), uuidText(query.providerInstanceId));
    spec.query = fullyEncoded(spec.query);
    return d->call<ResellerPage>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseResellerPage(body); }, validation::validate(query));
}

CallHandle CloudCockpitClient::getReseller(const QUuid &resellerId, QObject *context, Callback<Reseller> callback,
                                           const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Resellers/") + uuidText(resellerId);
    FieldErrors errors;
    if (resellerId.isNull())
        errors[QStringLiteral("resellerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<Reseller>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseReseller(body); }, errors);
}

CallHandle CloudCockpitClient::updateMargins(const QUuid &customerId, const MarginsUpdate &update,
                                             const QList<OfferType> &offeredTypes, QObject *context, Callback<Done> callback,
                                             const RequestOptions &options)
{
    RequestSpec spec;
    spec.method = "PATCH";
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId) + QStringLiteral("/margins/") +
                uuidText(update.providerInstanceId);
    spec.body = json::serialize(update);
    FieldErrors errors = validation::validate(update, offeredTypes);
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    return d->call<Done>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &, int) {
            json::Parsed<Done> p;
            p.value = Done{};
            return p;
        },
        errors);
}

CallHandle CloudCockpitClient::listMcas(const McaQuery &query, QObject *context, Callback<McaPage> callback,
                                        const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Customers/mca");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(query.pageNumber));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    if (!query.customerId.isNull())
        spec.query.addQueryItem(QStringLiteral("customerId"), uuidText(query.customerId));
    if (!query.providerInstanceId.isNull())
        spec.query.addQueryItem(QStringLiteral("providerInstanceId"), uuidText(query.providerInstanceId));
    if (query.status)
        spec.query.addQueryItem(QStringLiteral("status"), mcaStatusName(*query.status));
    if (!query.searchValue.isEmpty())
        spec.query.addQueryItem(QStringLiteral("searchValue"), query.searchValue);
    spec.query.addQueryItem(QStringLiteral("sortPropertyName"), mcaSortFieldName(query.sortBy));
    spec.query.addQueryItem(QStringLiteral("excludeCompliant"), boolText(query.excludeCompliant));
    spec.query.addQueryItem(QStringLiteral("ascendingOrder"), boolText(query.ascending));
    spec.query = fullyEncoded(spec.query);
    return d->call<McaPage>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseMcaPage(body); }, validation::validate(query));
}

namespace {
RequestSpec mcaSpec(const QUuid &customerId, const QUuid &providerInstanceId, QStringView tail, FieldErrors &errors)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Customers/") + uuidText(customerId) + QStringLiteral("/provider-instances/") +
                uuidText(providerInstanceId) + QStringLiteral("/mca") + tail;
    if (customerId.isNull())
        errors[QStringLiteral("customerid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Required.");
    if (providerInstanceId.isNull())
        errors[QStringLiteral("providerinstanceid")]
            << QCoreApplication::translate("cc::CloudCockpitClient", "Choose a Microsoft provider instance.");
    return spec;
}
} // namespace

CallHandle CloudCockpitClient::getMca(const QUuid &customerId, const QUuid &providerInstanceId, QObject *context,
                                      Callback<McaItem> callback, const RequestOptions &options)
{
    FieldErrors errors;
    RequestSpec spec = mcaSpec(customerId, providerInstanceId, {}, errors);
    return d->call<McaItem>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseMcaItem(body); }, errors);
}

CallHandle CloudCockpitClient::refreshMcaStatus(const QUuid &customerId, const QUuid &providerInstanceId, QObject *context,
                                                Callback<McaRefresh> callback, const RequestOptions &options)
{
    FieldErrors errors;
    RequestSpec spec = mcaSpec(customerId, providerInstanceId, u"/status", errors);
    spec.method = "POST";
    return d->call<McaRefresh>(
        std::move(spec), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseMcaRefresh(body); }, errors);
}

} // namespace cc

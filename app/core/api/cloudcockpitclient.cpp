#include "cloudcockpitclient.h"

#include "httpdate.h"
#include "networkaccess.h"
#include "pendingcall_p.h"
#include "../domain/json.h"
#include "../domain/validation.h"
#include "../i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QMetaEnum>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace cc {

namespace {


QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool isTransientNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

QString networkErrorName(QNetworkReply::NetworkError e)
{
    return QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(e));
}

QString describeCertificate(const QSslCertificate &c)
{
    if (c.isNull())
        return {};
    return QCoreApplication::translate("cc::CloudCockpitClient", "certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             i18n::formatDateTime(c.effectiveDate()),
             i18n::formatDateTime(c.expiryDate()),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
}

// The body of a POST or PATCH. It can be read once only, so that Qt's HTTP stack cannot send the
// request a second time on its own (it resends once when a connection drops before the answer,
// whatever the method): a write the server may have acted on must never be repeated unasked.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data)) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_data.isEmpty() || m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Buffers that large bodies (pages of customers) are read into and parsed from, reused: a fresh
// 2.5 MB buffer for each page costs more in page faults than the copy into it. Each keeps
// BodyPadding zero bytes past its end, so that the page reader (simdjson) parses it in place.
class BodyPool
{
public:
    static constexpr qsizetype BodyPadding = 64;

    static QByteArray take(qsizetype size)
    {
        QByteArray b;
        {
            const QMutexLocker lock(&mutex());
            auto &free = buffers();
            for (auto it = free.begin(); it != free.end(); ++it) {
                if (it->capacity() >= size + BodyPadding) {
                    b = std::move(*it);
                    free.erase(it);
                    break;
                }
            }
        }
        if (b.capacity() < size + BodyPadding)
            b.reserve(size + size / 4 + BodyPadding);
        b.resize(size);
        std::memset(b.data() + size, 0, size_t(BodyPadding));
        return b;
    }

    static void give(QByteArray &&b)
    {
        if (!b.isDetached() || b.capacity() > (64 << 20))
            return;
        const QMutexLocker lock(&mutex());
        auto &free = buffers();
        if (free.size() < 4)
            free.push_back(std::move(b));
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static std::vector<QByteArray> &buffers()
    {
        static std::vector<QByteArray> b;
        return b;
    }
};

QByteArray readPooled(QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0 || available > (1LL << 30))
        return reply->readAll();
    QByteArray body = BodyPool::take(qsizetype(available));
    const qint64 got = reply->read(body.data(), available);
    body.resize(qsizetype(std::max<qint64>(got, 0)));
    return body;
}

// Whether a write that ended this way may have reached the server and been carried out. Only an
// error that stops a request before it leaves (no connection, no TLS) or an answer the server
// gave (a status, a refusal) says for sure; a lost, late or unreadable answer does not.
bool writeOutcomeUnknown(ApiError::Kind kind, QNetworkReply::NetworkError netError, int status)
{
    if (kind == ApiError::Kind::Timeout)
        return true;
    if (kind == ApiError::Kind::MalformedResponse)
        return status >= 200 && status < 300;
    if (kind != ApiError::Kind::Network)
        return false;
    // A success status whose body was cut off: the server acted, only the rest of its answer is lost.
    if (status >= 200 && status < 300)
        return true;
    if (status != 0)
        return false;
    switch (netError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return false;
    default:
        return true;
    }
}

constexpr int MaxRedirects = 5;
constexpr qint64 MaxTokenBodyBytes = 256 * 1024; // an Entra token answer is a few KiB

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Where a 3xx points, resolved against the request; an invalid URL when it says nowhere usable
// (no Location, or one that does not parse), so that it is never taken for the request's own URL.
QUrl redirectTarget(QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    const QUrl relative = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (location.isEmpty() || !relative.isValid())
        return {};
    return reply->url().resolved(relative);
}

// Where a redirect pointed, for a message: no user info, query or fragment (they may hold tokens),
// percent-encoded (no control characters), and not longer than a line.
QString describeRedirectTarget(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return QCoreApplication::translate("cc::CloudCockpitClient", "an address that is not valid");
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (text.size() > 200)
        text = text.left(199) + u'…';
    return text;
}

// A header value we put on the wire: visible ASCII only, so that nothing can end the header early
// (CR, LF) and start another one, or another request.
bool isSafeHeaderValue(QStringView value)
{
    for (QChar c : value)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

bool looksLikeTenantDomain(const QString &tenant)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return tenant.size() <= 253 && re.match(tenant).hasMatch();
}

} // namespace

// ---------------------------------------------------------------------------------------------

CallHandle::CallHandle(PendingCall *call) : m_call(call) {}

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
    QPointer<QNetworkReply> tokenReply;
    bool tokenTooLarge = false;
    bool tokenTimedOut = false;
    QList<QPointer<PendingCall>> tokenWaiters;

    explicit Private(CloudCockpitClient *owner) : q(owner), nam(new NetworkAccess(owner)) {}

    bool needsToken() const
    {
        if (credentials.kind != Credentials::Kind::ClientSecret)
            return false;
        return accessToken.isEmpty() || !tokenExpiry.isValid() ||
               QDateTime::currentDateTimeUtc().secsTo(tokenExpiry) < 60;
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
        if (tokenReply)
            return;
        const QString insecure = checkTransportSecurity(settings.tokenUrl);
        if (!insecure.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Validation;
            e.clientSide = true;
            e.addFieldError(u"tokenurl", insecure);
            failTokenWaiters(e);
            return;
        }
        QNetworkRequest request(settings.tokenUrl);
        request.setAttribute(NoApiCredentialsAttribute, true);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), credentials.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), credentials.clientSecret);
        form.addQueryItem(QStringLiteral("scope"), settings.scope);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        // Form encoding: '+' and other reserved characters in a secret must be percent-encoded.
        QByteArray body;
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        // The client secret goes to this address only: a redirect is reported, never followed.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        tokenReply = nam->post(request, body);
        QNetworkReply *reply = tokenReply;
        tokenTooLarge = false;
        tokenTimedOut = false;
        // The same bounds as any call: a capped body (an endless one is cut, not buffered) and a
        // deadline for the whole exchange (a trickling endpoint defeats the transfer timeout).
        QObject::connect(reply, &QNetworkReply::downloadProgress, q, [this, reply](qint64 received, qint64 total) {
            if (received > MaxTokenBodyBytes || total > MaxTokenBodyBytes) {
                tokenTooLarge = true;
                reply->abort();
            }
        });
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, q, [this, reply] {
            tokenTimedOut = true;
            reply->abort();
        });
        deadline->start(int(std::min<qint64>(settings.timeout.count() * 3, std::numeric_limits<int>::max())));
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { onTokenFinished(reply); });
    }

    void onTokenFinished(QNetworkReply *reply)
    {
        reply->deleteLater();
        tokenReply.clear();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->read(MaxTokenBodyBytes) : QByteArray();
        ApiError e;
        e.httpStatus = status;
        auto netError = reply->error();
        if (tokenTimedOut)
            netError = QNetworkReply::TimeoutError;
        if (tokenTooLarge) {
            e.kind = ApiError::Kind::MalformedResponse;
            e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient", "The token endpoint's answer was larger than %1 and was not read.")
                                             .arg(QLocale().formattedDataSize(MaxTokenBodyBytes)));
        } else if (isRedirect(status)) {
            e.kind = ApiError::Kind::Unauthorized;
            const QUrl target = redirectTarget(reply);
            e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient", "The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint's own address.")
                                             .arg(describeRedirectTarget(target)));
        } else if (status == 0 || (netError > 0 && netError < 200) || netError == QNetworkReply::TimeoutError) {
            e = networkError(netError, {});
            e.description.clear();
            e.addFieldError(u"tokenurl", e.message());
        } else if (status == 200) {
            const auto parsed = json::parseTokenResponse(body);
            // The token goes into a header: one that could end it early is not a token.
            const bool safe = parsed.ok() && isSafeHeaderValue(parsed.value->accessToken);
            if (safe) {
                setToken(parsed.value->accessToken,
                         QDateTime::currentDateTimeUtc().addSecs(parsed.value->expiresIn));
                const auto waiters = std::exchange(tokenWaiters, {});
                for (const auto &call : waiters)
                    if (call)
                        dispatch(call);
                return;
            }
            e.kind = ApiError::Kind::MalformedResponse;
            e.detail = parsed.ok() ? QStringLiteral("access_token holds characters a header cannot carry") : parsed.error.message;
            e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient", "The address did not answer like a token endpoint."));
        } else if (const auto oauth = json::parseOAuthError(body); oauth && (status == 400 || status == 401)) {
            e.kind = ApiError::Kind::Unauthorized;
            e.type = oauth->first;
            // Entra descriptions carry trace lines after the first; the first says it all.
            const QString first = oauth->second.section(u'\n', 0, 0).section(QStringLiteral("\r"), 0, 0);
            e.detail = first;
            if (oauth->first == u"invalid_client" && first.contains(u"secret", Qt::CaseInsensitive))
                e.addFieldError(u"clientsecret", QCoreApplication::translate("cc::CloudCockpitClient", "The client secret was refused. Check it, or create a new one."));
            else if (oauth->first == u"invalid_client" || oauth->first == u"unauthorized_client")
                e.addFieldError(u"clientid", QCoreApplication::translate("cc::CloudCockpitClient", "This client ID is not known to the identity provider."));
            else if (oauth->first == u"invalid_scope")
                e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient", "The identity provider refused the CloudCockpit API scope."));
            else
                e.addFieldError(u"clientid", QCoreApplication::translate("cc::CloudCockpitClient", "The identity provider refused the sign-in: %1").arg(oauth->first));
        } else {
            e.kind = status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Unauthorized;
            e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient", "The token endpoint answered HTTP %1.").arg(status));
        }
        failTokenWaiters(e);
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
        const qint64 cap = settings.maxBodyBytes;
        QObject::connect(reply, &QNetworkReply::downloadProgress, call, [call, reply, cap](qint64 received, qint64 total) {
            if (received > cap || total > cap) {
                call->tooLarge = true;
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) {
            // Never ignored: each is shown with the certificate it is about.
            for (const QSslError &e : errors)
                call->sslErrors << e.errorString() + QStringLiteral(" (") + describeCertificate(e.certificate()) + u')';
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

    ApiError networkError(QNetworkReply::NetworkError code, const QStringList &sslErrors)
    {
        ApiError e;
        switch (code) {
        case QNetworkReply::OperationCanceledError: // our transfer timeout aborts the reply
        case QNetworkReply::TimeoutError:
            e.kind = ApiError::Kind::Timeout;
        {
            // Keep expressions out of translate()'s arguments: lupdate 6.4 hangs on a '/' there.
            const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(settings.timeout).count());
            e.detail = QCoreApplication::translate("cc::CloudCockpitClient", "No answer within %n second(s).", nullptr, seconds);
        }
            break;
        case QNetworkReply::ContentReSendError:
            // The connection dropped before the answer and the request was not sent again.
            e.kind = ApiError::Kind::Network;
            e.detail = QCoreApplication::translate("cc::CloudCockpitClient", "The connection closed before the server answered; the request was not repeated "
                          "because the server may have carried it out. Check before you retry.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.kind = ApiError::Kind::Tls;
            e.description = sslErrors.join(QStringLiteral("; "));
            e.detail = networkErrorName(code);
            break;
        default:
            e.kind = ApiError::Kind::Network;
            e.detail = networkErrorName(code);
            break;
        }
        return e;
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
            const ApiError n = networkError(netError, call->sslErrors);
            e.kind = n.kind;
            e.description = n.description;
            e.detail = n.detail;
        } else if (isRedirect(status)) {
            const QUrl target = redirectTarget(reply);
            const bool follow = call->spec.idempotent() && call->redirects < MaxRedirects && target.isValid() &&
                                sameOrigin(target, settings.apiUrl) && checkTransportSecurity(target).isEmpty();
            if (follow) {
                ++call->redirects;
                call->redirectedTo = target;
                start(call);
                return;
            }
            e.kind = ApiError::Kind::Server;
            const QString where = describeRedirectTarget(target);
            if (!call->spec.idempotent())
                e.description = QCoreApplication::translate("cc::CloudCockpitClient", "It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.").arg(where);
            else if (call->redirects >= MaxRedirects)
                e.description = QCoreApplication::translate("cc::CloudCockpitClient", "It redirected the request more than %n time(s); the last pointed to %1.", nullptr, MaxRedirects).arg(where);
            else
                e.description = QCoreApplication::translate("cc::CloudCockpitClient", "It redirected the request to %1, which is not the API's address; it was not followed, so that your credentials stay with the API.").arg(where);
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
            switch (status) {
            case 400: e.kind = ApiError::Kind::Validation; break;
            case 401: e.kind = ApiError::Kind::Unauthorized; break;
            case 403: e.kind = ApiError::Kind::Forbidden; break;
            case 404: e.kind = ApiError::Kind::NotFound; break;
            default: e.kind = ApiError::Kind::Server; break;
            }
            const QString sent = e.correlationId;
            json::parseErrorEnvelope(reply->readAll(), e);
            if (e.correlationId.isEmpty())
                e.correlationId = sent;
        }

        if (!call->spec.idempotent())
            e.outcomeUnknown = writeOutcomeUnknown(e.kind, netError, status);

        // GET may be retried; POST and PATCH never, since the server may have acted on them.
        const bool transient = e.kind == ApiError::Kind::Timeout ||
                               (e.kind == ApiError::Kind::Network && isTransientNetworkError(netError)) ||
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
                          PendingCall::ErrorHandler onError, const RequestOptions &options,
                          const FieldErrors &clientErrors = {}, bool pooledBody = false)
    {
        spec.correlationId = options.correlationId.isEmpty() ? QString::fromLatin1(NetworkAccess::newCorrelationId())
                                                             : options.correlationId;
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
            early.addFieldError(u"tenant", QCoreApplication::translate("cc::CloudCockpitClient", "Enter a domain name only, without https:// or a path."));
        } else if ((credentials.kind == Credentials::Kind::Token || !accessToken.isEmpty()) && !isSafeHeaderValue(accessToken)) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"token", QCoreApplication::translate("cc::CloudCockpitClient", "The token holds spaces, line breaks or other characters a bearer token cannot have."));
        } else if (!options.correlationId.isEmpty() && !validation::isUuid(options.correlationId)) {
            early.kind = ApiError::Kind::Validation;
            early.clientSide = true;
            early.addFieldError(u"correlationid", QCoreApplication::translate("cc::CloudCockpitClient", "Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a."));
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
    CallHandle call(RequestSpec spec, QObject *context, Callback<T> callback, const RequestOptions &options,
                    Parse parse, const FieldErrors &clientErrors = {})
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
    CallHandle callParsingOffThread(RequestSpec spec, QObject *context, Callback<T> callback,
                                    const RequestOptions &options, Parse parse, const FieldErrors &clientErrors = {})
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
                    QMetaObject::invokeMethod(QCoreApplication::instance(), [this, call, callback, parsed] {
                        if (!call || call->cancelled)
                            return;
                        if (!parsed->ok() && call->attempt < settings.maxGetRetries) {
                            // A garbled page may be a passing fault: GET it again, as for any transient error.
                            ++call->attempt;
                            call->deferred = false;
                            call->retryTimer.disconnect();
                            QObject::connect(&call->retryTimer, &QTimer::timeout, call, [this, c = call.data()] { start(c); });
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
                    }, Qt::QueuedConnection);
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

CloudCockpitClient::CloudCockpitClient(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

CloudCockpitClient::~CloudCockpitClient() = default;

QString CloudCockpitClient::userAgent()
{
    // Built once: prettyProductName() reads /etc/os-release each time it is asked.
    static const QString agent = QStringLiteral("CloudCockpitAdmin/%1 (Qt %2; %3)")
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

bool CloudCockpitClient::hasCredentials() const
{
    return d->credentials.kind != Credentials::Kind::None;
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
        errors[QStringLiteral("tenant")] << QCoreApplication::translate("cc::CloudCockpitClient", "Enter the domain you use to reach the portal, for example portal.contoso.com.");
    else if (!looksLikeTenantDomain(tenant))
        errors[QStringLiteral("tenant")] << QCoreApplication::translate("cc::CloudCockpitClient", "Enter a domain name only, without https:// or a path.");
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
            errors[QStringLiteral("token")] << QCoreApplication::translate("cc::CloudCockpitClient", "This is not a bearer token (a JWT has three parts separated by dots).");
        else if (claims.value->expiresAt.isValid() && claims.value->expiresAt < QDateTime::currentDateTimeUtc())
            errors[QStringLiteral("token")] << QCoreApplication::translate("cc::CloudCockpitClient", "This token expired on %1. Get a new one.")
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
                e.fieldErrors[field] << (kind == Credentials::Kind::Token
                                             ? QCoreApplication::translate("cc::CloudCockpitClient", "The server refused this token.")
                                             : QCoreApplication::translate("cc::CloudCockpitClient", "The server refused the token issued for this client."));
                break;
            case ApiError::Kind::Forbidden:
                e.fieldErrors[QStringLiteral("tenant")] << QCoreApplication::translate("cc::CloudCockpitClient", "These credentials may not use this tenant.");
                break;
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
            case ApiError::Kind::Tls:
            case ApiError::Kind::NotFound:
            case ApiError::Kind::MalformedResponse:
                e.fieldErrors[QStringLiteral("apiurl")] << (e.kind == ApiError::Kind::NotFound
                                                                ? QCoreApplication::translate("cc::CloudCockpitClient", "No CloudCockpit API answers at this address.")
                                                                : e.message());
                break;
            case ApiError::Kind::Validation:
                e.fieldErrors[QStringLiteral("tenant")] << e.message();
                break;
            default:
                break;
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
    // Query values may hold '+', '&' or '#': encode them fully.
    QUrlQuery encoded;
    for (const auto &[k, v] : spec.query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    spec.query = encoded;
    return spec;
}
} // namespace

CallHandle CloudCockpitClient::listCustomers(const CustomerQuery &query, QObject *context,
                                             Callback<CustomerPage> callback, const RequestOptions &options)
{
    return d->callParsingOffThread<CustomerPage>(
        customerListSpec(query), context, std::move(callback), options,
        [](const QByteArray &body, int) { return json::parseCustomerPage(body); }, validation::validate(query));
}

CallHandle CloudCockpitClient::listCustomerSummaries(const CustomerQuery &query, QObject *context,
                                                     Callback<CustomerSummaryPage> callback,
                                                     const RequestOptions &options, bool withSearchText)
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
                                                     Callback<ProviderInstancePage> callback,
                                                     const RequestOptions &options)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/v1/Providers/Instances");
    spec.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(pageNumber));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    FieldErrors errors;
    if (pageNumber < 1)
        errors[QStringLiteral("pagenumber")] << QCoreApplication::translate("cc::CloudCockpitClient", "The page number starts at 1.");
    if (pageSize < 1 || pageSize > validation::MaxPageSize)
        errors[QStringLiteral("pagesize")] << QCoreApplication::translate("cc::CloudCockpitClient", "The page size must be between 1 and %1.").arg(validation::MaxPageSize);
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
        errors[QStringLiteral("providerinstanceid")] << QCoreApplication::translate("cc::CloudCockpitClient", "Choose a provider instance.");
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
                                                   bool microsoftInstance, QObject *context,
                                                   Callback<QString> callback, const RequestOptions &options)
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
                                                        QObject *context, Callback<Done> callback,
                                                        const RequestOptions &options)
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

} // namespace cc

#include "replyerrors_p.h"

#include <core/domain/json.h>
#include <core/i18n/translations.h>

#include <QCoreApplication>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslError>

namespace cc::replyerrors {

namespace {

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
             c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")), i18n::formatDateTime(c.effectiveDate()),
             i18n::formatDateTime(c.expiryDate()), QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
}

} // namespace

bool isTransientNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError: return true;
    default: return false;
    }
}

QString describeSslError(const QSslError &error)
{
    return error.errorString() + QStringLiteral(" (") + describeCertificate(error.certificate()) + u')';
}

ApiError networkError(QNetworkReply::NetworkError code, const QStringList &sslErrors, std::chrono::milliseconds timeout)
{
    ApiError e;
    switch (code) {
    case QNetworkReply::OperationCanceledError: // our transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        {
            // Keep expressions out of translate()'s arguments: lupdate 6.4 hangs on a '/' there.
            const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
            e.detail = QCoreApplication::translate("cc::CloudCockpitClient", "No answer within %n second(s).", nullptr, seconds);
        }
        break;
    case QNetworkReply::ContentReSendError:
        // The connection dropped before the answer and the request was not sent again.
        e.kind = ApiError::Kind::Network;
        e.detail = QCoreApplication::translate("cc::CloudCockpitClient",
                                               "The connection closed before the server answered; the request was not repeated "
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
    case QNetworkReply::ProtocolUnknownError: return false;
    default: return true;
    }
}

ApiError httpError(int status, const QByteArray &body, const QString &sentCorrelationId)
{
    ApiError e;
    e.httpStatus = status;
    e.correlationId = sentCorrelationId;
    switch (status) {
    case 400: e.kind = ApiError::Kind::Validation; break;
    case 401: e.kind = ApiError::Kind::Unauthorized; break;
    case 403: e.kind = ApiError::Kind::Forbidden; break;
    case 404: e.kind = ApiError::Kind::NotFound; break;
    default: e.kind = ApiError::Kind::Server; break;
    }
    json::parseErrorEnvelope(body, e);
    if (e.correlationId.isEmpty())
        e.correlationId = sentCorrelationId;
    return e;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QUrl redirectTarget(QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    const QUrl relative = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (location.isEmpty() || !relative.isValid())
        return {};
    return reply->url().resolved(relative);
}

QString describeRedirectTarget(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return QCoreApplication::translate("cc::CloudCockpitClient", "an address that is not valid");
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (text.size() > 200)
        text = text.left(199) + u'…';
    return text;
}

ApiError refusedRedirect(const QUrl &target, bool write, int redirectsSoFar)
{
    ApiError e;
    e.kind = ApiError::Kind::Server;
    const QString where = describeRedirectTarget(target);
    if (write)
        e.description =
            QCoreApplication::translate("cc::CloudCockpitClient", "It redirected the change to %1; a change is never sent "
                                                                  "on to another address, so nothing was sent there.")
                .arg(where);
    else if (redirectsSoFar >= MaxRedirects)
        e.description = QCoreApplication::translate("cc::CloudCockpitClient",
                                                    "It redirected the request more than %n time(s); the last pointed to %1.",
                                                    nullptr, MaxRedirects)
                            .arg(where);
    else
        e.description = QCoreApplication::translate("cc::CloudCockpitClient",
                                                    "It redirected the request to %1, which is not the API's address; it "
                                                    "was not followed, so that your credentials stay with the API.")
                            .arg(where);
    return e;
}

} // namespace cc::replyerrors

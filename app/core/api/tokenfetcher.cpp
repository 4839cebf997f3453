#include "tokenfetcher_p.h"

#include "bodies_p.h"
#include "networkaccess.h"
#include "replyerrors_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

namespace cc {

void TokenFetcher::fetch(const ConnectionSettings &settings, const Credentials &credentials, Done done)
{
    const QString insecure = checkTransportSecurity(settings.tokenUrl);
    if (!insecure.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        e.clientSide = true;
        e.addFieldError(u"tokenurl", insecure);
        done(std::nullopt, e);
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
    m_reply = m_nam->post(request, body);
    QNetworkReply *reply = m_reply;
    m_tooLarge = false;
    m_timedOut = false;
    // The same bounds as any call: a capped body (an endless one is cut, not buffered) and a
    // deadline for the whole exchange (a trickling endpoint defeats the transfer timeout).
    capBody(reply, MaxBodyBytes, this, [this] { m_tooLarge = true; });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        m_timedOut = true;
        reply->abort();
    });
    deadline->start(int(std::min<qint64>(settings.timeout.count() * 3, std::numeric_limits<int>::max())));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, settings, done = std::move(done)] { onFinished(reply, settings, done); });
}

void TokenFetcher::onFinished(QNetworkReply *reply, const ConnectionSettings &settings, const Done &done)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->read(MaxBodyBytes) : QByteArray();
    ApiError e;
    e.httpStatus = status;
    auto netError = reply->error();
    if (m_timedOut)
        netError = QNetworkReply::TimeoutError;
    if (m_tooLarge) {
        e.kind = ApiError::Kind::MalformedResponse;
        e.addFieldError(u"tokenurl",
                        QCoreApplication::translate("cc::CloudCockpitClient",
                                                    "The token endpoint's answer was larger than %1 and was not read.")
                            .arg(QLocale().formattedDataSize(MaxBodyBytes)));
    } else if (replyerrors::isRedirect(status)) {
        e.kind = ApiError::Kind::Unauthorized;
        const QUrl target = replyerrors::redirectTarget(reply);
        e.addFieldError(u"tokenurl",
                        QCoreApplication::translate("cc::CloudCockpitClient",
                                                    "The token endpoint redirected to %1; the client secret is never "
                                                    "sent on to another address. Enter the token endpoint's own address.")
                            .arg(replyerrors::describeRedirectTarget(target)));
    } else if (status == 0 || (netError > 0 && netError < 200) || netError == QNetworkReply::TimeoutError) {
        e = replyerrors::networkError(netError, {}, settings.timeout);
        e.description.clear();
        e.addFieldError(u"tokenurl", e.message());
    } else if (status == 200) {
        const auto parsed = json::parseTokenResponse(body);
        // The token goes into a header: one that could end it early is not a token.
        if (parsed.ok() && isSafeHeaderValue(parsed.value->accessToken)) {
            done(parsed.value, {});
            return;
        }
        e.kind = ApiError::Kind::MalformedResponse;
        e.detail = parsed.ok() ? QStringLiteral("access_token holds characters a header cannot carry") : parsed.error.message;
        e.addFieldError(u"tokenurl", QCoreApplication::translate("cc::CloudCockpitClient",
                                                                 "The address did not answer like a token endpoint."));
    } else if (const auto oauth = json::parseOAuthError(body); oauth && (status == 400 || status == 401)) {
        e.kind = ApiError::Kind::Unauthorized;
        e.type = oauth->first;
        // Entra descriptions carry trace lines after the first; the first says it all.
        const QString first = oauth->second.section(u'\n', 0, 0).section(QStringLiteral("\r"), 0, 0);
        e.detail = first;
        if (oauth->first == u"invalid_client" && first.contains(u"secret", Qt::CaseInsensitive))
            e.addFieldError(u"clientsecret",
                            QCoreApplication::translate("cc::CloudCockpitClient",
                                                        "The client secret was refused. Check it, or create a new one."));
        else if (oauth->first == u"invalid_client" || oauth->first == u"unauthorized_client")
            e.addFieldError(u"clientid", QCoreApplication::translate("cc::CloudCockpitClient",
                                                                     "This client ID is not known to the identity provider."));
        else if (oauth->first == u"invalid_scope")
            e.addFieldError(u"tokenurl",
                            QCoreApplication::translate("cc::CloudCockpitClient",
                                                        "The identity provider refused the CloudCockpit API scope."));
        else
            e.addFieldError(u"clientid",
                            QCoreApplication::translate("cc::CloudCockpitClient", "The identity provider refused the sign-in: %1")
                                .arg(oauth->first));
    } else {
        e.kind = status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Unauthorized;
        e.addFieldError(
            u"tokenurl",
            QCoreApplication::translate("cc::CloudCockpitClient", "The token endpoint answered HTTP %1.").arg(status));
    }
    done(std::nullopt, e);
}

} // namespace cc

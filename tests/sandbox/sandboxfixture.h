#pragma once

// What every sandbox suite shares: a fresh SandboxServer per test on a loopback port, a plain
// QNetworkAccessManager to talk to it (not the app's client, so that a mistake both make cannot
// hide), and helpers that read the answers. A suite derives from QObject and SandboxFixture, and
// its init() and cleanup() call startServer() and stopServer() (slots are written out in each
// suite: moc does not see slots a macro makes).

#include "sandboxserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <ctime>
#include <memory>
#include <optional>

namespace sandboxtest {

using namespace ccsandbox;

using Query = QList<QPair<QString, QString>>;

inline const QString Scope = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default");
inline const QByteArray JsonUtf8 = "application/json; charset=utf-8";

// Everything the library logs during a test, to prove that no secret or token ever reaches a log.
inline QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

inline QtMessageHandler previousHandler = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages() << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

struct Reply
{
    int status = 0; // 0: no HTTP answer (timeout or network error)
    QByteArray body;
    QByteArray contentType;
    QByteArray correlationId;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return object().value(u"items").toArray(); }
    // A body that is one JSON string (201 of provider-instances, the relationship link).
    QString jsonString() const { return QJsonDocument::fromJson('[' + body + ']').array().at(0).toString(); }
    QStringList errorProperties() const
    {
        QStringList names;
        const QJsonArray errors = object().value(u"errors").toArray();
        for (const QJsonValue &e : errors)
            names << e.toObject().value(u"propertyName").toString();
        return names;
    }
    QString describe() const { return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(600))); }
};

inline QJsonObject jwtPart(const QString &token, int part)
{
    const QByteArray segment = token.toLatin1().split('.').value(part);
    return QJsonDocument::fromJson(QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding)).object();
}

inline QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

inline QUuid uuidOf(const QJsonValue &v)
{
    return QUuid::fromString(v.toString());
}

inline QString margin(double value, const QString &rule)
{
    return QStringLiteral("{\"value\":%1,\"marginRule\":{\"name\":\"%2\"}}").arg(value).arg(rule);
}

// Text of a JSON string value, quotes included, for bodies written as raw text.
inline QString quoted(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

// No raw string literals in the suites: Qt 6.4's moc mis-reads some (with \" or an unpaired
// brace inside) and then loses the whole class.
class SandboxFixture
{
protected:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

    struct Call
    {
        QByteArray method = "GET";
        QString path;
        Query query;
        QByteArray body;
        std::optional<QString> token;  // unset: the CSP's token; empty: no Authorization header
        std::optional<QString> tenant; // unset: the server's tenant; empty: no X-Tenant header
        QByteArray correlationId;
        QByteArray contentType = "application/json";
    };

    Reply send(const Call &call, SandboxServer *server = nullptr)
    {
        SandboxServer *s = server ? server : m_server.get();
        QUrl url = s->apiUrl();
        url.setPath(call.path);
        if (!call.query.isEmpty()) {
            QUrlQuery q;
            for (const auto &item : call.query)
                q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
            url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        const QString token = call.token.value_or(s->cspToken());
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QString tenant = call.tenant.value_or(s->tenant());
        if (!tenant.isEmpty())
            request.setRawHeader("X-Tenant", tenant.toUtf8());
        if (!call.correlationId.isEmpty())
            request.setRawHeader("X-Correlation-Id", call.correlationId);
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, call.method, call.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply r;
        if (reply->isFinished() || finished.wait(10000)) {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.contentType = reply->rawHeader("Content-Type");
            r.correlationId = reply->rawHeader("X-Correlation-Id");
        }
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path, const Query &query = {}, const std::optional<QString> &token = {})
    {
        Call c;
        c.path = path;
        c.query = query;
        c.token = token;
        return send(c);
    }

    Reply write(const QByteArray &method, const QString &path, const QString &json, const std::optional<QString> &token = {},
                const Query &query = {}, const QByteArray &correlationId = {})
    {
        Call c;
        c.method = method;
        c.path = path;
        c.body = json.toUtf8();
        c.token = token;
        c.query = query;
        c.correlationId = correlationId;
        return send(c);
    }

    Reply requestToken(const QString &clientId, const QString &secret, const QString &scope = Scope,
                       const QString &grant = QStringLiteral("client_credentials"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        form.addQueryItem(QStringLiteral("grant_type"), QString::fromLatin1(QUrl::toPercentEncoding(grant)));
        Call c;
        c.method = "POST";
        c.path = m_server->tokenUrl().path();
        c.body = form.toString(QUrl::FullyEncoded).toLatin1();
        c.contentType = "application/x-www-form-urlencoded";
        c.token = QString();
        c.tenant = QString();
        return send(c);
    }

    static QString customerPath(const QUuid &customer, const QString &action = {})
    {
        return u"/v1/Customers/" % id(customer) % (action.isEmpty() ? QString() : u'/' % action);
    }

    // Every customer the CSP sees, in name order (the default tenant has 250: one page).
    QJsonArray allCustomers(const Query &extra = {}, const std::optional<QString> &token = {})
    {
        Query q = {{QStringLiteral("pageSize"), QStringLiteral("2000")}};
        q += extra;
        const Reply r = get(QStringLiteral("/v1/Customers"), q, token);
        return r.status == 200 ? r.items() : QJsonArray();
    }

    QJsonObject customer(const QUuid &customerId, const std::optional<QString> &token = {}, const Query &query = {})
    {
        return get(customerPath(customerId), query, token).object();
    }

    QJsonArray instances()
    {
        return get(QStringLiteral("/v1/Providers/Instances"), {{QStringLiteral("pageSize"), QStringLiteral("100")}}).items();
    }

    // The first instance of that provider; with offerType, the first one selling it.
    QUuid instanceOf(const QString &provider, const QString &offerType = {})
    {
        for (const QJsonValue &v : instances()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"provider").toObject().value(u"name").toString() != provider)
                continue;
            bool sells = offerType.isEmpty();
            for (const QJsonValue &t : o.value(u"offerTypes").toArray())
                sells = sells || t.toObject().value(u"name").toString() == offerType;
            if (sells)
                return uuidOf(o.value(u"id"));
        }
        return {};
    }

    static bool hasInstance(const QJsonObject &customer, const QUuid &instance)
    {
        return customer.value(u"providerCustomers").toObject().contains(id(instance));
    }

    static QJsonObject providerData(const QJsonObject &customer, const QUuid &instance)
    {
        const QString text = customer.value(u"providerCustomers")
                                 .toObject()
                                 .value(id(instance))
                                 .toObject()
                                 .value(u"providerCustomerData")
                                 .toString();
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    // A customer matching the predicate, from every customer in name order.
    template<typename Predicate> QJsonObject find(Predicate predicate, const QJsonArray &customers)
    {
        for (const QJsonValue &v : customers)
            if (predicate(v.toObject()))
                return v.toObject();
        return {};
    }

    QString envelopeProblem(const Reply &r, int status)
    {
        if (r.status != status)
            return u"expected " % QString::number(status) % u", got " % r.describe();
        if (r.contentType != JsonUtf8)
            return u"content type " % QString::fromLatin1(r.contentType);
        const QJsonObject o = r.object();
        if (o.value(u"statusCode").toInt() != status)
            return QStringLiteral("statusCode does not match: ") % r.describe();
        if (!o.value(u"type").isString() || o.value(u"description").toString().isEmpty())
            return QStringLiteral("type/description missing: ") % r.describe();
        if (o.value(u"correlationId").toString().toLatin1() != r.correlationId || r.correlationId.isEmpty())
            return QStringLiteral("correlationId differs from the header: ") % r.describe();
        if (!o.contains(u"errors"))
            return QStringLiteral("no errors member: ") % r.describe();
        return {};
    }

    QString validationProblem(const Reply &r, const QString &property)
    {
        const QString problem = envelopeProblem(r, 400);
        if (!problem.isEmpty())
            return problem;
        const QJsonArray errors = r.object().value(u"errors").toArray();
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            if (o.value(u"propertyName").toString() == property) {
                const QJsonArray messages = o.value(u"description").toArray();
                if (messages.isEmpty() || messages.at(0).toString().isEmpty())
                    return u"no message for " % property;
                return {};
            }
        }
        return u"no error for " % property % u": " % r.describe();
    }

    // A customer without that instance (and, for the reseller cases, of that reseller).
    QJsonObject customerWithout(const QUuid &instance, const QUuid &reseller = {}, bool anyReseller = true)
    {
        return find(
            [&](const QJsonObject &c) {
                return !hasInstance(c, instance) && (anyReseller || uuidOf(c.value(u"resellerId")) == reseller);
            },
            allCustomers());
    }

    QJsonObject microsoftCustomer(QUuid *instance, bool ofResellerClient = false)
    {
        *instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        return find(
            [&](const QJsonObject &o) {
                return hasInstance(o, *instance) && (!ofResellerClient || uuidOf(o.value(u"resellerId")) == reseller);
            },
            allCustomers());
    }

    QString agreementDateAfterCreation(const QJsonObject &customerObject, int days = 3)
    {
        return QDateTime::fromString(customerObject.value(u"createdDate").toString(), Qt::ISODate)
            .addDays(days)
            .toString(Qt::ISODate);
    }

    Reply setInternalIdentifier(const QUuid &customerId, const QString &json, const std::optional<QString> &token = {},
                                const QByteArray &cid = {})
    {
        return write("PATCH", customerPath(customerId, QStringLiteral("internal-identifier")), json, token, {}, cid);
    }

    // ----- per test --------------------------------------------------------------------------

    static void installLogCapture() { previousHandler = qInstallMessageHandler(captureMessage); }
    static void removeLogCapture() { qInstallMessageHandler(previousHandler); }

    // A fresh server on a loopback port; false (and a message) when it cannot listen.
    bool startServer(QString *error)
    {
        loggedMessages().clear();
        m_server = std::make_unique<SandboxServer>();
        if (!m_server->listen() || m_server->port() == 0) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }

    // Stops the server; what went wrong, if anything: nothing the server logs may carry a
    // credential (it is shown in CI logs and the demo's console).
    QString stopServer()
    {
        if (!m_server)
            return {};
        const QStringList secrets = {m_server->cspClientSecret(), m_server->resellerClientSecret(), m_server->cspToken(),
                                     m_server->resellerToken()};
        QString problem;
        for (const QString &message : std::as_const(loggedMessages()))
            for (const QString &secret : secrets)
                if (message.contains(secret))
                    problem = QStringLiteral("a secret or token was logged");
        m_server.reset();
        m_nam.clearConnectionCache();
        return problem;
    }
};

} // namespace sandboxtest

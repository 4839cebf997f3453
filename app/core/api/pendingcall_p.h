#pragma once

// Internal: one logical call of CloudCockpitClient, across token fetches and retries.

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace cc {

struct RequestSpec
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QString correlationId;
    bool idempotent() const { return method == "GET"; }
};

class PendingCall final : public QObject
{
    Q_OBJECT
public:
    using SuccessHandler = std::function<std::optional<QString>(const QByteArray &body, int status)>;
    using ErrorHandler = std::function<void(const ApiError &)>;

    PendingCall(RequestSpec spec, QObject *context, SuccessHandler onSuccess, ErrorHandler onError, QObject *parent)
        : QObject(parent)
        , spec(std::move(spec))
        , context(context)
        , hasContext(context != nullptr)
        , onSuccess(std::move(onSuccess))
        , onError(std::move(onError))
    {
        retryTimer.setSingleShot(true);
    }

    bool contextAlive() const { return !hasContext || !context.isNull(); }

    void cancel()
    {
        if (cancelled)
            return;
        cancelled = true;
        retryTimer.stop();
        deadline.stop();
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        deleteLater();
    }

    RequestSpec spec;
    QPointer<QObject> context;
    bool hasContext;
    SuccessHandler onSuccess;
    ErrorHandler onError;
    QPointer<QNetworkReply> reply;
    QTimer retryTimer;
    QTimer deadline; // bounds one attempt as a whole (a trickling body would defeat the transfer timeout)
    QStringList sslErrors;
    QUrl redirectedTo; // a GET's redirect within the API's origin: the next attempt goes there
    int redirects = 0;
    int attempt = 0;
    bool reauthorized = false;
    bool cancelled = false;
    bool pooledBody = false; // read the body into a reused buffer (pages parsed off the thread)
    bool tooLarge = false;
    bool finished = false;
    bool timedOut = false;
    bool deferred = false; // the body is being parsed on a worker thread; the call ends when it is done
};

} // namespace cc

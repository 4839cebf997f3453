#pragma once

// Internal: the client-credentials grant of CloudCockpitClient. One token request at a time,
// bounded like any call (a capped body, a deadline for the whole exchange), never redirected;
// its failures are mapped to field errors of the sign-in form ("tokenurl", "clientid", ...).

#include "apierror.h"
#include "connectionsettings.h"
#include <core/domain/json.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace cc {

class NetworkAccess;

class TokenFetcher final : public QObject
{
public:
    // Called once per fetch(): with the token, or with the error (then token is nullopt).
    using Done = std::function<void(const std::optional<json::TokenResponse> &token, const ApiError &error)>;

    TokenFetcher(NetworkAccess *nam, QObject *parent)
        : QObject(parent)
        , m_nam(nam)
    {}

    bool isFetching() const { return !m_reply.isNull(); }
    // Asks the token endpoint for a token; done runs from the event loop, or at once when the
    // endpoint's address is refused before sending. Call it only when !isFetching().
    void fetch(const ConnectionSettings &settings, const Credentials &credentials, Done done);

    static constexpr qint64 MaxBodyBytes = 256 * 1024; // an Entra token answer is a few KiB

private:
    void onFinished(QNetworkReply *reply, const ConnectionSettings &settings, const Done &done);

    NetworkAccess *m_nam;
    QPointer<QNetworkReply> m_reply;
    bool m_tooLarge = false;
    bool m_timedOut = false;
};

} // namespace cc

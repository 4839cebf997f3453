#pragma once

// Who may call: the client credentials of the CSP and of one reseller, the Entra-style token
// endpoint that exchanges them, and the HS256 bearer tokens (signed with a key made per server,
// so a token of another sandbox, a tampered, expired or revoked one is refused).

#include "httpreply.h"
#include "sandboxserver.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

class QHttpServerRequest;

namespace ccsandbox {

struct Caller
{
    Role role = Role::Csp;
    QUuid resellerId; // the reseller a reseller token acts as
};

class TokenAuthority
{
public:
    TokenAuthority(quint32 seed, int lifetimeSeconds);

    QString path() const; // the token endpoint, Entra ID's path for the sandbox tenant
    QString cspClientId() const { return m_cspClientId; }
    QString cspSecret() const { return m_cspSecret; }
    QString resellerClientId() const { return m_resellerClientId; }
    QString resellerSecret() const { return m_resellerSecret; }

    QString issue(Role role, int lifetimeSeconds, const QUuid &resellerId, const QString &appId) const;
    // The caller a bearer Authorization header stands for; none for anything not valid now.
    std::optional<Caller> authenticate(const QByteArray &authorization) const;
    void revokeAll() { ++m_generation; }

    // The token endpoint; resellerOfClient is the reseller the reseller client acts as.
    Reply tokenRequest(const QHttpServerRequest &request, const QUuid &resellerOfClient) const;

private:
    QByteArray m_key;
    int m_generation = 1;
    int m_lifetime = 3599;
    QString m_cspClientId, m_cspSecret, m_resellerClientId, m_resellerSecret;
};

// Whether the caller sees a customer whose reseller is customerReseller: the CSP sees all, a
// reseller its own.
bool sees(const Caller &caller, const QUuid &customerReseller);

} // namespace ccsandbox

#pragma once

// The write routes: POST /v1/Customers/{id}/provider-instances, PATCH .../microsoft-customer-agreement,
// PATCH .../internal-identifier and PATCH .../margins/{providerInstanceId}. Each validates the whole body
// first and changes the tenant only when it is accepted.

#include "httpreply.h"
#include "tokens.h"

#include <QHash>
#include <QList>
#include <QUrlQuery>

namespace ccsandbox {

class Tenant;

class WriteRoutes
{
public:
    explicit WriteRoutes(Tenant &tenant)
        : m_tenant(tenant)
    {}

    Reply addProviderInstance(const Caller &caller, int index, const QUrlQuery &q, const QByteArray &raw, const QString &cid);
    Reply updateMca(const Caller &caller, int index, const QByteArray &raw, const QString &cid);
    Reply updateInternalIdentifier(const Caller &caller, int index, const QByteArray &raw, const QString &cid);
    // PATCH /v1/Customers/{id}/margins/{providerInstanceId}
    Reply updateMargins(const Caller &caller, int index, const QString &instanceText, const QByteArray &raw, const QString &cid);

private:
    void buildIdentifierHolders();

    Tenant &m_tenant;
    // Who holds each internal identifier in each relationship (the CSP's: null; a reseller's), by
    // case-folded value: a PATCH checks uniqueness without comparing against every customer.
    QHash<QString, QList<int>> m_identifierHolders;
    bool m_identifierHoldersBuilt = false;
};

} // namespace ccsandbox

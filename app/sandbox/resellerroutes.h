#pragma once

// GET /v1/Resellers (the CSP only: search, sort, paging, and the resellers of one customer in
// one instance) and GET /v1/Resellers/{id} (the CSP any, a reseller itself).

#include "httpreply.h"
#include "tokens.h"

#include <QUrlQuery>

namespace ccsandbox {

class Tenant;

class ResellerRoutes
{
public:
    explicit ResellerRoutes(const Tenant &tenant)
        : m_tenant(tenant)
    {}

    Reply list(const Caller &caller, const QUrlQuery &q, const QString &cid) const;
    Reply get(const Caller &caller, const QString &idText, const QString &cid) const;

private:
    const Tenant &m_tenant;
};

} // namespace ccsandbox

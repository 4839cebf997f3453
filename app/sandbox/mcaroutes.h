#pragma once

// The Microsoft Customer Agreement attestation of Microsoft provider customers:
// GET /v1/Customers/mca (filters, sort, paging), GET .../provider-instances/{id}/mca and
// POST .../provider-instances/{id}/mca/status, which reads Microsoft's status and stores it.

#include "httpreply.h"
#include "tokens.h"

#include <QDateTime>
#include <QUrlQuery>

namespace ccsandbox {

class Tenant;
struct CustomerRec;
struct InstanceRec;
struct ProviderCustomerRec;

class McaRoutes
{
public:
    explicit McaRoutes(Tenant &tenant)
        : m_tenant(tenant)
    {}

    Reply list(const Caller &caller, const QUrlQuery &q, const QString &cid) const;
    Reply get(const Caller &caller, int index, const QString &instanceText, const QString &cid) const;
    Reply refresh(const Caller &caller, int index, const QString &instanceText, const QString &cid);

    // The time links expire by: the real time, moved on by advanceClock() (a test hook).
    QDateTime now() const;
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }

private:
    // The provider customer the caller sees in that Microsoft instance, or the error to answer.
    ProviderCustomerRec *find(const Caller &caller, int index, const QString &instanceText, const QString &cid,
                              Reply &error) const;

    Tenant &m_tenant;
    qint64 m_clockOffset = 0;
};

} // namespace ccsandbox

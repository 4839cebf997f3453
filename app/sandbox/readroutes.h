#pragma once

// The read routes over customers and provider instances: GET /v1/Customers (search, sort,
// paging), GET /v1/Customers/{id}, GET /v1/Providers/Instances and the relationship link.

#include "httpreply.h"
#include "tokens.h"

#include <QByteArray>
#include <QUrlQuery>

#include <vector>

class QObject;

namespace ccsandbox {

class Tenant;

class ReadRoutes
{
public:
    explicit ReadRoutes(Tenant &tenant)
        : m_tenant(tenant)
    {}

    Reply listCustomers(const Caller &caller, const QUrlQuery &q, const QString &cid);
    Reply getCustomer(const Caller &caller, int index, const QUrlQuery &q, const QString &cid);
    Reply providerInstances(const QUrlQuery &q, const QString &cid);
    Reply relationshipLink(const Caller &caller, const QUrlQuery &q, const QString &cid);

    // What a client signing in waits for is the first page by name (2,000 customers at most): their
    // JSON is rendered while the server waits for its first requests (it is otherwise rendered on
    // the first request for each, ~20 us a customer), a few hundred at a time on context's thread
    // so that a request arriving meanwhile is not held up long.
    void prerenderFirstPage(QObject *context, int from = 0);

private:
    Reply page(const std::vector<int> &matches, int pageNumber, int pageSize, bool reseller);
    QByteArray &pageBuffer();

    Tenant &m_tenant;
    // Page bodies are built in buffers that are used again once the socket has sent them: fresh
    // megabytes for every page cost more in page faults than the page takes to write.
    std::vector<QByteArray> m_pagePool;
    QByteArray m_pageOverflow;
};

} // namespace ccsandbox

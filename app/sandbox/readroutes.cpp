#include "readroutes.h"

#include "requestbody.h"
#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <string_view>

namespace ccsandbox {

QByteArray &ReadRoutes::pageBuffer()
{
    for (QByteArray &b : m_pagePool)
        if (b.isDetached()) {
            b.resize(0); // keeps the capacity
            return b;
        }
    if (m_pagePool.size() < 8)
        return m_pagePool.emplace_back();
    m_pageOverflow = QByteArray(); // more pages in flight than that: a fresh one
    return m_pageOverflow;
}

void ReadRoutes::prerenderFirstPage(QObject *context, int from)
{
    const int end = std::min(int(m_tenant.byName.size()), 2000);
    const int to = std::min(end, from + 250);
    for (int k = from; k < to; ++k)
        m_tenant.json(m_tenant.byName[size_t(k)], false);
    if (to < end)
        QTimer::singleShot(0, context, [this, context, to] { prerenderFirstPage(context, to); });
}

Reply ReadRoutes::page(const std::vector<int> &matches, int pageNumber, int pageSize, bool reseller)
{
    const qsizetype total = qsizetype(matches.size());
    const qsizetype from = qsizetype(pageNumber - 1) * pageSize;
    const int totalPages = int((total + pageSize - 1) / pageSize);
    const qsizetype to = std::min(total, from + pageSize);
    // One allocation of the right size: a page of 2000 is megabytes, and copies of it (growing
    // appends, concatenations) were most of the time a page took to serve.
    qsizetype size = 256;
    for (qsizetype i = from; i < to; ++i)
        size += m_tenant.json(matches[size_t(i)], reseller).size() + 1;
    QByteArray &body = pageBuffer();
    body.reserve(size);
    body += "{\"items\":[";
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            body += ',';
        body += m_tenant.json(matches[size_t(i)], reseller);
    }
    body += "],\"paginationParameters\":{\"pageNumber\":" + QByteArray::number(pageNumber) +
            ",\"pageSize\":" + QByteArray::number(pageSize) + "},\"totalPages\":" + QByteArray::number(totalPages) +
            ",\"totalCount\":" + QByteArray::number(total) + ",\"hasPreviousPage\":" + (pageNumber > 1 ? "true" : "false") +
            ",\"hasNextPage\":" + (pageNumber < totalPages ? "true" : "false") + ",\"continuationToken\":null}";
    return {200, body};
}

Reply ReadRoutes::listCustomers(const Caller &caller, const QUrlQuery &q, const QString &cid)
{
    FieldErrors e;
    const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
    const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
    const auto ascending = boolParam(q, "ascendingOrder", true, QStringLiteral("AscendingOrder"), e);
    const auto includeDeleted = boolParam(q, "includeDeleted", true, QStringLiteral("IncludeDeleted"), e);
    const QString search = q.queryItemValue(QStringLiteral("searchValue"), QUrl::FullyDecoded);
    QString field = q.queryItemValue(QStringLiteral("searchField"), QUrl::FullyDecoded);
    if (search.size() > 255)
        e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value must be at most 255 characters."));
    if (!field.isEmpty() && search.isEmpty())
        e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value is required when a search field is given."));
    if (field.isEmpty())
        field = QStringLiteral("Company.Name");
    const QStringList fields = {QStringLiteral("Company.Name"), QStringLiteral("Domain"), QStringLiteral("InternalIdentifier"),
                                QStringLiteral("ProviderCustomerId")};
    if (!fields.contains(field))
        e.add(QStringLiteral("SearchField"), QStringLiteral("'%1' is not a search field.").arg(field));
    const QString sort = q.queryItemValue(QStringLiteral("sortPropertyName"));
    if (!sort.isEmpty() && sort != u"Company.Name")
        e.add(QStringLiteral("SortPropertyName"), QStringLiteral("Only Company.Name can be sorted by."));
    QUuid resellerFilter;
    if (q.hasQueryItem(QStringLiteral("resellerId"))) {
        const QString r = q.queryItemValue(QStringLiteral("resellerId"));
        if (!isUuid(r))
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
        else if (caller.role == Role::Reseller)
            return {403, {}};
        else
            resellerFilter = QUuid::fromString(r);
    }
    if (!e.isEmpty())
        return validation(cid, e);

    const QString folded = search.toCaseFolded();
    const std::u16string_view needle(QStringView(folded).utf16(), size_t(folded.size()));
    const bool reseller = caller.role == Role::Reseller;
    std::vector<int> matches;
    matches.reserve(m_tenant.customers.size());
    const int n = int(m_tenant.byName.size());
    for (int k = 0; k < n; ++k) {
        const int i = m_tenant.byName[size_t(*ascending ? k : n - 1 - k)];
        const CustomerRec &c = m_tenant.customers[size_t(i)];
        if (!sees(caller, c.resellerId) || (!*includeDeleted && c.deleted))
            continue;
        if (!resellerFilter.isNull() && c.resellerId != resellerFilter)
            continue;
        if (!search.isEmpty()) {
            bool hit = false;
            // Company names are searched in their case-folded copy with the standard
            // library's find: at 100,000 customers Qt 6.4's case-insensitive contains() takes
            // tens of milliseconds.
            if (field == u"Company.Name")
                hit = std::u16string_view(QStringView(c.sortKey).utf16(), size_t(c.sortKey.size())).find(needle) !=
                      std::u16string_view::npos;
            else if (field == u"Domain")
                hit = c.domain.contains(search, Qt::CaseInsensitive);
            else if (field == u"InternalIdentifier")
                hit = (reseller ? c.resellerInternalId : c.cspInternalId).contains(search, Qt::CaseInsensitive);
            else
                for (const auto &pc : c.providerCustomers)
                    hit = hit || ((!reseller || pc.resellerId == c.resellerId) &&
                                  pc.providerCustomerId.contains(search, Qt::CaseInsensitive));
            if (!hit)
                continue;
        }
        matches.push_back(i);
    }
    return page(matches, *pageNumber, *pageSize, reseller);
}

Reply ReadRoutes::getCustomer(const Caller &caller, int index, const QUrlQuery &q, const QString &cid)
{
    bool resellerView = caller.role == Role::Reseller;
    if (q.hasQueryItem(QStringLiteral("resellerId"))) {
        const QString r = q.queryItemValue(QStringLiteral("resellerId"));
        if (!isUuid(r)) {
            FieldErrors e;
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
            return validation(cid, e);
        }
        if (m_tenant.customers[size_t(index)].resellerId != QUuid::fromString(r))
            return {403, {}};
        resellerView = true;
    }
    return {200, m_tenant.json(index, resellerView)};
}

Reply ReadRoutes::providerInstances(const QUrlQuery &q, const QString &cid)
{
    FieldErrors e;
    const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
    const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
    if (!e.isEmpty())
        return validation(cid, e);
    QJsonArray items;
    const int total = int(m_tenant.instances.size());
    const int from = (*pageNumber - 1) * *pageSize;
    for (int i = from; i < std::min(total, from + *pageSize); ++i) {
        const InstanceRec &inst = m_tenant.instances.at(i);
        QJsonObject o;
        o.insert(u"id", inst.id.toString(QUuid::WithoutBraces));
        o.insert(u"alias", inst.alias);
        o.insert(u"instanceProviderId", inst.instanceProviderId);
        o.insert(u"imageUrl", QStringLiteral("https://static.cloudcockpit.local/providers/%1.svg").arg(inst.provider.toLower()));
        QJsonArray offers;
        for (const QString &t : inst.offerTypes)
            offers.append(QJsonObject{{QStringLiteral("name"), t}});
        o.insert(u"offerTypes", offers);
        o.insert(u"supportedCountries", QJsonArray::fromStringList(inst.countries));
        o.insert(u"providerData", QStringLiteral("{}"));
        o.insert(u"provider", QJsonObject{{QStringLiteral("name"), inst.provider}});
        items.append(o);
    }
    return pagedJson(items, *pageNumber, *pageSize, total);
}

Reply ReadRoutes::relationshipLink(const Caller &caller, const QUrlQuery &q, const QString &cid)
{
    FieldErrors e;
    const QString instanceText = q.queryItemValue(QStringLiteral("providerInstanceId"));
    if (instanceText.isEmpty())
        e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
    else if (!isUuid(instanceText))
        e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The value '%1' is not valid.").arg(instanceText));
    QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
    if (q.hasQueryItem(QStringLiteral("resellerId"))) {
        const QString r = q.queryItemValue(QStringLiteral("resellerId"));
        if (!isUuid(r))
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
        else if (caller.role == Role::Csp)
            reseller = QUuid::fromString(r);
    }
    if (!e.isEmpty())
        return validation(cid, e);
    const InstanceRec *inst = m_tenant.instance(QUuid::fromString(instanceText));
    if (!inst)
        return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
    if (!reseller.isNull() && !m_tenant.resellers.contains(reseller))
        return notFound(cid, QStringLiteral("Reseller %1 was not found.").arg(reseller.toString(QUuid::WithoutBraces)));
    QString link;
    if (inst->microsoft()) {
        link = QStringLiteral("https://admin.microsoft.com/Adminportal/"
                              "Home?invType=ResellerRelationship&partnerId=%1&msppId=0&DAP=true")
                   .arg(inst->instanceProviderId);
        if (!reseller.isNull())
            link += QStringLiteral("&indirectCSPId=%1").arg(reseller.toString(QUuid::WithoutBraces));
        link += QStringLiteral("#/BillingAccounts/partner-invitation");
    } else {
        link = QStringLiteral("https://accept.%1.sandbox.cloudcockpit.local/invite?instance=%2")
                   .arg(inst->provider.toLower(), inst->instanceProviderId);
        if (!reseller.isNull())
            link += QStringLiteral("&reseller=%1").arg(reseller.toString(QUuid::WithoutBraces));
    }
    return jsonString(200, link);
}

} // namespace ccsandbox

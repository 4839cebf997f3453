#include "resellerroutes.h"

#include "requestbody.h"
#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ccsandbox {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject resellerJson(const ResellerRec &r, const Tenant &tenant)
{
    QJsonObject o;
    o.insert(u"id", r.id.toString(QUuid::WithoutBraces));
    o.insert(u"companyName", r.companyName);
    o.insert(u"country", r.country);
    o.insert(u"addressLine1", r.address1);
    o.insert(u"addressLine2", nullable(r.address2));
    o.insert(u"city", r.city);
    o.insert(u"state", r.state);
    o.insert(u"zipCode", r.zip);
    o.insert(u"firstName", r.firstName);
    o.insert(u"lastName", r.lastName);
    o.insert(u"email", r.email);
    o.insert(u"phone", r.phone);
    o.insert(u"internalIdentifier", nullable(r.internalIdentifier));
    o.insert(u"taxId", nullable(r.taxId));
    o.insert(u"customDomain", nullable(r.customDomain));
    // The reseller's partner IDs in each Microsoft instance (the contract leaves this shape open).
    QJsonObject providers;
    for (const InstanceRec &inst : tenant.instances) {
        if (!inst.microsoft())
            continue;
        QJsonObject p;
        p.insert(u"providerInstanceId", inst.id.toString(QUuid::WithoutBraces));
        p.insert(u"mpnId", r.mpnId);
        p.insert(u"secondaryMpnIds", QJsonArray::fromStringList(r.secondaryMpnIds));
        providers.insert(inst.id.toString(QUuid::WithoutBraces), p);
    }
    o.insert(u"providerResellers", providers);
    return o;
}

} // namespace

Reply ResellerRoutes::list(const Caller &caller, const QUrlQuery &q, const QString &cid) const
{
    if (caller.role != Role::Csp)
        return {403, {}};
    FieldErrors e;
    const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
    const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
    const auto ascending = boolParam(q, "ascendingOrder", true, QStringLiteral("AscendingOrder"), e);
    const QString search = q.queryItemValue(QStringLiteral("searchValue"), QUrl::FullyDecoded);
    QString field = q.queryItemValue(QStringLiteral("searchField"), QUrl::FullyDecoded);
    if (search.size() > 255)
        e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value must be at most 255 characters."));
    if (!field.isEmpty() && search.isEmpty())
        e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value is required when a search field is given."));
    if (field.isEmpty())
        field = QStringLiteral("Company.Name");
    const QStringList fields = {QStringLiteral("Company.Name"), QStringLiteral("InternalIdentifier"), QStringLiteral("MpnId")};
    if (!fields.contains(field))
        e.add(QStringLiteral("SearchField"), QStringLiteral("'%1' is not a search field.").arg(field));
    const QString sort = q.queryItemValue(QStringLiteral("sortPropertyName"));
    if (!sort.isEmpty() && sort != u"Company.Name")
        e.add(QStringLiteral("SortPropertyName"), QStringLiteral("Only Company.Name can be sorted by."));
    const QString customerText = q.queryItemValue(QStringLiteral("customerId"));
    const QString instanceText = q.queryItemValue(QStringLiteral("providerInstanceId"));
    const bool byCustomer = q.hasQueryItem(QStringLiteral("customerId"));
    const bool byInstance = q.hasQueryItem(QStringLiteral("providerInstanceId"));
    if (byCustomer && !isUuid(customerText))
        e.add(QStringLiteral("CustomerId"), QStringLiteral("The value '%1' is not valid.").arg(customerText));
    if (byInstance && !isUuid(instanceText))
        e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The value '%1' is not valid.").arg(instanceText));
    if (byCustomer && !byInstance)
        e.add(QStringLiteral("ProviderInstanceId"),
              QStringLiteral("The provider instance is required when a customer is given."));
    if (!e.isEmpty())
        return validation(cid, e);

    const QUuid customerId = QUuid::fromString(customerText);
    const QUuid instanceId = QUuid::fromString(instanceText);
    // Whether reseller r has a relationship in the instance: with that customer, or (no customer
    // given) with any customer.
    const auto related = [&](const QUuid &r) {
        const auto inCustomer = [&](const CustomerRec &c) {
            if (c.resellerId != r)
                return false;
            for (const ProviderCustomerRec &pc : c.providerCustomers)
                if (pc.instanceId == instanceId && pc.resellerId == r)
                    return true;
            return false;
        };
        if (byCustomer) {
            const int index = m_tenant.index.value(customerId, -1);
            return index >= 0 && inCustomer(m_tenant.customers[size_t(index)]);
        }
        return std::any_of(m_tenant.customers.begin(), m_tenant.customers.end(), inCustomer);
    };

    std::vector<const ResellerRec *> matches;
    for (const ResellerRec &r : m_tenant.resellerRecords) {
        if (!search.isEmpty()) {
            bool hit = false;
            if (field == u"Company.Name")
                hit = r.companyName.contains(search, Qt::CaseInsensitive);
            else if (field == u"InternalIdentifier")
                hit = r.internalIdentifier.contains(search, Qt::CaseInsensitive);
            else
                hit = r.mpnId.contains(search, Qt::CaseInsensitive) ||
                      std::any_of(r.secondaryMpnIds.begin(), r.secondaryMpnIds.end(),
                                  [&](const QString &m) { return m.contains(search, Qt::CaseInsensitive); });
            if (!hit)
                continue;
        }
        if (byInstance && !related(r.id))
            continue;
        matches.push_back(&r);
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const ResellerRec *a, const ResellerRec *b) {
        const int c = QString::compare(a->companyName.toCaseFolded(), b->companyName.toCaseFolded());
        return *ascending ? c < 0 : c > 0;
    });
    QJsonArray items;
    const qsizetype from = qsizetype(*pageNumber - 1) * *pageSize;
    for (qsizetype i = from; i < qsizetype(matches.size()) && i < from + *pageSize; ++i)
        items.append(resellerJson(*matches[size_t(i)], m_tenant));
    return pagedJson(items, *pageNumber, *pageSize, qsizetype(matches.size()));
}

Reply ResellerRoutes::get(const Caller &caller, const QString &idText, const QString &cid) const
{
    if (!isUuid(idText)) {
        FieldErrors e;
        e.add(QStringLiteral("resellerId"), QStringLiteral("The value '%1' is not valid.").arg(idText));
        return validation(cid, e);
    }
    const QUuid id = QUuid::fromString(idText);
    // A reseller reads only its own record: any other ID, known or not, is forbidden (so that a
    // reseller cannot probe which IDs exist).
    if (caller.role == Role::Reseller && id != caller.resellerId)
        return {403, {}};
    const ResellerRec *r = m_tenant.reseller(id);
    if (!r)
        return notFound(cid, QStringLiteral("Reseller %1 was not found.").arg(idText));
    return {200, QJsonDocument(resellerJson(*r, m_tenant)).toJson(QJsonDocument::Compact)};
}

} // namespace ccsandbox

#include "mcaroutes.h"

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

// The signatory: the contact recorded with the agreement (KeepPrimaryInformation false), else
// the customer's primary contact.
struct Signatory
{
    QString firstName, lastName, email, phone;
    QString agreementDate;
};

Signatory signatory(const CustomerRec &c, const ProviderCustomerRec &pc)
{
    const Body data(QJsonDocument::fromJson(pc.data.toUtf8()).object());
    Signatory s{c.firstName, c.lastName, c.email, c.phone, {}};
    if (data.value("KeepPrimaryInformation").isBool() && !data.value("KeepPrimaryInformation").toBool()) {
        s.firstName = data.value("FirstName").toString();
        s.lastName = data.value("LastName").toString();
        s.email = data.value("Email").toString();
        s.phone = data.value("Phone").toString();
    }
    if (data.value("AcceptedMCA").toBool())
        s.agreementDate = data.value("AgreementDate").toString();
    return s;
}

void appendField(QByteArray &out, const char *name, const QString &value)
{
    out += ",\"";
    out += name;
    out += "\":";
    if (value.isEmpty())
        out += "null";
    else
        appendJsonString(out, value);
}

// One item's JSON, written by hand: a page of 2000 through QJsonObject took most of its time.
QByteArray itemJson(const CustomerRec &c, const ProviderCustomerRec &pc, const InstanceRec &inst)
{
    const Signatory s = signatory(c, pc);
    const McaRec &m = pc.mca;
    QByteArray out;
    out.reserve(640);
    out += "{\"customerId\":\"" + c.id.toByteArray(QUuid::WithoutBraces) + '"';
    appendField(out, "providerCustomerId", pc.providerCustomerId);
    appendField(out, "companyName", c.companyName);
    out += ",\"providerInstanceId\":\"" + inst.id.toByteArray(QUuid::WithoutBraces) + '"';
    appendField(out, "providerInstanceName", inst.alias);
    appendField(out, "firstName", s.firstName);
    appendField(out, "lastName", s.lastName);
    appendField(out, "email", s.email);
    appendField(out, "phone", s.phone);
    out += ",\"status\":{\"name\":\"" + mcaStatusName(m.status).toLatin1() + "\"}";
    appendField(out, "agreementDate", m.status == McaStatus::AgreementCreated ? s.agreementDate : QString());
    // Not in the public docs (the contract allows more fields): when a pending or expired
    // acceptance link stops or stopped working.
    const bool link = (m.status == McaStatus::LinkGenerated || m.status == McaStatus::LinkExpired) && m.linkExpires.isValid();
    appendField(out, "linkExpirationDate", link ? isoUtc(m.linkExpires) : QString());
    out += '}';
    return out;
}

// Statuses sort by their names, as text: descending (the default) puts required first and
// agreementcreated last.
int statusRank(McaStatus s)
{
    switch (s) {
    case McaStatus::AgreementCreated: return 0;
    case McaStatus::CustomerAccepted: return 1;
    case McaStatus::LinkExpired: return 2;
    case McaStatus::LinkGenerated: return 3;
    case McaStatus::Required: return 4;
    }
    return 0;
}

} // namespace

QDateTime McaRoutes::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

Reply McaRoutes::list(const Caller &caller, const QUrlQuery &q, const QString &cid) const
{
    FieldErrors e;
    const auto pageNumber = intParam(q, "pageNumber", 1, 1, 1000000000, QStringLiteral("PageNumber"), e);
    const auto pageSize = intParam(q, "pageSize", 25, 1, 2000, QStringLiteral("PageSize"), e);
    const auto ascending = boolParam(q, "ascendingOrder", false, QStringLiteral("AscendingOrder"), e);
    const auto excludeCompliant = boolParam(q, "excludeCompliant", false, QStringLiteral("ExcludeCompliant"), e);
    const QString search = q.queryItemValue(QStringLiteral("searchValue"), QUrl::FullyDecoded);
    if (search.size() > 255)
        e.add(QStringLiteral("SearchValue"), QStringLiteral("The search value must be at most 255 characters."));
    const QString sort = q.queryItemValue(QStringLiteral("sortPropertyName"));
    const bool byName = sort.compare(u"CompanyName", Qt::CaseInsensitive) == 0;
    if (!sort.isEmpty() && !byName && sort.compare(u"Status", Qt::CaseInsensitive) != 0)
        e.add(QStringLiteral("SortPropertyName"), QStringLiteral("Sort by CompanyName or Status."));
    std::optional<McaStatus> status;
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const QString text = q.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
        status = mcaStatusFromName(text);
        if (!status)
            e.add(QStringLiteral("Status"),
                  QStringLiteral("'%1' is not a status. Use required, linkgenerated, customeraccepted, linkexpired or "
                                 "agreementcreated.")
                      .arg(text));
    }
    const auto uuidParam = [&](const char *name, const char *property) {
        const QString key = QString::fromLatin1(name);
        if (!q.hasQueryItem(key))
            return QUuid();
        const QString text = q.queryItemValue(key);
        if (!isUuid(text))
            e.add(QString::fromLatin1(property), QStringLiteral("The value '%1' is not valid.").arg(text));
        return QUuid::fromString(text);
    };
    const QUuid customerId = uuidParam("customerId", "CustomerId");
    const QUuid instanceId = uuidParam("providerInstanceId", "ProviderInstanceId");
    if (!e.isEmpty())
        return validation(cid, e);

    const QString folded = search.toCaseFolded();
    // Pairs in company-name order (ties: generation order), then by status if asked: one pass
    // and a stable sort, fast enough at 100,000 customers.
    struct Pair
    {
        int customer;
        int provider;
        int rank;
    };
    std::vector<Pair> pairs;
    QList<QUuid> microsoft;
    for (const InstanceRec &inst : m_tenant.instances)
        if (inst.microsoft())
            microsoft << inst.id;
    const int n = int(m_tenant.byName.size());
    const bool reverseNames = byName && !*ascending;
    for (int k = 0; k < n; ++k) {
        const int i = m_tenant.byName[size_t(reverseNames ? n - 1 - k : k)];
        const CustomerRec &c = m_tenant.customers[size_t(i)];
        if (!sees(caller, c.resellerId) || (!customerId.isNull() && c.id != customerId))
            continue;
        if (!folded.isEmpty() && !c.sortKey.contains(folded))
            continue;
        for (int p = 0; p < c.providerCustomers.size(); ++p) {
            const ProviderCustomerRec &pc = c.providerCustomers.at(p);
            if (caller.role == Role::Reseller && pc.resellerId != caller.resellerId)
                continue;
            if (!instanceId.isNull() && pc.instanceId != instanceId)
                continue;
            if (!microsoft.contains(pc.instanceId))
                continue;
            if ((status && pc.mca.status != *status) || (*excludeCompliant && pc.mca.status == McaStatus::AgreementCreated))
                continue;
            pairs.push_back({i, p, statusRank(pc.mca.status)});
        }
    }
    if (!byName)
        std::stable_sort(pairs.begin(), pairs.end(),
                         [asc = *ascending](const Pair &a, const Pair &b) { return asc ? a.rank < b.rank : a.rank > b.rank; });
    const qsizetype total = qsizetype(pairs.size());
    const qsizetype from = qsizetype(*pageNumber - 1) * *pageSize;
    const int totalPages = int((total + *pageSize - 1) / *pageSize);
    QByteArray body = "{\"items\":[";
    for (qsizetype k = from; k < total && k < from + *pageSize; ++k) {
        const CustomerRec &c = m_tenant.customers[size_t(pairs[size_t(k)].customer)];
        const ProviderCustomerRec &pc = c.providerCustomers.at(pairs[size_t(k)].provider);
        if (k > from)
            body += ',';
        body += itemJson(c, pc, *m_tenant.instance(pc.instanceId));
    }
    body += "],\"paginationParameters\":{\"pageNumber\":" + QByteArray::number(*pageNumber) +
            ",\"pageSize\":" + QByteArray::number(*pageSize) + "},\"totalPages\":" + QByteArray::number(totalPages) +
            ",\"totalCount\":" + QByteArray::number(total) + ",\"hasPreviousPage\":" + (*pageNumber > 1 ? "true" : "false") +
            ",\"hasNextPage\":" + (*pageNumber < totalPages ? "true" : "false") + ",\"continuationToken\":null}";
    return {200, body};
}

ProviderCustomerRec *McaRoutes::find(const Caller &caller, int index, const QString &instanceText, const QString &cid,
                                     Reply &error) const
{
    if (!isUuid(instanceText)) {
        FieldErrors e;
        e.add(QStringLiteral("providerInstanceId"), QStringLiteral("The value '%1' is not valid.").arg(instanceText));
        error = validation(cid, e);
        return nullptr;
    }
    const InstanceRec *inst = m_tenant.instance(QUuid::fromString(instanceText));
    if (!inst) {
        error = notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
        return nullptr;
    }
    if (!inst->microsoft()) {
        error = notFound(cid, QStringLiteral("%1 is not a Microsoft provider instance: it has no Microsoft Customer "
                                             "Agreement.")
                                  .arg(inst->alias));
        return nullptr;
    }
    CustomerRec &c = m_tenant.customers[size_t(index)];
    for (ProviderCustomerRec &pc : c.providerCustomers)
        if (pc.instanceId == inst->id && (caller.role == Role::Csp || pc.resellerId == caller.resellerId))
            return &pc;
    error =
        notFound(cid, QStringLiteral("Customer %1 does not exist in %2.").arg(c.id.toString(QUuid::WithoutBraces), inst->alias));
    return nullptr;
}

Reply McaRoutes::get(const Caller &caller, int index, const QString &instanceText, const QString &cid) const
{
    Reply error;
    const ProviderCustomerRec *pc = find(caller, index, instanceText, cid, error);
    if (!pc)
        return error;
    return {200, itemJson(m_tenant.customers[size_t(index)], *pc, *m_tenant.instance(pc->instanceId))};
}

Reply McaRoutes::refresh(const Caller &caller, int index, const QString &instanceText, const QString &cid)
{
    Reply error;
    ProviderCustomerRec *pc = find(caller, index, instanceText, cid, error);
    if (!pc)
        return error;
    // What Microsoft reports: an accepted link is ready for the agreement; a link not accepted
    // by its expiry has expired. Every other status stays until the partner acts (a new link,
    // or recording the agreement through PATCH .../microsoft-customer-agreement).
    McaRec &m = pc->mca;
    if (m.status == McaStatus::LinkGenerated) {
        if (m.acceptedAtMicrosoft)
            m.status = McaStatus::CustomerAccepted;
        else if (m.linkExpires.isValid() && now() >= m.linkExpires)
            m.status = McaStatus::LinkExpired;
    }
    const Signatory s = signatory(m_tenant.customers[size_t(index)], *pc);
    QJsonObject o;
    o.insert(u"firstName", nullable(s.firstName));
    o.insert(u"lastName", nullable(s.lastName));
    o.insert(u"email", nullable(s.email));
    o.insert(u"phone", nullable(s.phone));
    o.insert(u"expirationTime", m.linkLifetimeMinutes > 0 ? QJsonValue(m.linkLifetimeMinutes) : QJsonValue(QJsonValue::Null));
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

} // namespace ccsandbox

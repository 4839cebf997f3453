#include "writeroutes.h"

#include "requestbody.h"
#include "sandboxdata.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace ccsandbox {

namespace {

QString identifierKey(const QUuid &relationship, const QString &value)
{
    return relationship.toString(QUuid::WithoutBraces) + u'|' + value.toCaseFolded();
}

// The offer-type margins of a body (adding a provider instance or replacing its margins): known
// offer types the instance sells, each a valid margin, a markup at most the agreed 50 %.
QMap<QString, MarginRec> readOfferTypeMargins(const QJsonValue &otm, const InstanceRec *inst, FieldErrors &e)
{
    QMap<QString, MarginRec> offerMargins;
    if (otm.isObject()) {
        const QJsonObject o = otm.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString type;
            for (const QString &t : OfferTypes)
                if (t.compare(it.key(), Qt::CaseInsensitive) == 0)
                    type = t;
            const QString property = QStringLiteral("OfferTypeMargins[%1]").arg(type.isEmpty() ? it.key() : type);
            if (type.isEmpty()) {
                e.add(property, QStringLiteral("'%1' is not an offer type.").arg(it.key()));
                continue;
            }
            if (inst && !inst->offerTypes.contains(type)) {
                e.add(property, QStringLiteral("%1 does not sell %2 offers.").arg(inst->alias, type));
                continue;
            }
            if (const auto m = readMargin(it.value(), property, e)) {
                // The partner agreement caps offer-type markups: a rule only the server knows.
                if (m->rule == u"Markup" && m->value > 50.0)
                    e.add(property + QStringLiteral(".Value"),
                          QStringLiteral("The markup for %1 offers may not exceed the agreed 50 %.").arg(type));
                offerMargins.insert(type, *m);
            }
        }
    } else if (!otm.isNull() && !otm.isUndefined()) {
        e.add(QStringLiteral("OfferTypeMargins"), QStringLiteral("The offer type margins must be an object."));
    }
    return offerMargins;
}

} // namespace

void WriteRoutes::buildIdentifierHolders()
{
    if (m_identifierHoldersBuilt)
        return;
    for (size_t i = 0; i < m_tenant.customers.size(); ++i) {
        const CustomerRec &c = m_tenant.customers[i];
        if (!c.cspInternalId.isEmpty())
            m_identifierHolders[identifierKey(QUuid(), c.cspInternalId)].append(int(i));
        if (!c.resellerId.isNull() && !c.resellerInternalId.isEmpty())
            m_identifierHolders[identifierKey(c.resellerId, c.resellerInternalId)].append(int(i));
    }
    m_identifierHoldersBuilt = true;
}

Reply WriteRoutes::updateInternalIdentifier(const Caller &caller, int index, const QByteArray &raw, const QString &cid)
{
    Reply bad;
    const auto object = parseBody(raw, cid, bad);
    if (!object)
        return bad;
    const Body b(*object);
    FieldErrors e;
    const QJsonValue v = b.value("internalIdentifier");
    if (!v.isString() && !v.isNull() && !v.isUndefined())
        e.add(QStringLiteral("InternalIdentifier"), QStringLiteral("The internal identifier must be a string."));
    const QString value = v.toString().trimmed();
    if (value.size() > 255)
        e.add(QStringLiteral("InternalIdentifier"), QStringLiteral("The internal identifier must be at most 255 characters."));
    QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
    const QJsonValue r = b.value("resellerId");
    if (r.isString()) {
        if (!isUuid(r.toString()))
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r.toString()));
        else if (caller.role == Role::Reseller && QUuid::fromString(r.toString()) != caller.resellerId)
            return {403, {}};
        else
            reseller = QUuid::fromString(r.toString());
    }
    if (!e.isEmpty())
        return validation(cid, e);
    CustomerRec &c = m_tenant.customers[size_t(index)];
    if (!reseller.isNull() && c.resellerId != reseller) {
        e.add(QStringLiteral("ResellerId"), QStringLiteral("The customer has no relationship with this reseller."));
        return validation(cid, e);
    }
    if (!value.isEmpty()) {
        buildIdentifierHolders();
        for (int i : m_identifierHolders.value(identifierKey(reseller, value))) {
            if (i == index)
                continue;
            e.add(QStringLiteral("InternalIdentifier"),
                  QStringLiteral("The internal identifier '%1' is already used by another customer: %2")
                      .arg(value, m_tenant.customers[size_t(i)].companyName));
            return validation(cid, e);
        }
    }
    QString &stored = reseller.isNull() ? c.cspInternalId : c.resellerInternalId;
    if (m_identifierHoldersBuilt) {
        if (!stored.isEmpty()) {
            const QString oldKey = identifierKey(reseller, stored);
            QList<int> &holders = m_identifierHolders[oldKey];
            holders.removeAll(index);
            if (holders.isEmpty())
                m_identifierHolders.remove(oldKey);
        }
        if (!value.isEmpty())
            m_identifierHolders[identifierKey(reseller, value)].append(index);
    }
    stored = value;
    m_tenant.invalidate(index);
    return {204, {}};
}

Reply WriteRoutes::updateMca(const Caller &caller, int index, const QByteArray &raw, const QString &cid)
{
    Reply bad;
    const auto object = parseBody(raw, cid, bad);
    if (!object)
        return bad;
    const Body b(*object);
    FieldErrors e;
    const QString instanceText = b.value("providerInstanceId").toString();
    if (!isUuid(instanceText))
        e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
    const QDateTime date = parseDateTime(b.value("agreementDate"));
    if (!date.isValid())
        e.add(QStringLiteral("AgreementDate"), QStringLiteral("The agreement date is required."));
    else if (date > QDateTime::currentDateTimeUtc())
        e.add(QStringLiteral("AgreementDate"), QStringLiteral("The agreement date cannot be in the future."));
    const QJsonValue keep = b.value("keepPrimaryInformation");
    if (!keep.isBool())
        e.add(QStringLiteral("KeepPrimaryInformation"), QStringLiteral("KeepPrimaryInformation is required."));
    QHash<QString, QString> contact;
    if (keep.isBool() && !keep.toBool()) {
        for (const char *name : {"firstName", "lastName", "email", "phone"}) {
            const QString value = b.value(name).toString().trimmed();
            QString property = QString::fromLatin1(name);
            property[0] = property[0].toUpper();
            const int max = QByteArray(name) == "phone" ? 30 : 255;
            if (value.isEmpty())
                e.add(property, QStringLiteral("'%1' is required when KeepPrimaryInformation is false.").arg(property));
            else if (value.size() > max)
                e.add(property, QStringLiteral("'%1' must be at most %2 characters.").arg(property).arg(max));
            else if (QByteArray(name) == "email" && !isEmail(value))
                e.add(property, QStringLiteral("'%1' is not a valid email address.").arg(value));
            contact.insert(property, value);
        }
    }
    if (!e.isEmpty())
        return validation(cid, e);
    CustomerRec &c = m_tenant.customers[size_t(index)];
    const InstanceRec *inst = m_tenant.instance(QUuid::fromString(instanceText));
    if (!inst)
        return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
    ProviderCustomerRec *pc = nullptr;
    for (auto &p : c.providerCustomers) {
        // A reseller can only sign for the provider customers it sees.
        if (p.instanceId == inst->id && (caller.role == Role::Csp || p.resellerId == caller.resellerId))
            pc = &p;
    }
    if (!inst->microsoft() || !pc) {
        e.add(QStringLiteral("ProviderInstanceId"),
              !inst->microsoft()
                  ? QStringLiteral("The Microsoft Customer Agreement applies only to Microsoft provider instances.")
                  : QStringLiteral("The customer does not exist in this provider instance."));
        return validation(cid, e);
    }
    if (date < c.created) {
        e.add(QStringLiteral("AgreementDate"),
              QStringLiteral("The agreement date cannot be before the customer was created (%1).")
                  .arg(c.created.date().toString(Qt::ISODate)));
        return validation(cid, e);
    }
    QJsonObject data = QJsonDocument::fromJson(pc->data.toUtf8()).object();
    data.insert(u"AcceptedMCA", true);
    data.insert(u"AgreementDate", date.toUTC().toString(Qt::ISODate));
    data.insert(u"KeepPrimaryInformation", keep.toBool());
    for (auto it = contact.cbegin(); it != contact.cend(); ++it)
        data.insert(it.key(), it.value());
    pc->data = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    // Recording the acceptance creates the agreement (the attestation) at Microsoft.
    pc->mca.status = McaStatus::AgreementCreated;
    pc->mca.acceptedAtMicrosoft = true;
    pc->mca.linkExpires = {};
    pc->mca.linkLifetimeMinutes = 0;
    m_tenant.invalidate(index);
    return {200, {}};
}

Reply WriteRoutes::addProviderInstance(const Caller &caller, int index, const QUrlQuery &q, const QByteArray &raw,
                                       const QString &cid)
{
    FieldErrors e;
    QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
    if (q.hasQueryItem(QStringLiteral("resellerId"))) {
        if (caller.role == Role::Reseller)
            return {403, {}};
        const QString r = q.queryItemValue(QStringLiteral("resellerId"));
        if (!isUuid(r)) {
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r));
            return validation(cid, e);
        }
        reseller = QUuid::fromString(r);
    }
    Reply bad;
    const auto object = parseBody(raw, cid, bad);
    if (!object)
        return bad;
    const Body b(*object);
    const QString instanceText = b.value("providerInstanceId").toString();
    const InstanceRec *inst = nullptr;
    if (!isUuid(instanceText))
        e.add(QStringLiteral("ProviderInstanceId"), QStringLiteral("The provider instance is required."));
    else if (!(inst = m_tenant.instance(QUuid::fromString(instanceText))))
        return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
    const auto margin = readMargin(b.value("margin"), QStringLiteral("Margin"), e);
    const QMap<QString, MarginRec> offerMargins = readOfferTypeMargins(b.value("offerTypeMargins"), inst, e);
    const QJsonValue dataValue = b.value("providerCustomerData");
    QJsonObject data;
    if (!dataValue.isString() && !dataValue.isNull() && !dataValue.isUndefined()) {
        e.add(QStringLiteral("ProviderCustomerData"), QStringLiteral("The provider customer data must be a JSON string."));
    } else if (dataValue.isString() && !dataValue.toString().trimmed().isEmpty()) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(dataValue.toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            e.add(QStringLiteral("ProviderCustomerData"),
                  QStringLiteral("The provider customer data is not a valid JSON object."));
        else
            data = doc.object();
    }
    CustomerRec &c = m_tenant.customers[size_t(index)];
    QString domainKey;
    if (inst && inst->microsoft()) {
        const Body d(data);
        // "contoso" and "contoso.onmicrosoft.com" name the same Microsoft tenant.
        QString domain = d.value("Domain").toString().trimmed();
        if (domain.endsWith(QStringLiteral(".onmicrosoft.com"), Qt::CaseInsensitive))
            domain.chop(16);
        domainKey = domain.toLower();
        static const QRegularExpression domainPattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
        if (domain.isEmpty())
            e.add(QStringLiteral("ProviderCustomerData.Domain"),
                  QStringLiteral("The domain is required for a Microsoft provider instance."));
        else if (!domainPattern.match(domain).hasMatch())
            e.add(QStringLiteral("ProviderCustomerData.Domain"),
                  QStringLiteral("'%1' is not a valid onmicrosoft.com domain: use up to 63 letters, digits and hyphens.")
                      .arg(domain));
        else if (m_tenant.domainOwner.contains(domainKey) && m_tenant.domainOwner.value(domainKey) != index)
            e.add(QStringLiteral("ProviderCustomerData.Domain"),
                  QStringLiteral("The domain %1.onmicrosoft.com is already taken.").arg(domain));
        const QString credentials = d.value("CredentialsEmail").toString();
        if (!credentials.isEmpty() && !isEmail(credentials))
            e.add(QStringLiteral("ProviderCustomerData.CredentialsEmail"),
                  QStringLiteral("'%1' is not a valid email address.").arg(credentials));
        if (d.value("KeepPrimaryInformation").isBool() && !d.value("KeepPrimaryInformation").toBool()) {
            for (const char *name : {"FirstName", "LastName", "Email", "Phone"})
                if (d.value(name).toString().trimmed().isEmpty())
                    e.add(
                        QStringLiteral("ProviderCustomerData.") + QString::fromLatin1(name),
                        QStringLiteral("'%1' is required when KeepPrimaryInformation is false.").arg(QString::fromLatin1(name)));
        }
    }
    if (inst) {
        for (const auto &pc : c.providerCustomers)
            if (pc.instanceId == inst->id)
                e.add(QStringLiteral("ProviderInstanceId"),
                      QStringLiteral("The customer already exists in %1.").arg(inst->alias));
    }
    if (!reseller.isNull() && c.resellerId != reseller)
        e.add(QStringLiteral("ResellerId"), QStringLiteral("The customer has no relationship with this reseller."));
    if (!e.isEmpty() || !margin)
        return validation(cid, e);

    ProviderCustomerRec pc;
    pc.instanceId = inst->id;
    pc.providerCustomerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pc.data = dataValue.toString();
    pc.margin = margin;
    pc.offerTypeMargins = offerMargins;
    pc.resellerId = reseller; // null: the CSP's own relationship, which its reseller does not see
    // A new Microsoft customer needs an agreement, unless the data records one already.
    if (inst->microsoft() && Body(data).value("AcceptedMCA").toBool()) {
        pc.mca.status = McaStatus::AgreementCreated;
        pc.mca.acceptedAtMicrosoft = true;
    }
    c.providerCustomers.append(pc);
    if (!domainKey.isEmpty())
        m_tenant.domainOwner.insert(domainKey, index);
    m_tenant.invalidate(index);
    return jsonString(201, pc.providerCustomerId);
}

Reply WriteRoutes::updateMargins(const Caller &caller, int index, const QString &instanceText, const QByteArray &raw,
                                 const QString &cid)
{
    FieldErrors e;
    if (!isUuid(instanceText)) {
        e.add(QStringLiteral("providerInstanceId"), QStringLiteral("The value '%1' is not valid.").arg(instanceText));
        return validation(cid, e);
    }
    const InstanceRec *inst = m_tenant.instance(QUuid::fromString(instanceText));
    if (!inst)
        return notFound(cid, QStringLiteral("Provider instance %1 was not found.").arg(instanceText));
    Reply bad;
    const auto object = parseBody(raw, cid, bad);
    if (!object)
        return bad;
    const Body b(*object);
    // The relationship, as for the internal identifier: the caller's own unless resellerId names one.
    QUuid reseller = caller.role == Role::Reseller ? caller.resellerId : QUuid();
    const QJsonValue r = b.value("resellerId");
    if (r.isString()) {
        if (!isUuid(r.toString()))
            e.add(QStringLiteral("ResellerId"), QStringLiteral("The value '%1' is not valid.").arg(r.toString()));
        else if (caller.role == Role::Reseller && QUuid::fromString(r.toString()) != caller.resellerId)
            return {403, {}};
        else
            reseller = QUuid::fromString(r.toString());
    } else if (!r.isNull() && !r.isUndefined()) {
        e.add(QStringLiteral("ResellerId"), QStringLiteral("The reseller ID must be a string."));
    }
    const auto margin = readMargin(b.value("margin"), QStringLiteral("Margin"), e);
    const QMap<QString, MarginRec> offerMargins = readOfferTypeMargins(b.value("offerTypeMargins"), inst, e);
    CustomerRec &c = m_tenant.customers[size_t(index)];
    if (!reseller.isNull() && c.resellerId != reseller)
        e.add(QStringLiteral("ResellerId"), QStringLiteral("The customer has no relationship with this reseller."));
    if (!e.isEmpty() || !margin)
        return validation(cid, e);
    ProviderCustomerRec *pc = nullptr;
    for (auto &p : c.providerCustomers)
        if (p.instanceId == inst->id && p.resellerId == reseller)
            pc = &p;
    if (!pc)
        return notFound(cid, QStringLiteral("Customer %1 does not exist in %2 in this relationship.")
                                 .arg(c.id.toString(QUuid::WithoutBraces), inst->alias));
    pc->margin = margin;
    pc->offerTypeMargins = offerMargins; // an offer type left out falls back to the margin
    m_tenant.invalidate(index);
    return {204, {}};
}

} // namespace ccsandbox

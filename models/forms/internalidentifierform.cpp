#include "internalidentifierform.h"

#include <core/domain/outcome.h>
#include <core/domain/validation.h>

InternalIdentifierForm::InternalIdentifierForm(cc::CloudCockpitClient *client, const cc::Customer &customer,
                                               const cc::Session &session, QObject *parent)
    : FormModel(client, customer, session, QString::fromUtf16(Name), parent)
    , m_value(customer.internalIdentifier)
{}

InternalIdentifierForm::~InternalIdentifierForm()
{
    flushDraft();
}

void InternalIdentifierForm::setValue(const QString &value)
{
    if (value == m_value)
        return;
    m_value = value;
    m_typed = true;
    m_load.cancel(); // what the user typed wins over a value still on its way
    touch();
}

QList<QUuid> InternalIdentifierForm::relationships() const
{
    QList<QUuid> out{QUuid()};
    if (isCsp() && !customer().resellerId.isNull())
        out << customer().resellerId;
    return out;
}

void InternalIdentifierForm::setResellerId(const QUuid &resellerId)
{
    if (resellerId == m_resellerId || !relationships().contains(resellerId))
        return;
    m_resellerId = resellerId;
    touch();
    if (m_typed || isRestoring() || !client())
        return;
    // The customer as seen by that relationship carries its identifier.
    m_load = client()->getCustomer(customer().id, resellerId, this, [this, resellerId](const cc::Result<cc::Customer> &r) {
        if (!r.ok() || m_typed || m_resellerId != resellerId)
            return;
        m_value = r.value().internalIdentifier;
        Q_EMIT reloaded();
        Q_EMIT changed();
    });
}

cc::InternalIdentifierUpdate InternalIdentifierForm::update() const
{
    cc::InternalIdentifierUpdate u;
    u.internalIdentifier = m_value.trimmed();
    u.resellerId = m_resellerId;
    return u;
}

cc::FieldErrors InternalIdentifierForm::validate() const
{
    return cc::validation::validate(update());
}

cc::CallHandle InternalIdentifierForm::send(const cc::RequestOptions &options)
{
    return client()->updateInternalIdentifier(
        customer().id, update(), this, [this](const cc::Result<cc::Done> &r) { complete(r.ok() ? cc::ApiError{} : r.error()); },
        options);
}

QJsonObject InternalIdentifierForm::draftValues() const
{
    QJsonObject o;
    o.insert(u"value", m_value);
    o.insert(u"relationship", m_resellerId.isNull() ? QString() : m_resellerId.toString(QUuid::WithoutBraces));
    return o;
}

void InternalIdentifierForm::applyDraft(const QJsonObject &v)
{
    m_value = v.value(u"value").toString();
    m_typed = true;
    const QUuid r = QUuid::fromString(v.value(u"relationship").toString());
    m_resellerId = relationships().contains(r) ? r : QUuid();
}

void InternalIdentifierForm::applyTo(cc::Customer &customer) const
{
    // The list shows the caller's own relationship; a reseller's identifier does not appear there.
    if (m_resellerId.isNull())
        customer.internalIdentifier = m_value.trimmed();
}

bool InternalIdentifierForm::hasChange(const cc::Customer &fromServer) const
{
    // Read as the relationship it was sent for (checkRelationship), so this is that identifier.
    return cc::outcome::holds(fromServer, update());
}

QString InternalIdentifierForm::savedMessage() const
{
    const QString sent = update().internalIdentifier;
    return sent.isEmpty() ? tr("Internal identifier of %1 cleared.").arg(customer().companyName)
                          : tr("Internal identifier of %1 set to %2.").arg(customer().companyName, sent);
}

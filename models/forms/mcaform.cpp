#include "mcaform.h"

#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QLocale>

McaForm::McaForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
                 const QList<cc::ProviderInstance> &instances, QObject *parent)
    : FormModel(client, customer, session, QString::fromUtf16(Name), parent)
    , m_date(today())
{
    McaForm::setProviderInstances(instances);
}

McaForm::~McaForm()
{
    flushDraft();
}

QDate McaForm::today()
{
    return QDate::currentDate();
}

QList<cc::ProviderInstance> McaForm::microsoftInstances() const
{
    QList<cc::ProviderInstance> out;
    for (const auto &i : m_instances)
        if (i.isMicrosoft() && customer().providerCustomer(i.id))
            out << i;
    return out;
}

void McaForm::setProviderInstances(const QList<cc::ProviderInstance> &instances)
{
    FormModel::setProviderInstances(instances);
    const auto ms = microsoftInstances();
    const bool known =
        std::any_of(ms.cbegin(), ms.cend(), [this](const cc::ProviderInstance &i) { return i.id == m_instanceId; });
    if (!known)
        m_instanceId = ms.isEmpty() ? QUuid() : ms.first().id;
    Q_EMIT instancesChanged();
}

void McaForm::setInstanceId(const QUuid &id)
{
    if (id == m_instanceId)
        return;
    m_instanceId = id;
    touch();
}

void McaForm::setAgreementDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    touch();
}

void McaForm::setKeepPrimary(bool keep)
{
    if (keep == m_keep)
        return;
    m_keep = keep;
    touch();
}

void McaForm::setContact(ContactFields::Field field, const QString &value)
{
    if (m_keep || field < 0 || field >= ContactFields::Count || m_contact.typed[field] == value)
        return;
    m_contact.typed[field] = value;
    touch();
}

cc::McaUpdate McaForm::update() const
{
    cc::McaUpdate u;
    u.providerInstanceId = m_instanceId;
    u.agreementDate = m_date;
    u.keepPrimaryInformation = m_keep;
    if (!m_keep) {
        u.firstName = m_contact.typed[ContactFields::FirstName].trimmed();
        u.lastName = m_contact.typed[ContactFields::LastName].trimmed();
        u.email = m_contact.typed[ContactFields::Email].trimmed();
        u.phone = m_contact.typed[ContactFields::Phone].trimmed();
    }
    return u;
}

cc::FieldErrors McaForm::validate() const
{
    cc::FieldErrors errors = cc::validation::validate(update(), today());
    if (!m_date.isValid()) // the field shows text that is not a date ("Required" would be untrue)
        errors[QStringLiteral("agreementdate")] = QStringList{notADateMessage()};
    return errors;
}

cc::CallHandle McaForm::send(const cc::RequestOptions &options)
{
    return client()->updateMicrosoftCustomerAgreement(
        customer().id, update(), this, [this](const cc::Result<cc::Done> &r) { complete(r.ok() ? cc::ApiError{} : r.error()); },
        options);
}

QJsonObject McaForm::draftValues() const
{
    QJsonObject o;
    o.insert(u"instance", m_instanceId.toString(QUuid::WithoutBraces));
    o.insert(u"date", m_date.toString(Qt::ISODate));
    o.insert(u"keep", m_keep);
    for (int f = 0; f < ContactFields::Count; ++f)
        o.insert(ContactFields::key(ContactFields::Field(f)), m_contact.typed[f]);
    return o;
}

void McaForm::applyDraft(const QJsonObject &v)
{
    const QUuid instance = QUuid::fromString(v.value(u"instance").toString());
    // Kept even when the instances are not known yet: they may arrive later.
    if (!instance.isNull())
        m_instanceId = instance;
    const QDate date = QDate::fromString(v.value(u"date").toString(), Qt::ISODate);
    if (date.isValid())
        m_date = date;
    m_keep = v.value(u"keep").toBool(true);
    for (int f = 0; f < ContactFields::Count; ++f)
        m_contact.typed[f] = v.value(ContactFields::key(ContactFields::Field(f))).toString();
}

void McaForm::applyTo(cc::Customer &customer) const
{
    for (auto &pc : customer.providerCustomers) {
        if (pc.providerInstanceId != m_instanceId)
            continue;
        auto data = cc::MicrosoftCustomerData::fromJsonText(pc.providerCustomerData).value_or(cc::MicrosoftCustomerData{});
        data.acceptedMca = true;
        data.agreementDate = m_date;
        data.keepPrimaryInformation = m_keep;
        if (!m_keep) {
            const cc::McaUpdate u = update();
            data.firstName = u.firstName;
            data.lastName = u.lastName;
            data.email = u.email;
            data.phone = u.phone;
        }
        pc.providerCustomerData = data.toJsonText();
    }
}

bool McaForm::hasChange(const cc::Customer &fromServer) const
{
    // The signatory: what was sent, as sent (trimmed).
    return cc::outcome::holds(fromServer, update());
}

QString McaForm::savedMessage() const
{
    return tr("Microsoft Customer Agreement of %1 recorded, accepted on %2.")
        .arg(customer().companyName, QLocale().toString(m_date, dateFormat()));
}

#include "editmarginsform.h"

#include "offertypemarginmodel.h"

#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QJsonArray>

QString EditMarginsForm::formNameFor(const QUuid &providerInstanceId)
{
    return QString::fromUtf16(Name) + u'/' + providerInstanceId.toString(QUuid::WithoutBraces);
}

QUuid EditMarginsForm::instanceOfFormName(const QString &formName)
{
    const QString prefix = QString::fromUtf16(Name) + u'/';
    if (!formName.startsWith(prefix))
        return {};
    const QString rest = formName.mid(prefix.size());
    const QUuid id = QUuid::fromString(rest);
    return rest == id.toString(QUuid::WithoutBraces) ? id : QUuid();
}

EditMarginsForm::EditMarginsForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
                                 const QUuid &providerInstanceId, const QList<cc::ProviderInstance> &instances, QObject *parent)
    : FormModel(client, customer, session, formNameFor(providerInstanceId), parent)
    , m_instanceId(providerInstanceId)
    , m_margins(new OfferTypeMarginModel(this))
{
    connect(m_margins, &OfferTypeMarginModel::edited, this, [this] {
        m_typed = true;
        m_load.cancel(); // what the user typed wins over values still on their way
        touch();
    });
    FormModel::setProviderInstances(instances);
    fillFrom(customer);
}

EditMarginsForm::~EditMarginsForm()
{
    flushDraft();
}

std::optional<cc::ProviderInstance> EditMarginsForm::instance() const
{
    for (const auto &i : m_instances)
        if (i.id == m_instanceId)
            return i;
    return std::nullopt;
}

QString EditMarginsForm::instanceName() const
{
    const auto i = instance();
    return i ? i->displayName() : m_instanceId.toString(QUuid::WithoutBraces);
}

void EditMarginsForm::offerTypes()
{
    // The types the instance sells, and any the table holds already: a margin the server has for
    // a type the instance no longer lists is shown (and its error said), not dropped unseen.
    QList<cc::OfferType> types;
    if (const auto i = instance())
        types = i->offerTypes;
    for (const auto &m : m_margins->margins())
        if (!types.contains(m.offerType))
            types << m.offerType;
    const QList<cc::OfferTypeMargin> rows = m_margins->margins();
    m_margins->setAvailableTypes(types);
    m_margins->setMargins(rows);
}

void EditMarginsForm::setProviderInstances(const QList<cc::ProviderInstance> &instances)
{
    FormModel::setProviderInstances(instances);
    offerTypes();
    Q_EMIT reloaded(); // the instance's name
}

void EditMarginsForm::fillFrom(const cc::Customer &c)
{
    const cc::ProviderCustomer *pc = c.providerCustomer(m_instanceId);
    m_margin = pc && pc->margin ? *pc->margin : cc::PriceMargin{0, cc::MarginRule::Markup};
    QList<cc::OfferType> types;
    if (const auto i = instance())
        types = i->offerTypes;
    if (pc)
        for (const auto &m : pc->offerTypeMargins)
            if (!types.contains(m.offerType))
                types << m.offerType;
    m_margins->setAvailableTypes(types);
    m_margins->setMargins(pc ? pc->offerTypeMargins : QList<cc::OfferTypeMargin>{});
}

QList<QUuid> EditMarginsForm::relationships() const
{
    QList<QUuid> out{QUuid()};
    if (isCsp() && !customer().resellerId.isNull())
        out << customer().resellerId;
    return out;
}

void EditMarginsForm::setResellerId(const QUuid &id)
{
    if (id == m_resellerId || !relationships().contains(id))
        return;
    m_resellerId = id;
    touch();
    if (m_typed || isRestoring() || !client())
        return;
    // The customer as seen by that relationship carries its margins.
    m_load = client()->getCustomer(customer().id, id, this, [this, id](const cc::Result<cc::Customer> &r) {
        if (!r.ok() || m_typed || m_resellerId != id)
            return;
        fillFrom(r.value());
        Q_EMIT reloaded();
        Q_EMIT changed();
    });
}

void EditMarginsForm::setMargin(const cc::PriceMargin &margin)
{
    if (margin == m_margin)
        return;
    m_margin = margin;
    m_typed = true;
    m_load.cancel();
    touch();
}

cc::MarginsUpdate EditMarginsForm::update() const
{
    cc::MarginsUpdate u;
    u.providerInstanceId = m_instanceId;
    u.margin = m_margin;
    u.offerTypeMargins = m_margins->margins();
    u.resellerId = m_resellerId;
    return u;
}

cc::FieldErrors EditMarginsForm::validate() const
{
    const auto i = instance();
    return cc::validation::validate(update(), i ? i->offerTypes : QList<cc::OfferType>{});
}

cc::CallHandle EditMarginsForm::send(const cc::RequestOptions &options)
{
    const auto i = instance();
    return client()->updateMargins(
        customer().id, update(), i ? i->offerTypes : QList<cc::OfferType>{}, this,
        [this](const cc::Result<cc::Done> &r) { complete(r.ok() ? cc::ApiError{} : r.error()); }, options);
}

QJsonObject EditMarginsForm::draftValues() const
{
    QJsonObject o;
    o.insert(u"relationship", m_resellerId.isNull() ? QString() : m_resellerId.toString(QUuid::WithoutBraces));
    o.insert(u"percent", m_margin.value);
    o.insert(u"rule", cc::marginRuleName(m_margin.rule));
    QJsonArray rows;
    for (const auto &m : m_margins->margins())
        rows.append(QJsonObject{{QStringLiteral("type"), cc::offerTypeName(m.offerType)},
                                {QStringLiteral("value"), m.margin.value},
                                {QStringLiteral("rule"), cc::marginRuleName(m.margin.rule)}});
    o.insert(u"offerTypeMargins", rows);
    return o;
}

void EditMarginsForm::applyDraft(const QJsonObject &v)
{
    m_typed = true;
    const QUuid r = QUuid::fromString(v.value(u"relationship").toString());
    m_resellerId = relationships().contains(r) ? r : QUuid();
    const auto rule = cc::marginRuleFromName(v.value(u"rule").toString());
    m_margin = {v.value(u"percent").toDouble(m_margin.value), rule.value_or(m_margin.rule)};
    QList<cc::OfferTypeMargin> rows;
    QList<cc::OfferType> types = m_margins->availableTypes();
    for (const QJsonValue &row : v.value(u"offerTypeMargins").toArray()) {
        const auto type = cc::offerTypeFromName(row.toObject().value(u"type").toString());
        const auto rowRule = cc::marginRuleFromName(row.toObject().value(u"rule").toString());
        if (!type || !rowRule)
            continue;
        rows.append({*type, {row.toObject().value(u"value").toDouble(), *rowRule}});
        if (!types.contains(*type))
            types << *type;
    }
    m_margins->setAvailableTypes(types);
    m_margins->setMargins(rows);
}

void EditMarginsForm::applyTo(cc::Customer &customer) const
{
    // The list and details show the caller's own relationship; a reseller's is not seen there.
    if (!m_resellerId.isNull())
        return;
    for (cc::ProviderCustomer &pc : customer.providerCustomers)
        if (pc.providerInstanceId == m_instanceId) {
            pc.margin = m_margin;
            pc.offerTypeMargins = m_margins->margins();
        }
}

bool EditMarginsForm::hasChange(const cc::Customer &fromServer) const
{
    // Read as the relationship it was sent for (checkRelationship), so these are its margins.
    return cc::outcome::holds(fromServer, update());
}

QString EditMarginsForm::savedMessage() const
{
    return tr("Margins of %1 in %2 saved.").arg(customer().companyName, instanceName());
}

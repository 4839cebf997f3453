#include "addproviderinstanceform.h"

#include "offertypemarginmodel.h"

#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

AddProviderInstanceForm::AddProviderInstanceForm(cc::CloudCockpitClient *client, const cc::Customer &customer,
                                                 const cc::Session &session, const QList<cc::ProviderInstance> &instances,
                                                 QObject *parent)
    : FormModel(client, customer, session, QString::fromUtf16(Name), parent)
    , m_margins(new OfferTypeMarginModel(this))
{
    m_ms.defaultCulture = defaultCultureFor(customer);
    m_ms.acceptedMca = false;
    m_ms.keepPrimaryInformation = true;
    m_ms.enableGdap = true;
    connect(m_margins, &OfferTypeMarginModel::edited, this, [this] { touch(); });
    AddProviderInstanceForm::setProviderInstances(instances);
}

AddProviderInstanceForm::~AddProviderInstanceForm()
{
    flushDraft();
}

QString AddProviderInstanceForm::defaultCultureFor(const cc::Customer &customer)
{
    // The language most of the customer's country reads. A table, because Qt 6.4 answers
    // QLocale(AnyLanguage, UnitedStates) with Cherokee and (AnyLanguage, UnitedKingdom) with Cornish.
    static const QHash<QString, QString> main = {
        {u"PT"_qs, u"pt-PT"_qs}, {u"BR"_qs, u"pt-BR"_qs}, {u"ES"_qs, u"es-ES"_qs}, {u"MX"_qs, u"es-MX"_qs},
        {u"AR"_qs, u"es-AR"_qs}, {u"FR"_qs, u"fr-FR"_qs}, {u"BE"_qs, u"nl-BE"_qs}, {u"LU"_qs, u"fr-LU"_qs},
        {u"CH"_qs, u"de-CH"_qs}, {u"DE"_qs, u"de-DE"_qs}, {u"AT"_qs, u"de-AT"_qs}, {u"IT"_qs, u"it-IT"_qs},
        {u"NL"_qs, u"nl-NL"_qs}, {u"GB"_qs, u"en-GB"_qs}, {u"IE"_qs, u"en-IE"_qs}, {u"US"_qs, u"en-US"_qs},
        {u"CA"_qs, u"en-CA"_qs}, {u"AU"_qs, u"en-AU"_qs}, {u"NZ"_qs, u"en-NZ"_qs}, {u"IN"_qs, u"en-IN"_qs},
        {u"PL"_qs, u"pl-PL"_qs}, {u"SE"_qs, u"sv-SE"_qs}, {u"DK"_qs, u"da-DK"_qs}, {u"NO"_qs, u"nb-NO"_qs},
        {u"FI"_qs, u"fi-FI"_qs}, {u"JP"_qs, u"ja-JP"_qs}, {u"AO"_qs, u"pt-AO"_qs}, {u"MZ"_qs, u"pt-MZ"_qs}};
    const QString country = customer.country.trimmed().toUpper();
    if (const auto it = main.constFind(country); it != main.cend())
        return *it;
    // Elsewhere: English for that country when Qt knows it, else US English.
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (country.size() == 2 && territory != QLocale::AnyTerritory) {
        const auto locales = QLocale::matchingLocales(QLocale::English, QLocale::AnyScript, territory);
        if (!locales.isEmpty())
            return u"en-"_qs + country;
    }
    return u"en-US"_qs;
}

QList<cc::ProviderInstance> AddProviderInstanceForm::availableInstances() const
{
    QList<cc::ProviderInstance> out;
    for (const auto &i : m_instances)
        if (!customer().providerCustomer(i.id))
            out << i;
    return out;
}

void AddProviderInstanceForm::setProviderInstances(const QList<cc::ProviderInstance> &instances)
{
    FormModel::setProviderInstances(instances);
    const auto available = availableInstances();
    const bool known =
        std::any_of(available.cbegin(), available.cend(), [this](const cc::ProviderInstance &i) { return i.id == m_instanceId; });
    Q_EMIT instancesChanged();
    chooseInstance(known ? m_instanceId : available.isEmpty() ? QUuid() : available.first().id);
}

void AddProviderInstanceForm::chooseInstance(const QUuid &id)
{
    m_instanceId = id;
    const auto i = instance();
    m_margins->setAvailableTypes(i ? i->offerTypes : QList<cc::OfferType>{});
    if (!m_pendingMargins.isEmpty() && i) {
        m_margins->setMargins(m_pendingMargins);
        m_pendingMargins.clear();
    }
    Q_EMIT instanceChanged();
}

void AddProviderInstanceForm::setInstanceId(const QUuid &id)
{
    if (id == m_instanceId)
        return;
    chooseInstance(id);
    touch();
}

std::optional<cc::ProviderInstance> AddProviderInstanceForm::instance() const
{
    for (const auto &i : m_instances)
        if (i.id == m_instanceId)
            return i;
    return std::nullopt;
}

bool AddProviderInstanceForm::isMicrosoft() const
{
    const auto i = instance();
    return i && i->isMicrosoft();
}

QList<QUuid> AddProviderInstanceForm::relationships() const
{
    QList<QUuid> out{QUuid()};
    if (isCsp() && !customer().resellerId.isNull())
        out << customer().resellerId;
    return out;
}

void AddProviderInstanceForm::setResellerId(const QUuid &id)
{
    if (id == m_resellerId || !relationships().contains(id))
        return;
    m_resellerId = id;
    touch();
}

cc::MicrosoftCustomerData AddProviderInstanceForm::microsoftData() const
{
    cc::MicrosoftCustomerData d = m_ms;
    d.firstName = m_contact.shown(customer(), d.keepPrimaryInformation, ContactFields::FirstName);
    d.lastName = m_contact.shown(customer(), d.keepPrimaryInformation, ContactFields::LastName);
    d.email = m_contact.shown(customer(), d.keepPrimaryInformation, ContactFields::Email);
    d.phone = m_contact.shown(customer(), d.keepPrimaryInformation, ContactFields::Phone);
    if (!d.acceptedMca)
        d.agreementDate = {};
    return d;
}

void AddProviderInstanceForm::setMicrosoftData(const cc::MicrosoftCustomerData &data)
{
    cc::MicrosoftCustomerData d = data;
    if (!d.keepPrimaryInformation && !m_ms.keepPrimaryInformation) {
        m_contact.typed[ContactFields::FirstName] = d.firstName;
        m_contact.typed[ContactFields::LastName] = d.lastName;
        m_contact.typed[ContactFields::Email] = d.email;
        m_contact.typed[ContactFields::Phone] = d.phone;
    }
    if (!d.acceptedMca)
        d.agreementDate = m_ms.agreementDate; // kept for when the box is ticked again
    const QString before = m_ms.toJsonText() + m_contact.typed[0] + m_contact.typed[1] + m_contact.typed[2] + m_contact.typed[3];
    m_ms = d;
    m_ms.firstName.clear();
    m_ms.lastName.clear();
    m_ms.email.clear();
    m_ms.phone.clear();
    if (before != m_ms.toJsonText() + m_contact.typed[0] + m_contact.typed[1] + m_contact.typed[2] + m_contact.typed[3])
        touch();
}

void AddProviderInstanceForm::setJsonText(const QString &text)
{
    if (text == m_json)
        return;
    m_json = text;
    touch();
}

QString AddProviderInstanceForm::jsonProblem(int *position) const
{
    *position = -1;
    const QString trimmed = m_json.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray utf8 = m_json.toUtf8();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        // The parser counts UTF-8 bytes and stops just past the character it did not expect;
        // people count lines and columns of characters, and want to see that character.
        const QString before = QString::fromUtf8(utf8.left(std::max(0, err.offset - 1)));
        *position = int(before.size());
        const int line = int(before.count(u'\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
        return tr("Not valid JSON: %1 at line %2, column %3.").arg(err.errorString()).arg(line).arg(column);
    }
    if (!doc.isObject()) {
        *position = 0;
        return tr("Enter a JSON object, for example {\"AccountId\": \"1234\"}.");
    }
    return {};
}

int AddProviderInstanceForm::jsonErrorPosition() const
{
    int position = -1;
    jsonProblem(&position);
    return position;
}

void AddProviderInstanceForm::setMargin(const cc::PriceMargin &margin)
{
    if (margin == m_margin)
        return;
    m_margin = margin;
    touch();
}

cc::AddProviderInstanceRequest AddProviderInstanceForm::request() const
{
    cc::AddProviderInstanceRequest r;
    r.providerInstanceId = m_instanceId;
    r.resellerId = m_resellerId;
    r.providerCustomerData = isMicrosoft() ? microsoftData().toJsonText() : m_json.trimmed();
    r.margin = m_margin;
    r.offerTypeMargins = m_margins->margins();
    return r;
}

cc::FieldErrors AddProviderInstanceForm::validate() const
{
    const bool microsoft = isMicrosoft();
    const cc::AddProviderInstanceRequest r = request();
    cc::FieldErrors errors = cc::validation::validate(r, microsoft);
    // The contract's range (PriceMargin.value: 0 to 999), said next to the field: the spin boxes
    // take any number rather than quietly clamping what was typed to their limits.
    auto checkRange = [&errors](const QString &path, double value) {
        if (value >= MinMarginPercent && value <= MaxMarginPercent)
            return;
        errors[path] = QStringList{tr("Enter a percentage from %L1 to %L2.").arg(MinMarginPercent).arg(MaxMarginPercent)};
    };
    checkRange(QStringLiteral("margin.value"), r.margin.value);
    if (microsoft && m_ms.acceptedMca && !m_ms.agreementDate.isValid())
        errors[QStringLiteral("providercustomerdata.agreementdate")] = QStringList{notADateMessage()};
    for (const auto &m : r.offerTypeMargins)
        checkRange(u"offertypemargins[" + cc::offerTypeName(m.offerType).toLower() + u"].value", m.margin.value);
    if (!microsoft) {
        // A sharper message than the core's: where the JSON breaks, and that it must be an object.
        errors.remove(QStringLiteral("providercustomerdata"));
        int position = -1;
        const QString problem = jsonProblem(&position);
        if (!problem.isEmpty())
            errors[QStringLiteral("providercustomerdata")] << problem;
    }
    return errors;
}

cc::CallHandle AddProviderInstanceForm::send(const cc::RequestOptions &options)
{
    return client()->addProviderInstance(
        customer().id, request(), isMicrosoft(), this,
        [this](const cc::Result<QString> &r) { complete(r.ok() ? cc::ApiError{} : r.error()); }, options);
}

QJsonObject AddProviderInstanceForm::draftValues() const
{
    QJsonObject o;
    o.insert(u"instance", m_instanceId.toString(QUuid::WithoutBraces));
    o.insert(u"relationship", m_resellerId.isNull() ? QString() : m_resellerId.toString(QUuid::WithoutBraces));
    QJsonObject ms = QJsonDocument::fromJson(m_ms.toJsonText().toUtf8()).object();
    if (m_ms.agreementDate.isValid())
        ms.insert(u"AgreementDate", m_ms.agreementDate.toString(Qt::ISODate));
    for (int f = 0; f < ContactFields::Count; ++f)
        ms.insert(u"typed-" + ContactFields::key(ContactFields::Field(f)), m_contact.typed[f]);
    o.insert(u"microsoft", ms);
    o.insert(u"json", m_json);
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

void AddProviderInstanceForm::applyDraft(const QJsonObject &v)
{
    const QUuid r = QUuid::fromString(v.value(u"relationship").toString());
    m_resellerId = relationships().contains(r) ? r : QUuid();
    const QJsonObject ms = v.value(u"microsoft").toObject();
    if (auto d = cc::MicrosoftCustomerData::fromJsonText(QString::fromUtf8(QJsonDocument(ms).toJson(QJsonDocument::Compact)))) {
        d->agreementDate = QDate::fromString(ms.value(u"AgreementDate").toString(), Qt::ISODate);
        d->firstName.clear();
        d->lastName.clear();
        d->email.clear();
        d->phone.clear();
        m_ms = *d;
    }
    for (int f = 0; f < ContactFields::Count; ++f)
        m_contact.typed[f] = ms.value(u"typed-" + ContactFields::key(ContactFields::Field(f))).toString();
    m_json = v.value(u"json").toString();
    const auto rule = cc::marginRuleFromName(v.value(u"rule").toString());
    m_margin = {v.value(u"percent").toDouble(m_margin.value), rule.value_or(m_margin.rule)};
    QList<cc::OfferTypeMargin> rows;
    for (const QJsonValue &row : v.value(u"offerTypeMargins").toArray()) {
        const auto type = cc::offerTypeFromName(row.toObject().value(u"type").toString());
        const auto rowRule = cc::marginRuleFromName(row.toObject().value(u"rule").toString());
        if (type && rowRule)
            rows.append({*type, {row.toObject().value(u"value").toDouble(), *rowRule}});
    }
    const QUuid instance = QUuid::fromString(v.value(u"instance").toString());
    m_pendingMargins = rows;
    if (!instance.isNull()) {
        // Without the instances yet, the choice waits for setProviderInstances().
        m_instanceId = instance;
        if (this->instance())
            chooseInstance(instance);
    } else {
        chooseInstance(m_instanceId);
    }
}

void AddProviderInstanceForm::applyTo(cc::Customer &customer) const
{
    cc::ProviderCustomer pc;
    pc.providerInstanceId = m_instanceId;
    pc.providerCustomerData = request().providerCustomerData;
    pc.margin = m_margin;
    pc.offerTypeMargins = m_margins->margins();
    customer.providerCustomers.append(pc);
}

bool AddProviderInstanceForm::hasChange(const cc::Customer &fromServer) const
{
    // The customer was not in the instance before (only such instances are offered).
    return cc::outcome::holds(fromServer, request());
}

QString AddProviderInstanceForm::savedMessage() const
{
    const auto i = instance();
    return tr("%1 added to %2.").arg(customer().companyName, i ? i->displayName() : m_instanceId.toString(QUuid::WithoutBraces));
}

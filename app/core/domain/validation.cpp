#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cc::validation {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void add(FieldErrors &errors, const QString &path, const QString &message)
{
    if (!message.isEmpty())
        errors[path].append(message);
}

} // namespace

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isHex(c)) {
            return false;
        }
    }
    return true;
}

bool isEmail(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"));
    if (text.startsWith(u'.') || text.contains(u".."))
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at > 0 && text.at(at - 1) == u'.')
        return false;
    return re.match(text.toString()).hasMatch();
}

bool isPhone(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 3;
}

QString checkRequired(QStringView value)
{
    return value.trimmed().isEmpty() ? QCoreApplication::translate("cc::validation", "Required.") : QString();
}

QString checkLength(QStringView value, int max)
{
    if (value.size() > max)
        return QCoreApplication::translate("cc::validation", "At most %n characters.", nullptr, max);
    return {};
}

QString checkPersonName(QStringView value, bool required)
{
    const QStringView v = value.trimmed();
    if (v.isEmpty())
        return required ? QCoreApplication::translate("cc::validation", "Required.") : QString();
    if (v.size() < 2)
        return QCoreApplication::translate("cc::validation", "Enter the full name, not an initial.");
    return checkLength(value, MaxNameLength);
}

QString checkEmail(QStringView value, bool required)
{
    const QStringView v = value.trimmed();
    if (v.isEmpty())
        return required ? QCoreApplication::translate("cc::validation", "Required.") : QString();
    if (v.size() > MaxEmailLength)
        return checkLength(v, MaxEmailLength);
    if (!isEmail(v))
        return QCoreApplication::translate("cc::validation", "Enter an email address such as name@example.com.");
    return {};
}

QString checkPhone(QStringView value, bool required)
{
    const QStringView v = value.trimmed();
    if (v.isEmpty())
        return required ? QCoreApplication::translate("cc::validation", "Required.") : QString();
    if (v.size() > MaxPhoneLength)
        return checkLength(v, MaxPhoneLength);
    if (!isPhone(v))
        return QCoreApplication::translate("cc::validation", "Use digits, spaces, +, - and parentheses only.");
    return {};
}

QString checkMarginPercent(double percent, MarginRule rule)
{
    if (!std::isfinite(percent))
        return QCoreApplication::translate("cc::validation", "Enter a number.");
    // The contract: "Should not be below 0 or above 999."
    if (percent < 0.0 || percent > 999.0)
        return QCoreApplication::translate("cc::validation", "Enter a percentage from 0 to 999.");
    if ((rule == MarginRule::Margin || rule == MarginRule::ErpMinusDiscount) && percent >= 100.0)
        return QCoreApplication::translate("cc::validation", "This rule needs a percentage below 100.");
    if (rule == MarginRule::SplitMargin && percent >= 200.0)
        return QCoreApplication::translate("cc::validation", "This rule needs a percentage below 200.");
    return {};
}

FieldErrors validate(const CustomerQuery &query)
{
    FieldErrors e;
    if (query.pageNumber < 1)
        add(e, QStringLiteral("pagenumber"), QCoreApplication::translate("cc::validation", "The page number starts at 1."));
    if (query.pageSize < 1 || query.pageSize > MaxPageSize)
        add(e, QStringLiteral("pagesize"),
            QCoreApplication::translate("cc::validation", "The page size must be between 1 and %1.").arg(MaxPageSize));
    add(e, QStringLiteral("searchvalue"), checkLength(query.searchValue, MaxSearchLength));
    return e;
}

FieldErrors validate(const MicrosoftCustomerData &d, QStringView prefix)
{
    FieldErrors e;
    const QString p = prefix.isEmpty() ? QString() : prefix.toString() + u'.';
    static const QRegularExpression domainRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,62}(\\.[A-Za-z0-9-]{1,63})*$"));
    if (d.domain.trimmed().isEmpty())
        add(e, p + u"domain", QCoreApplication::translate("cc::validation", "Required."));
    else if (!domainRe.match(d.domain.trimmed()).hasMatch())
        add(e, p + u"domain",
            QCoreApplication::translate("cc::validation",
                                        "Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com."));
    else
        add(e, p + u"domain", checkLength(d.domain, MaxNameLength));
    add(e, p + u"credentialsemail", checkEmail(d.credentialsEmail, false));
    if (d.acceptedMca) {
        if (!d.agreementDate.isValid())
            add(e, p + u"agreementdate",
                QCoreApplication::translate("cc::validation", "Required when the agreement was accepted."));
        else if (d.agreementDate > QDate::currentDate())
            add(e, p + u"agreementdate", QCoreApplication::translate("cc::validation", "The date cannot be in the future."));
    }
    if (!d.keepPrimaryInformation) {
        add(e, p + u"firstname", checkPersonName(d.firstName, true));
        add(e, p + u"lastname", checkPersonName(d.lastName, true));
        add(e, p + u"email", checkEmail(d.email, true));
        add(e, p + u"phone", checkPhone(d.phone, true));
    }
    static const QRegularExpression cultureRe(QStringLiteral("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"));
    if (!d.defaultCulture.isEmpty() && !cultureRe.match(d.defaultCulture).hasMatch())
        add(e, p + u"defaultculture", QCoreApplication::translate("cc::validation", "Use a culture name such as en-US."));
    if (!d.language.isEmpty() && !cultureRe.match(d.language).hasMatch())
        add(e, p + u"language", QCoreApplication::translate("cc::validation", "Use a language code such as en."));
    if (!d.associatedPartnerId.isEmpty()) {
        bool digits = true;
        for (QChar c : d.associatedPartnerId)
            digits = digits && c.isDigit();
        if (!digits)
            add(e, p + u"associatedpartnerid",
                QCoreApplication::translate("cc::validation", "The partner ID (MPN ID) has digits only."));
    }
    return e;
}

FieldErrors validate(const AddProviderInstanceRequest &r, bool microsoftInstance)
{
    FieldErrors e;
    if (r.providerInstanceId.isNull())
        add(e, QStringLiteral("providerinstanceid"),
            QCoreApplication::translate("cc::validation", "Choose a provider instance."));
    add(e, QStringLiteral("margin.value"), checkMarginPercent(r.margin.value, r.margin.rule));
    QSet<OfferType> seen;
    for (const auto &m : r.offerTypeMargins) {
        const QString path = u"offertypemargins[" + offerTypeName(m.offerType).toLower() + u']';
        if (seen.contains(m.offerType))
            add(e, path, QCoreApplication::translate("cc::validation", "This offer type already has a margin."));
        seen.insert(m.offerType);
        add(e, path + u".value", checkMarginPercent(m.margin.value, m.margin.rule));
    }
    if (microsoftInstance) {
        const auto data = MicrosoftCustomerData::fromJsonText(r.providerCustomerData);
        if (!data)
            add(e, QStringLiteral("providercustomerdata"),
                QCoreApplication::translate("cc::validation", "The Microsoft customer data is missing or not valid JSON."));
        else
            e.insert(validate(*data));
    } else if (!r.providerCustomerData.trimmed().isEmpty()) {
        QJsonParseError err{};
        QJsonDocument::fromJson(r.providerCustomerData.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            add(e, QStringLiteral("providercustomerdata"),
                QCoreApplication::translate("cc::validation", "Not valid JSON: %1 (at character %2).")
                    .arg(err.errorString())
                    .arg(err.offset));
    }
    return e;
}

FieldErrors validate(const McaUpdate &u, const QDate &today)
{
    FieldErrors e;
    if (u.providerInstanceId.isNull())
        add(e, QStringLiteral("providerinstanceid"),
            QCoreApplication::translate("cc::validation", "Choose a Microsoft provider instance."));
    if (!u.agreementDate.isValid())
        add(e, QStringLiteral("agreementdate"), QCoreApplication::translate("cc::validation", "Required."));
    else if (u.agreementDate > today)
        add(e, QStringLiteral("agreementdate"),
            QCoreApplication::translate("cc::validation", "The date cannot be in the future."));
    if (!u.keepPrimaryInformation) {
        add(e, QStringLiteral("firstname"), checkPersonName(u.firstName, true));
        add(e, QStringLiteral("lastname"), checkPersonName(u.lastName, true));
        add(e, QStringLiteral("email"), checkEmail(u.email, true));
        add(e, QStringLiteral("phone"), checkPhone(u.phone, true));
    }
    return e;
}

FieldErrors validate(const InternalIdentifierUpdate &u)
{
    FieldErrors e;
    add(e, QStringLiteral("internalidentifier"), checkLength(u.internalIdentifier, MaxInternalIdentifierLength));
    return e;
}

namespace {
void checkPaging(FieldErrors &e, int pageNumber, int pageSize)
{
    if (pageNumber < 1)
        add(e, QStringLiteral("pagenumber"), QCoreApplication::translate("cc::validation", "The page number starts at 1."));
    if (pageSize < 1 || pageSize > MaxPageSize)
        add(e, QStringLiteral("pagesize"),
            QCoreApplication::translate("cc::validation", "The page size must be between 1 and %1.").arg(MaxPageSize));
}
} // namespace

FieldErrors validate(const ResellerQuery &query)
{
    FieldErrors e;
    checkPaging(e, query.pageNumber, query.pageSize);
    add(e, QStringLiteral("searchvalue"), checkLength(query.searchValue, MaxSearchLength));
    // The contract: customerId "needs providerInstanceId too".
    if (!query.customerId.isNull() && query.providerInstanceId.isNull())
        add(e, QStringLiteral("providerinstanceid"),
            QCoreApplication::translate("cc::validation", "Choose the provider instance of the customer's relationship."));
    return e;
}

FieldErrors validate(const McaQuery &query)
{
    FieldErrors e;
    checkPaging(e, query.pageNumber, query.pageSize);
    add(e, QStringLiteral("searchvalue"), checkLength(query.searchValue, MaxSearchLength));
    if (query.excludeCompliant && query.status == McaStatus::AgreementCreated)
        add(e, QStringLiteral("status"),
            QCoreApplication::translate("cc::validation",
                                        "Compliant agreements are excluded: choose another status, or include them."));
    return e;
}

FieldErrors validate(const MarginsUpdate &u, const QList<OfferType> &offeredTypes)
{
    FieldErrors e;
    if (u.providerInstanceId.isNull())
        add(e, QStringLiteral("providerinstanceid"),
            QCoreApplication::translate("cc::validation", "Choose a provider instance."));
    add(e, QStringLiteral("margin.value"), checkMarginPercent(u.margin.value, u.margin.rule));
    QSet<OfferType> seen;
    for (const auto &m : u.offerTypeMargins) {
        const QString path = u"offertypemargins[" + offerTypeName(m.offerType).toLower() + u']';
        if (seen.contains(m.offerType))
            add(e, path, QCoreApplication::translate("cc::validation", "This offer type already has a margin."));
        else if (!offeredTypes.isEmpty() && !offeredTypes.contains(m.offerType))
            add(e, path, QCoreApplication::translate("cc::validation", "This provider instance does not sell this offer type."));
        seen.insert(m.offerType);
        add(e, path + u".value", checkMarginPercent(m.margin.value, m.margin.rule));
    }
    return e;
}

} // namespace cc::validation

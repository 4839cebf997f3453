#include "options.h"

#include <core/domain/validation.h>

#include <QCoreApplication>

namespace ccadmin {

std::optional<double> parsePercent(const QString &text, QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok); // C locale on purpose: scripts must not depend on the locale
    if (!ok || !std::isfinite(v)) {
        *error = QCoreApplication::translate("ccadmin", "'%1' is not a number (use a dot for decimals, e.g. 12.5).").arg(text);
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> parseDate(const QString &text, QString *error)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || text.trimmed().size() != 10) {
        *error = QCoreApplication::translate("ccadmin", "'%1' is not a date in the form YYYY-MM-DD.").arg(text);
        return std::nullopt;
    }
    return d;
}

std::optional<QUuid> parseUuid(const QString &text, QString *error)
{
    if (!cc::validation::isUuid(text.trimmed())) {
        *error =
            QCoreApplication::translate("ccadmin", "'%1' is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).").arg(text);
        return std::nullopt;
    }
    return QUuid::fromString(text.trimmed());
}

std::optional<cc::SearchField> parseSearchField(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == u"name")
        return cc::SearchField::CompanyName;
    if (t == u"domain")
        return cc::SearchField::Domain;
    if (t == u"internal-id")
        return cc::SearchField::InternalIdentifier;
    if (t == u"provider-customer-id")
        return cc::SearchField::ProviderCustomerId;
    *error = QCoreApplication::translate("ccadmin",
                                         "'%1' is not a search field: use name, domain, internal-id or provider-customer-id.")
                 .arg(text);
    return std::nullopt;
}

std::optional<cc::OfferTypeMargin> parseOfferTypeMargin(const QString &text, cc::MarginRule defaultRule, QString *error)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        *error = QCoreApplication::translate("ccadmin", "'%1' is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.").arg(text);
        return std::nullopt;
    }
    const auto type = cc::offerTypeFromName(QStringView(text).left(eq));
    if (!type) {
        QStringList names;
        for (auto t : cc::allOfferTypes())
            names << cc::offerTypeName(t);
        *error = QCoreApplication::translate("ccadmin", "'%1' is not an offer type: use one of %2.")
                     .arg(text.left(eq), names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QString rest = text.mid(eq + 1);
    cc::MarginRule rule = defaultRule;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        const auto r = cc::marginRuleFromName(QStringView(rest).mid(colon + 1));
        if (!r) {
            *error = QCoreApplication::translate(
                         "ccadmin", "'%1' is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.")
                         .arg(rest.mid(colon + 1));
            return std::nullopt;
        }
        rule = *r;
        rest = rest.left(colon);
    }
    const auto percent = parsePercent(rest, error);
    if (!percent)
        return std::nullopt;
    return cc::OfferTypeMargin{*type, {*percent, rule}};
}

} // namespace ccadmin

#include "requestbody.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace ccsandbox {

const QStringList OfferTypes = {
    QStringLiteral("License"),           QStringLiteral("LicenseLegacy"),   QStringLiteral("SoftwareSubscription"),
    QStringLiteral("PerpetualSoftware"), QStringLiteral("AzurePlan"),       QStringLiteral("AzureReservation"),
    QStringLiteral("AzureLegacy"),       QStringLiteral("AzureSavingsPlan")};
const QStringList MarginRules = {QStringLiteral("Markup"), QStringLiteral("Margin"), QStringLiteral("SplitMargin"),
                                 QStringLiteral("ErpMinusDiscount")};

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

bool isEmail(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    return re.match(s).hasMatch();
}

Body::Body(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        m_values.insert(it.key().toLower(), it.value());
}

QJsonValue Body::value(const char *name) const
{
    return m_values.value(QString::fromLatin1(name).toLower());
}

std::optional<QJsonObject> parseBody(const QByteArray &body, const QString &correlationId, Reply &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        FieldErrors e;
        e.add(
            QStringLiteral("$"),
            pe.error != QJsonParseError::NoError
                ? QStringLiteral("The JSON value could not be converted: %1 at position %2.").arg(pe.errorString()).arg(pe.offset)
                : QStringLiteral("The request body must be a JSON object."));
        error = validation(correlationId, e);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<MarginRec> readMargin(const QJsonValue &v, const QString &property, FieldErrors &errors)
{
    if (!v.isObject()) {
        errors.add(property, QStringLiteral("The margin is required."));
        return std::nullopt;
    }
    const Body b(v.toObject());
    MarginRec m;
    const QJsonValue value = b.value("value");
    if (!value.isDouble())
        errors.add(property + QStringLiteral(".Value"), QStringLiteral("The margin value must be a number."));
    m.value = value.toDouble();
    const QJsonValue rule = b.value("marginRule");
    QString name = rule.isObject() ? Body(rule.toObject()).value("name").toString() : QString();
    for (const QString &r : MarginRules)
        if (r.compare(name, Qt::CaseInsensitive) == 0)
            m.rule = r;
    if (m.rule.isEmpty())
        errors.add(property + QStringLiteral(".MarginRule.Name"),
                   name.isEmpty() ? QStringLiteral("The margin rule is required.")
                                  : QStringLiteral("'%1' is not a margin rule. Use Markup, Margin, SplitMargin or "
                                                   "ErpMinusDiscount.")
                                        .arg(name));
    if (!value.isDouble() || m.rule.isEmpty())
        return std::nullopt;
    const bool below = m.rule == u"Margin" || m.rule == u"ErpMinusDiscount" || m.rule == u"SplitMargin";
    const double limit = (m.rule == u"Margin" || m.rule == u"ErpMinusDiscount") ? 100.0
                         : m.rule == u"SplitMargin"                             ? 200.0
                                                                                : 999.0;
    if (m.value < 0.0 || (below ? m.value >= limit : m.value > limit))
        errors.add(property + QStringLiteral(".Value"),
                   below ? QStringLiteral("The %1 value must be at least 0 and below %2.").arg(m.rule).arg(limit)
                         : QStringLiteral("The %1 value must be between 0 and %2.").arg(m.rule).arg(limit));
    return m;
}

QDateTime parseDateTime(const QJsonValue &v)
{
    QDateTime dt = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

std::optional<int> intParam(const QUrlQuery &q, const char *name, int fallback, int min, int max, const QString &property,
                            FieldErrors &errors)
{
    const QString key = QString::fromLatin1(name);
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int v = q.queryItemValue(key).toInt(&ok);
    if (!ok || v < min || v > max) {
        errors.add(property, QStringLiteral("'%1' must be between %2 and %3.").arg(property).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> boolParam(const QUrlQuery &q, const char *name, bool fallback, const QString &property, FieldErrors &errors)
{
    const QString key = QString::fromLatin1(name);
    if (!q.hasQueryItem(key))
        return fallback;
    const QString v = q.queryItemValue(key).toLower();
    if (v == u"true")
        return true;
    if (v == u"false")
        return false;
    errors.add(property, QStringLiteral("The value '%1' is not valid.").arg(v));
    return std::nullopt;
}

} // namespace ccsandbox

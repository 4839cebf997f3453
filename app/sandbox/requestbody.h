#pragma once

// Reading what a request sends: JSON bodies bound as ASP.NET binds them (property names
// case-insensitive, unknown ones ignored), query parameters, and the value rules they share.
// Every problem is reported with the server's PascalCase field path.

#include "httpreply.h"
#include "sandboxdata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace ccsandbox {

extern const QStringList OfferTypes; // every offer type the contract names
extern const QStringList MarginRules;

bool isUuid(const QString &s);
bool isEmail(const QString &s);

// Case-insensitive view of a JSON object, as ASP.NET binds request bodies.
class Body
{
public:
    explicit Body(const QJsonObject &o);
    QJsonValue value(const char *name) const;

private:
    QHash<QString, QJsonValue> m_values;
};

// The request body as a JSON object, or a 400 ("$") in error.
std::optional<QJsonObject> parseBody(const QByteArray &body, const QString &correlationId, Reply &error);

// A Margin object ({value, marginRule: {name}}) with the rule's range; errors under property.
std::optional<MarginRec> readMargin(const QJsonValue &v, const QString &property, FieldErrors &errors);

// ASP.NET reads a date-time without an offset as unspecified; the sandbox takes it as UTC so
// that its answers do not depend on the machine's time zone.
QDateTime parseDateTime(const QJsonValue &v);

// A query parameter absent gives fallback; present and not valid, an error under property.
std::optional<int> intParam(const QUrlQuery &q, const char *name, int fallback, int min, int max, const QString &property,
                            FieldErrors &errors);
std::optional<bool> boolParam(const QUrlQuery &q, const char *name, bool fallback, const QString &property, FieldErrors &errors);

} // namespace ccsandbox

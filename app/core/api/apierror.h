#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cc {

// Field errors keyed by normalised property path (see normalizePropertyPath()).
using FieldErrors = QMap<QString, QStringList>;

// Lower-case, dotted, with [key] for dictionary entries, so that the server's PascalCase names and
// the client's own camelCase names meet at one key:
//   "FirstName", "firstName"                        -> "firstname"
//   "OfferTypeMargins[License].Value",
//   "offerTypeMargins.License.value"                -> "offertypemargins[license].value"
//   "ProviderCustomerData.Domain"                   -> "providercustomerdata.domain"
//   "$.margin.value", "request.margin.value"        -> "margin.value"
QString normalizePropertyPath(QStringView path);

// The one error value of the service layer.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Tls,
        Unauthorized,      // 401
        Forbidden,         // 403
        NotFound,          // 404
        Validation,        // 400, or a client-side check that stopped the request before it was sent
        Server,            // 5xx, 429 and other unexpected statuses
        MalformedResponse, // the body is not the documented shape
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when the request never reached the server
    bool clientSide = false; // true when our own validation refused to send the request
    // A write (POST, PATCH) that was sent, or may have been, and whose answer was lost: a reset or
    // timeout after sending, or a 2xx that could not be read. The server may or may not have acted
    // on it; the caller re-reads the resource to tell which, and never sends it again unasked.
    bool outcomeUnknown = false;
    QString type;            // envelope "type"
    QString description;     // envelope "description", or our own explanation
    QString correlationId;   // the X-Correlation-Id sent, or the envelope's
    QString detail;          // technical detail for "copy details" (never a URL with secrets)
    FieldErrors fieldErrors; // normalised path -> messages

    bool isError() const { return kind != Kind::None; }
    void addFieldError(QStringView path, const QString &message);

    // A one-line message in the UI language; never contains a URL, token or secret.
    QString message() const;
    // Multi-line text for the clipboard: message, status, correlation id, field errors.
    QString details() const;
    static QString kindName(Kind kind); // stable English identifier, e.g. "validation"
};

} // namespace cc

Q_DECLARE_METATYPE(cc::ApiError)

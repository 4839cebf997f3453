#include "apierror.h"

#include <QCoreApplication>
#include <QSet>

namespace cc {

namespace {

// Properties that are dictionaries in the contract: after them, a dotted segment is a key.
bool isDictionaryProperty(QStringView lowerName)
{
    return lowerName == u"offertypemargins" || lowerName == u"providercustomers";
}

} // namespace

namespace {
QString normalizeOnce(QStringView path)
{
    // "$", "$." and "$$." are JSON-path roots, not names; spaces around them go too (the fuzzer found
    // "$$x" and ".$<NEL>$x" normalising differently twice).
    QStringView p = path;
    for (;;) {
        p = p.trimmed();
        if (p.isEmpty() || (p.front() != u'$' && p.front() != u'.'))
            break;
        p = p.mid(1);
    }

    // Split into segments, remembering which were written as [key].
    struct Segment
    {
        QString name;
        bool indexed;
    };
    QList<Segment> segments;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            segments.append({current.toLower(), false});
        current.clear();
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'.') {
            flush();
        } else if (c == u'[') {
            flush();
            const qsizetype end = p.indexOf(u']', i + 1);
            QString key = (end < 0 ? p.mid(i + 1) : p.mid(i + 1, end - i - 1)).toString();
            // Brackets cannot be part of a key ("[a]b]" would not read back as the same path); a
            // key is kept exactly as written otherwise, quotes and outer spaces aside.
            key.remove(u'[');
            key = key.trimmed();
            while (key.size() >= 2 && (key.front() == u'\'' || key.front() == u'"') && key.back() == key.front())
                key = key.mid(1, key.size() - 2).trimmed();
            segments.append({key.toLower(), true});
            i = end < 0 ? p.size() : end;
        } else if (!c.isSpace() && c != u']') { // a stray ']' belongs to no name
            current.append(c);
        }
    }
    flush();

    QString out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        const bool asKey = s.indexed || (i > 0 && !segments.at(i - 1).indexed && isDictionaryProperty(segments.at(i - 1).name));
        if (asKey) {
            out += u'[' + s.name + u']';
        } else {
            if (!out.isEmpty())
                out += u'.';
            out += s.name;
        }
    }
    return out;
}
} // namespace

QString normalizePropertyPath(QStringView path)
{
    // Odd inputs (a stray "$" left once a bracket is dropped, say) may need a second pass; the key
    // is the fixed point, so normalising a key always gives the key back.
    QString key = normalizeOnce(path);
    for (int pass = 0; pass < 8; ++pass) {
        QString again = normalizeOnce(key);
        if (again == key)
            break;
        key = std::move(again);
    }
    return key;
}

void ApiError::addFieldError(QStringView path, const QString &message)
{
    fieldErrors[normalizePropertyPath(path)].append(message);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::Server: return QStringLiteral("server");
    case Kind::MalformedResponse: return QStringLiteral("malformed-response");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::message() const
{
    QString base;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Network:
        base = QCoreApplication::translate("cc::ApiError",
                                           "Could not reach the server. Check the address and your network connection.");
        break;
    case Kind::Timeout: base = QCoreApplication::translate("cc::ApiError", "The server did not answer in time."); break;
    case Kind::Tls:
        base = QCoreApplication::translate("cc::ApiError", "The secure connection to the server could not be established.");
        break;
    case Kind::Unauthorized:
        base = QCoreApplication::translate("cc::ApiError", "The server refused the credentials. Sign in again.");
        break;
    case Kind::Forbidden: base = QCoreApplication::translate("cc::ApiError", "You are not allowed to do this."); break;
    case Kind::NotFound:
        base = QCoreApplication::translate("cc::ApiError", "The server could not find what was asked for.");
        break;
    case Kind::Validation:
        base = clientSide ? QCoreApplication::translate("cc::ApiError", "Some fields need attention.")
                          : QCoreApplication::translate("cc::ApiError", "The server rejected the input.");
        break;
    case Kind::Server:
        base = httpStatus == 429
                   ? QCoreApplication::translate("cc::ApiError", "The server is busy. Try again in a moment.")
                   : QCoreApplication::translate("cc::ApiError", "The server reported an error (HTTP %1).").arg(httpStatus);
        break;
    case Kind::MalformedResponse:
        base = QCoreApplication::translate("cc::ApiError", "The server sent a response this app does not understand.");
        break;
    case Kind::Cancelled: base = QCoreApplication::translate("cc::ApiError", "Cancelled."); break;
    }
    if (outcomeUnknown) {
        // "Could not reach the server" would be untrue: the request went out.
        const QString why = kind == Kind::Timeout
                                ? QCoreApplication::translate("cc::ApiError", "The server did not answer in time.")
                            : kind == Kind::MalformedResponse
                                ? QCoreApplication::translate("cc::ApiError", "Its answer could not be read.")
                                : QCoreApplication::translate("cc::ApiError", "The connection closed before the answer came.");
        base =
            QCoreApplication::translate("cc::ApiError", "The answer to this change was lost: it may or may not have been made.") +
            u' ' + why;
    }
    if (!description.isEmpty() && kind != Kind::Cancelled)
        return base + u' ' + description;
    return base;
}

QString ApiError::details() const
{
    QStringList lines;
    lines << message();
    lines << QCoreApplication::translate("cc::ApiError", "Kind: %1").arg(kindName(kind));
    if (outcomeUnknown)
        lines << QCoreApplication::translate("cc::ApiError", "Outcome: unknown");
    if (httpStatus > 0)
        lines << QCoreApplication::translate("cc::ApiError", "HTTP status: %1").arg(httpStatus);
    if (!type.isEmpty())
        lines << QCoreApplication::translate("cc::ApiError", "Type: %1").arg(type);
    if (!correlationId.isEmpty())
        lines << QCoreApplication::translate("cc::ApiError", "Correlation ID: %1").arg(correlationId);
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral("; ")));
    if (!detail.isEmpty())
        lines << QCoreApplication::translate("cc::ApiError", "Detail: %1").arg(detail);
    return lines.join(u'\n');
}

} // namespace cc

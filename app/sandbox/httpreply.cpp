#include "httpreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace ccsandbox {

namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

} // namespace

void FieldErrors::add(const QString &property, const QString &message)
{
    for (auto &e : list) {
        if (e.first == property) {
            e.second << message;
            return;
        }
    }
    list.append({property, {message}});
}

Reply envelope(int status, const QString &correlationId, const QString &type, const QString &description,
               const FieldErrors &errors)
{
    QJsonObject o;
    o.insert(u"statusCode", status);
    o.insert(u"type", type);
    o.insert(u"description", description);
    o.insert(u"correlationId", correlationId);
    if (errors.isEmpty()) {
        o.insert(u"errors", QJsonValue(QJsonValue::Null));
    } else {
        QJsonArray list;
        for (const auto &e : errors.list) {
            QJsonObject item;
            item.insert(u"propertyName", e.first);
            item.insert(u"description", QJsonArray::fromStringList(e.second));
            list.append(item);
        }
        o.insert(u"errors", list);
    }
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

Reply validation(const QString &correlationId, const FieldErrors &errors)
{
    return envelope(400, correlationId, QStringLiteral("ValidationError"),
                    QStringLiteral("One or more validation errors occurred."), errors);
}

Reply notFound(const QString &correlationId, const QString &what)
{
    return envelope(404, correlationId, QStringLiteral("NotFound"), what);
}

Reply jsonString(int status, const QString &s)
{
    QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return {status, doc.mid(1, doc.size() - 2)};
}

Reply pagedJson(const QJsonArray &items, int pageNumber, int pageSize, qsizetype totalCount)
{
    const int totalPages = int((totalCount + pageSize - 1) / pageSize);
    QJsonObject o;
    o.insert(u"items", items);
    o.insert(u"paginationParameters",
             QJsonObject{{QStringLiteral("pageNumber"), pageNumber}, {QStringLiteral("pageSize"), pageSize}});
    o.insert(u"totalPages", totalPages);
    o.insert(u"totalCount", qint64(totalCount));
    o.insert(u"hasPreviousPage", pageNumber > 1);
    o.insert(u"hasNextPage", pageNumber < totalPages);
    o.insert(u"continuationToken", QJsonValue(QJsonValue::Null));
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

QByteArray responseHead(int status, qint64 length, const QString &correlationId, const QByteArray &extra)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
           "\r\nContent-Type: application/json; charset=utf-8\r\nX-Correlation-Id: " + correlationId.toLatin1() + "\r\n" + extra +
           "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

void writeReply(QTcpSocket *socket, const Reply &reply, const QString &correlationId)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + statusText(reply.status) + "\r\n";
    if (!reply.body.isEmpty())
        out += "Content-Type: application/json; charset=utf-8\r\n";
    if (!correlationId.isEmpty())
        out += "X-Correlation-Id: " + correlationId.toLatin1() + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    // Head and body apart: the body (often a cached page of megabytes) is queued without a copy.
    socket->write(out);
    socket->write(reply.body);
}

} // namespace ccsandbox

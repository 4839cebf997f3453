#pragma once

// HTTP plumbing of the sandbox: the answer a route gives, the ErrorResponse envelope every 4xx
// carries, and the one way an answer is written to a socket (fault injection writes its own).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QJsonArray;
class QTcpSocket;

namespace ccsandbox {

struct Reply
{
    int status = 200;
    QByteArray body;
};

// Field errors in the order they were found; a property named twice keeps one entry with both messages.
struct FieldErrors
{
    QList<QPair<QString, QStringList>> list;
    void add(const QString &property, const QString &message);
    bool isEmpty() const { return list.isEmpty(); }
};

Reply envelope(int status, const QString &correlationId, const QString &type, const QString &description,
               const FieldErrors &errors = {});
Reply validation(const QString &correlationId, const FieldErrors &errors);
Reply notFound(const QString &correlationId, const QString &what);
// A body that is one JSON string (the relationship link, a new provider customer's id).
Reply jsonString(int status, const QString &s);

// A page of the API's paged collection ({items, paginationParameters, totalPages, totalCount,
// hasPreviousPage, hasNextPage, continuationToken}); items is the requested page of totalCount.
Reply pagedJson(const QJsonArray &items, int pageNumber, int pageSize, qsizetype totalCount);

// Status line and headers of a JSON answer; extra is more header lines, each ending in CRLF.
QByteArray responseHead(int status, qint64 length, const QString &correlationId, const QByteArray &extra = {});
// Writes a route's answer (no Content-Type when there is no body).
void writeReply(QTcpSocket *socket, const Reply &reply, const QString &correlationId);

} // namespace ccsandbox

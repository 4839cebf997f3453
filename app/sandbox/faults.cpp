#include "faults.h"

#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace ccsandbox {

bool FaultInjector::add(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString text = spec.trimmed();
    Fault f;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        QString rate = text.mid(at + 1);
        text = text.left(at);
        bool ok = false;
        if (rate.endsWith(u'%')) {
            f.percent = rate.chopped(1).toInt(&ok);
            if (!ok || f.percent < 0 || f.percent > 100)
                return fail(QStringLiteral("'%1': a rate is 0% to 100%").arg(spec));
        } else {
            f.remaining = rate.toInt(&ok);
            if (!ok || f.remaining < 0)
                return fail(QStringLiteral("'%1': a count is a whole number").arg(spec));
        }
    }
    const QStringList parts = text.split(u':');
    static const QStringList routes = {QStringLiteral("customers"),   QStringLiteral("customer"),     QStringLiteral("instances"),
                                       QStringLiteral("link"),        QStringLiteral("add-instance"), QStringLiteral("mca"),
                                       QStringLiteral("internal-id"), QStringLiteral("margins"),      QStringLiteral("resellers"),
                                       QStringLiteral("reseller"),    QStringLiteral("mca-list"),     QStringLiteral("mca-read"),
                                       QStringLiteral("mca-refresh"), QStringLiteral("token"),        QStringLiteral("*")};
    if (parts.size() < 2 || !routes.contains(parts[0]))
        return fail(QStringLiteral("'%1': use ROUTE:KIND[:ARG][@RATE] with ROUTE one of %2")
                        .arg(spec, routes.join(QStringLiteral(", "))));
    f.route = parts[0];
    const QString kind = parts[1];
    auto number = [&](int index, int fallback, int min, int max) -> std::optional<int> {
        if (parts.size() <= index)
            return fallback;
        bool ok = false;
        const int v = parts[index].toInt(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        return v;
    };
    std::optional<int> a;
    if (kind == u"latency") {
        f.kind = Fault::Kind::Latency;
        a = number(2, 1000, 0, 600000);
    } else if (kind == u"status") {
        f.kind = Fault::Kind::Status;
        a = number(2, 500, 400, 599);
        const auto ra = number(3, 1, 0, 3600);
        if (!ra)
            return fail(QStringLiteral("'%1': Retry-After is 0 to 3600 seconds").arg(spec));
        f.arg2 = *ra;
    } else if (kind == u"malformed") {
        f.kind = Fault::Kind::Malformed;
        a = 0;
    } else if (kind == u"wrong-shape") {
        f.kind = Fault::Kind::WrongShape;
        a = 0;
    } else if (kind == u"truncated") {
        f.kind = Fault::Kind::Truncated;
        a = 0;
    } else if (kind == u"reset") {
        f.kind = Fault::Kind::Reset;
        a = 0;
    } else if (kind == u"slow") {
        f.kind = Fault::Kind::Slow;
        a = number(2, 1000, 1, 100000000);
    } else if (kind == u"oversized") {
        f.kind = Fault::Kind::Oversized;
        a = number(2, 512, 1, 4096);
    } else {
        return fail(QStringLiteral("'%1': KIND is latency, status, malformed, wrong-shape, truncated, reset, slow or "
                                   "oversized")
                        .arg(spec));
    }
    if (!a)
        return fail(QStringLiteral("'%1': the argument is out of range").arg(spec));
    f.arg = *a;
    m_faults.append(f);
    return true;
}

QString FaultInjector::routeOf(const QString &path, const QString &tokenPath)
{
    if (path.compare(tokenPath, Qt::CaseInsensitive) == 0)
        return QStringLiteral("token");
    const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
    if (seg.size() == 3 && seg[1].compare(u"Providers", Qt::CaseInsensitive) == 0)
        return QStringLiteral("instances");
    if (seg.size() >= 2 && seg[1].compare(u"Resellers", Qt::CaseInsensitive) == 0)
        return seg.size() == 2 ? QStringLiteral("resellers") : QStringLiteral("reseller");
    if (seg.size() == 2)
        return QStringLiteral("customers");
    if (seg.size() == 3) {
        if (seg[2].compare(u"relationship-acceptance", Qt::CaseInsensitive) == 0)
            return QStringLiteral("link");
        return seg[2].compare(u"mca", Qt::CaseInsensitive) == 0 ? QStringLiteral("mca-list") : QStringLiteral("customer");
    }
    if (seg.size() == 5 && seg[3].compare(u"margins", Qt::CaseInsensitive) == 0)
        return QStringLiteral("margins");
    if (seg.size() >= 6 && seg[5].compare(u"mca", Qt::CaseInsensitive) == 0)
        return seg.size() == 6 ? QStringLiteral("mca-read") : QStringLiteral("mca-refresh");
    if (seg.size() == 4) {
        const QString action = seg[3].toLower();
        if (action == u"provider-instances")
            return QStringLiteral("add-instance");
        if (action == u"microsoft-customer-agreement")
            return QStringLiteral("mca");
        if (action == u"internal-identifier")
            return QStringLiteral("internal-id");
    }
    return QStringLiteral("other");
}

std::optional<Fault> FaultInjector::pick(const QString &route)
{
    for (Fault &f : m_faults) {
        if (f.route != u"*" && f.route != route)
            continue;
        if (f.remaining == 0)
            continue;
        m_rng ^= m_rng << 13;
        m_rng ^= m_rng >> 7;
        m_rng ^= m_rng << 17;
        if (int(m_rng % 100) >= f.percent)
            continue;
        if (f.remaining > 0)
            --f.remaining;
        return f;
    }
    return std::nullopt;
}

void FaultInjector::apply(const Fault &f, QTcpSocket *socket, const Reply &reply, const QString &cid,
                          const std::function<void(QTcpSocket *)> &answered) const
{
    QPointer<QTcpSocket> s(socket);
    switch (f.kind) {
    case Fault::Kind::Latency:
        // A timer, not a sleep: every other connection is served while this answer waits.
        QTimer::singleShot(f.arg, socket, [s, reply, cid, answered] {
            if (s) {
                writeReply(s, reply, cid);
                answered(s);
            }
        });
        return;
    case Fault::Kind::Status: {
        QByteArray extra;
        if (f.arg == 503 || f.arg == 429)
            extra = "Retry-After: " + QByteArray::number(f.arg2) + "\r\n";
        socket->write(responseHead(f.arg, reply.body.size(), cid, extra) + reply.body);
        break;
    }
    case Fault::Kind::Malformed: {
        const QByteArray body = "{\"items\": [{\"id\": \"3f2b9c4e-8d1a";
        socket->write(responseHead(200, body.size(), cid) + body);
        break;
    }
    case Fault::Kind::WrongShape: {
        const QByteArray body = R"({"items":{"unexpected":true},"id":42,"totalCount":"many"})";
        socket->write(responseHead(200, body.size(), cid) + body);
        break;
    }
    case Fault::Kind::Truncated: {
        const QByteArray body = reply.body.isEmpty() ? QByteArray("{\"statusCode\":200}") : reply.body;
        socket->write(responseHead(reply.status, body.size(), cid) + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        break;
    }
    case Fault::Kind::Reset: socket->abort(); break;
    case Fault::Kind::Slow: {
        socket->write(responseHead(reply.status, reply.body.size(), cid));
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        const qsizetype chunk = std::max(1, f.arg / 20);
        QObject::connect(timer, &QTimer::timeout, socket, [s, timer, offset, chunk, body = reply.body, answered] {
            if (!s)
                return;
            s->write(body.mid(*offset, chunk));
            *offset += chunk;
            if (*offset >= body.size()) {
                timer->deleteLater();
                answered(s);
            }
        });
        timer->start(50);
        return;
    }
    case Fault::Kind::Oversized: {
        // Claims a huge body and sends its start: a client must stop reading, not grow without bound.
        const qint64 bytes = qint64(f.arg) * 1024 * 1024;
        socket->write(responseHead(200, bytes, cid) + "{\"items\":[" + QByteArray(64 * 1024, ' '));
        break;
    }
    }
    answered(socket);
}

} // namespace ccsandbox

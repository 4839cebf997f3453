#include "scriptedserver.h"

#include <QTcpSocket>

ScriptedServer::Step ScriptedServer::Step::respond(int status, const QByteArray &body,
                                                   const QMap<QByteArray, QByteArray> &headers)
{
    Step s;
    s.status = status;
    s.body = body;
    s.headers = headers;
    return s;
}

ScriptedServer::Step ScriptedServer::Step::hang()
{
    Step s;
    s.action = Action::Hang;
    return s;
}

ScriptedServer::Step ScriptedServer::Step::reset()
{
    Step s;
    s.action = Action::Reset;
    return s;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

bool ScriptedServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

std::optional<ScriptedServer::Request> ScriptedServer::takeRequest(QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    Request r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.path = first.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        r.headers.insert(name, value);
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return r;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto *buffer = new QByteArray;
        const int connection = ++m_connections;
        connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, connection] {
            buffer->append(socket->readAll());
            while (auto request = takeRequest(*buffer)) {
                request->connection = connection;
                m_requests.append(*request);
                const Step step = m_steps.isEmpty() ? m_default : m_steps.takeFirst();
                switch (step.action) {
                case Step::Action::Hang: return;
                case Step::Action::Reset: socket->abort(); return;
                case Step::Action::Respond: {
                    QByteArray out = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\n";
                    bool hasType = false;
                    for (auto it = step.headers.cbegin(); it != step.headers.cend(); ++it) {
                        out += it.key() + ": " + it.value() + "\r\n";
                        hasType = hasType || it.key().toLower() == "content-type";
                    }
                    if (!hasType && !step.body.isEmpty())
                        out += "Content-Type: application/json; charset=utf-8\r\n";
                    out += "Content-Length: " +
                           QByteArray::number(step.declaredLength >= 0 ? step.declaredLength : step.body.size()) + "\r\n\r\n";
                    out += step.body;
                    socket->write(out);
                    if (step.declaredLength >= 0 && step.declaredLength != step.body.size())
                        socket->disconnectFromHost();
                    break;
                }
                }
            }
        });
    }
}

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>

#include <optional>

// A loopback HTTP/1.1 peer that answers each request with the next scripted step, for faults the
// tests need exactly: a hang, a reset, garbage, a given status with given headers.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Step
    {
        enum class Action
        {
            Respond,
            Hang,
            Reset
        };
        Action action = Action::Respond;
        int status = 200;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        qint64 declaredLength = -1; // Content-Length to claim; -1: the body's size

        static Step respond(int status, const QByteArray &body, const QMap<QByteArray, QByteArray> &headers = {});
        static Step hang();
        static Step reset();
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        int connection = 0; // which accepted connection it came on, counted from 1
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    // Takes one whole request (headers and Content-Length body) off the front of what a connection
    // received, or nullopt while it is not all there yet.
    static std::optional<Request> takeRequest(QByteArray &buffer);
    bool start();
    QString url() const;

    void enqueue(const Step &step) { m_steps.append(step); }
    void setDefault(const Step &step) { m_default = step; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    QList<Step> m_steps;
    Step m_default = Step::respond(500, "{}");
    QList<Request> m_requests;
    int m_connections = 0;
};

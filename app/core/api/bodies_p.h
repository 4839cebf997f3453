#pragma once

// Internal: the bodies of CloudCockpitClient's requests and responses. What we send is read once
// only; what we receive is capped while it arrives and, for pages, read into reused buffers.

#include <QByteArray>
#include <QIODevice>

#include <functional>

class QNetworkReply;
class QObject;

namespace cc {

// The body of a POST or PATCH. It can be read once only, so that Qt's HTTP stack cannot send the
// request a second time on its own (it resends once when a connection drops before the answer,
// whatever the method): a write the server may have acted on must never be repeated unasked.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Buffers that large bodies (pages of customers) are read into and parsed from, reused: a fresh
// 2.5 MB buffer for each page costs more in page faults than the copy into it. Each keeps
// BodyPadding zero bytes past its end, so that the page reader (simdjson) parses it in place.
class BodyPool
{
public:
    static constexpr qsizetype BodyPadding = 64;

    static QByteArray take(qsizetype size);
    static void give(QByteArray &&b);
};

// Reads what the reply holds into a buffer from the pool.
QByteArray readPooled(QNetworkReply *reply);

// Aborts the reply as soon as it announces or delivers more than cap bytes (an endless body is
// cut, never buffered), after calling onTooLarge; the handler lives as long as receiver.
void capBody(QNetworkReply *reply, qint64 cap, QObject *receiver, std::function<void()> onTooLarge);

} // namespace cc

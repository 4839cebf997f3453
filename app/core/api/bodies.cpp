#include "bodies_p.h"

#include <QMutex>
#include <QNetworkReply>

#include <cstring>
#include <vector>

namespace cc {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(ReadOnly);
}

qint64 OneShotBody::readData(char *out, qint64 max)
{
    const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return m_data.isEmpty() || m_pos >= m_data.size() ? -1 : 0;
    memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

namespace {

QMutex &poolMutex()
{
    static QMutex m;
    return m;
}

std::vector<QByteArray> &freeBuffers()
{
    static std::vector<QByteArray> b;
    return b;
}

} // namespace

QByteArray BodyPool::take(qsizetype size)
{
    QByteArray b;
    {
        const QMutexLocker lock(&poolMutex());
        auto &free = freeBuffers();
        for (auto it = free.begin(); it != free.end(); ++it) {
            if (it->capacity() >= size + BodyPadding) {
                b = std::move(*it);
                free.erase(it);
                break;
            }
        }
    }
    if (b.capacity() < size + BodyPadding)
        b.reserve(size + size / 4 + BodyPadding);
    b.resize(size);
    std::memset(b.data() + size, 0, size_t(BodyPadding));
    return b;
}

void BodyPool::give(QByteArray &&b)
{
    if (!b.isDetached() || b.capacity() > (64 << 20))
        return;
    const QMutexLocker lock(&poolMutex());
    auto &free = freeBuffers();
    if (free.size() < 4)
        free.push_back(std::move(b));
}

QByteArray readPooled(QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0 || available > (1LL << 30))
        return reply->readAll();
    QByteArray body = BodyPool::take(qsizetype(available));
    const qint64 got = reply->read(body.data(), available);
    body.resize(qsizetype(std::max<qint64>(got, 0)));
    return body;
}

void capBody(QNetworkReply *reply, qint64 cap, QObject *receiver, std::function<void()> onTooLarge)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, receiver,
                     [reply, cap, onTooLarge = std::move(onTooLarge)](qint64 received, qint64 total) {
                         if (received > cap || total > cap) {
                             onTooLarge();
                             reply->abort();
                         }
                     });
}

} // namespace cc

#include "resellerdirectory.h"

#include <QCollator>

#include <algorithm>

ResellerDirectory::ResellerDirectory(QObject *parent)
    : QObject(parent)
{}

void ResellerDirectory::setLoading()
{
    m_state = State::Loading;
}

void ResellerDirectory::setFailed()
{
    // What was known stays: a failed refresh does not take names away.
    m_state = State::Failed;
    Q_EMIT changed();
}

void ResellerDirectory::setNames(const QHash<QUuid, QString> &names)
{
    m_names.clear();
    m_lowerUtf8.clear();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        // A name is data from the server: one line, no blank name hiding the ID.
        QString name = it.value().simplified();
        if (it.key().isNull() || name.isEmpty())
            continue;
        m_lowerUtf8.insert(it.key(), name.toLower().toUtf8());
        m_names.insert(it.key(), std::move(name));
    }
    m_state = State::Loaded;
    Q_EMIT changed();
}

void ResellerDirectory::clear()
{
    const bool had = !m_names.isEmpty();
    m_names.clear();
    m_lowerUtf8.clear();
    m_state = State::Empty;
    if (had)
        Q_EMIT changed();
}

QString ResellerDirectory::shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString ResellerDirectory::displayName(const QUuid &id) const
{
    const QString known = m_names.value(id);
    return known.isEmpty() ? shortId(id) : known;
}

QList<QUuid> ResellerDirectory::sortedByName(const QList<QUuid> &ids) const
{
    QList<QUuid> out;
    out.reserve(ids.size());
    for (const QUuid &id : ids)
        if (!id.isNull() && !out.contains(id))
            out << id;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(out.begin(), out.end(), [&](const QUuid &a, const QUuid &b) {
        // Named ones first: a short ID is a stand-in, not a name to sort among names.
        const bool an = m_names.contains(a), bn = m_names.contains(b);
        if (an != bn)
            return an;
        const int c = collator.compare(displayName(a), displayName(b));
        return c != 0 ? c < 0 : a.toString() < b.toString();
    });
    return out;
}

QSet<QUuid> ResellerDirectory::idsWhoseNameContains(QByteArrayView lowerUtf8) const
{
    QSet<QUuid> out;
    if (lowerUtf8.isEmpty())
        return out;
    for (auto it = m_lowerUtf8.cbegin(); it != m_lowerUtf8.cend(); ++it)
        if (QByteArrayView(it.value()).indexOf(lowerUtf8) >= 0)
            out.insert(it.key());
    return out;
}

#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

// The names of the tenant's resellers, read once per session (SessionController fills it: a CSP
// lists them all, a reseller user reads its own record) and asked by everything that shows a
// reseller: the list column and filter, the details, the link dialog, the forms. Until the names
// arrive, or when reading them failed, a reseller shows as the first 8 hex digits of its ID, as
// before; changed() tells the views to show the names in place.
class ResellerDirectory final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Loading,
        Loaded,
        Failed
    };

    explicit ResellerDirectory(QObject *parent = nullptr);

    State state() const { return m_state; }
    void setLoading();
    void setFailed();
    // The names read from the server (id -> company name); replaces what was known.
    void setNames(const QHash<QUuid, QString> &names);
    void clear();

    // The reseller's name; empty when it is not known (yet).
    QString name(const QUuid &id) const { return m_names.value(id); }
    // What to show for a reseller: its name, or its short ID while the name is not known.
    QString displayName(const QUuid &id) const;
    static QString shortId(const QUuid &id);
    // Every reseller whose name is known.
    QList<QUuid> ids() const { return m_names.keys(); }
    // The ids by the name shown (locale-aware, case-insensitive), then by ID; repeats and null
    // ids dropped.
    QList<QUuid> sortedByName(const QList<QUuid> &ids) const;
    // The resellers whose lower-cased name contains the lower-cased UTF-8 text (the instant
    // filter's terms).
    QSet<QUuid> idsWhoseNameContains(QByteArrayView lowerUtf8) const;

Q_SIGNALS:
    void changed();

private:
    QHash<QUuid, QString> m_names;
    QHash<QUuid, QByteArray> m_lowerUtf8; // what the filter searches
    State m_state = State::Empty;
};

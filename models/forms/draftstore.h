#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

// Unsaved form input, kept so that nothing typed is lost when the app quits or crashes. Stored in
// QSettings under drafts/<form>/<customer>; the forms hold no secrets, and a draft never does.
class DraftStore
{
public:
    struct Draft
    {
        QString form;
        QUuid customerId;
        QString customerName;
        QDateTime savedAt;
        QJsonObject values;
    };
    static void save(const Draft &draft);
    static std::optional<Draft> load(const QString &form, const QUuid &customerId);
    static void remove(const QString &form, const QUuid &customerId);
    static QList<Draft> all();
};

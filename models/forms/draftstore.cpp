#include "draftstore.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
QString keyFor(const QString &form, const QUuid &customerId)
{
    return QStringLiteral("drafts/%1/%2").arg(form, customerId.toString(QUuid::WithoutBraces));
}
} // namespace

void DraftStore::save(const Draft &draft)
{
    QJsonObject o;
    o.insert(u"customerName", draft.customerName);
    o.insert(u"savedAt", draft.savedAt.toUTC().toString(Qt::ISODate));
    o.insert(u"values", draft.values);
    QSettings().setValue(keyFor(draft.form, draft.customerId), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &form, const QUuid &customerId)
{
    const QString text = QSettings().value(keyFor(form, customerId)).toString();
    if (text.isEmpty())
        return std::nullopt;
    // A draft that does not parse is dropped rather than trusted.
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Draft d;
    d.form = form;
    d.customerId = customerId;
    d.customerName = o.value(u"customerName").toString();
    d.savedAt = QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODate);
    d.values = o.value(u"values").toObject();
    return d;
}

void DraftStore::remove(const QString &form, const QUuid &customerId)
{
    QSettings().remove(keyFor(form, customerId));
}

QList<DraftStore::Draft> DraftStore::all()
{
    QSettings settings;
    QList<Draft> out;
    settings.beginGroup(QStringLiteral("drafts"));
    const QStringList forms = settings.childGroups();
    settings.endGroup();
    for (const QString &form : forms) {
        settings.beginGroup(QStringLiteral("drafts/") + form);
        const QStringList ids = settings.childKeys();
        settings.endGroup();
        for (const QString &id : ids)
            if (auto d = load(form, QUuid::fromString(id)))
                out << *d;
    }
    return out;
}

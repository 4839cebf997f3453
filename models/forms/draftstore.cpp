#include "draftstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

QString keyFor(const QString &form, const QUuid &customerId)
{
    return QStringLiteral("drafts/%1/%2").arg(form, customerId.toString(QUuid::WithoutBraces));
}

// Belt and braces: a form that one day holds a credential must not leak it into a plain file.
QJsonObject withoutSecrets(QJsonObject values)
{
    static const QRegularExpression secret(QStringLiteral("token|secret|password"), QRegularExpression::CaseInsensitiveOption);
    const QStringList keys = values.keys();
    for (const QString &key : keys)
        if (secret.match(key).hasMatch())
            values.remove(key);
    return values;
}

} // namespace

void DraftStore::save(const Draft &draft)
{
    if (draft.form.isEmpty() || draft.customerId.isNull())
        return;
    QJsonObject o;
    o.insert(u"customerName", draft.customerName);
    o.insert(u"savedAt", draft.savedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"values", withoutSecrets(draft.values));
    if (!draft.tenant.isEmpty())
        o.insert(u"tenant", draft.tenant);
    if (!draft.resellerId.isNull())
        o.insert(u"resellerId", draft.resellerId.toString(QUuid::WithoutBraces));
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
    d.savedAt = QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODateWithMs);
    d.values = o.value(u"values").toObject();
    d.tenant = o.value(u"tenant").toString();
    d.resellerId = QUuid::fromString(o.value(u"resellerId").toString());
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
    std::sort(out.begin(), out.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return out;
}

QList<DraftStore::Draft> DraftStore::all(const QString &tenant)
{
    QList<Draft> out = all();
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Draft &d) { return !d.tenant.isEmpty() && d.tenant.compare(tenant, Qt::CaseInsensitive) != 0; }),
              out.end());
    return out;
}

QString DraftStore::formTitle(const QString &form)
{
    if (form == u"internal-identifier")
        return QCoreApplication::translate("DraftStore", "internal identifier");
    if (form == u"microsoft-customer-agreement")
        return QCoreApplication::translate("DraftStore", "Microsoft Customer Agreement");
    if (form == u"add-provider-instance")
        return QCoreApplication::translate("DraftStore", "provider instance");
    return form;
}

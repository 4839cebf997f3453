#include "draftstore.h"

#include "addproviderinstanceform.h"
#include "editmarginsform.h"
#include "internalidentifierform.h"
#include "mcaform.h"

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

// The forms the app has. The margins form has one draft per provider instance of a customer, so
// its name holds the instance ("edit-margins/<instance>"): each of those is listed here.
QStringList knownForms()
{
    QStringList forms{QString::fromUtf16(InternalIdentifierForm::Name), QString::fromUtf16(McaForm::Name),
                      QString::fromUtf16(AddProviderInstanceForm::Name)};
    QSettings settings;
    settings.beginGroup(QStringLiteral("drafts/") + QString::fromUtf16(EditMarginsForm::Name));
    const QStringList instances = settings.childGroups();
    settings.endGroup();
    // Read from the user's file: only instance IDs, and not without end.
    for (const QString &instance : instances.mid(0, DraftStore::MaxDrafts)) {
        const QUuid id = QUuid::fromString(instance);
        if (!id.isNull() && instance == id.toString(QUuid::WithoutBraces))
            forms << EditMarginsForm::formNameFor(id);
    }
    return forms;
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
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    QSettings settings;
    if (text.size() > MaxBytes) {
        // Not kept (load() would not take it back either); an older, smaller one would be stale.
        settings.remove(keyFor(draft.form, draft.customerId));
        return;
    }
    settings.setValue(keyFor(draft.form, draft.customerId), text);
    qsizetype stored = 0;
    for (const QString &form : knownForms()) {
        settings.beginGroup(QStringLiteral("drafts/") + form);
        stored += settings.childKeys().size();
        settings.endGroup();
    }
    if (stored > MaxDrafts)
        all(); // drops the oldest
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &form, const QUuid &customerId)
{
    const QVariant stored = QSettings().value(keyFor(form, customerId));
    // The settings file is the user's to edit or break: a draft that is not text, is too long, does
    // not parse or lacks what save() always writes is skipped rather than trusted.
    if (stored.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString text = stored.toString();
    if (text.isEmpty() || text.size() > MaxBytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(u"customerName").isString() || !o.value(u"values").isObject())
        return std::nullopt;
    Draft d;
    d.form = form;
    d.customerId = customerId;
    d.customerName = o.value(u"customerName").toString();
    d.savedAt = QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODateWithMs);
    d.values = o.value(u"values").toObject();
    d.tenant = o.value(u"tenant").toString();
    const QString reseller = o.value(u"resellerId").toString();
    d.resellerId = QUuid::fromString(reseller);
    if (!d.savedAt.isValid() || d.customerName.size() > MaxNameLength || d.tenant.size() > 253 ||
        (!reseller.isEmpty() && d.resellerId.isNull()))
        return std::nullopt;
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
    // Only the forms the app has: any other group under drafts/ is not ours to read.
    for (const QString &form : knownForms()) {
        settings.beginGroup(QStringLiteral("drafts/") + form);
        const QStringList ids = settings.childKeys();
        settings.endGroup();
        for (const QString &id : ids) {
            const QUuid customerId = QUuid::fromString(id);
            if (customerId.isNull())
                continue;
            if (auto d = load(form, customerId))
                out << *d;
        }
    }
    std::sort(out.begin(), out.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    // Kept: the newest MaxDrafts. The rest are dropped, so the file does not grow without end.
    for (qsizetype i = MaxDrafts; i < out.size(); ++i)
        settings.remove(keyFor(out.at(i).form, out.at(i).customerId));
    if (out.size() > MaxDrafts)
        out.resize(MaxDrafts);
    return out;
}

QList<DraftStore::Draft> DraftStore::all(const QString &tenant)
{
    QList<Draft> out = all();
    out.erase(
        std::remove_if(out.begin(), out.end(),
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
    if (!EditMarginsForm::instanceOfFormName(form).isNull())
        return QCoreApplication::translate("DraftStore", "margins");
    return form;
}

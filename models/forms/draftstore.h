#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

// Unsaved form input, kept so that nothing typed is lost when the app quits or crashes. Stored in
// QSettings under drafts/<form>/<customer>, written as the user types (debounced by FormModel) and
// removed when the form is saved or its changes are discarded. The forms hold no secrets; save()
// drops any value whose name says token, secret or password all the same.
// What is read back is bounded, since the settings file is the user's to edit: at most MaxDrafts
// drafts are kept (the oldest beyond are dropped), a draft longer than MaxBytes is neither kept
// nor read, and one that is malformed (not JSON, no date, a customer that is no UUID) is skipped.
class DraftStore
{
public:
    static constexpr qsizetype MaxDrafts = 200;
    static constexpr qsizetype MaxBytes = 64 * 1024; // UTF-16 code units of a draft's JSON text
    static constexpr qsizetype MaxNameLength = 1024;

    struct Draft
    {
        QString form; // FormModel::formName(), e.g. "microsoft-customer-agreement"
        QUuid customerId;
        QString customerName; // for "You have an unsaved ... for Contoso"
        QDateTime savedAt;    // UTC
        QJsonObject values;   // the form's own keys
        QString tenant;       // the tenant the customer lives in; empty: unknown
        QUuid resellerId;     // the customer's reseller, to read it back; null: direct
    };

    static void save(const Draft &draft);
    static std::optional<Draft> load(const QString &form, const QUuid &customerId);
    static void remove(const QString &form, const QUuid &customerId);
    // Every draft, newest first, at most MaxDrafts (dropping the rest from the settings); with a
    // tenant, only that tenant's (and those of unknown tenant).
    static QList<Draft> all();
    static QList<Draft> all(const QString &tenant);
    // "Microsoft Customer Agreement" for "microsoft-customer-agreement", in the UI language.
    static QString formTitle(const QString &form);
};

Q_DECLARE_METATYPE(DraftStore::Draft)

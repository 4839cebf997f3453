#pragma once

#include <core/api/cloudcockpitclient.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

// What every edit form's state shares, without a widget in sight: it owns the call to the client,
// refuses to send twice while a request runs, keeps every value on any failure, re-reads the
// customer after a success (so the list row and the details update in place), remembers whether
// something typed is unsaved, and keeps a draft of it as the user types (debounced), removed on
// success or discard. Dialogs bind widgets to a FormModel; tests can drive it directly.
//
// A write whose answer was lost (ApiError::outcomeUnknown) is neither a success nor a failure:
// the model says so (outcomeChecking), reads the customer back and compares it with what it sent
// (hasChange), then reports which (outcomeChecked). Applied ends like a save; not applied and
// still unknown keep every value. It never sends the write again by itself.
class FormModel : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Applied,
        NotApplied,
        StillUnknown
    };
    Q_ENUM(Outcome)

    FormModel(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session, QString formName,
              QObject *parent = nullptr);
    ~FormModel() override;

    cc::CloudCockpitClient *client() const { return m_client; }
    const cc::Customer &customer() const { return m_customer; }
    const cc::Session &session() const { return m_session; }
    // A CSP may act on the customer's reseller relationship too; a reseller only on its own.
    bool isCsp() const { return m_session.role != cc::Role::Reseller; }
    QString formName() const { return m_formName; }

    bool isDirty() const { return m_dirty; }
    bool isRunning() const { return m_running; }
    // The last submit met a session that only signing in again can fix (401, not renewable): the
    // draft stays when the form closes, so it reopens filled in.
    bool sessionEnded() const { return m_sessionEnded; }
    QString lastCorrelationId() const { return m_correlationId; }

    // The client-side rules, keyed by normalised property path.
    virtual cc::FieldErrors validate() const = 0;

    // Sends when every rule passes and nothing is running. Returns false when it did not send:
    // while a request runs (no double POST), or with submitFailed() carrying the client-side
    // field errors (clientSide true).
    bool submit();
    // Stops a running request silently (the form is closing).
    void cancel();

    // Loads this form's draft for the customer into the model (reloaded() follows); returns when
    // it was saved, or nothing when there is none.
    std::optional<QDateTime> restoreDraft();
    // The user threw away what they typed.
    void discardDraft();
    void saveDraftNow();
    static int draftDelayMs; // debounce of the draft while typing
    // The locale's short date format with a four-digit year ("12/31/2026", not "12/31/26"): a
    // two-digit year is read back into another century.
    static QString dateFormat();
    // The error for a date field whose text is not a date.
    static QString notADateMessage();

    // Microsoft instances need the list of provider instances; an empty list can be filled later.
    virtual void setProviderInstances(const QList<cc::ProviderInstance> &instances);
    QList<cc::ProviderInstance> providerInstances() const { return m_instances; }

Q_SIGNALS:
    void changed();  // a value changed, by the user or by a reload
    void reloaded(); // values changed from outside the widgets (draft, server): show them again
    void dirtyChanged(bool dirty);
    void runningChanged(bool running);
    void submitFailed(const cc::ApiError &error);
    void customerUpdated(const cc::Customer &customer);
    // After customerUpdated: what happened, for the user, and the write's correlation id.
    void saved(const QString &message, const QString &correlationId);
    // The write's answer was lost (error.outcomeUnknown): the customer is being read back.
    void outcomeChecking(const cc::ApiError &error);
    // What reading back found. readError is the read's own error when it failed (StillUnknown).
    void outcomeChecked(FormModel::Outcome outcome, const cc::ApiError &writeError, const cc::ApiError &readError);

protected:
    // Setters call this after storing a value the user typed.
    void touch();
    // Subclasses: start the call with the given options and `this` as the context, and call
    // complete() from its callback.
    virtual cc::CallHandle send(const cc::RequestOptions &options) = 0;
    void complete(const cc::ApiError &error); // kind None: success
    virtual QJsonObject draftValues() const = 0;
    virtual void applyDraft(const QJsonObject &values) = 0;
    // What the change does to the customer, when it cannot be read back after a success.
    virtual void applyTo(cc::Customer &customer) const = 0;
    // Whether the customer as read from the server holds what was sent (the fields are disabled
    // while a request runs, so the values are still the ones sent).
    virtual bool hasChange(const cc::Customer &fromServer) const = 0;
    // The relationship whose view of the customer shows the change (the internal identifier of a
    // reseller's relationship is only seen as that reseller).
    virtual QUuid checkRelationship() const { return {}; }
    // "Internal identifier of Contoso saved." and the like.
    virtual QString savedMessage() const = 0;
    bool isRestoring() const { return m_restoring; }
    // Writes a draft still waiting for its debounce, so nothing typed is lost when the form goes
    // away with the app. Subclasses call it from their destructors (draftValues() is theirs).
    void flushDraft();

    QList<cc::ProviderInstance> m_instances;

private:
    void setRunning(bool running);
    void checkOutcome(const cc::ApiError &writeError);
    void finishSaved(std::optional<cc::Customer> fromServer, bool afterUnknown);

    QPointer<cc::CloudCockpitClient> m_client;
    cc::Customer m_customer;
    cc::Session m_session;
    QString m_formName;
    QTimer *m_draftTimer;
    cc::CallHandle m_call;
    QString m_correlationId;
    bool m_dirty = false;
    bool m_restoring = false;
    bool m_sessionEnded = false;
    bool m_running = false;
};

// The four contact fields of a Microsoft Customer Agreement: when "keep primary contact
// information" is on they show the customer's primary contact (read-only); when off, what the
// user typed, which survives switching back and forth.
struct ContactFields
{
    enum Field
    {
        FirstName,
        LastName,
        Email,
        Phone,
        Count
    };
    QString typed[Count];

    static QString primary(const cc::Customer &customer, Field field);
    QString shown(const cc::Customer &customer, bool keepPrimary, Field field) const
    {
        return keepPrimary ? primary(customer, field) : typed[field];
    }
    static QString key(Field field); // "firstname", also the path suffix
};

#pragma once

#include <draftstore.h>

#include <core/api/cloudcockpitclient.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class EditDialog;
class FormModel;
class SessionController;
class QWidget;

// Opens the edit forms (window-modal, deleted on close; the same form for the same customer is
// raised rather than opened twice), tells the app when a customer changed, and offers back at
// start-up the drafts of forms that were left unsaved.
class FormLauncher : public QObject
{
    Q_OBJECT
public:
    // Seam for tests: offers the drafts as one list, without blocking; called once per
    // restoreDrafts(), however many drafts there are. The list acts through restoreDraft() and
    // discardDrafts(); deciding later is doing nothing. The default shows a DraftsDialog.
    static std::function<void(FormLauncher *launcher, QWidget *parent, const QList<DraftStore::Draft> &drafts)> offerDrafts;

    explicit FormLauncher(cc::CloudCockpitClient *client, QObject *parent = nullptr);
    // Takes the client, the session and the provider instances from the desktop app's controller.
    explicit FormLauncher(SessionController *session, QObject *parent = nullptr);

    EditDialog *openInternalIdentifier(QWidget *parent, const cc::Customer &customer, const cc::Session &session);
    // With no instances, the forms read them from the server.
    EditDialog *openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer, const cc::Session &session,
                                               const QList<cc::ProviderInstance> &instances);
    EditDialog *openAddProviderInstance(QWidget *parent, const cc::Customer &customer, const cc::Session &session,
                                        const QList<cc::ProviderInstance> &instances);
    // The same with the SessionController's session and instances (or the client's session).
    EditDialog *openInternalIdentifier(QWidget *parent, const cc::Customer &customer);
    EditDialog *openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer);
    EditDialog *openAddProviderInstance(QWidget *parent, const cc::Customer &customer);

    // Offers the signed-in tenant's drafts (newest first, at most DraftStore::MaxDrafts) as one
    // list through offerDrafts; nothing when there are none.
    void restoreDrafts(QWidget *parent);
    // Reads the customer afresh and opens its form with the draft on top (draftNotRestored when
    // the customer cannot be read; the draft stays).
    void restoreDraft(QWidget *parent, const DraftStore::Draft &draft);
    void discardDrafts(const QList<DraftStore::Draft> &drafts);
    QList<DraftStore::Draft> drafts() const; // the signed-in tenant's

Q_SIGNALS:
    void customerUpdated(const cc::Customer &customer);
    // A form saved: a short confirmation for the user, and the write's correlation id.
    void saved(const QString &message, const QString &correlationId);
    // Restore could not read the customer (deleted, no longer visible, offline); the draft stays.
    void draftNotRestored(const DraftStore::Draft &draft, const cc::ApiError &error);

private:
    EditDialog *show(EditDialog *dialog, FormModel *model);
    EditDialog *existing(const QString &form, const QUuid &customerId) const;
    cc::Session currentSession() const;
    QList<cc::ProviderInstance> knownInstances() const;
    void fetchInstancesFor(FormModel *model);
    void openDraft(QWidget *parent, const DraftStore::Draft &draft, const cc::Customer &customer);

    QPointer<cc::CloudCockpitClient> m_client;
    QPointer<SessionController> m_session;
    QList<cc::ProviderInstance> m_instances;
    QHash<QString, QPointer<EditDialog>> m_open;
};

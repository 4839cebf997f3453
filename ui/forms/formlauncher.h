#pragma once

#include <draftstore.h>

#include <core/api/apierror.h>
#include <core/domain/types.h>

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
// start-up the drafts of forms that were left unsaved. It talks to the session only: the signed-in
// tenant, its provider instances (read once, by the session) and the customer a draft is for.
class FormLauncher : public QObject
{
    Q_OBJECT
public:
    // Seam for tests: offers the drafts as one list, without blocking; called once per
    // restoreDrafts(), however many drafts there are. The list acts through restoreDraft() and
    // discardDrafts(); deciding later is doing nothing. The default shows a DraftsDialog.
    static std::function<void(FormLauncher *launcher, QWidget *parent, const QList<DraftStore::Draft> &drafts)> offerDrafts;

    explicit FormLauncher(SessionController *session, QObject *parent = nullptr);

    // The forms for the session's tenant. Until the session has read the provider instances, the
    // forms that need them get them when it has.
    EditDialog *openInternalIdentifier(QWidget *parent, const cc::Customer &customer);
    EditDialog *openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer);
    EditDialog *openAddProviderInstance(QWidget *parent, const cc::Customer &customer);
    // The margins of the customer's relationship in one provider instance it is in.
    EditDialog *openEditMargins(QWidget *parent, const cc::Customer &customer, const QUuid &providerInstanceId);

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
    void fillInstances(FormModel *model);
    void openDraft(QWidget *parent, const DraftStore::Draft &draft, const cc::Customer &customer);

    QPointer<SessionController> m_session;
    QHash<QString, QPointer<EditDialog>> m_open;
};

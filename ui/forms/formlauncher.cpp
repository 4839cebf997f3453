#include "formlauncher.h"

#include "addproviderinstancedialog.h"
#include "draftsdialog.h"
#include "editmarginsdialog.h"
#include "internalidentifierdialog.h"
#include "mcadialog.h"

#include <sessioncontroller.h>

std::function<void(FormLauncher *, QWidget *, const QList<DraftStore::Draft> &)> FormLauncher::offerDrafts =
    [](FormLauncher *launcher, QWidget *parent, const QList<DraftStore::Draft> &drafts) {
        // Offered again after another sign-in, the open list is brought up to date, not doubled.
        DraftsDialog *dialog = parent ? parent->findChild<DraftsDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
        if (!dialog || !dialog->isVisible()) { // a closed one is on its way out (deleted on close)
            dialog = new DraftsDialog(parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QPointer<QWidget> guard(parent);
            QObject::connect(dialog, &DraftsDialog::restoreRequested, launcher,
                             [launcher, guard](const DraftStore::Draft &draft) { launcher->restoreDraft(guard, draft); });
            QObject::connect(dialog, &DraftsDialog::discardRequested, launcher, &FormLauncher::discardDrafts);
        }
        dialog->setDrafts(drafts);
        dialog->show();
        dialog->raise();
    };

namespace {
QString keyOf(const QString &form, const QUuid &customerId)
{
    return form + u'/' + customerId.toString(QUuid::WithoutBraces);
}
} // namespace

FormLauncher::FormLauncher(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

EditDialog *FormLauncher::existing(const QString &form, const QUuid &customerId) const
{
    EditDialog *d = m_open.value(keyOf(form, customerId));
    if (!d)
        return nullptr;
    d->raise();
    d->activateWindow();
    return d;
}

void FormLauncher::fillInstances(FormModel *model)
{
    if (!model->providerInstances().isEmpty() || !m_session->isSignedIn())
        return;
    // The session reads them (once, for every form and the link dialog); this form takes them
    // when they come. If they do not, the form says what is missing when the user submits.
    connect(
        m_session, &SessionController::providerInstancesChanged, model,
        [this, model] { model->setProviderInstances(m_session->providerInstances()); }, Qt::SingleShotConnection);
    m_session->refreshProviderInstances();
}

EditDialog *FormLauncher::show(EditDialog *dialog, FormModel *model)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResellerDirectory(m_session->resellerDirectory());
    const QString key = keyOf(model->formName(), model->customer().id);
    m_open.insert(key, dialog);
    connect(dialog, &QObject::destroyed, this, [this, key] { m_open.remove(key); });
    connect(dialog, &EditDialog::customerUpdated, this, &FormLauncher::customerUpdated);
    connect(dialog, &EditDialog::saved, this, &FormLauncher::saved);
    dialog->open();
    return dialog;
}

// The form models make the calls (models/forms); the launcher only hands them the session's client.
EditDialog *FormLauncher::openInternalIdentifier(QWidget *parent, const cc::Customer &customer)
{
    if (EditDialog *d = existing(QString::fromUtf16(InternalIdentifierForm::Name), customer.id))
        return d;
    auto *model = new InternalIdentifierForm(m_session->client(), customer, m_session->session());
    return show(new InternalIdentifierDialog(model, parent), model);
}

EditDialog *FormLauncher::openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer)
{
    if (EditDialog *d = existing(QString::fromUtf16(McaForm::Name), customer.id))
        return d;
    auto *model = new McaForm(m_session->client(), customer, m_session->session(), m_session->providerInstances());
    EditDialog *d = show(new McaDialog(model, parent), model);
    fillInstances(model);
    return d;
}

EditDialog *FormLauncher::openAddProviderInstance(QWidget *parent, const cc::Customer &customer)
{
    if (EditDialog *d = existing(QString::fromUtf16(AddProviderInstanceForm::Name), customer.id))
        return d;
    auto *model =
        new AddProviderInstanceForm(m_session->client(), customer, m_session->session(), m_session->providerInstances());
    EditDialog *d = show(new AddProviderInstanceDialog(model, parent), model);
    fillInstances(model);
    return d;
}

EditDialog *FormLauncher::openEditMargins(QWidget *parent, const cc::Customer &customer, const QUuid &providerInstanceId)
{
    if (EditDialog *d = existing(EditMarginsForm::formNameFor(providerInstanceId), customer.id))
        return d;
    auto *model = new EditMarginsForm(m_session->client(), customer, m_session->session(), providerInstanceId,
                                      m_session->providerInstances());
    EditDialog *d = show(new EditMarginsDialog(model, parent), model);
    fillInstances(model);
    return d;
}

QList<DraftStore::Draft> FormLauncher::drafts() const
{
    return DraftStore::all(m_session->session().tenant);
}

void FormLauncher::restoreDrafts(QWidget *parent)
{
    const QList<DraftStore::Draft> list = drafts();
    if (!list.isEmpty())
        offerDrafts(this, parent, list);
}

void FormLauncher::restoreDraft(QWidget *parent, const DraftStore::Draft &draft)
{
    QPointer<QWidget> guard(parent);
    // The customer as it is now: the form starts from fresh data and the draft on top.
    m_session->fetchCustomer(draft.customerId, this, [this, guard, draft](const cc::Result<cc::Customer> &r) {
        if (!r.ok()) {
            Q_EMIT draftNotRestored(draft, r.error());
            return;
        }
        openDraft(guard, draft, r.value());
    });
}

void FormLauncher::discardDrafts(const QList<DraftStore::Draft> &drafts)
{
    for (const DraftStore::Draft &draft : drafts)
        DraftStore::remove(draft.form, draft.customerId);
}

void FormLauncher::openDraft(QWidget *parent, const DraftStore::Draft &draft, const cc::Customer &customer)
{
    if (draft.form == InternalIdentifierForm::Name)
        openInternalIdentifier(parent, customer);
    else if (draft.form == McaForm::Name)
        openMicrosoftCustomerAgreement(parent, customer);
    else if (draft.form == AddProviderInstanceForm::Name)
        openAddProviderInstance(parent, customer);
    else if (const QUuid instance = EditMarginsForm::instanceOfFormName(draft.form);
             !instance.isNull() && customer.providerCustomer(instance))
        openEditMargins(parent, customer, instance);
}

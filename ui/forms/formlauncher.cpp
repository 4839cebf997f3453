#include "formlauncher.h"

#include "addproviderinstancedialog.h"
#include "draftsdialog.h"
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

FormLauncher::FormLauncher(cc::CloudCockpitClient *client, QObject *parent) : QObject(parent), m_client(client) {}

FormLauncher::FormLauncher(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_client(session ? session->client() : nullptr)
    , m_session(session)
{
}

cc::Session FormLauncher::currentSession() const
{
    if (m_session)
        return m_session->session();
    return m_client ? m_client->session() : cc::Session{};
}

QList<cc::ProviderInstance> FormLauncher::knownInstances() const
{
    if (m_session && !m_session->providerInstances().isEmpty())
        return m_session->providerInstances();
    return m_instances;
}

EditDialog *FormLauncher::existing(const QString &form, const QUuid &customerId) const
{
    EditDialog *d = m_open.value(keyOf(form, customerId));
    if (!d)
        return nullptr;
    d->raise();
    d->activateWindow();
    return d;
}

void FormLauncher::fetchInstancesFor(FormModel *model)
{
    if (!model->providerInstances().isEmpty() || !m_client || !m_client->session().signedIn)
        return;
    QPointer<FormModel> target(model);
    m_client->listProviderInstances(1, 2000, model, [this, target](const cc::Result<cc::ProviderInstancePage> &r) {
        if (!r.ok() || !target)
            return; // the form says what is missing when the user submits
        m_instances = r.value().items;
        target->setProviderInstances(m_instances);
    });
}

EditDialog *FormLauncher::show(EditDialog *dialog, FormModel *model)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = keyOf(model->formName(), model->customer().id);
    m_open.insert(key, dialog);
    connect(dialog, &QObject::destroyed, this, [this, key] { m_open.remove(key); });
    connect(dialog, &EditDialog::customerUpdated, this, &FormLauncher::customerUpdated);
    connect(dialog, &EditDialog::saved, this, &FormLauncher::saved);
    dialog->open();
    return dialog;
}

EditDialog *FormLauncher::openInternalIdentifier(QWidget *parent, const cc::Customer &customer, const cc::Session &session)
{
    if (EditDialog *d = existing(QString::fromUtf16(InternalIdentifierForm::Name), customer.id))
        return d;
    auto *model = new InternalIdentifierForm(m_client, customer, session);
    return show(new InternalIdentifierDialog(model, parent), model);
}

EditDialog *FormLauncher::openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer, const cc::Session &session,
                                                         const QList<cc::ProviderInstance> &instances)
{
    if (EditDialog *d = existing(QString::fromUtf16(McaForm::Name), customer.id))
        return d;
    if (!instances.isEmpty())
        m_instances = instances;
    auto *model = new McaForm(m_client, customer, session, instances);
    EditDialog *d = show(new McaDialog(model, parent), model);
    fetchInstancesFor(model);
    return d;
}

EditDialog *FormLauncher::openAddProviderInstance(QWidget *parent, const cc::Customer &customer, const cc::Session &session,
                                                  const QList<cc::ProviderInstance> &instances)
{
    if (EditDialog *d = existing(QString::fromUtf16(AddProviderInstanceForm::Name), customer.id))
        return d;
    if (!instances.isEmpty())
        m_instances = instances;
    auto *model = new AddProviderInstanceForm(m_client, customer, session, instances);
    EditDialog *d = show(new AddProviderInstanceDialog(model, parent), model);
    fetchInstancesFor(model);
    return d;
}

EditDialog *FormLauncher::openInternalIdentifier(QWidget *parent, const cc::Customer &customer)
{
    return openInternalIdentifier(parent, customer, currentSession());
}

EditDialog *FormLauncher::openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer)
{
    return openMicrosoftCustomerAgreement(parent, customer, currentSession(), knownInstances());
}

EditDialog *FormLauncher::openAddProviderInstance(QWidget *parent, const cc::Customer &customer)
{
    return openAddProviderInstance(parent, customer, currentSession(), knownInstances());
}

QList<DraftStore::Draft> FormLauncher::drafts() const
{
    return DraftStore::all(currentSession().tenant);
}

void FormLauncher::restoreDrafts(QWidget *parent)
{
    const QList<DraftStore::Draft> list = drafts();
    if (!list.isEmpty())
        offerDrafts(this, parent, list);
}

void FormLauncher::restoreDraft(QWidget *parent, const DraftStore::Draft &draft)
{
    if (!m_client)
        return;
    QPointer<QWidget> guard(parent);
    // The customer as it is now: the form starts from fresh data and the draft on top.
    m_client->getCustomer(draft.customerId, {}, this, [this, guard, draft](const cc::Result<cc::Customer> &r) {
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
}

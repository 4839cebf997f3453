#include "formlauncher.h"

#include "addproviderinstancedialog.h"
#include "internalidentifierdialog.h"
#include "mcadialog.h"

#include <sessioncontroller.h>

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

std::function<FormLauncher::DraftChoice(QWidget *, const DraftStore::Draft &)> FormLauncher::askAboutDraft =
    [](QWidget *parent, const DraftStore::Draft &draft) {
        QMessageBox box(QMessageBox::Question, FormLauncher::tr("Unsaved changes"),
                        FormLauncher::tr("You have an unsaved %1 for %2, from %3.")
                            .arg(DraftStore::formTitle(draft.form), draft.customerName,
                                 QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, parent);
        QPushButton *restore = box.addButton(FormLauncher::tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(FormLauncher::tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *later = box.addButton(FormLauncher::tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.setEscapeButton(later);
        box.exec();
        if (box.clickedButton() == restore)
            return DraftChoice::Restore;
        if (box.clickedButton() == discard)
            return DraftChoice::Discard;
        return DraftChoice::Later;
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
    QPointer<QWidget> guard(parent);
    for (const DraftStore::Draft &draft : drafts()) {
        switch (askAboutDraft(parent, draft)) {
        case DraftChoice::Discard:
            DraftStore::remove(draft.form, draft.customerId);
            break;
        case DraftChoice::Later:
            break;
        case DraftChoice::Restore:
            if (!m_client)
                break;
            // The customer as it is now: the form starts from fresh data and the draft on top.
            m_client->getCustomer(draft.customerId, {}, this, [this, guard, draft](const cc::Result<cc::Customer> &r) {
                if (!r.ok()) {
                    Q_EMIT draftNotRestored(draft, r.error());
                    return;
                }
                openDraft(guard, draft, r.value());
            });
            break;
        }
    }
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

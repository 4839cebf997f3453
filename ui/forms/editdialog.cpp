#include "editdialog.h"

#include "../banner.h"
#include "../fielderror.h"

#include <draftstore.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

std::function<bool(QWidget *)> EditDialog::confirmDiscard = [](QWidget *parent) {
    return QMessageBox::question(parent, EditDialog::tr("Discard changes?"),
                                 EditDialog::tr("You have changes that are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
};

EditDialog::EditDialog(SessionController *session, const cc::Customer &customer, QString formName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_formName(std::move(formName))
    , m_banner(new Banner(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(this))
    , m_submit(m_buttons->addButton(QDialogButtonBox::Save))
    , m_draftTimer(new QTimer(this))
{
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttons);
    connect(m_submit, &QPushButton::clicked, this, &EditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            DraftStore::save({m_formName, m_customer.id, m_customer.companyName, QDateTime::currentDateTimeUtc(), draftValues()});
    });
    updateSubmitText();
}

QWidget *EditDialog::field(QWidget *input, const QString &path)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    auto *error = new FieldError(input, box);
    v->addWidget(error);
    m_fields.insert(path, error);
    return box;
}

void EditDialog::markDirty()
{
    if (m_restoring)
        return;
    m_dirty = true;
    m_draftTimer->start();
    if (m_triedOnce)
        liveValidate();
}

void EditDialog::liveValidate()
{
    const cc::FieldErrors errors = validateInput();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto found = errors.constFind(it.key());
        it.value()->setError(found == errors.cend() ? QString() : found->join(u' '));
    }
    routeExtraErrors(errors);
    m_problems = 0;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        m_problems += m_fields.contains(it.key()) ? 1 : 0;
    m_problems += extraErrorCount();
    updateSubmitText();
}

int EditDialog::showErrors(const cc::FieldErrors &errors)
{
    QWidget *first = nullptr;
    int landed = 0;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->clearError();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (FieldError *f = m_fields.value(it.key())) {
            f->setError(it.value().join(u' '));
            ++landed;
            if (!first && f->input()->isVisibleTo(this))
                first = f->input();
        }
    }
    routeExtraErrors(errors);
    m_problems = landed + extraErrorCount();
    updateSubmitText();
    if (first)
        first->setFocus();
    return landed;
}

QString EditDialog::errorText(const QString &path) const
{
    const FieldError *f = m_fields.value(path);
    return f && f->isVisibleTo(const_cast<EditDialog *>(this)) ? f->text() : QString();
}

void EditDialog::updateSubmitText()
{
    m_submit->setText(m_problems > 0 ? tr("&Save (%n problem(s))", nullptr, m_problems) : tr("&Save"));
    m_submit->setEnabled(!m_submitting);
}

void EditDialog::submit()
{
    if (m_submitting)
        return; // no double POST
    m_triedOnce = true;
    m_banner->hide();
    const cc::FieldErrors errors = validateInput();
    if (!errors.isEmpty()) {
        const int landed = showErrors(errors);
        if (landed + extraErrorCount() == 0) {
            cc::ApiError e;
            e.kind = cc::ApiError::Kind::Validation;
            e.clientSide = true;
            e.fieldErrors = errors;
            m_banner->showError(e);
        }
        return;
    }
    showErrors({});
    m_submitting = true;
    updateSubmitText();
    m_submit->setText(tr("Saving…"));
    send(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void EditDialog::finishFailure(const cc::ApiError &error)
{
    m_submitting = false;
    if (error.kind == cc::ApiError::Kind::Unauthorized && !m_session->session().renewable) {
        // The session is over and only signing in again helps, which this modal form blocks: keep
        // the input as a draft, so the form comes back filled in once the user has signed in.
        m_keepDraftOnClose = true;
        DraftStore::save({m_formName, m_customer.id, m_customer.companyName, QDateTime::currentDateTimeUtc(), draftValues()});
        m_banner->showMessage(tr("Your session has ended. Close this form and sign in again: when you open it again, "
                                 "everything you typed is still here."));
        updateSubmitText();
        return;
    }
    // Every value stays as typed: the user fixes and resubmits.
    const int landed = showErrors(error.fieldErrors);
    int unmatched = 0;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        unmatched += m_fields.contains(it.key()) ? 0 : 1;
    if (landed == 0 || unmatched > 0 || error.kind != cc::ApiError::Kind::Validation)
        m_banner->showError(error);
    updateSubmitText();
}

void EditDialog::finishSuccess()
{
    DraftStore::remove(m_formName, m_customer.id);
    m_dirty = false;
    // Fresh data from the server, so the list and details show what it stored.
    m_call = m_session->fetchCustomer(m_customer.id, this, [this](const cc::Result<cc::Customer> &r) {
        m_submitting = false;
        if (r.ok())
            Q_EMIT customerUpdated(r.value());
        accept();
    });
}

void EditDialog::restoreDraftIfAny()
{
    const auto draft = DraftStore::load(m_formName, m_customer.id);
    if (!draft)
        return;
    m_restoring = true;
    restoreDraft(draft->values);
    m_restoring = false;
    m_dirty = true;
    m_banner->showMessage(tr("Restored what you typed on %1 and did not save.")
                              .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void EditDialog::reject()
{
    if (m_keepDraftOnClose) {
        QDialog::reject(); // the draft stays for after the new sign-in
        return;
    }
    if (m_dirty && !confirmDiscard(this))
        return;
    if (m_dirty)
        DraftStore::remove(m_formName, m_customer.id);
    m_dirty = false;
    QDialog::reject();
}

void EditDialog::done(int result)
{
    m_call.cancel();
    QDialog::done(result);
}

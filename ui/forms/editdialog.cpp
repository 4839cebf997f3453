#include "editdialog.h"

#include <core/i18n/translations.h>

#include "fielderrorbinder.h"

#include <accessibility.h>
#include <banner.h>
#include <resellerdirectory.h>

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

std::function<bool(QWidget *)> EditDialog::confirmDiscard = [](QWidget *parent) {
    return QMessageBox::question(parent, EditDialog::tr("Discard changes?"),
                                 EditDialog::tr("You have changes that are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
};

EditDialog::EditDialog(FormModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_banner(new Banner(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_buttons(new QDialogButtonBox(this))
    , m_submit(m_buttons->addButton(QDialogButtonBox::Save))
    , m_binder(new FieldErrorBinder(this, m_banner))
{
    m_model->setParent(this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    // Default (Return saves) only while there is something to send: see updateSubmit().
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_fields->setObjectName(QStringLiteral("formFields"));
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_buttons);
    connect(m_submit, &QPushButton::clicked, this, &EditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    connect(m_binder, &FieldErrorBinder::problemCountChanged, this, &EditDialog::updateSubmit);
    // Messages under fields wrap: make room for them on the next turn, when the layout knows.
    connect(m_binder, &FieldErrorBinder::problemCountChanged, this,
            [this] { QTimer::singleShot(0, this, &EditDialog::fitHeight); });
    connect(m_model, &FormModel::runningChanged, this, &EditDialog::updateSubmit);
    connect(m_model, &FormModel::submitFailed, this, &EditDialog::onFailed);
    connect(m_model, &FormModel::customerUpdated, this, &EditDialog::onUpdated);
    connect(m_model, &FormModel::saved, this, &EditDialog::saved);
    connect(m_model, &FormModel::outcomeChecking, this, &EditDialog::onOutcomeChecking);
    connect(m_model, &FormModel::outcomeChecked, this, &EditDialog::onOutcomeChecked);
    connect(m_model, &FormModel::dirtyChanged, this, &EditDialog::updateSubmit);
    connect(m_model, &FormModel::reloaded, this, &EditDialog::sync);
    m_binder->setValidator([this] { return m_model->validate(); });
    updateSubmit();
}

EditDialog::~EditDialog()
{
    // The fields lose focus as QDialog's destructor takes them down, after this one has run: the
    // binder must not ask a half-destroyed dialog's model for errors then (UBSan found it).
    m_binder->setValidator({});
}

bool EditDialog::isDirty() const
{
    return m_model->isDirty();
}

bool EditDialog::isSubmitting() const
{
    return m_model->isRunning();
}

QLayout *EditDialog::bind(QWidget *input, const QStringList &paths)
{
    return m_binder->bind(input, paths);
}

QLabel *EditDialog::addRow(QFormLayout *layout, const QString &label, QWidget *input, const QStringList &paths,
                           const QString &accessibleName)
{
    auto *l = new QLabel(label, this);
    accessibility::labelField(l, input);
    input->setAccessibleName(accessibleName); // where the platform takes it (not for a combo box on Linux)
    if (paths.isEmpty())
        layout->addRow(l, input);
    else
        layout->addRow(l, bind(input, paths));
    // The label sits on the input's line, not in the middle of input and error.
    if (auto *item = layout->itemAt(layout->rowCount() - 1, QFormLayout::LabelRole))
        item->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setContentsMargins(0, std::max(0, (input->sizeHint().height() - l->sizeHint().height()) / 2), 0, 0);
    return l;
}

void EditDialog::makeScrollable()
{
    if (m_scroll)
        return;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    layout->replaceWidget(m_fields, m_scroll);
    m_scroll->setWidget(m_fields);
    m_fields->setContentsMargins(0, 0, 6, 0); // room for the scroll bar
}

void EditDialog::showEvent(QShowEvent *event)
{
    // Return means Save wherever the focus is: no other button may take it, least of all Cancel,
    // which gets the focus while the fields are disabled under a running request.
    for (QPushButton *b : findChildren<QPushButton *>())
        if (b != m_submit)
            b->setAutoDefault(false);
    QDialog::showEvent(event);
    updateSubmit(); // the button box made Save the default as it showed: only when there is something to send
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        // After QDialog has shown: it would otherwise send the field a Tab focus, which selects
        // the whole text for the first key typed to replace.
        QMetaObject::invokeMethod(this, &EditDialog::focusFirstField, Qt::QueuedConnection);
    }
}

void EditDialog::focusFirstField()
{
    // The first field the user can type into or choose in, in tab order: QDialog would otherwise
    // give the focus to whatever it finds first, a button included.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!m_fields->isAncestorOf(w))
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || !w->isVisibleTo(this) || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractButton *>(w))
            continue; // Clear, Add row: not a field
        if (auto *e = qobject_cast<QLineEdit *>(w); e && e->isReadOnly())
            continue;
        w->setFocus(Qt::OtherFocusReason); // not Tab: the text is not selected
        return;
    }
}

void EditDialog::fitHeight()
{
    if (m_scroll || !isVisible() || !layout())
        return; // a scroll area takes what does not fit
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height()) {
        if (m_baseHeight == 0)
            m_baseHeight = height();
        resize(width(), needed);
    } else if (m_baseHeight > 0 && needed <= m_baseHeight && height() > m_baseHeight) {
        resize(width(), m_baseHeight); // the messages are gone: back to where it was
        m_baseHeight = 0;
    }
}

void EditDialog::sync()
{
    m_syncing = true;
    syncFromModel();
    m_syncing = false;
}

void EditDialog::finishSetup(const QSize &defaultSize)
{
    if (const auto savedAt = m_model->restoreDraft())
        m_banner->showMessage(tr("Restored what you typed on %1 and did not save.").arg(cc::i18n::formatDateTime(*savedAt)));
    else
        sync();
    if (m_scroll) {
        // The scroll area is for height: never as narrow as to scroll sideways, whatever the
        // language makes of the fields' widths (with room for the vertical scroll bar).
        m_scroll->setMinimumWidth(m_fields->minimumSizeHint().width() +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll));
    }
    QSize remembered = QSettings().value(QStringLiteral("forms/%1/size").arg(m_model->formName())).toSize();
    if (const QScreen *shownOn = screen()) // read from disk: never bigger than the screen
        remembered = remembered.boundedTo(shownOn->availableGeometry().size());
    resize(remembered.isValid() ? remembered.expandedTo(minimumSizeHint()) : defaultSize.expandedTo(sizeHint()));
    updateSubmit();
}

void EditDialog::updateSubmit()
{
    const int problems = m_binder->problemCount();
    if (m_model->isRunning())
        m_submit->setText(tr("Saving…"));
    else
        m_submit->setText(problems > 0 ? tr("&Save (%n problem(s))", nullptr, problems) : tr("&Save"));
    m_submit->setEnabled(!m_model->isRunning());
    m_fields->setEnabled(!m_model->isRunning());
    // Return in a field saves only when there is something to save: an unchanged form pressed
    // Return on is not a form saved. Nor is Save autoDefault then, or QDialog would make it the
    // default again as it shows.
    const bool somethingToSend = m_model->isDirty() && !m_model->isRunning();
    m_submit->setAutoDefault(somethingToSend);
    m_submit->setDefault(somethingToSend);
}

int EditDialog::showErrors(const cc::FieldErrors &errors)
{
    return m_binder->showFieldErrors(errors);
}

int EditDialog::showErrors(const cc::ApiError &error)
{
    return m_binder->showErrors(error);
}

QString EditDialog::errorText(const QString &path) const
{
    return m_binder->errorText(path);
}

void EditDialog::submit()
{
    if (m_model->isRunning())
        return; // no double POST
    m_binder->setLive(true);
    m_focusBeforeSubmit = focusWidget();
    if (m_model->validate().isEmpty() && !confirmSubmit())
        return;
    if (m_model->submit())
        m_banner->hide();
    updateSubmit();
}

void EditDialog::onFailed(const cc::ApiError &error)
{
    updateSubmit(); // the fields are enabled again before one of them takes focus
    if (m_model->sessionEnded()) {
        m_binder->clearErrors();
        m_banner->showMessage(tr("Your session has ended. Close this form and sign in again: when you open it again, "
                                 "everything you typed is still here."));
        return;
    }
    // Every value stays as typed: the user fixes and resubmits.
    m_binder->showErrors(error);
    QTimer::singleShot(0, this, &EditDialog::fitHeight); // the banner may have appeared
    if (m_binder->problemCount() == 0)
        restoreFocus();
    updateSubmit();
}

void EditDialog::restoreFocus()
{
    if (m_focusBeforeSubmit && m_focusBeforeSubmit->isEnabled())
        m_focusBeforeSubmit->setFocus(Qt::OtherFocusReason);
    else
        m_submit->setFocus(Qt::OtherFocusReason);
}

void EditDialog::onOutcomeChecking(const cc::ApiError &error)
{
    // Saving… stays on the button (nothing can be sent meanwhile); the banner says why.
    m_binder->clearErrors();
    m_banner->showMessage(tr("%1 Checking whether the server has the new value…").arg(error.message()));
    QTimer::singleShot(0, this, &EditDialog::fitHeight);
}

void EditDialog::onOutcomeChecked(FormModel::Outcome outcome, const cc::ApiError &writeError, const cc::ApiError &readError)
{
    updateSubmit();
    switch (outcome) {
    case FormModel::Outcome::Applied:
        m_banner->showMessage(tr("The server has the new value."));
        return; // customerUpdated follows and closes the form
    case FormModel::Outcome::NotApplied:
        m_banner->showMessage(tr("The change was not made: the server does not have it. What you typed is still here, "
                                 "and saving again is safe. (Correlation ID: %1)")
                                  .arg(writeError.correlationId));
        break;
    case FormModel::Outcome::StillUnknown: {
        cc::ApiError e = writeError;
        const QString more = tr("Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is "
                                "still here; look at the customer before saving again.")
                                 .arg(readError.message());
        e.description = e.description.isEmpty() ? more : e.description + u' ' + more;
        m_banner->showError(e);
        break;
    }
    }
    QTimer::singleShot(0, this, &EditDialog::fitHeight);
    restoreFocus();
}

void EditDialog::onUpdated(const cc::Customer &customer)
{
    Q_EMIT customerUpdated(customer);
    accept();
}

void EditDialog::reject()
{
    if (m_model->sessionEnded()) {
        m_model->cancel();
        QDialog::reject(); // the draft stays for after the new sign-in
        return;
    }
    if (m_model->isDirty() && !confirmDiscard(this))
        return;
    m_model->cancel();
    m_model->discardDraft();
    QDialog::reject();
}

void EditDialog::setResellerDirectory(const ResellerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &ResellerDirectory::changed, this, &EditDialog::labelRelationships);
    labelRelationships();
}

void EditDialog::setRelationshipCombo(QComboBox *combo)
{
    m_relationships = combo;
    labelRelationships();
}

void EditDialog::labelRelationships()
{
    if (!m_relationships)
        return;
    // The texts of the internal identifier form, where they were translated first.
    for (int i = 0; i < m_relationships->count(); ++i) {
        const QUuid r = m_relationships->itemData(i).toUuid();
        const QString name = m_directory ? m_directory->displayName(r) : ResellerDirectory::shortId(r);
        m_relationships->setItemText(
            i, r.isNull()
                   ? QCoreApplication::translate("InternalIdentifierDialog", "Our own relationship")
                   : QCoreApplication::translate("InternalIdentifierDialog", "The reseller's relationship (%1)").arg(name));
        m_relationships->setItemData(i, r.isNull() ? QVariant() : QVariant(r.toString(QUuid::WithoutBraces)), Qt::ToolTipRole);
    }
}

void EditDialog::done(int result)
{
    m_model->cancel();
    QSettings().setValue(QStringLiteral("forms/%1/size").arg(m_model->formName()), size());
    QDialog::done(result);
}

#include "mcadialog.h"

#include "datefield.h"

#include <banner.h>

#include <core/domain/validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

McaDialog::McaDialog(McaForm *model, QWidget *parent)
    : EditDialog(model, parent)
    , m_model(model)
    , m_instance(new QComboBox(this))
    , m_date(new DateField(this))
    , m_keep(new QCheckBox(tr("&Keep primary contact information"), this))
{
    setObjectName(QStringLiteral("mcaDialog"));
    setWindowTitle(tr("Microsoft Customer Agreement — %1").arg(model->customer().companyName));
    const char *names[ContactFields::Count] = {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"};
    for (int f = 0; f < ContactFields::Count; ++f) {
        m_contact[f] = new QLineEdit(this);
        m_contact[f]->setObjectName(QString::fromLatin1(names[f]));
        m_contact[f]->setMaxLength(4 * cc::validation::MaxNameLength);
    }
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_date->setObjectName(QStringLiteral("agreementDateEdit"));
    m_keep->setObjectName(QStringLiteral("keepPrimaryCheck"));
    m_keep->setAccessibleDescription(tr("When on, the agreement uses the customer's primary contact shown below"));
    // No maximum date: a future date is said to be wrong next to the field, not clamped.
    m_contact[ContactFields::Email]->setPlaceholderText(tr("name@example.com"));
    m_contact[ContactFields::Phone]->setPlaceholderText(tr("+1 425 555 0100"));

    addRow(form(), tr("&Provider instance:"), m_instance, {QStringLiteral("providerinstanceid")},
           tr("Microsoft provider instance"));
    addRow(form(), tr("Agreement da&te:"), m_date, {QStringLiteral("agreementdate")}, tr("Agreement date"));
    form()->addRow(QString(), m_keep);
    addRow(form(), tr("&First name:"), m_contact[ContactFields::FirstName], {QStringLiteral("firstname")}, tr("First name"));
    addRow(form(), tr("&Last name:"), m_contact[ContactFields::LastName], {QStringLiteral("lastname")}, tr("Last name"));
    addRow(form(), tr("&Email:"), m_contact[ContactFields::Email], {QStringLiteral("email")}, tr("Email"));
    addRow(form(), tr("P&hone:"), m_contact[ContactFields::Phone], {QStringLiteral("phone")}, tr("Phone"));

    whenEdited(m_instance, &QComboBox::currentIndexChanged,
               [this] { m_model->setInstanceId(m_instance->currentData().toUuid()); });
    whenEdited(m_date, &DateField::typedDateChanged, [this] { m_model->setAgreementDate(m_date->date()); });
    whenEdited(m_keep, &QCheckBox::toggled, [this] {
        m_model->setKeepPrimary(m_keep->isChecked());
        sync(); // the contact fields switch between the primary contact and what was typed
    });
    for (int f = 0; f < ContactFields::Count; ++f)
        whenEdited(m_contact[f], &QLineEdit::textEdited,
                   [this, f] { m_model->setContact(ContactFields::Field(f), m_contact[f]->text()); });
    connect(m_model, &McaForm::instancesChanged, this, &McaDialog::fillInstances);
    fillInstances();
    finishSetup(QSize(560, 0));
}

void McaDialog::fillInstances()
{
    const bool syncing = m_instance->signalsBlocked();
    m_instance->blockSignals(true);
    m_instance->clear();
    for (const auto &i : m_model->microsoftInstances())
        m_instance->addItem(i.displayName(), i.id);
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(m_model->instanceId())));
    m_instance->blockSignals(syncing);
    if (m_instance->count() == 0 && !m_model->providerInstances().isEmpty())
        banner()->showMessage(tr("This customer is in no Microsoft provider instance yet: add one first."));
}

void McaDialog::showContact()
{
    const bool keep = m_model->keepPrimary();
    for (int f = 0; f < ContactFields::Count; ++f) {
        const QString shown = m_model->contact(ContactFields::Field(f));
        if (m_contact[f]->text() != shown)
            m_contact[f]->setText(shown);
        m_contact[f]->setReadOnly(keep);
    }
}

void McaDialog::syncFromModel()
{
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(m_model->instanceId())));
    if (m_model->agreementDate().isValid()) // an invalid one is text the field still shows
        m_date->setDate(m_model->agreementDate());
    m_keep->setChecked(m_model->keepPrimary());
    showContact();
}

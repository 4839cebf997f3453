#include "addproviderinstancedialog.h"

#include "datefield.h"
#include "fielderrorbinder.h"
#include "fielderrordelegate.h"
#include "margineditors.h"

#include <accessibility.h>
#include <banner.h>

#include <offertypemarginmodel.h>

#include <core/domain/validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

// Cultures as "de-DE — Deutsch (Deutschland)", one per language and territory Qt knows.
void fillCultures(QComboBox *combo)
{
    QMap<QString, QString> cultures;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : locales) {
        if (l.language() == QLocale::C || l.territory() == QLocale::AnyTerritory)
            continue;
        const QString code = QLocale::languageToCode(l.language()) + u'-' + QLocale::territoryToCode(l.territory());
        if (code.size() > 10 || cultures.contains(code))
            continue;
        const QString language =
            l.nativeLanguageName().isEmpty() ? QLocale::languageToString(l.language()) : l.nativeLanguageName();
        const QString territory =
            l.nativeTerritoryName().isEmpty() ? QLocale::territoryToString(l.territory()) : l.nativeTerritoryName();
        cultures.insert(code, QStringLiteral("%1 — %2 (%3)").arg(code, language, territory));
    }
    for (auto it = cultures.cbegin(); it != cultures.cend(); ++it)
        combo->addItem(it.value(), it.key());
}

} // namespace

AddProviderInstanceDialog::AddProviderInstanceDialog(AddProviderInstanceForm *model, QWidget *parent)
    : EditDialog(model, parent)
    , m_model(model)
    , m_instance(new QComboBox(this))
    , m_reseller(new QComboBox(this))
    , m_dataStack(new QStackedWidget(this))
    , m_domain(new QLineEdit(this))
    , m_credentialsEmail(new QLineEdit(this))
    , m_acceptedMca(new QCheckBox(tr("The customer a&ccepted the Microsoft Customer Agreement"), this))
    , m_agreementDate(new DateField(this))
    , m_keepPrimary(new QCheckBox(tr("&Keep primary contact information"), this))
    , m_culture(new QComboBox(this))
    , m_language(new QLineEdit(this))
    , m_partnerId(new QLineEdit(this))
    , m_qualifications(new QLineEdit(this))
    , m_gdap(new QCheckBox(tr("Ena&ble GDAP"), this))
    , m_json(new QPlainTextEdit(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_example(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tableEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("addProviderInstanceDialog"));
    setWindowTitle(tr("Add provider instance — %1").arg(model->customer().companyName));
    makeScrollable();
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_reseller->setObjectName(QStringLiteral("relationshipCombo"));
    for (const QUuid &r : model->relationships())
        m_reseller->addItem(QString(), r);
    setRelationshipCombo(m_reseller); // by the reseller's name
    QLabel *relLabel = nullptr;
    addRow(form(), tr("&Provider instance:"), m_instance, {QStringLiteral("providerinstanceid")}, tr("Provider instance"));
    relLabel = addRow(form(), tr("&Relationship:"), m_reseller, {QStringLiteral("resellerid")}, tr("Relationship"));
    form()->setRowVisible(relLabel, m_reseller->count() > 1);

    m_dataStack->setObjectName(QStringLiteral("customerDataStack"));
    m_dataStack->addWidget(buildMicrosoftForm());
    m_dataStack->addWidget(buildJsonEditor());
    // The data form takes its own height; the margins table takes what is left.
    m_dataStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    form()->addRow(m_dataStack);

    // Price margin: percentage, rule, and what they make of a sample price.
    m_percent->setObjectName(QStringLiteral("marginPercentSpin"));
    m_rule->setObjectName(QStringLiteral("marginRuleCombo"));
    m_example->setObjectName(QStringLiteral("marginExampleLabel"));
    m_percent->setRange(-margins::InputLimit, margins::InputLimit); // the rules say 0 to 999, next to the field
    m_percent->setDecimals(2);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setAccessibleName(tr("Price margin percentage"));
    m_rule->setAccessibleName(tr("Margin rule"));
    margins::fillRules(m_rule);
    // The rule has a label of its own: a screen reader announces a combo box's label, never its
    // accessible name (see accessibility.h), and "Price margin" is the percentage's.
    auto *ruleLabel = new QLabel(tr("Rule:"), this);
    ruleLabel->setObjectName(QStringLiteral("marginRuleLabel"));
    accessibility::labelField(ruleLabel, m_rule);
    auto *marginRow = new QHBoxLayout;
    marginRow->addLayout(bind(m_percent, {QStringLiteral("margin.value"), QStringLiteral("margin")}));
    marginRow->addWidget(ruleLabel, 0, Qt::AlignTop);
    marginRow->addLayout(bind(m_rule, {QStringLiteral("margin.marginrule.name"), QStringLiteral("margin.marginrule")}), 1);
    marginRow->addWidget(m_example, 0, Qt::AlignTop);
    m_example->setContentsMargins(0, std::max(0, (m_percent->sizeHint().height() - m_example->sizeHint().height()) / 2), 0, 0);
    ruleLabel->setContentsMargins(m_example->contentsMargins());
    auto *marginLabel = new QLabel(tr("Price &margin:"), this);
    accessibility::labelField(marginLabel, m_percent);
    form()->addRow(marginLabel, marginRow);

    // Margins per offer type.
    OfferTypeMarginModel *margins = model->offerTypeMargins();
    m_table->setObjectName(QStringLiteral("offerTypeMarginTable"));
    m_table->setModel(margins);
    margins::setUpTable(m_table);
    m_table->setAccessibleName(tr("Margins per offer type"));
    m_table->setAccessibleDescription(tr("Leave empty to use the price margin for every offer type"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height());
    auto *add = new QPushButton(tr("Add ro&w"), this);
    auto *remove = new QPushButton(tr("Remo&ve row"), this);
    add->setObjectName(QStringLiteral("addMarginRowButton"));
    remove->setObjectName(QStringLiteral("removeMarginRowButton"));
    remove->setAccessibleDescription(tr("Removes the selected row (Delete)"));
    auto *tableButtons = new QVBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addLayout(binder()->bindCells(m_table, [margins](const QString &path) { return margins->indexForPath(path); },
                                            {QStringLiteral("offertypemargins")}),
                        1);
    tableRow->addLayout(tableButtons);
    m_tableEmpty->setObjectName(QStringLiteral("offerTypeMarginEmptyHint"));
    m_tableEmpty->setText(tr("No rows: the price margin applies to every offer type."));
    m_tableEmpty->setWordWrap(true);
    m_tableEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto *tableBox = new QVBoxLayout;
    tableBox->setSpacing(3);
    tableBox->addLayout(tableRow);
    tableBox->addWidget(m_tableEmpty);
    auto *tableLabel = new QLabel(tr("Margins per &offer type:"), this);
    accessibility::labelField(tableLabel, m_table);
    tableLabel->setWordWrap(true);
    form()->addRow(tableLabel, tableBox);
    if (auto *item = form()->itemAt(form()->rowCount() - 1, QFormLayout::LabelRole))
        item->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Widgets -> model.
    whenEdited(m_instance, &QComboBox::currentIndexChanged,
               [this] { m_model->setInstanceId(m_instance->currentData().toUuid()); });
    whenEdited(m_reseller, &QComboBox::currentIndexChanged,
               [this] { m_model->setResellerId(m_reseller->currentData().toUuid()); });
    for (QLineEdit *e : {m_domain, m_credentialsEmail, m_language, m_partnerId, m_qualifications})
        whenEdited(e, &QLineEdit::textEdited, [this] { pushMicrosoftData(); });
    for (QLineEdit *e : m_contact)
        whenEdited(e, &QLineEdit::textEdited, [this] { pushMicrosoftData(); });
    for (QCheckBox *c : {m_acceptedMca, m_gdap})
        whenEdited(c, &QCheckBox::toggled, [this] { pushMicrosoftData(); });
    whenEdited(m_keepPrimary, &QCheckBox::toggled, [this] {
        pushMicrosoftData();
        sync(); // the contact fields switch between the primary contact and what was typed
    });
    whenEdited(m_agreementDate, &DateField::typedDateChanged, [this] { pushMicrosoftData(); });
    whenEdited(m_culture, &QComboBox::currentIndexChanged, [this] { pushMicrosoftData(); });
    // The language most likely wanted is the culture's.
    connect(m_culture, &QComboBox::currentIndexChanged, this,
            [this] { m_language->setPlaceholderText(m_culture->currentData().toString().section(u'-', 0, 0)); });
    whenEdited(m_json, &QPlainTextEdit::textChanged, [this] { m_model->setJsonText(m_json->toPlainText()); });
    whenEdited(m_percent, &QDoubleSpinBox::valueChanged, [this] {
        m_model->setMargin({m_percent->value(), cc::MarginRule(m_rule->currentData().toInt())});
    });
    whenEdited(m_rule, &QComboBox::currentIndexChanged, [this] {
        m_model->setMargin({m_percent->value(), cc::MarginRule(m_rule->currentData().toInt())});
    });
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &AddProviderInstanceDialog::updateExample);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &AddProviderInstanceDialog::updateExample);
    connect(add, &QPushButton::clicked, this, &AddProviderInstanceDialog::addMarginRow);
    connect(remove, &QPushButton::clicked, this, &AddProviderInstanceDialog::removeMarginRow);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AddProviderInstanceDialog::removeMarginRow);
    auto showEmpty = [this, margins, remove] {
        m_tableEmpty->setVisible(margins->rowCount() == 0);
        remove->setEnabled(margins->rowCount() > 0);
    };
    connect(margins, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(margins, &QAbstractItemModel::rowsRemoved, this, showEmpty);
    connect(margins, &QAbstractItemModel::modelReset, this, showEmpty);
    showEmpty();
    connect(m_model, &AddProviderInstanceForm::instancesChanged, this, &AddProviderInstanceDialog::fillInstances);
    connect(m_model, &AddProviderInstanceForm::instanceChanged, this, &AddProviderInstanceDialog::showInstance);
    fillInstances();
    showInstance();
    finishSetup(QSize(760, 820));
}

OfferTypeMarginModel *AddProviderInstanceDialog::offerTypeMargins() const
{
    return m_model->offerTypeMargins();
}

QWidget *AddProviderInstanceDialog::buildMicrosoftForm()
{
    auto *box = new QGroupBox(tr("Microsoft customer data"), this);
    box->setObjectName(QStringLiteral("microsoftDataBox"));
    auto *ms = new QFormLayout(box);
    ms->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const char *names[ContactFields::Count] = {"msFirstNameEdit", "msLastNameEdit", "msEmailEdit", "msPhoneEdit"};
    for (int f = 0; f < ContactFields::Count; ++f) {
        m_contact[f] = new QLineEdit(this);
        m_contact[f]->setObjectName(QString::fromLatin1(names[f]));
    }
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_credentialsEmail->setObjectName(QStringLiteral("credentialsEmailEdit"));
    m_acceptedMca->setObjectName(QStringLiteral("acceptedMcaCheck"));
    m_agreementDate->setObjectName(QStringLiteral("msAgreementDateEdit"));
    m_keepPrimary->setObjectName(QStringLiteral("msKeepPrimaryCheck"));
    m_culture->setObjectName(QStringLiteral("cultureCombo"));
    m_language->setObjectName(QStringLiteral("languageEdit"));
    m_partnerId->setObjectName(QStringLiteral("partnerIdEdit"));
    m_qualifications->setObjectName(QStringLiteral("qualificationsEdit"));
    m_gdap->setObjectName(QStringLiteral("gdapCheck"));
    m_agreementDate->setDate(QDate::currentDate()); // no maximum: a future date gets an error, not clamped
    fillCultures(m_culture);
    m_domain->setPlaceholderText(tr("contoso (becomes contoso.onmicrosoft.com)"));
    m_credentialsEmail->setPlaceholderText(tr("admin@contoso.com"));
    m_partnerId->setPlaceholderText(tr("Digits only, e.g. 1234567"));
    m_qualifications->setPlaceholderText(tr("Comma-separated, e.g. Education"));

    const QString p = QStringLiteral("providercustomerdata.");
    addRow(ms, tr("Domai&n:"), m_domain, {p + u"domain"}, tr("Microsoft domain"));
    addRow(ms, tr("&Admin email:"), m_credentialsEmail, {p + u"credentialsemail"}, tr("Credentials email"));
    ms->addRow(QString(), bind(m_acceptedMca, p + u"acceptedmca"));
    addRow(ms, tr("Agreement da&te:"), m_agreementDate, {p + u"agreementdate"}, tr("Agreement date"));
    ms->addRow(QString(), bind(m_keepPrimary, p + u"keepprimaryinformation"));
    addRow(ms, tr("&First name:"), m_contact[ContactFields::FirstName], {p + u"firstname"}, tr("First name"));
    addRow(ms, tr("&Last name:"), m_contact[ContactFields::LastName], {p + u"lastname"}, tr("Last name"));
    addRow(ms, tr("&Email:"), m_contact[ContactFields::Email], {p + u"email"}, tr("Email"));
    addRow(ms, tr("P&hone:"), m_contact[ContactFields::Phone], {p + u"phone"}, tr("Phone"));
    addRow(ms, tr("C&ulture:"), m_culture, {p + u"defaultculture"}, tr("Default culture"));
    addRow(ms, tr("Lan&guage:"), m_language, {p + u"language"}, tr("Language"));
    addRow(ms, tr("Partner &ID:"), m_partnerId, {p + u"associatedpartnerid"}, tr("Associated partner ID"));
    addRow(ms, tr("&Qualifications:"), m_qualifications, {p + u"qualifications"}, tr("Qualifications"));
    ms->addRow(QString(), bind(m_gdap, p + u"enablegdap"));
    // Tab in the rows' order (the contact fields were made last, after the other members).
    const QList<QWidget *> chain{m_domain,
                                 m_credentialsEmail,
                                 m_acceptedMca,
                                 m_agreementDate,
                                 m_keepPrimary,
                                 m_contact[ContactFields::FirstName],
                                 m_contact[ContactFields::LastName],
                                 m_contact[ContactFields::Email],
                                 m_contact[ContactFields::Phone],
                                 m_culture,
                                 m_language,
                                 m_partnerId,
                                 m_qualifications,
                                 m_gdap};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    return box;
}

QWidget *AddProviderInstanceDialog::buildJsonEditor()
{
    auto *box = new QGroupBox(tr("Provider customer data"), this);
    box->setObjectName(QStringLiteral("jsonDataBox"));
    auto *layout = new QVBoxLayout(box);
    m_json->setObjectName(QStringLiteral("customerDataJsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setPlaceholderText(QStringLiteral("{\n  \"AccountId\": \"1234\"\n}"));
    m_json->setMinimumHeight(m_json->fontMetrics().lineSpacing() * 7);
    auto *label = new QLabel(tr("Customer data as a &JSON object (may be empty):"), box);
    accessibility::labelField(label, m_json);
    label->setWordWrap(true);
    m_json->setAccessibleName(tr("Provider customer data (JSON)"));
    layout->addWidget(label);
    layout->addLayout(bind(m_json, QStringLiteral("providercustomerdata")));
    // After a failed check has focused the editor, its cursor goes to where the JSON breaks.
    connect(m_model, &FormModel::submitFailed, this, [this] {
        const int at = m_model->jsonErrorPosition();
        if (at >= 0 && m_json->hasFocus() && !binder()->errorText(QStringLiteral("providercustomerdata")).isEmpty()) {
            QTextCursor c = m_json->textCursor();
            c.setPosition(std::min(at, int(m_json->toPlainText().size())));
            m_json->setTextCursor(c);
        }
    });
    return box;
}

void AddProviderInstanceDialog::fillInstances()
{
    const bool blocked = m_instance->blockSignals(true);
    m_instance->clear();
    for (const auto &i : m_model->availableInstances())
        m_instance->addItem(i.displayName(), i.id);
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(m_model->instanceId())));
    m_instance->blockSignals(blocked);
    if (m_instance->count() == 0 && !m_model->providerInstances().isEmpty())
        banner()->showMessage(tr("This customer is already in every provider instance."));
}

void AddProviderInstanceDialog::showInstance()
{
    m_dataStack->setCurrentIndex(m_model->isMicrosoft() || m_model->instanceId().isNull() ? 0 : 1);
    // A stacked widget is as tall as its tallest page: let only the page shown count.
    for (int i = 0; i < m_dataStack->count(); ++i)
        m_dataStack->widget(i)->setSizePolicy(i == m_dataStack->currentIndex()
                                                  ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                                  : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    m_dataStack->updateGeometry();
    const bool blocked = m_instance->blockSignals(true);
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(m_model->instanceId())));
    m_instance->blockSignals(blocked);
}

void AddProviderInstanceDialog::pushMicrosoftData()
{
    cc::MicrosoftCustomerData d;
    d.domain = m_domain->text().trimmed();
    d.credentialsEmail = m_credentialsEmail->text().trimmed();
    d.acceptedMca = m_acceptedMca->isChecked();
    d.agreementDate = m_agreementDate->date();
    d.keepPrimaryInformation = m_keepPrimary->isChecked();
    d.firstName = m_contact[ContactFields::FirstName]->text();
    d.lastName = m_contact[ContactFields::LastName]->text();
    d.email = m_contact[ContactFields::Email]->text();
    d.phone = m_contact[ContactFields::Phone]->text();
    d.defaultCulture = m_culture->currentData().toString();
    d.language = m_language->text().trimmed();
    d.associatedPartnerId = m_partnerId->text().trimmed();
    for (const QString &q : m_qualifications->text().split(u',', Qt::SkipEmptyParts))
        if (!q.trimmed().isEmpty())
            d.qualifications.append(q.trimmed());
    d.enableGdap = m_gdap->isChecked();
    m_model->setMicrosoftData(d);
    m_agreementDate->setEnabled(d.acceptedMca);
}

void AddProviderInstanceDialog::showContact()
{
    const cc::MicrosoftCustomerData d = m_model->microsoftData();
    const QString shown[ContactFields::Count] = {d.firstName, d.lastName, d.email, d.phone};
    for (int f = 0; f < ContactFields::Count; ++f) {
        if (m_contact[f]->text() != shown[f])
            m_contact[f]->setText(shown[f]);
        m_contact[f]->setReadOnly(d.keepPrimaryInformation);
    }
}

void AddProviderInstanceDialog::syncFromModel()
{
    showInstance();
    m_reseller->setCurrentIndex(std::max(0, m_reseller->findData(m_model->resellerId())));
    const cc::MicrosoftCustomerData d = m_model->microsoftData();
    auto setText = [](QLineEdit *e, const QString &t) {
        if (e->text() != t)
            e->setText(t);
    };
    setText(m_domain, d.domain);
    setText(m_credentialsEmail, d.credentialsEmail);
    m_acceptedMca->setChecked(d.acceptedMca);
    if (d.agreementDate.isValid())
        m_agreementDate->setDate(d.agreementDate);
    m_agreementDate->setEnabled(d.acceptedMca);
    m_keepPrimary->setChecked(d.keepPrimaryInformation);
    showContact();
    int culture = m_culture->findData(d.defaultCulture);
    if (culture < 0 && !d.defaultCulture.isEmpty()) {
        m_culture->addItem(d.defaultCulture, d.defaultCulture);
        culture = m_culture->count() - 1;
    }
    m_culture->setCurrentIndex(std::max(0, culture));
    m_language->setPlaceholderText(m_culture->currentData().toString().section(u'-', 0, 0));
    setText(m_language, d.language);
    setText(m_partnerId, d.associatedPartnerId);
    QStringList qualifications;
    for (const QJsonValue &q : d.qualifications)
        qualifications << q.toString();
    QStringList typed;
    for (const QString &q : m_qualifications->text().split(u',', Qt::SkipEmptyParts))
        if (!q.trimmed().isEmpty())
            typed << q.trimmed();
    if (typed != qualifications) // leaves "Education, " alone while it is being typed
        m_qualifications->setText(qualifications.join(QStringLiteral(", ")));
    m_gdap->setChecked(d.enableGdap);
    if (m_json->toPlainText() != m_model->jsonText())
        m_json->setPlainText(m_model->jsonText());
    m_percent->setValue(m_model->margin().value);
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(int(m_model->margin().rule))));
    updateExample();
}

void AddProviderInstanceDialog::updateExample()
{
    m_example->setText(
        tr("Example: %1").arg(OfferTypeMarginModel::example(cc::MarginRule(m_rule->currentData().toInt()), m_percent->value())));
}

void AddProviderInstanceDialog::addMarginRow()
{
    OfferTypeMarginModel *margins = offerTypeMargins();
    if (!margins->addRow()) {
        banner()->showMessage(margins->availableTypes().isEmpty()
                                  ? tr("Choose a provider instance first.")
                                  : tr("Every offer type of this instance already has a margin."));
        return;
    }
    const QModelIndex type = margins->index(margins->rowCount() - 1, OfferTypeMarginModel::Type);
    m_table->setFocus();
    m_table->setCurrentIndex(type);
    m_table->edit(type);
}

void AddProviderInstanceDialog::removeMarginRow()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    offerTypeMargins()->removeRow(row);
    m_table->setFocus();
}

#include "forms.h"

#include "../banner.h"

#include <offertypemarginmodel.h>

#include <core/domain/validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void fillRules(QComboBox *combo)
{
    for (cc::MarginRule r : cc::allMarginRules())
        combo->addItem(OfferTypeMarginModel::ruleDisplayName(r), int(r));
}

// Editors for the offer-type table: a combo that only offers unused types, a locale-aware
// percentage, a combo of rules.
class MarginDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        auto *model = const_cast<OfferTypeMarginModel *>(qobject_cast<const OfferTypeMarginModel *>(index.model()));
        switch (index.column()) {
        case OfferTypeMarginModel::Type: {
            auto *combo = new QComboBox(parent);
            const auto current = cc::OfferType(index.data(Qt::EditRole).toInt());
            combo->addItem(cc::offerTypeName(current), int(current));
            for (cc::OfferType t : model->unusedTypes())
                combo->addItem(cc::offerTypeName(t), int(t));
            return combo;
        }
        case OfferTypeMarginModel::Percent: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(-100, 1000);
            spin->setDecimals(2);
            spin->setSuffix(QStringLiteral(" %"));
            return spin;
        }
        case OfferTypeMarginModel::Rule: {
            auto *combo = new QComboBox(parent);
            fillRules(combo);
            return combo;
        }
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(index.data(Qt::EditRole).toDouble());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            model->setData(index, spin->value(), Qt::EditRole);
    }
};

QJsonObject lines(std::initializer_list<std::pair<const char *, QString>> items)
{
    QJsonObject o;
    for (const auto &[k, v] : items)
        o.insert(QLatin1StringView(k), v);
    return o;
}

} // namespace

// ---------------------------------------------------------------------------------------------

InternalIdentifierDialog::InternalIdentifierDialog(SessionController *session, const cc::Customer &customer, QWidget *parent)
    : EditDialog(session, customer, QStringLiteral("internal-identifier"), parent)
    , m_value(new QLineEdit(this))
    , m_relationship(new QComboBox(this))
{
    setObjectName(QStringLiteral("internalIdentifierDialog"));
    setWindowTitle(tr("Internal identifier — %1").arg(customer.companyName));
    m_value->setObjectName(QStringLiteral("internalIdentifierEdit"));
    m_value->setAccessibleName(tr("Internal identifier"));
    m_value->setMaxLength(1000); // longer than allowed on purpose: the rule says why, the field does not truncate
    m_value->setText(customer.internalIdentifier);
    m_value->setClearButtonEnabled(true);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    m_relationship->setAccessibleName(tr("Relationship"));
    m_relationship->addItem(tr("Our own relationship"), QUuid());
    const bool csp = session->session().role != cc::Role::Reseller;
    if (csp && !customer.resellerId.isNull())
        m_relationship->addItem(tr("The reseller's relationship (%1)").arg(customer.resellerId.toString(QUuid::WithoutBraces).left(8)),
                                customer.resellerId);
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(QStringLiteral("clearButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(field(m_value, QStringLiteral("internalidentifier")), 1);
    row->addWidget(clear, 0, Qt::AlignTop);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form()->addRow(valueLabel, row);
    auto *relLabel = new QLabel(tr("&Relationship:"), this);
    relLabel->setBuddy(m_relationship);
    form()->addRow(relLabel, field(m_relationship, QStringLiteral("resellerid")));
    relLabel->setVisible(m_relationship->count() > 1);
    m_relationship->setVisible(m_relationship->count() > 1);
    connect(clear, &QPushButton::clicked, m_value, &QLineEdit::clear);
    connect(m_value, &QLineEdit::textEdited, this, [this] { markDirty(); });
    connect(clear, &QPushButton::clicked, this, [this] { markDirty(); });
    connect(m_relationship, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    restoreDraftIfAny();
    resize(520, sizeHint().height());
}

cc::InternalIdentifierUpdate InternalIdentifierDialog::update() const
{
    cc::InternalIdentifierUpdate u;
    u.internalIdentifier = m_value->text().trimmed();
    u.resellerId = m_relationship->currentData().toUuid();
    return u;
}

cc::FieldErrors InternalIdentifierDialog::validateInput() const
{
    return cc::validation::validate(update());
}

void InternalIdentifierDialog::send(const QString &)
{
    m_call = session()->updateInternalIdentifier(customer().id, update(), this, [this](const cc::Result<cc::Done> &r) {
        if (r.ok())
            finishSuccess();
        else
            finishFailure(r.error());
    });
}

QJsonObject InternalIdentifierDialog::draftValues() const
{
    return lines({{"value", m_value->text()}, {"relationship", m_relationship->currentData().toUuid().toString()}});
}

void InternalIdentifierDialog::restoreDraft(const QJsonObject &v)
{
    m_value->setText(v.value(u"value").toString());
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(QUuid::fromString(v.value(u"relationship").toString()))));
}

// ---------------------------------------------------------------------------------------------

McaDialog::McaDialog(SessionController *session, const cc::Customer &customer, QWidget *parent)
    : EditDialog(session, customer, QStringLiteral("microsoft-customer-agreement"), parent)
    , m_instance(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_keep(new QCheckBox(tr("&Keep primary contact information"), this))
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mcaDialog"));
    setWindowTitle(tr("Microsoft Customer Agreement — %1").arg(customer.companyName));
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_date->setObjectName(QStringLiteral("agreementDateEdit"));
    m_keep->setObjectName(QStringLiteral("keepPrimaryCheck"));
    m_first->setObjectName(QStringLiteral("firstNameEdit"));
    m_last->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    for (const auto &i : session->providerInstances())
        if (i.isMicrosoft() && customer.providerCustomer(i.id))
            m_instance->addItem(i.displayName(), i.id);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_keep->setChecked(true);
    auto add = [this](const QString &label, QWidget *input, const QString &path, const QString &accessible) {
        auto *l = new QLabel(label, this);
        l->setBuddy(input);
        input->setAccessibleName(accessible);
        form()->addRow(l, field(input, path));
    };
    add(tr("&Provider instance:"), m_instance, QStringLiteral("providerinstanceid"), tr("Microsoft provider instance"));
    add(tr("Agreement &date:"), m_date, QStringLiteral("agreementdate"), tr("Agreement date"));
    form()->addRow(QString(), m_keep);
    add(tr("&First name:"), m_first, QStringLiteral("firstname"), tr("First name"));
    add(tr("&Last name:"), m_last, QStringLiteral("lastname"), tr("Last name"));
    add(tr("&Email:"), m_email, QStringLiteral("email"), tr("Email"));
    add(tr("P&hone:"), m_phone, QStringLiteral("phone"), tr("Phone"));
    if (m_instance->count() == 0)
        banner()->showMessage(tr("This customer is in no Microsoft provider instance yet: add one first."));
    connect(m_keep, &QCheckBox::toggled, this, [this] {
        applyKeep();
        markDirty();
    });
    for (QLineEdit *e : {m_first, m_last, m_email, m_phone})
        connect(e, &QLineEdit::textEdited, this, [this] { markDirty(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { markDirty(); });
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    applyKeep();
    restoreDraftIfAny();
    resize(560, sizeHint().height());
}

void McaDialog::applyKeep()
{
    QLineEdit *edits[4] = {m_first, m_last, m_email, m_phone};
    const QString primary[4] = {customer().firstName, customer().lastName, customer().email, customer().phone};
    const bool keep = m_keep->isChecked();
    for (int i = 0; i < 4; ++i) {
        if (keep) {
            if (!edits[i]->isReadOnly())
                m_typed[i] = edits[i]->text(); // what the user typed comes back when they untick
            edits[i]->setText(primary[i]);
        } else if (edits[i]->isReadOnly()) {
            edits[i]->setText(m_typed[i]);
        }
        edits[i]->setReadOnly(keep);
    }
}

cc::McaUpdate McaDialog::update() const
{
    cc::McaUpdate u;
    u.providerInstanceId = m_instance->currentData().toUuid();
    u.agreementDate = m_date->date();
    u.keepPrimaryInformation = m_keep->isChecked();
    if (!u.keepPrimaryInformation) {
        u.firstName = m_first->text().trimmed();
        u.lastName = m_last->text().trimmed();
        u.email = m_email->text().trimmed();
        u.phone = m_phone->text().trimmed();
    }
    return u;
}

cc::FieldErrors McaDialog::validateInput() const
{
    return cc::validation::validate(update(), QDate::currentDate());
}

void McaDialog::send(const QString &)
{
    m_call = session()->updateMicrosoftCustomerAgreement(customer().id, update(), this, [this](const cc::Result<cc::Done> &r) {
        if (r.ok())
            finishSuccess();
        else
            finishFailure(r.error());
    });
}

QJsonObject McaDialog::draftValues() const
{
    QJsonObject o = lines({{"instance", m_instance->currentData().toUuid().toString()},
                           {"date", m_date->date().toString(Qt::ISODate)},
                           {"first", m_keep->isChecked() ? m_typed[0] : m_first->text()},
                           {"last", m_keep->isChecked() ? m_typed[1] : m_last->text()},
                           {"email", m_keep->isChecked() ? m_typed[2] : m_email->text()},
                           {"phone", m_keep->isChecked() ? m_typed[3] : m_phone->text()}});
    o.insert(u"keep", m_keep->isChecked());
    return o;
}

void McaDialog::restoreDraft(const QJsonObject &v)
{
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(QUuid::fromString(v.value(u"instance").toString()))));
    m_date->setDate(QDate::fromString(v.value(u"date").toString(), Qt::ISODate));
    m_keep->setChecked(v.value(u"keep").toBool(true));
    const QString typed[4] = {v.value(u"first").toString(), v.value(u"last").toString(), v.value(u"email").toString(),
                              v.value(u"phone").toString()};
    QLineEdit *edits[4] = {m_first, m_last, m_email, m_phone};
    for (int i = 0; i < 4; ++i) {
        m_typed[i] = typed[i];
        if (!m_keep->isChecked())
            edits[i]->setText(typed[i]);
    }
}

// ---------------------------------------------------------------------------------------------

AddProviderInstanceDialog::AddProviderInstanceDialog(SessionController *session, const cc::Customer &customer, QWidget *parent)
    : EditDialog(session, customer, QStringLiteral("add-provider-instance"), parent)
    , m_instance(new QComboBox(this))
    , m_reseller(new QComboBox(this))
    , m_dataStack(new QStackedWidget(this))
    , m_domain(new QLineEdit(this))
    , m_credentialsEmail(new QLineEdit(this))
    , m_acceptedMca(new QCheckBox(tr("The customer &accepted the Microsoft Customer Agreement"), this))
    , m_agreementDate(new QDateEdit(this))
    , m_keepPrimary(new QCheckBox(tr("Use the &primary contact"), this))
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_culture(new QComboBox(this))
    , m_language(new QLineEdit(this))
    , m_partnerId(new QLineEdit(this))
    , m_qualifications(new QLineEdit(this))
    , m_gdap(new QCheckBox(tr("Enable &GDAP"), this))
    , m_json(new QPlainTextEdit(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_example(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tableError(new QLabel(this))
    , m_margins(new OfferTypeMarginModel(this))
{
    setObjectName(QStringLiteral("addProviderInstanceDialog"));
    setWindowTitle(tr("Add provider instance — %1").arg(customer.companyName));
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_json->setObjectName(QStringLiteral("customerDataJsonEdit"));
    m_percent->setObjectName(QStringLiteral("marginPercentSpin"));
    m_rule->setObjectName(QStringLiteral("marginRuleCombo"));
    m_table->setObjectName(QStringLiteral("offerTypeMarginTable"));
    m_tableError->setObjectName(QStringLiteral("offerTypeMarginError"));
    for (const auto &i : session->providerInstances())
        if (!customer.providerCustomer(i.id))
            m_instance->addItem(i.displayName(), i.id);
    const bool csp = session->session().role != cc::Role::Reseller;
    m_reseller->addItem(tr("Our own relationship"), QUuid());
    if (csp && !customer.resellerId.isNull())
        m_reseller->addItem(tr("The reseller's relationship (%1)").arg(customer.resellerId.toString(QUuid::WithoutBraces).left(8)),
                            customer.resellerId);

    auto *top = form();
    auto addTo = [this](QFormLayout *layout, const QString &label, QWidget *input, const QString &path, const QString &accessible) {
        auto *l = new QLabel(label, this);
        l->setBuddy(input);
        input->setAccessibleName(accessible);
        layout->addRow(l, path.isEmpty() ? input : field(input, path));
    };
    addTo(top, tr("&Provider instance:"), m_instance, QStringLiteral("providerinstanceid"), tr("Provider instance"));
    if (m_reseller->count() > 1)
        addTo(top, tr("&Relationship:"), m_reseller, QStringLiteral("resellerid"), tr("Relationship"));
    else
        m_reseller->hide();

    // Microsoft customer data
    auto *ms = new QWidget(this);
    auto *msForm = new QFormLayout(ms);
    msForm->setContentsMargins(0, 0, 0, 0);
    m_agreementDate->setCalendarPopup(true);
    m_agreementDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_agreementDate->setMaximumDate(QDate::currentDate());
    m_agreementDate->setDate(QDate::currentDate());
    m_keepPrimary->setChecked(true);
    m_gdap->setChecked(true);
    for (const char *c : {"en-US", "en-GB", "pt-PT", "pt-BR", "es-ES", "fr-FR", "de-DE", "it-IT", "nl-NL"}) {
        const QLocale l(QString::fromLatin1(c));
        m_culture->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(c), l.nativeLanguageName()), QString::fromLatin1(c));
    }
    m_culture->setCurrentIndex(std::max(0, m_culture->findData(customer.country == u"PT" ? QStringLiteral("pt-PT") : QStringLiteral("en-US"))));
    m_domain->setPlaceholderText(tr("contoso (becomes contoso.onmicrosoft.com)"));
    m_qualifications->setPlaceholderText(tr("Comma-separated, e.g. Education"));
    m_first->setText(customer.firstName);
    m_last->setText(customer.lastName);
    m_email->setText(customer.email);
    m_phone->setText(customer.phone);
    addTo(msForm, tr("&Domain:"), m_domain, QStringLiteral("providercustomerdata.domain"), tr("Microsoft domain"));
    addTo(msForm, tr("Admin &email:"), m_credentialsEmail, QStringLiteral("providercustomerdata.credentialsemail"), tr("Credentials email"));
    msForm->addRow(QString(), m_acceptedMca);
    addTo(msForm, tr("Agreement da&te:"), m_agreementDate, QStringLiteral("providercustomerdata.agreementdate"), tr("Agreement date"));
    msForm->addRow(QString(), m_keepPrimary);
    addTo(msForm, tr("First name:"), m_first, QStringLiteral("providercustomerdata.firstname"), tr("First name"));
    addTo(msForm, tr("Last name:"), m_last, QStringLiteral("providercustomerdata.lastname"), tr("Last name"));
    addTo(msForm, tr("Email:"), m_email, QStringLiteral("providercustomerdata.email"), tr("Email"));
    addTo(msForm, tr("Phone:"), m_phone, QStringLiteral("providercustomerdata.phone"), tr("Phone"));
    addTo(msForm, tr("C&ulture:"), m_culture, QStringLiteral("providercustomerdata.defaultculture"), tr("Default culture"));
    addTo(msForm, tr("La&nguage:"), m_language, QStringLiteral("providercustomerdata.language"), tr("Language"));
    addTo(msForm, tr("Partner &ID:"), m_partnerId, QStringLiteral("providercustomerdata.associatedpartnerid"), tr("Associated partner ID"));
    addTo(msForm, tr("&Qualifications:"), m_qualifications, QString(), tr("Qualifications"));
    msForm->addRow(QString(), m_gdap);
    auto *other = new QWidget(this);
    auto *otherLayout = new QVBoxLayout(other);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlainText(QStringLiteral("{\n}\n"));
    m_json->setAccessibleName(tr("Provider customer data (JSON)"));
    otherLayout->addWidget(new QLabel(tr("Provider customer data (JSON object):"), other));
    otherLayout->addWidget(field(m_json, QStringLiteral("providercustomerdata")));
    m_dataStack->addWidget(ms);
    m_dataStack->addWidget(other);
    top->addRow(m_dataStack);

    // Margins
    m_percent->setRange(-100, 1000);
    m_percent->setDecimals(2);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(10);
    fillRules(m_rule);
    auto *marginRow = new QHBoxLayout;
    marginRow->addWidget(field(m_percent, QStringLiteral("margin.value")));
    marginRow->addWidget(field(m_rule, QStringLiteral("margin.marginrule.name")), 1);
    marginRow->addWidget(m_example, 0, Qt::AlignTop);
    auto *marginLabel = new QLabel(tr("Price &margin:"), this);
    marginLabel->setBuddy(m_percent);
    m_percent->setAccessibleName(tr("Price margin percentage"));
    m_rule->setAccessibleName(tr("Margin rule"));
    top->addRow(marginLabel, marginRow);

    m_table->setModel(m_margins);
    m_table->setItemDelegate(new MarginDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setAccessibleName(tr("Margins per offer type"));
    m_table->setAccessibleDescription(tr("Leave empty to use the price margin for every offer type"));
    m_table->setMinimumHeight(120);
    auto *add = new QPushButton(tr("Add &row"), this);
    auto *remove = new QPushButton(tr("Remo&ve row"), this);
    add->setObjectName(QStringLiteral("addMarginRowButton"));
    remove->setObjectName(QStringLiteral("removeMarginRowButton"));
    auto *tableButtons = new QVBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(tableButtons);
    auto *tableBox = new QVBoxLayout;
    tableBox->addLayout(tableRow);
    m_tableError->setWordWrap(true);
    QPalette p = m_tableError->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    m_tableError->setPalette(p);
    m_tableError->hide();
    tableBox->addWidget(m_tableError);
    auto *tableLabel = new QLabel(tr("Margins per &offer type:"), this);
    tableLabel->setBuddy(m_table);
    top->addRow(tableLabel, tableBox);

    auto updateExample = [this] {
        const auto rule = cc::MarginRule(m_rule->currentData().toInt());
        const auto price = cc::applyMargin(rule, m_percent->value(), OfferTypeMarginModel::SamplePrice);
        m_example->setText(price ? tr("Example: %1 → %2").arg(QLocale().toString(OfferTypeMarginModel::SamplePrice, 'f', 2),
                                                             QLocale().toString(*price, 'f', 2))
                                 : tr("Example: not defined for this percentage"));
    };
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, updateExample);
    connect(m_rule, &QComboBox::currentIndexChanged, this, updateExample);
    updateExample();
    connect(add, &QPushButton::clicked, this, [this] {
        if (!m_margins->addRow())
            banner()->showMessage(tr("Every offer type of this instance already has a margin."));
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_margins->removeRow(m_table->currentIndex().row()); });
    connect(m_margins, &OfferTypeMarginModel::edited, this, [this] { markDirty(); });
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this] {
        onInstanceChanged();
        markDirty();
    });
    for (QLineEdit *e : {m_domain, m_credentialsEmail, m_first, m_last, m_email, m_phone, m_language, m_partnerId, m_qualifications})
        connect(e, &QLineEdit::textEdited, this, [this] { markDirty(); });
    for (QCheckBox *c : {m_acceptedMca, m_keepPrimary, m_gdap})
        connect(c, &QCheckBox::toggled, this, [this] { markDirty(); });
    connect(m_keepPrimary, &QCheckBox::toggled, this, [this](bool keep) {
        for (QLineEdit *e : {m_first, m_last, m_email, m_phone})
            e->setReadOnly(keep);
    });
    for (QLineEdit *e : {m_first, m_last, m_email, m_phone})
        e->setReadOnly(true);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] { markDirty(); });
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, [this] { markDirty(); });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    connect(m_culture, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    if (m_instance->count() == 0)
        banner()->showMessage(tr("This customer is already in every provider instance."));
    onInstanceChanged();
    restoreDraftIfAny();
    resize(700, 760);
}

std::optional<cc::ProviderInstance> AddProviderInstanceDialog::instance() const
{
    const QUuid id = m_instance->currentData().toUuid();
    for (const auto &i : session()->providerInstances())
        if (i.id == id)
            return i;
    return std::nullopt;
}

void AddProviderInstanceDialog::onInstanceChanged()
{
    const auto i = instance();
    m_dataStack->setCurrentIndex(i && i->isMicrosoft() ? 0 : 1);
    m_margins->setAvailableTypes(i ? i->offerTypes : QList<cc::OfferType>{});
}

cc::MicrosoftCustomerData AddProviderInstanceDialog::microsoftData() const
{
    cc::MicrosoftCustomerData d;
    d.domain = m_domain->text().trimmed();
    d.credentialsEmail = m_credentialsEmail->text().trimmed();
    d.acceptedMca = m_acceptedMca->isChecked();
    if (d.acceptedMca)
        d.agreementDate = m_agreementDate->date();
    d.keepPrimaryInformation = m_keepPrimary->isChecked();
    d.firstName = m_first->text().trimmed();
    d.lastName = m_last->text().trimmed();
    d.email = m_email->text().trimmed();
    d.phone = m_phone->text().trimmed();
    d.defaultCulture = m_culture->currentData().toString();
    d.language = m_language->text().trimmed();
    d.associatedPartnerId = m_partnerId->text().trimmed();
    for (const QString &q : m_qualifications->text().split(u',', Qt::SkipEmptyParts))
        d.qualifications.append(q.trimmed());
    d.enableGdap = m_gdap->isChecked();
    return d;
}

cc::AddProviderInstanceRequest AddProviderInstanceDialog::request() const
{
    cc::AddProviderInstanceRequest r;
    r.providerInstanceId = m_instance->currentData().toUuid();
    r.resellerId = m_reseller->currentData().toUuid();
    const auto i = instance();
    r.providerCustomerData = i && i->isMicrosoft() ? microsoftData().toJsonText() : m_json->toPlainText().trimmed();
    r.margin = {m_percent->value(), cc::MarginRule(m_rule->currentData().toInt())};
    r.offerTypeMargins = m_margins->margins();
    return r;
}

cc::FieldErrors AddProviderInstanceDialog::validateInput() const
{
    const auto i = instance();
    return cc::validation::validate(request(), i && i->isMicrosoft());
}

void AddProviderInstanceDialog::routeExtraErrors(const cc::FieldErrors &errors)
{
    QHash<QString, QString> table;
    QStringList summary;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!it.key().startsWith(u"offertypemargins"))
            continue;
        table.insert(it.key(), it.value().join(u' '));
        const QString type = it.key().section(u'[', 1).section(u']', 0, 0);
        summary << tr("%1: %2").arg(type, it.value().join(u' '));
    }
    m_margins->setErrors(table);
    m_tableErrors = int(table.size());
    m_tableError->setText(summary.join(u'\n'));
    m_tableError->setVisible(!summary.isEmpty());
    m_table->setAccessibleDescription(summary.isEmpty() ? tr("Leave empty to use the price margin for every offer type")
                                                        : summary.join(u' '));
}

void AddProviderInstanceDialog::send(const QString &)
{
    const auto i = instance();
    m_call = session()->addProviderInstance(customer().id, request(), i && i->isMicrosoft(), this,
                                            [this](const cc::Result<QString> &r) {
                                                if (r.ok())
                                                    finishSuccess();
                                                else
                                                    finishFailure(r.error());
                                            });
}

QJsonObject AddProviderInstanceDialog::draftValues() const
{
    QJsonObject o = lines({{"instance", m_instance->currentData().toUuid().toString()},
                           {"domain", m_domain->text()}, {"credentialsEmail", m_credentialsEmail->text()},
                           {"first", m_first->text()}, {"last", m_last->text()}, {"email", m_email->text()},
                           {"phone", m_phone->text()}, {"culture", m_culture->currentData().toString()},
                           {"language", m_language->text()}, {"partnerId", m_partnerId->text()},
                           {"qualifications", m_qualifications->text()}, {"json", m_json->toPlainText()},
                           {"agreementDate", m_agreementDate->date().toString(Qt::ISODate)}});
    o.insert(u"acceptedMca", m_acceptedMca->isChecked());
    o.insert(u"keepPrimary", m_keepPrimary->isChecked());
    o.insert(u"gdap", m_gdap->isChecked());
    o.insert(u"percent", m_percent->value());
    o.insert(u"rule", m_rule->currentData().toInt());
    QJsonArray rows;
    for (const auto &m : m_margins->margins())
        rows.append(QJsonObject{{QStringLiteral("type"), cc::offerTypeName(m.offerType)},
                                {QStringLiteral("value"), m.margin.value},
                                {QStringLiteral("rule"), cc::marginRuleName(m.margin.rule)}});
    o.insert(u"offerTypeMargins", rows);
    return o;
}

void AddProviderInstanceDialog::restoreDraft(const QJsonObject &v)
{
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(QUuid::fromString(v.value(u"instance").toString()))));
    onInstanceChanged();
    m_domain->setText(v.value(u"domain").toString());
    m_credentialsEmail->setText(v.value(u"credentialsEmail").toString());
    m_acceptedMca->setChecked(v.value(u"acceptedMca").toBool());
    m_agreementDate->setDate(QDate::fromString(v.value(u"agreementDate").toString(), Qt::ISODate));
    m_keepPrimary->setChecked(v.value(u"keepPrimary").toBool(true));
    m_first->setText(v.value(u"first").toString());
    m_last->setText(v.value(u"last").toString());
    m_email->setText(v.value(u"email").toString());
    m_phone->setText(v.value(u"phone").toString());
    m_culture->setCurrentIndex(std::max(0, m_culture->findData(v.value(u"culture").toString())));
    m_language->setText(v.value(u"language").toString());
    m_partnerId->setText(v.value(u"partnerId").toString());
    m_qualifications->setText(v.value(u"qualifications").toString());
    m_gdap->setChecked(v.value(u"gdap").toBool(true));
    m_json->setPlainText(v.value(u"json").toString());
    m_percent->setValue(v.value(u"percent").toDouble(10));
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(v.value(u"rule").toInt())));
    QList<cc::OfferTypeMargin> rows;
    for (const QJsonValue &r : v.value(u"offerTypeMargins").toArray()) {
        const auto type = cc::offerTypeFromName(r.toObject().value(u"type").toString());
        const auto rule = cc::marginRuleFromName(r.toObject().value(u"rule").toString());
        if (type && rule)
            rows.append({*type, {r.toObject().value(u"value").toDouble(), *rule}});
    }
    m_margins->setMargins(rows);
}

// ---------------------------------------------------------------------------------------------

EditDialog *FormLauncher::show(EditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditDialog::customerUpdated, this, &FormLauncher::customerUpdated);
    dialog->open();
    return dialog;
}

EditDialog *FormLauncher::openInternalIdentifier(QWidget *parent, const cc::Customer &customer)
{
    return show(new InternalIdentifierDialog(m_session, customer, parent));
}

EditDialog *FormLauncher::openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer)
{
    return show(new McaDialog(m_session, customer, parent));
}

EditDialog *FormLauncher::openAddProviderInstance(QWidget *parent, const cc::Customer &customer)
{
    return show(new AddProviderInstanceDialog(m_session, customer, parent));
}

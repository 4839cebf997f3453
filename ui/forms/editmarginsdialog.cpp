#include "editmarginsdialog.h"

#include "fielderrorbinder.h"
#include "margineditors.h"

#include <accessibility.h>
#include <banner.h>

#include <offertypemarginmodel.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

EditMarginsDialog::EditMarginsDialog(EditMarginsForm *model, QWidget *parent)
    : EditDialog(model, parent)
    , m_model(model)
    , m_instance(new QLabel(this))
    , m_relationship(new QComboBox(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_example(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tableEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("editMarginsDialog"));
    setWindowTitle(tr("Margins — %1").arg(model->customer().companyName));
    m_instance->setObjectName(QStringLiteral("instanceLabel"));
    m_instance->setTextFormat(Qt::PlainText);
    m_instance->setWordWrap(true);
    form()->addRow(tr("Provider instance:"), m_instance);

    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (const QUuid &r : model->relationships())
        m_relationship->addItem(QString(), r);
    setRelationshipCombo(m_relationship);
    QLabel *relLabel = addRow(form(), tr("&Relationship:"), m_relationship, {QStringLiteral("resellerid")}, tr("Relationship"));
    form()->setRowVisible(relLabel, m_relationship->count() > 1);

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
    // accessible name (see accessibility.h).
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

    // Margins per offer type: the add-provider-instance form's table.
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
    whenEdited(m_relationship, &QComboBox::currentIndexChanged,
               [this] { m_model->setResellerId(m_relationship->currentData().toUuid()); });
    whenEdited(m_percent, &QDoubleSpinBox::valueChanged, [this] { pushMargin(); });
    whenEdited(m_rule, &QComboBox::currentIndexChanged, [this] { pushMargin(); });
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &EditMarginsDialog::updateExample);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &EditMarginsDialog::updateExample);
    connect(add, &QPushButton::clicked, this, &EditMarginsDialog::addMarginRow);
    connect(remove, &QPushButton::clicked, this, &EditMarginsDialog::removeMarginRow);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EditMarginsDialog::removeMarginRow);
    auto showEmpty = [this, margins, remove] {
        m_tableEmpty->setVisible(margins->rowCount() == 0);
        remove->setEnabled(margins->rowCount() > 0);
    };
    connect(margins, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(margins, &QAbstractItemModel::rowsRemoved, this, showEmpty);
    connect(margins, &QAbstractItemModel::modelReset, this, showEmpty);
    showEmpty();
    finishSetup(QSize(680, 520));
}

void EditMarginsDialog::pushMargin()
{
    m_model->setMargin({m_percent->value(), cc::MarginRule(m_rule->currentData().toInt())});
}

void EditMarginsDialog::syncFromModel()
{
    m_instance->setText(m_model->instanceName());
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(m_model->resellerId())));
    m_percent->setValue(m_model->margin().value);
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(int(m_model->margin().rule))));
    updateExample();
}

void EditMarginsDialog::updateExample()
{
    m_example->setText(
        tr("Example: %1").arg(OfferTypeMarginModel::example(cc::MarginRule(m_rule->currentData().toInt()), m_percent->value())));
}

void EditMarginsDialog::addMarginRow()
{
    OfferTypeMarginModel *margins = m_model->offerTypeMargins();
    if (!margins->addRow()) {
        banner()->showMessage(margins->availableTypes().isEmpty()
                                  ? tr("The offer types of this provider instance are not known yet.")
                                  : tr("Every offer type of this instance already has a margin."));
        return;
    }
    const QModelIndex type = margins->index(margins->rowCount() - 1, OfferTypeMarginModel::Type);
    m_table->setFocus();
    m_table->setCurrentIndex(type);
    m_table->edit(type);
}

void EditMarginsDialog::removeMarginRow()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    m_model->offerTypeMargins()->removeRow(row);
    m_table->setFocus();
}

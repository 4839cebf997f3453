#include "margineditors.h"

#include <offertypemarginmodel.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace margins {

void fillRules(QComboBox *combo)
{
    for (cc::MarginRule r : cc::allMarginRules())
        combo->addItem(OfferTypeMarginModel::ruleDisplayName(r), int(r));
}

QWidget *Delegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const OfferTypeMarginModel *>(index.model());
    switch (index.column()) {
    case OfferTypeMarginModel::Type: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(OfferTypeMarginModel::tr("Offer type"));
        const auto current = cc::OfferType(index.data(Qt::EditRole).toInt());
        combo->addItem(OfferTypeMarginModel::offerTypeDisplayName(current), int(current));
        if (model)
            for (cc::OfferType t : model->unusedTypes())
                combo->addItem(OfferTypeMarginModel::offerTypeDisplayName(t), int(t));
        return combo;
    }
    case OfferTypeMarginModel::Percent: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setAccessibleName(OfferTypeMarginModel::tr("Percentage"));
        // Wider than allowed: the form's rules say what is wrong, the spin box does not clamp.
        spin->setRange(-InputLimit, InputLimit);
        spin->setDecimals(2);
        spin->setSuffix(QStringLiteral(" %"));
        return spin;
    }
    case OfferTypeMarginModel::Rule: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(OfferTypeMarginModel::tr("Rule"));
        fillRules(combo);
        return combo;
    }
    }
    return FieldErrorDelegate::createEditor(parent, option, index);
}

void Delegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toDouble());
}

void Delegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
}

void setUpTable(QTableView *table)
{
    table->setItemDelegate(new Delegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    {
        // Equal columns, each at least as wide as the widest title (and the room for a scroll
        // bar): no title is cut off in a longer language.
        QHeaderView *header = table->horizontalHeader();
        int widest = 0;
        for (int column = 0; column < header->count(); ++column)
            widest = std::max(widest, header->sectionSizeHint(column));
        header->setMinimumSectionSize(widest);
        table->setMinimumWidth(widest * header->count() + 2 * table->frameWidth() +
                               table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table));
    }
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

} // namespace margins

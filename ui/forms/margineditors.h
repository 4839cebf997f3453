#pragma once

#include "fielderrordelegate.h"

class QComboBox;
class QTableView;

// What the forms that edit price margins share (add provider instance, edit margins): the rule
// combo, the spin boxes' range and the offer-type table's editors and set-up.
namespace margins {

// What a margin spin box takes: far past the contract's 0 to 999, so that a number typed out of
// range stays as typed and gets an error next to it instead of being clamped to the limit.
inline constexpr double InputLimit = 99999999.99;

void fillRules(QComboBox *combo);

// Editors for the offer-type table: a combo that only offers unused types, a locale-aware
// percentage, a combo of rules. Cells with an error get the red frame.
class Delegate final : public FieldErrorDelegate
{
public:
    using FieldErrorDelegate::FieldErrorDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// The table over an OfferTypeMarginModel: the delegate, equal columns no narrower than their
// titles, one cell selected at a time, Tab leaving the table.
void setUpTable(QTableView *table);

} // namespace margins

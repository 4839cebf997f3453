#pragma once

#include "editdialog.h"

#include <editmarginsform.h>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;

// The price margins of the customer in one provider instance: the relationship (CSP), the margin
// and its rule with a live example, and the margins per offer type, filled in with today's values.
class EditMarginsDialog final : public EditDialog
{
    Q_OBJECT
public:
    explicit EditMarginsDialog(EditMarginsForm *model, QWidget *parent = nullptr);
    EditMarginsForm *model() const { return m_model; }
    QTableView *offerTypeMarginTable() const { return m_table; }

protected:
    void syncFromModel() override;

private:
    void updateExample();
    void pushMargin();
    void addMarginRow();
    void removeMarginRow();

    EditMarginsForm *m_model;
    QLabel *m_instance;
    QComboBox *m_relationship;
    QDoubleSpinBox *m_percent;
    QComboBox *m_rule;
    QLabel *m_example;
    QTableView *m_table;
    QLabel *m_tableEmpty;
};

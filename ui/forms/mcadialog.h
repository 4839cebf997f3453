#pragma once

#include "editdialog.h"

#include <mcaform.h>

class QCheckBox;
class QComboBox;
class DateField;
class QLineEdit;

// Records the customer's acceptance of the Microsoft Customer Agreement in one of its Microsoft
// provider instances.
class McaDialog final : public EditDialog
{
    Q_OBJECT
public:
    explicit McaDialog(McaForm *model, QWidget *parent = nullptr);
    McaForm *model() const { return m_model; }

protected:
    void syncFromModel() override;

private:
    void fillInstances();
    void showContact();

    McaForm *m_model;
    QComboBox *m_instance;
    DateField *m_date;
    QCheckBox *m_keep;
    QLineEdit *m_contact[ContactFields::Count];
};

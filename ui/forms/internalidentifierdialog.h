#pragma once

#include "editdialog.h"

#include <internalidentifierform.h>

class QComboBox;
class QLineEdit;

// Internal identifier of one relationship of the customer (the caller's own; for a CSP,
// optionally the customer's reseller's), with Clear.
class InternalIdentifierDialog final : public EditDialog
{
    Q_OBJECT
public:
    explicit InternalIdentifierDialog(InternalIdentifierForm *model, QWidget *parent = nullptr);
    InternalIdentifierForm *model() const { return m_model; }

protected:
    void syncFromModel() override;

private:
    InternalIdentifierForm *m_model;
    QLineEdit *m_value;
    QComboBox *m_relationship;
};

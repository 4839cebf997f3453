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
    // Seam for tests: "clear the internal identifier of Contoso?" without a modal box.
    static std::function<bool(QWidget *parent, const QString &customerName)> confirmClear;

    explicit InternalIdentifierDialog(InternalIdentifierForm *model, QWidget *parent = nullptr);
    InternalIdentifierForm *model() const { return m_model; }

protected:
    void syncFromModel() override;
    bool confirmSubmit() override;

private:
    InternalIdentifierForm *m_model;
    QLineEdit *m_value;
    QComboBox *m_relationship;
};

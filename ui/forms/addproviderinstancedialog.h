#pragma once

#include "editdialog.h"

#include <addproviderinstanceform.h>

class OfferTypeMarginModel;
class QCheckBox;
class QComboBox;
class DateField;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

// Adds the customer to a provider instance: the instance, the relationship (CSP), the provider's
// customer data (a form for Microsoft, a JSON editor otherwise), the price margin with a live
// example, and margins per offer type in an editable table.
class AddProviderInstanceDialog final : public EditDialog
{
    Q_OBJECT
public:
    explicit AddProviderInstanceDialog(AddProviderInstanceForm *model, QWidget *parent = nullptr);
    AddProviderInstanceForm *model() const { return m_model; }
    OfferTypeMarginModel *offerTypeMargins() const;
    QTableView *offerTypeMarginTable() const { return m_table; }

protected:
    void syncFromModel() override;

private:
    QWidget *buildMicrosoftForm();
    QWidget *buildJsonEditor();
    void fillInstances();
    void showInstance();
    void showContact();
    void pushMicrosoftData();
    void updateExample();
    void addMarginRow();
    void removeMarginRow();

    AddProviderInstanceForm *m_model;
    QComboBox *m_instance;
    QComboBox *m_reseller;
    QStackedWidget *m_dataStack;
    // Microsoft customer data
    QLineEdit *m_domain;
    QLineEdit *m_credentialsEmail;
    QCheckBox *m_acceptedMca;
    DateField *m_agreementDate;
    QCheckBox *m_keepPrimary;
    QLineEdit *m_contact[ContactFields::Count];
    QComboBox *m_culture;
    QLineEdit *m_language;
    QLineEdit *m_partnerId;
    QLineEdit *m_qualifications;
    QCheckBox *m_gdap;
    // Other providers
    QPlainTextEdit *m_json;
    // Margins
    QDoubleSpinBox *m_percent;
    QComboBox *m_rule;
    QLabel *m_example;
    QTableView *m_table;
    QLabel *m_tableEmpty;
};

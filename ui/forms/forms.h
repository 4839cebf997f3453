#pragma once

#include "editdialog.h"

class OfferTypeMarginModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

// Internal identifier of one relationship of the customer (the caller's own; for a CSP,
// optionally the customer's reseller's).
class InternalIdentifierDialog final : public EditDialog
{
    Q_OBJECT
public:
    InternalIdentifierDialog(SessionController *session, const cc::Customer &customer, QWidget *parent = nullptr);

protected:
    cc::FieldErrors validateInput() const override;
    void send(const QString &correlationId) override;
    QJsonObject draftValues() const override;
    void restoreDraft(const QJsonObject &values) override;

private:
    cc::InternalIdentifierUpdate update() const;
    QLineEdit *m_value;
    QComboBox *m_relationship;
};

class McaDialog final : public EditDialog
{
    Q_OBJECT
public:
    McaDialog(SessionController *session, const cc::Customer &customer, QWidget *parent = nullptr);

protected:
    cc::FieldErrors validateInput() const override;
    void send(const QString &correlationId) override;
    QJsonObject draftValues() const override;
    void restoreDraft(const QJsonObject &values) override;

private:
    cc::McaUpdate update() const;
    void applyKeep();
    QComboBox *m_instance;
    QDateEdit *m_date;
    QCheckBox *m_keep;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QString m_typed[4];
};

class AddProviderInstanceDialog final : public EditDialog
{
    Q_OBJECT
public:
    AddProviderInstanceDialog(SessionController *session, const cc::Customer &customer, QWidget *parent = nullptr);
    OfferTypeMarginModel *offerTypeMargins() const { return m_margins; }

protected:
    cc::FieldErrors validateInput() const override;
    void send(const QString &correlationId) override;
    QJsonObject draftValues() const override;
    void restoreDraft(const QJsonObject &values) override;
    void routeExtraErrors(const cc::FieldErrors &errors) override;
    int extraErrorCount() const override { return m_tableErrors; }

private:
    cc::AddProviderInstanceRequest request() const;
    std::optional<cc::ProviderInstance> instance() const;
    void onInstanceChanged();
    cc::MicrosoftCustomerData microsoftData() const;

    QComboBox *m_instance;
    QComboBox *m_reseller;
    QStackedWidget *m_dataStack;
    // Microsoft customer data
    QLineEdit *m_domain;
    QLineEdit *m_credentialsEmail;
    QCheckBox *m_acceptedMca;
    QDateEdit *m_agreementDate;
    QCheckBox *m_keepPrimary;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_phone;
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
    QLabel *m_tableError;
    OfferTypeMarginModel *m_margins;
    int m_tableErrors = 0;
};

// Opens the edit forms for the main window and tells it when a customer changed.
class FormLauncher : public QObject
{
    Q_OBJECT
public:
    explicit FormLauncher(SessionController *session, QObject *parent = nullptr) : QObject(parent), m_session(session) {}
    EditDialog *openInternalIdentifier(QWidget *parent, const cc::Customer &customer);
    EditDialog *openMicrosoftCustomerAgreement(QWidget *parent, const cc::Customer &customer);
    EditDialog *openAddProviderInstance(QWidget *parent, const cc::Customer &customer);

Q_SIGNALS:
    void customerUpdated(const cc::Customer &customer);

private:
    EditDialog *show(EditDialog *dialog);
    SessionController *m_session;
};

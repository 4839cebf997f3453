#pragma once

#include <formmodel.h>

#include <QDialog>

#include <functional>

class Banner;
class FieldErrorBinder;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;
class QScrollArea;
class QComboBox;
class ResellerDirectory;

// What every edit form's dialog shares. It binds widgets to a FormModel (which owns the call to
// the client) and shows errors next to their fields through a FieldErrorBinder: ours as you type
// after the first submit, the server's after sending; a banner for the rest with the correlation
// id. The submit button counts the problems and is disabled while a request runs; nothing typed
// is lost on any failure; closing (Escape, Cancel, the window's X) a dirty form asks first; a
// draft restored from an earlier session says so.
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    // Seam for tests: answers "discard your changes?" without a modal box.
    static std::function<bool(QWidget *parent)> confirmDiscard;

    // Takes the model (it becomes the dialog's child).
    EditDialog(FormModel *model, QWidget *parent);
    ~EditDialog() override;

    FormModel *formModel() const { return m_model; }
    FieldErrorBinder *binder() const { return m_binder; }
    bool isDirty() const;
    bool isSubmitting() const;
    QPushButton *submitButton() const { return m_submit; }
    Banner *banner() const { return m_banner; }
    // Shows errors keyed by normalised path, as the client's rules would; returns how many landed.
    int showErrors(const cc::FieldErrors &errors);
    // Shows a failed submit: field errors next to their fields, the rest in the banner.
    int showErrors(const cc::ApiError &error);
    QString errorText(const QString &path) const;
    // Checks and sends; does nothing while a request runs.
    void submit();
    // Closes; asks first when something typed is not saved.
    void reject() override;
    // Where the relationship picker finds the reseller's name (else it shows the short ID).
    void setResellerDirectory(const ResellerDirectory *directory);

Q_SIGNALS:
    void customerUpdated(const cc::Customer &customer);
    // After customerUpdated: a short confirmation for the user, and the write's correlation id.
    void saved(const QString &message, const QString &correlationId);

protected:
    // Subclasses build their rows into form() with addRow()/bind(), connect the widgets' edits to
    // the model with whenEdited(), implement syncFromModel(), and call finishSetup() last.
    QFormLayout *form() const { return m_form; }
    QLayout *bind(QWidget *input, const QStringList &paths);
    QLayout *bind(QWidget *input, const QString &path) { return bind(input, QStringList{path}); }
    // A labelled row: the label's mnemonic goes to the input, which gets the accessible name.
    QLabel *addRow(QFormLayout *layout, const QString &label, QWidget *input, const QStringList &paths,
                   const QString &accessibleName);
    // Puts the rows into a scroll area (tall forms).
    void makeScrollable();
    // Runs f when the widget's signal fires because of the user, not while the dialog shows the
    // model's values again.
    template<typename Sender, typename Signal, typename F> void whenEdited(Sender *sender, Signal signal, F f)
    {
        connect(sender, signal, this, [this, f] {
            if (!m_syncing)
                f();
        });
    }
    // Shows the model's values in the widgets (after a draft or a value from the server).
    virtual void syncFromModel() = 0;
    // The locale's short date format with a four-digit year ("11/24/2026", not "11/24/26").
    static QString dateFormat() { return FormModel::dateFormat(); }
    // The form's relationship picker, whose items hold a reseller ID (null: our own): labelled
    // "Our own relationship" and "The reseller's relationship (name)", again when names arrive.
    void setRelationshipCombo(QComboBox *combo);
    // Asked before sending (e.g. "clear the identifier?"); false: nothing is sent.
    virtual bool confirmSubmit() { return true; }
    void sync();
    // Restores the draft if any, remembers the size, checks the submit button's text.
    void finishSetup(const QSize &defaultSize);
    void done(int result) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateSubmit();
    void fitHeight();
    void onFailed(const cc::ApiError &error);
    void onUpdated(const cc::Customer &customer);
    void onOutcomeChecking(const cc::ApiError &error);
    void onOutcomeChecked(FormModel::Outcome outcome, const cc::ApiError &writeError, const cc::ApiError &readError);
    void restoreFocus();
    void focusFirstField();

    void labelRelationships();

    FormModel *m_model;
    QPointer<const ResellerDirectory> m_directory;
    QPointer<QComboBox> m_relationships;
    Banner *m_banner;
    QWidget *m_fields;
    QScrollArea *m_scroll = nullptr;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    FieldErrorBinder *m_binder;
    QPointer<QWidget> m_focusBeforeSubmit;
    bool m_syncing = false;
    bool m_focusedOnce = false;
    int m_baseHeight = 0; // the height before messages made the dialog taller
};

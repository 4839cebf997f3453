#pragma once

#include <sessioncontroller.h>

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>

class Banner;
class FieldError;
class QDialogButtonBox;
class QFormLayout;
class QPushButton;
class QTimer;

// What every edit form shares: errors next to their fields (ours as you type after the first
// submit, the server's after sending), a banner for the rest with the correlation id, a submit
// button that counts the problems and is disabled while a request runs, nothing typed lost on any
// failure, a question before a dirty form closes, and a draft saved as you type.
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    // Seam for tests: answers "discard your changes?" without a modal box.
    static std::function<bool(QWidget *parent)> confirmDiscard;

    EditDialog(SessionController *session, const cc::Customer &customer, QString formName, QWidget *parent);
    bool isDirty() const { return m_dirty; }
    bool isSubmitting() const { return m_submitting; }
    QPushButton *submitButton() const { return m_submit; }
    Banner *banner() const { return m_banner; }
    // Shows errors keyed by normalised path; returns how many landed.
    int showErrors(const cc::FieldErrors &errors);
    QString errorText(const QString &path) const;
    void submit();
    // Closes; asks first when something typed is not saved.
    void reject() override;

Q_SIGNALS:
    void customerUpdated(const cc::Customer &customer);

protected:
    // Subclasses: build widgets into form(), bind each input with bind(), and implement these.
    virtual cc::FieldErrors validateInput() const = 0;
    virtual void send(const QString &correlationId) = 0;
    virtual QJsonObject draftValues() const = 0;
    virtual void restoreDraft(const QJsonObject &values) = 0;
    virtual void routeExtraErrors(const cc::FieldErrors &) {}
    virtual int extraErrorCount() const { return 0; }

    QFormLayout *form() const { return m_form; }
    QWidget *field(QWidget *input, const QString &path);
    void markDirty();
    void finishSuccess();
    void finishFailure(const cc::ApiError &error);
    void done(int result) override;
    SessionController *session() const { return m_session; }
    const cc::Customer &customer() const { return m_customer; }
    void restoreDraftIfAny();

    cc::CallHandle m_call;

private:
    void updateSubmitText();
    void liveValidate();

    SessionController *m_session;
    cc::Customer m_customer;
    QString m_formName;
    Banner *m_banner;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QHash<QString, FieldError *> m_fields;
    QTimer *m_draftTimer;
    bool m_dirty = false;
    bool m_submitting = false;
    bool m_triedOnce = false;
    bool m_restoring = false;
    bool m_keepDraftOnClose = false;
    int m_problems = 0;
};

#pragma once

#include <core/api/apierror.h>

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class Banner;
class QAbstractItemView;

// Errors next to fields, for any form. Each input widget (or each cell of an item view) is bound
// to one or more normalised property paths; a client-side rule and a server 400 then land at the
// same place: the message under the field (icon and wrapped text), a red frame on it, its tooltip
// and its accessible description. A field's error goes when the field changes; after the first
// submit (setLive) the form is re-checked as you type, and before it a field the user edited is
// checked when focus leaves it. Errors that match no field, or whose field is hidden (a field of
// another mode, a collapsed section), go to the banner with the description, the correlation id
// and "Copy details": none is dropped. The first invalid field takes focus. Every screen uses it,
// sign-in included.
class FieldErrorBinder final : public QObject
{
    Q_OBJECT
public:
    FieldErrorBinder(QWidget *form, Banner *banner);
    ~FieldErrorBinder() override;

    // Binds an input to its paths (the first is its own; more are aliases such as "margin" for
    // "margin.value"). Returns the widget to put in the layout: the input with its error line under it.
    QWidget *bind(QWidget *input, const QStringList &paths);
    QWidget *bind(QWidget *input, const QString &path) { return bind(input, QStringList{path}); }
    // Binds the cells of an item view: locate() maps a path to its cell (invalid: not this
    // view's). A cell's message is written to the model under FieldErrorRole (the model drops it
    // when the cell is edited) and listed under the view; viewPaths are errors about the whole view.
    QWidget *bindCells(QAbstractItemView *view, std::function<QModelIndex(const QString &path)> locate,
                       const QStringList &viewPaths = {});

    // The form's client-side rules, for checking as you type and on focus-out.
    void setValidator(std::function<cc::FieldErrors()> validator);

    // Routes each field error to its widget or cell, the rest (and any error that is not about
    // fields) to the banner; focuses the first invalid field. Returns how many fields show an error.
    int showErrors(const cc::ApiError &error);
    // The same for bare field errors (as from the client's rules).
    int showFieldErrors(const cc::FieldErrors &errors);
    void clearErrors();
    // Takes one field's error away (e.g. the field was hidden: its error no longer applies).
    void clearError(QWidget *input);

    // After the first submit: the form is re-checked as you type.
    void setLive(bool live);
    // Whether an error whose field errors all found their fields also goes to the banner when it
    // is not a validation error (a conflict, a server error: its description and correlation id
    // matter). Sign-in says no: each of its failures is said in full at the field it is about.
    void setBannerForPlacedErrors(bool shown) { m_bannerForPlaced = shown; }

    int problemCount() const;
    QString errorText(const QString &path) const; // what shows for the path; empty: nothing

Q_SIGNALS:
    void problemCountChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry;
    void revalidate();
    bool focusFirstError();
    bool isShown(const Entry &entry) const;
    int route(const cc::FieldErrors &errors, bool fromServer, cc::FieldErrors *unmatched);
    void setMessage(Entry &entry, const QString &message, bool fromServer);
    void setCell(Entry &entry, const QString &path, const QString &message, bool fromServer);
    void updateCellLine(Entry &entry);
    void syncCells(Entry &entry);
    void fieldChanged(Entry &entry);
    void scheduleRevalidate();
    void countChanged();
    Entry *entryFor(const QObject *input) const;

    QPointer<QWidget> m_form;
    QPointer<Banner> m_banner;
    std::vector<std::unique_ptr<Entry>> m_entries;
    std::function<cc::FieldErrors()> m_validator;
    bool m_live = false;
    bool m_bannerForPlaced = true;
    bool m_revalidateQueued = false;
    bool m_writingCells = false;
    int m_lastCount = 0;
};

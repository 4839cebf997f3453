#pragma once

#include <draftstore.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// The forms left unsaved (drafts), offered back after sign-in as one list, however many there
// are: form, customer and when it was saved. Restore reopens one; Discard drops the selected ones,
// Discard all every one; Later (or closing) keeps them for next time. Not modal: the window stays
// usable while it is open. It decides nothing itself: FormLauncher acts on its signals.
class DraftsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DraftsDialog(QWidget *parent = nullptr);

    // Newest first, as DraftStore::all() gives them.
    void setDrafts(const QList<DraftStore::Draft> &drafts);
    QList<DraftStore::Draft> drafts() const { return m_drafts; }
    QList<DraftStore::Draft> selectedDrafts() const;

    void restoreSelected();
    void discardSelected();
    void discardAll();

Q_SIGNALS:
    void restoreRequested(const DraftStore::Draft &draft);
    void discardRequested(const QList<DraftStore::Draft> &drafts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();
    // Takes drafts out of the list; closes it when none is left.
    void drop(const QList<DraftStore::Draft> &drafts);

    QList<DraftStore::Draft> m_drafts;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_discardAll;
    QPushButton *m_later;
};

#pragma once

#include <internalidimportmodel.h>

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Customers > Import internal identifiers…: pick a CSV file, confirm or change which columns name
// the customer and the new value, see every row's old and new value with its problem next to the
// cell, filter, Apply with progress and Cancel, then each row's outcome and Save results.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    // Shows and drives model (the dialog takes it over); the dialog never talks to the client.
    explicit ImportDialog(InternalIdImportModel *model, QWidget *parent = nullptr);
    InternalIdImportModel *model() const { return m_model; }
    // Opens the file and checks it at once (the file button asks for one first).
    void openFile(const QString &path);

    // Asks for a file name (open or save); a seam so that tests need no native dialog.
    static std::function<QString(QWidget *parent, const QString &caption, bool save)> askFileName;
    // Asks before Apply sends anything; a seam so that tests need no modal box.
    static std::function<bool(QWidget *parent, const QString &question)> confirm;

Q_SIGNALS:
    void internalIdentifierChanged(const QUuid &customerId, const QString &value);

protected:
    void reject() override; // closing while rows are in flight cancels first

private:
    void mappingChanged();
    void updateState();
    void fillMappingCombos();

    InternalIdImportModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_file;
    QComboBox *m_keyColumn;
    QComboBox *m_keyKind;
    QComboBox *m_newColumn;
    QComboBox *m_resellerColumn;
    QComboBox *m_show;
    QTableView *m_table;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_choose;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_filling = false;
};

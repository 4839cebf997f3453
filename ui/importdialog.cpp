#include "importdialog.h"

#include <accessibility.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

std::function<QString(QWidget *, const QString &, bool)> ImportDialog::askFileName = [](QWidget *parent, const QString &caption,
                                                                                        bool save) {
    const QString filter = QCoreApplication::translate("ImportDialog", "CSV files (*.csv);;All files (*)");
    return save ? QFileDialog::getSaveFileName(parent, caption, QString(), filter)
                : QFileDialog::getOpenFileName(parent, caption, QString(), filter);
};

std::function<bool(QWidget *, const QString &)> ImportDialog::confirm = [](QWidget *parent, const QString &question) {
    return QMessageBox::question(parent, parent->windowTitle(), question) == QMessageBox::Yes;
};

ImportDialog::ImportDialog(InternalIdImportModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import internal identifiers"));
    m_model->setParent(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(InternalIdImportModel::KindRole);

    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_choose = new QPushButton(tr("Choose &file…"), this);
    m_file = new QLabel(tr("No file chosen."), this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);

    auto *form = new QFormLayout;
    m_keyColumn = new QComboBox(this);
    m_keyColumn->setObjectName(QStringLiteral("keyColumn"));
    m_keyKind = new QComboBox(this);
    m_keyKind->setObjectName(QStringLiteral("keyKind"));
    m_keyKind->addItem(tr("Customer ID"), int(cc::bulk::KeyKind::CustomerId));
    m_keyKind->addItem(tr("Current internal identifier"), int(cc::bulk::KeyKind::InternalIdentifier));
    m_keyKind->addItem(tr("Domain"), int(cc::bulk::KeyKind::Domain));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyColumn, 1);
    keyRow->addWidget(m_keyKind, 1);
    // Labels through the helper: a combo box is announced by its label only (accessibility.h),
    // and QFormLayout gives a label no buddy when the field is a layout.
    auto *keyLabel = new QLabel(tr("Customer &column:"), this);
    accessibility::labelField(keyLabel, m_keyColumn);
    auto *keyKindLabel = new QLabel(tr("holds:"), this);
    accessibility::labelField(keyKindLabel, m_keyKind);
    keyRow->insertWidget(1, keyKindLabel);
    form->addRow(keyLabel, keyRow);
    m_newColumn = new QComboBox(this);
    m_newColumn->setObjectName(QStringLiteral("newColumn"));
    auto *newLabel = new QLabel(tr("&New identifier column:"), this);
    accessibility::labelField(newLabel, m_newColumn);
    form->addRow(newLabel, m_newColumn);
    m_resellerColumn = new QComboBox(this);
    m_resellerColumn->setObjectName(QStringLiteral("resellerColumn"));
    auto *resellerLabel = new QLabel(tr("&Reseller column:"), this);
    accessibility::labelField(resellerLabel, m_resellerColumn);
    form->addRow(resellerLabel, m_resellerColumn);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("All rows"), QString());
    m_show->addItem(tr("Changed"), QStringLiteral("changed"));
    m_show->addItem(tr("Unchanged"), QStringLiteral("unchanged"));
    m_show->addItem(tr("Problems"), QStringLiteral("problem"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    accessibility::labelField(showLabel, m_show);
    form->addRow(showLabel, m_show);
    layout->addLayout(form);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Every column as wide as its title (in any language) and, once rows arrive, its values.
    m_table->resizeColumnsToContents();
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    // A visible label names the table for a screen reader (and Alt+W reaches it), as the form's
    // fields are named.
    auto *tableLabel = new QLabel(tr("Ro&ws:"), this);
    accessibility::labelField(tableLabel, m_table);
    // Qt's table reports no Label relation: the label's text is its name too.
    m_table->setAccessibleName(accessibility::plainLabel(tableLabel->text()));
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save = buttons->addButton(tr("&Save results as CSV…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveResultsButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = askFileName(this, tr("Import internal identifiers"), false);
        if (!path.isEmpty())
            openFile(path);
    });
    for (QComboBox *c : {m_keyColumn, m_keyKind, m_newColumn, m_resellerColumn})
        connect(c, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_show->currentData().toString();
        m_filter->setFilterRegularExpression(kind.isEmpty() ? QString() : u'^' + kind + u'$');
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const int n = m_model->plan().toSend();
        if (!confirm(this, tr("Change the internal identifier of %n customer(s)?", nullptr, n)))
            return;
        m_model->apply();
    });
    connect(m_cancel, &QPushButton::clicked, m_model, &InternalIdImportModel::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = askFileName(this, tr("Save results as CSV"), true);
        QString error;
        if (!path.isEmpty() && !m_model->saveResults(path, &error))
            QMessageBox::warning(this, windowTitle(), tr("The results could not be saved: %1").arg(error));
    });
    connect(m_model, &InternalIdImportModel::stateChanged, this, &ImportDialog::updateState);
    connect(m_model, &InternalIdImportModel::checkFailed, this, [this](const cc::ApiError &e) {
        m_summary->setText(tr("The customer list could not be read: %1 (correlation ID %2)").arg(e.message(), e.correlationId));
    });
    connect(m_model, &InternalIdImportModel::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_model, &InternalIdImportModel::internalIdentifierChanged, this, &ImportDialog::internalIdentifierChanged);
    updateState();
}

void ImportDialog::openFile(const QString &path)
{
    QString error;
    if (!m_model->openFile(path, &error)) {
        m_file->setText(tr("%1 could not be read: %2").arg(path, error));
        return;
    }
    m_file->setText(path);
    fillMappingCombos();
    if (m_model->mapping().isComplete())
        m_model->check();
}

void ImportDialog::fillMappingCombos()
{
    m_filling = true;
    const cc::bulk::ColumnMapping m = m_model->mapping();
    for (QComboBox *c : {m_keyColumn, m_newColumn, m_resellerColumn}) {
        c->clear();
        if (c != m_keyColumn && c != m_newColumn)
            c->addItem(tr("(none)"), -1);
        else
            c->addItem(tr("(choose a column)"), -1);
        for (int i = 0; i < m_model->header().size(); ++i)
            c->addItem(m_model->header().at(i), i);
    }
    m_keyColumn->setCurrentIndex(m_keyColumn->findData(m.key));
    m_keyKind->setCurrentIndex(m_keyKind->findData(int(m.keyKind)));
    m_newColumn->setCurrentIndex(m_newColumn->findData(m.newValue));
    m_resellerColumn->setCurrentIndex(m_resellerColumn->findData(m.reseller));
    m_filling = false;
}

void ImportDialog::mappingChanged()
{
    if (m_filling)
        return;
    cc::bulk::ColumnMapping m;
    m.key = m_keyColumn->currentData().toInt();
    m.keyKind = cc::bulk::KeyKind(m_keyKind->currentData().toInt());
    m.newValue = m_newColumn->currentData().toInt();
    m.reseller = m_resellerColumn->currentData().toInt();
    m_model->setMapping(m);
    if (m.isComplete())
        m_model->check();
}

void ImportDialog::updateState()
{
    using S = InternalIdImportModel::State;
    const S s = m_model->state();
    const cc::bulk::Plan &plan = m_model->plan();
    const bool editable = s == S::Loaded || s == S::Checked || s == S::Empty;
    for (QWidget *w : {static_cast<QWidget *>(m_choose), static_cast<QWidget *>(m_keyColumn), static_cast<QWidget *>(m_keyKind),
                       static_cast<QWidget *>(m_newColumn), static_cast<QWidget *>(m_resellerColumn)})
        w->setEnabled(editable);
    m_apply->setEnabled(s == S::Checked && plan.problems.isEmpty() && plan.toSend() > 0);
    m_cancel->setEnabled(s == S::Checking || s == S::Applying);
    m_save->setEnabled(s == S::Done);
    m_progress->setVisible(s == S::Applying || s == S::Done);
    if (s == S::Applying) {
        m_progress->setMaximum(std::max(m_model->toSend(), 1));
        m_progress->setValue(0);
    }
    switch (s) {
    case S::Empty:
        m_summary->setText(tr("Choose a CSV file with a column naming each customer and one with its new identifier."));
        break;
    case S::Loaded:
        m_summary->setText(m_model->mapping().isComplete()
                               ? QString()
                               : tr("Choose the column that names the customer and the one with the new identifier."));
        break;
    case S::Checking: m_summary->setText(tr("Checking every row against the customer list…")); break;
    case S::Checked:
        if (!plan.problems.isEmpty())
            m_summary->setText(
                tr("%n problem(s): nothing can be sent until the file is corrected.", nullptr, int(plan.problems.size())));
        else
            m_summary->setText(
                tr("%1 changed, %2 cleared, %3 unchanged.")
                    .arg(QLocale().toString(plan.changed), QLocale().toString(plan.cleared), QLocale().toString(plan.unchanged)));
        break;
    case S::Applying: m_summary->setText(tr("Sending…")); break;
    case S::Done: m_summary->setText(tr("Done. Each row's outcome is in the table.")); break;
    }
}

void ImportDialog::reject()
{
    if (m_model->state() == InternalIdImportModel::State::Applying) {
        // Rows in flight finish and are shown; closing now would lose their outcome.
        m_model->cancel();
        return;
    }
    QDialog::reject();
}

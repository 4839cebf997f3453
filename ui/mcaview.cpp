#include "mcaview.h"

#include "banner.h"
#include "icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

McaView::McaView(SessionController *session, McaListModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_model(model)
    , m_proxy(new McaFilterProxy(this))
    , m_banner(new Banner(this))
    , m_intro(new QLabel(this))
    , m_all(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_record(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mcaView"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudcockpit-admin.svg")));
    m_proxy->setSourceModel(m_model);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    // The groups as buttons that stay pressed: one at a time, and "All" to see every row. Each is
    // a focusable button, so Tab and Space (or its Alt key) choose a group as a click does.
    auto *counts = new QHBoxLayout;
    // No QButtonGroup: in one, a checkable button that takes the focus drops the others from the
    // Tab chain (arrows move inside it), and each count should be one Tab away. showGroup() keeps
    // one checked.
    m_all->setObjectName(QStringLiteral("mcaGroupAll"));
    m_all->setCheckable(true);
    m_all->setChecked(true);
    connect(m_all, &QPushButton::clicked, this, [this] { showGroup(std::nullopt); });
    counts->addWidget(m_all);
    for (int g = 0; g < McaListModel::GroupCount; ++g) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("mcaGroup%1").arg(g));
        b->setCheckable(true);
        connect(b, &QPushButton::clicked, this, [this, g] { showGroup(McaListModel::Group(g)); });
        counts->addWidget(b, 1);
        m_groupButtons[g] = b;
    }

    m_filter->setObjectName(QStringLiteral("mcaFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &McaFilterProxy::setText);
    connect(m_filter, &QLineEdit::textChanged, this, &McaView::updateStatus);

    m_table->setObjectName(QStringLiteral("mcaTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(McaListModel::Status, Qt::AscendingOrder); // the most urgent first
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the actions; arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(McaListModel::Company, 230);
    m_table->setColumnWidth(McaListModel::Instance, 170);
    m_table->setColumnWidth(McaListModel::Status, 180);
    m_table->setColumnWidth(McaListModel::Signatory, 140);
    m_table->setColumnWidth(McaListModel::When, 240);

    m_refresh->setObjectName(QStringLiteral("mcaRefreshButton"));
    m_refresh->setIcon(icons::themed(QStringLiteral("view-refresh")));
    m_record->setObjectName(QStringLiteral("mcaRecordButton"));
    m_record->setIcon(icons::themed(QStringLiteral("x-office-document")));
    m_reload->setObjectName(QStringLiteral("mcaReloadButton"));
    m_status->setObjectName(QStringLiteral("mcaStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    auto *reloadAction = new QAction(this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, m_model, &McaListModel::load);
    addAction(reloadAction);
    connect(m_reload, &QPushButton::clicked, m_model, &McaListModel::load);
    connect(m_refresh, &QPushButton::clicked, this, &McaView::refreshSelection);
    connect(m_record, &QPushButton::clicked, this, &McaView::recordAgreementForCurrent);
    connect(m_table, &QTableView::activated, this, &McaView::recordAgreementForCurrent);
    connect(m_banner, &Banner::retryRequested, m_model, &McaListModel::load);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_record);
    actions->addStretch(1);
    actions->addWidget(m_status);
    actions->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(counts);
    layout->addWidget(m_banner);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    // Tab as the eye goes: the counts, the filter, the rows, the actions.
    QList<QWidget *> chain{m_all};
    for (QPushButton *b : m_groupButtons)
        chain << b;
    chain << m_filter << m_table << m_refresh << m_record << m_reload;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_model, &McaListModel::countsChanged, this, &McaView::updateCounts);
    connect(m_model, &McaListModel::loadingChanged, this, &McaView::updateStatus);
    connect(m_model, &McaListModel::loadingChanged, this, &McaView::updateCounts);
    connect(m_model, &McaListModel::progress, this, &McaView::updateStatus);
    connect(m_model, &McaListModel::loadFailed, this, [this](const cc::ApiError &e) {
        if (e.kind != cc::ApiError::Kind::Unauthorized)
            m_banner->showError(e, /*offerRetry=*/true);
        updateStatus();
    });
    connect(m_model, &McaListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_banner->hide();
    });
    connect(m_model, &McaListModel::refreshFinished, this, [this](int refreshed, int failed) {
        m_lastOutcome = failed == 0
                            ? tr("Status refreshed for %Ln agreement(s).", nullptr, refreshed)
                            : tr("Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.", nullptr, failed)
                                  .arg(QLocale().toString(refreshed));
        updateStatus();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &McaView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &McaView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &McaView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &McaView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &McaView::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &McaView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &McaView::updateActions);

    retranslate();
    resize(1160, 640); // wide enough for the Refresh column, where each row's outcome shows
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("mcaView/geometry")).toByteArray());
}

void McaView::retranslate()
{
    setWindowTitle(tr("Microsoft Customer Agreements"));
    m_intro->setText(tr("Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation "
                        "API: the partner can sell to a customer only when its agreement is in place. Choose a group to see "
                        "its customers."));
    m_all->setAccessibleDescription(tr("Shows the customers of every group"));
    m_filter->setPlaceholderText(tr("Filter by company, instance or signatory"));
    m_filter->setAccessibleName(tr("Filter agreements"));
    m_table->setAccessibleName(tr("Microsoft Customer Agreements"));
    m_refresh->setText(tr("Refresh &status"));
    m_refresh->setToolTip(tr("Asks Microsoft for the current status of the selected agreements"));
    m_record->setText(tr("Record &agreement…"));
    m_record->setToolTip(tr("Records that the customer accepted the Microsoft Customer Agreement"));
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Reads every agreement again (F5)"));
    m_model->retranslate();
    updateCounts();
    updateStatus();
    updateActions();
}

void McaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void McaView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void McaView::hideEvent(QHideEvent *event)
{
    QSettings().setValue(QStringLiteral("mcaView/geometry"), saveGeometry());
    QWidget::hideEvent(event);
}

void McaView::ensureLoaded()
{
    if (!m_model->isLoaded() && !m_model->isLoading())
        m_model->load();
}

void McaView::updateCounts()
{
    const QLocale locale;
    // The mnemonics are fixed per group so that Alt+letter always picks the same one.
    static const char *const labels[McaListModel::GroupCount] = {QT_TR_NOOP("&Required"), QT_TR_NOOP("&Pending"),
                                                                 QT_TR_NOOP("E&xpired links"), QT_TR_NOOP("Ready to &create"),
                                                                 QT_TR_NOOP("C&ompliant")};
    const bool known = m_model->hasListing();
    int all = 0;
    for (int g = 0; g < McaListModel::GroupCount; ++g) {
        const auto group = McaListModel::Group(g);
        const int n = m_model->count(group);
        all += n;
        QPushButton *b = m_groupButtons[g];
        b->setText(QStringLiteral("%1\n%2").arg(known ? locale.toString(n) : QStringLiteral("…"), tr(labels[g])));
        b->setAccessibleName(tr("%1: %Ln agreement(s)", nullptr, n).arg(McaListModel::groupName(group)));
        b->setToolTip(McaListModel::groupDescription(group));
        b->setAccessibleDescription(McaListModel::groupDescription(group));
    }
    m_all->setText(QStringLiteral("%1\n%2").arg(known ? locale.toString(all) : QStringLiteral("…"), tr("A&ll")));
    m_all->setAccessibleName(tr("All: %Ln agreement(s)", nullptr, all));
}

void McaView::showGroup(std::optional<McaListModel::Group> group)
{
    m_proxy->setGroup(group);
    // A second click on the chosen one keeps it chosen.
    m_all->setChecked(!group);
    for (int g = 0; g < McaListModel::GroupCount; ++g)
        m_groupButtons[g]->setChecked(group && int(*group) == g);
    updateStatus();
}

void McaView::updateStatus()
{
    const QLocale locale;
    QString text;
    if (m_model->isLoading()) {
        text = m_model->totalCount() > 0
                   ? tr("Loading %1 of %2").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount()))
                   : tr("Loading agreements…");
    } else if (m_proxy->group() || !m_filter->text().trimmed().isEmpty()) {
        text = tr("%1 of %Ln agreement(s) shown", nullptr, m_model->rowCount()).arg(locale.toString(m_proxy->rowCount()));
    } else {
        text = tr("%Ln agreement(s)", nullptr, m_model->rowCount());
    }
    if (!m_lastOutcome.isEmpty())
        text = tr("%1 · %2", "agreement count · what the last refresh came to").arg(text, m_lastOutcome);
    m_status->setText(text);
}

QList<int> McaView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void McaView::updateActions()
{
    const QList<int> rows = selectedSourceRows();
    m_refresh->setEnabled(!rows.isEmpty());
    m_refresh->setText(rows.size() > 1 ? tr("Refresh &status (%L1)").arg(rows.size()) : tr("Refresh &status"));
    // The form records an agreement: for a customer whose agreement is not in place yet.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QVariant status = current.isValid() ? current.siblingAtColumn(0).data(McaListModel::StatusRole) : QVariant();
    m_record->setEnabled(current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) && status.isValid() &&
                         cc::McaStatus(status.toInt()) != cc::McaStatus::AgreementCreated);
}

void McaView::refreshSelection()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    m_lastOutcome.clear();
    m_model->refreshRows(rows);
    updateStatus();
}

void McaView::recordAgreementForCurrent()
{
    if (!m_record->isEnabled())
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QUuid customerId = current.data(McaListModel::CustomerIdRole).toUuid();
    const QUuid instanceId = current.data(McaListModel::InstanceIdRole).toUuid();
    // The form starts from the customer as it is now (its primary contact, its instances).
    m_record->setEnabled(false);
    m_customerCall = m_session->fetchCustomer(customerId, this, [this, instanceId](const cc::Result<cc::Customer> &r) {
        updateActions();
        if (!r.ok()) {
            if (r.error().kind != cc::ApiError::Kind::Unauthorized)
                m_banner->showError(r.error());
            return;
        }
        Q_EMIT microsoftCustomerAgreementRequested(r.value(), instanceId);
    });
}

#include "mainwindow.h"

#include "accessibility.h"
#include "altkeyguard.h"

#include <core/i18n/translations.h>

#include "banner.h"
#include "columnfitter.h"
#include "customerdetails.h"
#include "icons.h"
#include "importdialog.h"
#include "linkdialog.h"
#include "preferencesdialog.h"
#include "searchbar.h"
#include "signinpanel.h"
#include <internalidimportmodel.h>

#include <csvexport.h>
#include <customerfilterproxy.h>
#include <customerlistmodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Marks a deleted customer where the eye is, its company name, and not only in the Status column
// (often scrolled out of view). In the view, so that the model's name stays the name (sorting,
// tests, copying).
class CompanyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CustomerListModel::DeletedRole).toBool())
            option->text = MainWindow::tr("%1 (deleted)", "company name of a deleted customer").arg(option->text);
    }
};
} // namespace

MainWindow::MainWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_signIn(new SignInPanel(session, this))
    , m_model(new CustomerListModel(this))
    , m_proxy(new CustomerFilterProxy(this))
    , m_statusTick(new QTimer(this))
    , m_sessionLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    AltKeyGuard::install();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudcockpit-admin.svg")));
    m_model->setClient(session->client());
    m_proxy->setSourceModel(m_model);
    // Reseller names: read once per session by the session, shown wherever a reseller is.
    m_model->setResellerDirectory(session->resellerDirectory());
    m_proxy->setResellerDirectory(session->resellerDirectory());
    m_statusTick->setInterval(250);
    connect(m_statusTick, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setFlat(true);
    m_cancel->hide();
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addWidget(m_sessionLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_cancel);
    accessibility::exposeStatusMessages(statusBar()); // "saved", "link copied": painted, else unreachable

    buildWorkspace();
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);
    buildMenus();
    setUpMca();

    connect(m_signIn, &SignInPanel::signInRequested, this, [this](const SessionController::SignInRequest &r) {
        m_signIn->setBusy(true);
        m_session->signIn(r);
    });
    connect(m_signIn, &SignInPanel::demoRequested, this, &MainWindow::startDemo);
    connect(m_session, &SessionController::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &SessionController::signInFailed, this, [this](const cc::ApiError &e) {
        m_signIn->setBusy(false);
        m_signIn->showErrors(e);
    });
    connect(m_session, &SessionController::sessionExpired, this, &MainWindow::onSessionExpired);
    connect(m_session, &SessionController::keychainUnavailable, this, [this](const QString &reason) {
        m_banner->showMessage(tr("The secret could not be saved in the system keychain (%1). It is kept in memory until "
                                 "the app closes.")
                                  .arg(reason));
    });
    connect(m_model, &CustomerListModel::progress, this, &MainWindow::updateStatus);
    connect(m_model, &CustomerListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &CustomerListModel::retryScheduled, this, &MainWindow::updateStatus);
    // A load that ended without the selected customer's page: it is not coming.
    connect(m_model, &CustomerListModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            syncSelection();
    });
    connect(m_model, &CustomerListModel::loaded, this, &MainWindow::mergeResellers);
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const cc::ApiError &e) {
        if (e.kind != cc::ApiError::Kind::Unauthorized)
            m_banner->showError(e, /*offerRetry=*/true);
        updateStatus();
    });
    connect(m_banner, &Banner::retryRequested, this, &MainWindow::startLoad);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_restoreSelection.isNull() && selectCustomer(m_restoreSelection))
            m_restoreSelection = QUuid();
        updateEmptyState();
        if (!m_firstPageSignalled) {
            m_firstPageSignalled = true;
            QTimer::singleShot(0, this, &MainWindow::firstPageShown);
        }
    });
    connect(m_cancel, &QPushButton::clicked, m_model, &CustomerListModel::cancel);
    // The filter resets its rows on a keystroke, a load when its first page arrives (the view
    // forgets its selection silently then): keep the selected customer selected, or let it go.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        syncSelection();
        updateEmptyState();
    });

    retranslate();
    restoreState();
    showSignIn();
}

MainWindow::~MainWindow() = default;

LinkDialog *MainWindow::linkDialog() const
{
    return m_linkDialog.data();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_banner = new Banner(m_workspace);
    m_searchBar = new SearchBar(m_workspace);

    m_table = new QTableView(m_workspace);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerListModel::Company, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columns = new ColumnFitter(m_table);
    m_table->setItemDelegateForColumn(CustomerListModel::Company, new CompanyDelegate(m_table));
    m_table->viewport()->installEventFilter(this);
    m_emptyState = new QWidget(m_table->viewport());
    m_emptyState->setObjectName(QStringLiteral("emptyListState"));
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setObjectName(QStringLiteral("emptyListText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyClear = new QPushButton(m_emptyState);
    m_emptyClear->setObjectName(QStringLiteral("emptyListClearButton"));
    {
        auto *emptyLayout = new QVBoxLayout(m_emptyState);
        emptyLayout->addStretch(1);
        emptyLayout->addWidget(m_emptyText);
        emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
        emptyLayout->addStretch(2);
    }
    m_emptyState->hide();
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        // The way out of what emptied the list: the filter when loaded rows are hidden, else the search.
        if (m_proxy->isFiltering() && m_model->rowCount() > 0) {
            m_searchBar->clearFilter();
            m_searchBar->focusFilter();
        } else {
            m_searchBar->clearSearch();
            m_searchBar->focusSearch();
        }
    });

    m_details = new CustomerDetails(m_workspace);
    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 420});

    auto *layout = new QVBoxLayout(m_workspace);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    // Tab goes as the eye does: the search bar, the banner's buttons when it shows, the list, the details.
    QList<QWidget *> chain = m_searchBar->tabChain();
    const auto bannerButtons = m_banner->findChildren<QPushButton *>();
    for (QPushButton *b : bannerButtons)
        chain << b;
    chain << m_table << m_details;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_searchBar, &SearchBar::queryChanged, this, &MainWindow::startLoad);
    connect(m_searchBar, &SearchBar::filterTextChanged, m_proxy, &CustomerFilterProxy::setFilterText);
    connect(m_searchBar, &SearchBar::filterTextChanged, this, &MainWindow::updateStatus);
    connect(m_searchBar, &SearchBar::directOnlyChanged, m_proxy, &CustomerFilterProxy::setDirectOnly);
    connect(m_searchBar, &SearchBar::directOnlyChanged, this, &MainWindow::updateStatus);
    m_searchBar->setResellerDirectory(m_session->resellerDirectory());
    m_details->setResellerDirectory(m_session->resellerDirectory());
    connect(m_session->resellerDirectory(), &ResellerDirectory::changed, m_columns, &ColumnFitter::refit); // names are wider
    m_searchBar->setDownHandler([this] { return moveIntoList(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_details->setFocus(); });
    connect(m_details, &CustomerDetails::copyLinkRequested, this, &MainWindow::openLinkDialog);
    // Writes only for a customer the list shows and the server would change (not a deleted one).
    connect(m_details, &CustomerDetails::editInternalIdentifierRequested, this, [this] {
        if (m_current && !m_current->isDeleted)
            Q_EMIT editInternalIdentifierRequested(*m_current);
    });
    connect(m_details, &CustomerDetails::microsoftCustomerAgreementRequested, this, [this] {
        if (m_current && !m_current->isDeleted)
            Q_EMIT microsoftCustomerAgreementRequested(*m_current);
    });
    connect(m_details, &CustomerDetails::addProviderInstanceRequested, this, [this] {
        if (m_current && !m_current->isDeleted)
            Q_EMIT addProviderInstanceRequested(*m_current);
    });
    connect(m_details, &CustomerDetails::editMarginsRequested, this, [this](const QUuid &instance) {
        if (m_current && !m_current->isDeleted && m_current->providerCustomer(instance))
            Q_EMIT editMarginsRequested(*m_current, instance);
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_signOutAction =
        m_fileMenu->addAction(icons::themed(QStringLiteral("system-log-out")), QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_preferencesAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(icons::themed(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_customerMenu = menuBar()->addMenu(QString());
    m_findAction = m_customerMenu->addAction(icons::themed(QStringLiteral("edit-find")), QString(), this,
                                             [this] { m_searchBar->focusSearch(); });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction =
        m_customerMenu->addAction(icons::themed(QStringLiteral("view-refresh")), QString(), this, &MainWindow::startLoad);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_copyLinkAction = m_customerMenu->addAction(icons::themed(QStringLiteral("insert-link")), QString(), this,
                                                 &MainWindow::copyLinkForSelection);
    m_copyLinkAction->setObjectName(QStringLiteral("copyLinkAction"));
    m_copyLinkAction->setEnabled(false); // until a customer is selected
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_customerMenu->addSeparator();
    m_importAction = m_customerMenu->addAction(QString(), this, &MainWindow::openImportDialog);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_exportAction = m_customerMenu->addAction(QString(), this, [this] {
        const QString path = ImportDialog::askFileName(this, tr("Export customers"), true);
        if (!path.isEmpty())
            exportList(path);
    });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_customerMenu->addSeparator();
    // Which columns the list shows, and their widths back to fitting it: also on the header's
    // context menu, where users of other tables look for them.
    m_columnsMenu = m_customerMenu->addMenu(QString());
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        QAction *a = m_columnsMenu->addAction(QString());
        a->setObjectName(QStringLiteral("columnAction%1").arg(c));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnShown(c, shown); });
        m_columnActions << a;
    }
    m_columnsMenu->addSeparator();
    m_fitColumnsAction = m_columnsMenu->addAction(QString(), m_columns, &ColumnFitter::fitAgain);
    m_fitColumnsAction->setObjectName(QStringLiteral("fitColumnsAction"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::syncColumnActions);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &at) { m_columnsMenu->popup(header->viewport()->mapToGlobal(at)); });
}

void MainWindow::setColumnShown(int column, bool shown)
{
    m_columns->setColumnShown(column, shown);
    syncColumnActions();
    if (column == CustomerListModel::McaStatus)
        mcaColumnShown(shown);
}

void MainWindow::syncColumnActions()
{
    int shown = 0;
    for (int c = 0; c < m_columnActions.size(); ++c)
        shown += m_table->isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < m_columnActions.size(); ++c) {
        QAction *a = m_columnActions[c];
        const QSignalBlocker block(a);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(!(shown == 1 && a->isChecked()));
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CloudCockpit Admin"));
    m_table->setAccessibleName(tr("Customers"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_fileMenu->setTitle(tr("&Session"));
    m_signOutAction->setText(tr("Sign &out / switch tenant"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    // Table headers and locale-formatted cells follow the language too.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CustomerListModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(
            m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, CustomerListModel::ColumnCount - 1), {Qt::DisplayRole});
    if (m_current)
        m_details->showCustomer(*m_current, m_session->providerInstances());
    m_customerMenu->setTitle(tr("&Customers"));
    m_findAction->setText(tr("&Find…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_copyLinkAction->setText(tr("Copy relationship &link"));
    m_importAction->setText(tr("&Import internal identifiers…"));
    m_exportAction->setText(tr("&Export…"));
    m_columnsMenu->setTitle(tr("C&olumns"));
    for (int c = 0; c < m_columnActions.size(); ++c)
        m_columnActions[c]->setText(m_model->headerData(c, Qt::Horizontal).toString());
    m_fitColumnsAction->setText(tr("&Fit columns to the list"));
    retranslateMca();
    m_proxy->retranslate(); // deleted customers are found by the status word of the new language
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_columns->refit(); // headers of another length
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showSignIn()
{
    m_stack->setCurrentWidget(m_signIn);
    m_customerMenu->setEnabled(false);
    m_signOutAction->setEnabled(false);
    m_signIn->reloadRecentTenants();
    m_signIn->focusFirstField();
    updateStatus();
}

void MainWindow::signOut()
{
    m_session->signOut();
    resetWorkspace();
    m_signIn->forgetSecrets();
    showSignIn();
}

void MainWindow::resetWorkspace()
{
    m_detailsCall.cancel();
    m_restoreSelection = QUuid();
    m_selectedId = QUuid();
    m_workspaceTenant.clear();
    if (m_linkDialog)
        m_linkDialog->close();
    m_current.reset();
    m_model->clear();
    resetMca();
    m_details->showNothing();
    updateCustomerActions();
    m_banner->hide();
    m_searchBar->reset();
    updateStatus();
}

bool MainWindow::isCsp() const
{
    return m_session->session().role != cc::Role::Reseller;
}

void MainWindow::mergeResellers()
{
    if (m_session->isSignedIn() && isCsp())
        m_searchBar->addResellers(m_model->resellerIds());
}

void MainWindow::showDemoStarting()
{
    m_signIn->setBusy(true);
}

void MainWindow::startDemo()
{
    if (!m_demoProvider) {
        m_signIn->showMessage(tr("The demo is not available in this build."));
        return;
    }
    QString error;
    const auto request = m_demoProvider(&error);
    if (!request) {
        m_signIn->showMessage(tr("The demo could not start: %1").arg(error));
        return;
    }
    m_signIn->setBusy(true);
    m_session->signIn(*request);
}

void MainWindow::onSignedIn()
{
    m_signIn->setBusy(false);
    const QString tenant = m_session->session().tenant;
    // Back after an ended session in the same tenant: keep search, filter and selection. Another
    // tenant: nothing of the last one may show.
    if (!m_workspaceTenant.isEmpty() && m_workspaceTenant.compare(tenant, Qt::CaseInsensitive) != 0)
        resetWorkspace();
    m_workspaceTenant = tenant;
    // The first page is asked for before the workspace is shown and laid out, so that the server
    // works on it meanwhile.
    startLoad();
    m_stack->setCurrentWidget(m_workspace);
    m_customerMenu->setEnabled(true);
    m_signOutAction->setEnabled(true);
    m_searchBar->setResellerFilterShown(isCsp());
    QSettings().setValue(QStringLiteral("window/lastTenant"), tenant);
    m_table->setFocus();
}

void MainWindow::onSessionExpired()
{
    // Keep where the user was; after signing in again they are back there.
    if (const QUuid id = selectedCustomerId(); !id.isNull())
        m_restoreSelection = id;
    m_model->cancel();
    m_signIn->showMessage(tr("Your session ended or the server refused the token. Sign in again to continue where you were."));
    showSignIn();
}

void MainWindow::startLoad()
{
    if (!m_session->isSignedIn())
        return;
    m_banner->hide();
    m_firstPageSignalled = false;
    m_model->load(m_searchBar->query(isCsp()));
}

void MainWindow::updateStatus()
{
    const cc::Session s = m_session->session();
    if (s.signedIn) {
        const QString role = s.role == cc::Role::Reseller ? tr("reseller")
                             : s.role == cc::Role::Csp    ? tr("CSP")
                                                          : tr("unknown role");
        QString expiry;
        if (s.expiresAt.isValid())
            expiry = s.renewable ? tr("token renews automatically")
                                 : tr("session expires %1").arg(cc::i18n::formatDateTime(s.expiresAt));
        m_sessionLabel->setText(tr("%1 · %2 · %3").arg(s.tenant, role, expiry));
    } else {
        m_sessionLabel->setText(tr("Not signed in"));
    }
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const bool retrying = m_model->isLoading() && m_model->isWaitingToRetry();
    if (retrying && !m_statusTick->isActive())
        m_statusTick->start();
    else if (!retrying)
        m_statusTick->stop();
    using Outcome = CustomerListModel::Outcome;
    if (m_model->isLoading()) {
        if (retrying) {
            const int seconds = int((m_model->retryRemainingMs() + 999) / 1000);
            m_progressLabel->setText(tr("Retrying in %n s …", nullptr, seconds));
        } else if (m_model->showsEarlierLoad() || (loaded == 0 && m_model->totalCount() == 0)) {
            // No page of this load yet: how many there are is not known.
            m_progressLabel->setText(tr("Loading customers…"));
        } else {
            m_progressLabel->setText(tr("Loading %1 of %2").arg(locale.toString(loaded), locale.toString(m_model->totalCount())));
        }
        m_cancel->show();
    } else {
        m_cancel->hide();
        QString count;
        if (m_proxy->isFiltering())
            count = tr("%1 of %Ln customer(s) match", nullptr, loaded).arg(locale.toString(m_proxy->rowCount()));
        else
            count = tr("%Ln customer(s)", nullptr, loaded);
        // Rows that are not the answer to the last load are marked so.
        const Outcome outcome = m_model->outcome();
        const bool failed = outcome == Outcome::Failed;
        QString note;
        if (outcome == Outcome::Failed || outcome == Outcome::Cancelled) {
            if (m_model->showsEarlierLoad() && m_model->completeAt().isValid()) {
                const QString at = locale.toString(m_model->completeAt().time(), QLocale::ShortFormat);
                note = failed ? tr("showing the list as of %1 — reload failed").arg(at)
                              : tr("showing the list as of %1 — reload cancelled").arg(at);
            } else {
                note = failed ? tr("incomplete — loading failed") : tr("incomplete — loading cancelled");
            }
        }
        if (!s.signedIn)
            m_progressLabel->clear();
        else if (note.isEmpty())
            m_progressLabel->setText(count);
        else
            m_progressLabel->setText(tr("%1 · %2", "customer count · why the list is not current").arg(count, note));
    }
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    if (!m_emptyState)
        return;
    const bool empty = m_session->isSignedIn() && !m_model->isLoading() && m_proxy->rowCount() == 0;
    if (!empty) {
        m_emptyState->hide();
        return;
    }
    const QString search = m_model->query().searchValue;
    if (m_proxy->isFiltering() && m_model->rowCount() > 0 && m_searchBar->filterText().trimmed().isEmpty()) {
        m_emptyText->setText(tr("No direct customers in the list: every customer loaded has a reseller."));
        m_emptyClear->hide();
    } else if (m_proxy->isFiltering() && m_model->rowCount() > 0) {
        m_emptyText->setText(tr("No customers match “%1”.").arg(m_searchBar->filterText().trimmed()));
        m_emptyClear->setText(tr("Cl&ear the filter"));
        m_emptyClear->show();
    } else if (!search.isEmpty()) {
        m_emptyText->setText(tr("No customers match “%1” on the server.").arg(search));
        m_emptyClear->setText(tr("Cl&ear the search"));
        m_emptyClear->show();
    } else {
        // A first load that failed has nothing to show either: not "no customers" (the banner says why).
        m_emptyText->setText(m_model->outcome() == CustomerListModel::Outcome::Failed ? tr("The customers could not be loaded.")
                                                                                      : tr("No customers to show."));
        m_emptyClear->hide();
    }
    m_emptyState->setGeometry(m_table->viewport()->rect());
    m_emptyState->show();
    m_emptyState->raise();
}

QUuid MainWindow::selectedCustomerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CustomerListModel::IdRole).toUuid() : QUuid();
}

bool MainWindow::selectCustomer(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::onSelectionChanged()
{
    const QUuid id = selectedCustomerId();
    if (!id.isNull() && m_current && m_current->id == id) {
        m_selectedId = id;
        return;
    }
    m_detailsCall.cancel();
    // Nothing acts on the last customer while the next one's details are on their way.
    m_current.reset();
    m_selectedId = id;
    if (!id.isNull())
        m_restoreSelection = QUuid(); // the user chose another
    updateCustomerActions();
    if (id.isNull()) {
        m_details->showNothing();
        return;
    }
    m_details->showLoading();
    m_detailsCall = m_session->fetchCustomer(id, this, [this, id](const cc::Result<cc::Customer> &r) {
        if (!r.ok()) {
            m_current.reset();
            m_details->showNothing();
            updateCustomerActions();
            if (r.error().kind != cc::ApiError::Kind::Unauthorized)
                m_banner->showError(r.error());
            return;
        }
        m_current = r.value();
        m_details->showCustomer(r.value(), m_session->providerInstances());
        readMcaOf(r.value());
        updateCustomerActions();
    });
}

void MainWindow::syncSelection()
{
    const QUuid wanted = !m_selectedId.isNull() ? m_selectedId : m_restoreSelection;
    if (wanted.isNull())
        return;
    if (selectCustomer(wanted)) {
        m_restoreSelection = QUuid();
        return;
    }
    // The list does not show it (any more): nothing may act on it. While pages still arrive its
    // own may be among them; then it is selected again.
    m_detailsCall.cancel();
    m_current.reset();
    m_selectedId = QUuid();
    m_table->selectionModel()->clear();
    if (m_model->isLoading()) {
        m_restoreSelection = wanted;
        m_details->showLoading();
    } else {
        m_restoreSelection = QUuid();
        m_details->showNotInList();
    }
    updateCustomerActions();
}

void MainWindow::updateCustomerActions()
{
    if (m_copyLinkAction)
        m_copyLinkAction->setEnabled(m_current.has_value());
}

void MainWindow::openImportDialog()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    m_importDialog = new ImportDialog(new InternalIdImportModel(m_session->client()), this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ImportDialog::internalIdentifierChanged, this, &MainWindow::internalIdentifierChanged);
    m_importDialog->show();
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog.data();
}

bool MainWindow::exportList(const QString &path)
{
    // What the list shows now: its rows in their order (filter and sort are the proxy's), the
    // columns not hidden in the order they stand, headers in the UI language.
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QString error;
    if (!exportCsv(m_proxy, columns, path, &error)) {
        m_banner->showMessage(tr("The list could not be exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n customer(s) to %1.", nullptr, m_proxy->rowCount()).arg(path), 10000);
    return true;
}

void MainWindow::internalIdentifierChanged(const QUuid &customerId, const QString &value)
{
    m_model->updateInternalIdentifier(customerId, value);
    if (m_current && m_current->id == customerId) {
        m_current->internalIdentifier = value;
        m_details->showCustomer(*m_current, m_session->providerInstances());
    }
}

void MainWindow::customerUpdated(const cc::Customer &customer)
{
    m_model->updateCustomer(customer);
    if (m_current && m_current->id == customer.id) {
        m_current = customer;
        m_details->showCustomer(customer, m_session->providerInstances());
    }
    // Recording an agreement changes its status: the view, the column and the details follow.
    readMcaOf(customer);
}

void MainWindow::showSavedMessage(const QString &message, const QString &correlationId)
{
    // The correlation ID on demand: in the status bar's tooltip for as long as the message shows.
    statusBar()->showMessage(message, 10000);
    const QString tip = correlationId.isEmpty() ? QString() : tr("Correlation ID: %1").arg(correlationId);
    statusBar()->setToolTip(tip);
    statusBar()->setAccessibleDescription(tip);
    QObject::connect(
        statusBar(), &QStatusBar::messageChanged, this,
        [this, message](const QString &now) {
            if (now != message) {
                statusBar()->setToolTip({});
                statusBar()->setAccessibleDescription({});
            }
        },
        Qt::SingleShotConnection);
}

void MainWindow::showBannerMessage(const QString &text)
{
    m_banner->showMessage(text);
}

void MainWindow::openLinkDialog()
{
    if (!m_current)
        return;
    delete m_linkDialog;
    m_linkDialog = new LinkDialog(m_session, *m_current, m_model->resellerIds(), this);
    m_linkDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog->open();
}

void MainWindow::copyLinkForSelection()
{
    if (!m_current)
        return;
    // One keystroke when the choice is unambiguous: the customer is in exactly one Microsoft instance.
    // Or, failing that, the tenant has only one Microsoft instance.
    QList<cc::ProviderInstance> candidates;
    QList<cc::ProviderInstance> microsoft;
    for (const auto &i : m_session->providerInstances()) {
        if (!i.isMicrosoft())
            continue;
        microsoft << i;
        if (m_current->providerCustomer(i.id))
            candidates << i;
    }
    if (candidates.isEmpty() && microsoft.size() == 1)
        candidates = microsoft;
    if (candidates.size() != 1) {
        openLinkDialog();
        return;
    }
    const QUuid reseller = isCsp() ? m_current->resellerId : QUuid();
    const QString company = m_current->companyName;
    m_session->fetchRelationshipLink(candidates.first().id, reseller, this, [this, company](const cc::Result<QString> &r) {
        if (!r.ok()) {
            m_banner->showError(r.error());
            return;
        }
        QApplication::clipboard()->setText(r.value());
        statusBar()->showMessage(tr("Relationship link for %1 copied.").arg(company), 5000);
    });
}

void MainWindow::saveState()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("window/columns"), m_columns->saveState());
    saveMcaState(s);
    m_searchBar->saveState(s);
}

void MainWindow::restoreState()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1280 x 800, or nine tenths of a smaller screen, never wider or taller than
        // the screen (a window past the screen's edge hides its status bar and buttons).
        QSize size(1280, 800);
        if (const QScreen *shownOn = screen())
            size = size.boundedTo(shownOn->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    QMainWindow::restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_columns->restoreState(s.value(QStringLiteral("window/columns")).toByteArray());
    restoreMcaState(s);
    syncColumnActions();
    m_searchBar->restoreState(s);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_table && watched == m_table->viewport() && m_emptyState)
        m_emptyState->setGeometry(m_table->viewport()->rect());
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::moveIntoList()
{
    if (m_proxy->rowCount() == 0)
        return false;
    // To the selected customer, or the first one.
    QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        current = m_proxy->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(current);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

#pragma once

#include <sessioncontroller.h>

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class Banner;
class ColumnFitter;
class ImportDialog;
class CustomerDetails;
class CustomerFilterProxy;
class CustomerListModel;
class LinkDialog;
class McaListModel;
class McaView;
class QSettings;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class SearchBar;
class SignInPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SessionController *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // How "Try the demo" gets a tenant to sign in to (the app wiring starts the sandbox).
    using DemoProvider = std::function<std::optional<SessionController::SignInRequest>(QString *error)>;
    void setDemoProvider(DemoProvider provider) { m_demoProvider = std::move(provider); }
    void startDemo();
    void showDemoStarting(); // the sign-in panel busy while the demo's sandbox gets ready

    CustomerListModel *customers() const { return m_model; }
    CustomerFilterProxy *proxy() const { return m_proxy; }
    // The Microsoft Customer Agreement status: one model for the view, the list column and the details.
    McaListModel *mcaModel() const { return m_mca; }
    McaView *mcaView() const { return m_mcaView; }
    void openMcaView();
    SignInPanel *signInPanel() const { return m_signIn; }
    LinkDialog *linkDialog() const;
    QUuid selectedCustomerId() const;
    std::optional<cc::Customer> selectedCustomer() const { return m_current; }
    // Makes the customer the current row when the list shows it; false when it does not.
    bool selectCustomer(const QUuid &id);
    void openLinkDialog();
    void copyLinkForSelection();
    // An edit elsewhere changed a customer: update the row and the details in place.
    void customerUpdated(const cc::Customer &customer);
    void showBannerMessage(const QString &text);
    // Customers > Import internal identifiers…: one dialog at a time, not modal, so the list stays usable.
    void openImportDialog();
    ImportDialog *importDialog() const;
    // Customers > Export…: the rows, order and columns the list shows now, as CSV.
    bool exportList(const QString &path);
    // An import applied a row: the list and the details show the new value in place.
    void internalIdentifierChanged(const QUuid &customerId, const QString &value);
    // A form's save went through: says so in the status bar for a while.
    void showSavedMessage(const QString &message, const QString &correlationId);

Q_SIGNALS:
    void editInternalIdentifierRequested(const cc::Customer &customer);
    void microsoftCustomerAgreementRequested(const cc::Customer &customer);
    void addProviderInstanceRequested(const cc::Customer &customer);
    void editMarginsRequested(const cc::Customer &customer, const QUuid &providerInstanceId);
    void firstPageShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWorkspace();
    void buildMenus();
    void retranslate();
    void onSignedIn();
    void onSessionExpired();
    void showSignIn();
    void startLoad();
    void updateStatus();
    void onSelectionChanged();
    // After the rows shown changed (a search, the filter, a reload, a cancelled or failed load):
    // the selection stays on the same customer when the list still shows it, and is given up,
    // with every action on it, when it does not.
    void syncSelection();
    void updateCustomerActions();
    void updateEmptyState();
    // Down in the search or filter field: on into the list, when it shows a customer.
    bool moveIntoList();
    void saveState();
    void restoreState();
    void signOut();
    // Forgets everything shown of the last session (rows, details, resellers, search), e.g. on
    // signing out or into another tenant.
    void resetWorkspace();
    void mergeResellers();
    bool isCsp() const;
    // Shows or hides a column of the list (Customers > Columns, or the header's context menu); the
    // last one shown stays.
    void setColumnShown(int column, bool shown);
    void syncColumnActions();
    // The MCA status (mainwindowmca.cpp).
    void setUpMca();
    void retranslateMca();
    QList<QUuid> microsoftInstancesOf(const cc::Customer &customer) const;
    // Reads the customer's agreements afresh for the details (and the view and column with them).
    void readMcaOf(const cc::Customer &customer);
    void showMcaOfCurrent();
    void mcaColumnShown(bool shown);
    void saveMcaState(QSettings &settings) const;
    void restoreMcaState(QSettings &settings);
    void resetMca();

    SessionController *m_session;
    DemoProvider m_demoProvider;
    QStackedWidget *m_stack;
    SignInPanel *m_signIn;
    QWidget *m_workspace = nullptr;
    Banner *m_banner = nullptr;
    SearchBar *m_searchBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columns = nullptr;
    CustomerDetails *m_details = nullptr;
    CustomerListModel *m_model;
    CustomerFilterProxy *m_proxy;
    QTimer *m_statusTick;            // counts down "Retrying in 2 s" while a page waits to be asked again
    QWidget *m_emptyState = nullptr; // over the list when it shows no row: why, and a way out
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QLabel *m_sessionLabel;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QAction *m_signOutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_customerMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QList<QAction *> m_columnActions; // one a column, in the model's order
    QAction *m_fitColumnsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QAction *m_mcaViewAction = nullptr;
    McaListModel *m_mca = nullptr;
    McaView *m_mcaView = nullptr;
    QPointer<LinkDialog> m_linkDialog; // cleared by Qt when the dialog goes, even during our own destruction
    std::optional<cc::Customer> m_current;
    cc::CallHandle m_detailsCall;
    QUuid m_selectedId;        // the customer the user selected, while the list shows it
    QUuid m_restoreSelection;  // a customer to select again when its page arrives
    QString m_workspaceTenant; // whose customers the workspace shows
    bool m_firstPageSignalled = false;
};

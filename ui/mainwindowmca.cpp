// The main window's part of the Microsoft Customer Agreement status: the one McaListModel behind
// the MCA view, the list's optional column and the details pane, and what keeps them current.

#include "mainwindow.h"

#include "banner.h"
#include "columnfitter.h"
#include "customerdetails.h"
#include "mcaview.h"

#include <customerlistmodel.h>
#include <mcalistmodel.h>

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace {
const QString McaColumnKey = QStringLiteral("window/mcaColumn");
}

void MainWindow::setUpMca()
{
    m_mca = new McaListModel(this);
    m_mca->setClient(m_session->client());
    m_model->setMcaSource(m_mca);
    m_mcaView = new McaView(m_session, m_mca, this);
    m_mcaView->hide();

    // Customers > Microsoft Customer Agreements, before the column choices.
    m_mcaViewAction = new QAction(this);
    m_mcaViewAction->setObjectName(QStringLiteral("mcaViewAction"));
    m_mcaViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_customerMenu->insertAction(m_columnsMenu->menuAction(), m_mcaViewAction);
    m_customerMenu->insertSeparator(m_columnsMenu->menuAction());
    connect(m_mcaViewAction, &QAction::triggered, this, &MainWindow::openMcaView);

    // The column needs the listing: it loads when the column is shown in a session.
    m_table->setColumnHidden(CustomerListModel::McaStatus, true);
    connect(m_session, &SessionController::signedIn, this, [this] {
        if (!m_table->isColumnHidden(CustomerListModel::McaStatus))
            m_mca->load();
    });

    connect(m_details, &CustomerDetails::refreshMcaRequested, this, [this] {
        if (m_current)
            m_mca->refreshCustomer(m_current->id, microsoftInstancesOf(*m_current));
    });
    connect(m_mca, &McaListModel::customerChanged, this, [this](const QUuid &id) {
        if (m_current && m_current->id == id)
            showMcaOfCurrent();
    });
    connect(m_mca, &McaListModel::customerFailed, this, [this](const QUuid &id, const cc::ApiError &error) {
        // In the window's banner, with the correlation ID and Copy details, as other failures are;
        // the view says it per row.
        if (m_current && m_current->id == id && error.kind != cc::ApiError::Kind::Unauthorized)
            m_banner->showError(error);
    });
}

void MainWindow::retranslateMca()
{
    m_mcaViewAction->setText(tr("&Microsoft Customer Agreements…"));
}

void MainWindow::openMcaView()
{
    if (!m_session->isSignedIn())
        return;
    m_mcaView->show();
    m_mcaView->raise();
    m_mcaView->activateWindow();
    m_mcaView->ensureLoaded();
}

QList<QUuid> MainWindow::microsoftInstancesOf(const cc::Customer &customer) const
{
    QList<QUuid> ids;
    for (const cc::ProviderInstance &i : m_session->providerInstances())
        if (i.isMicrosoft() && customer.providerCustomer(i.id))
            ids << i.id;
    return ids;
}

void MainWindow::readMcaOf(const cc::Customer &customer)
{
    const QList<QUuid> instances = microsoftInstancesOf(customer);
    if (instances.isEmpty())
        return;
    m_mca->readCustomer(customer.id, instances);
    showMcaOfCurrent();
}

void MainWindow::showMcaOfCurrent()
{
    if (!m_current)
        return;
    const cc::ApiError error = m_mca->customerError(m_current->id);
    m_details->showMca(m_current->id, m_mca->itemsOf(m_current->id), m_mca->isCustomerBusy(m_current->id),
                       error.isError() ? error.message() : QString());
}

void MainWindow::mcaColumnShown(bool shown)
{
    if (shown && m_session->isSignedIn() && !m_mca->isLoaded() && !m_mca->isLoading())
        m_mca->load();
}

void MainWindow::saveMcaState(QSettings &settings) const
{
    settings.setValue(McaColumnKey, !m_table->isColumnHidden(CustomerListModel::McaStatus));
}

void MainWindow::restoreMcaState(QSettings &settings)
{
    // Off unless chosen (it reads every agreement of the tenant), whatever older saved column
    // states that did not know the column say.
    m_columns->setColumnShown(CustomerListModel::McaStatus, settings.value(McaColumnKey, false).toBool());
}

void MainWindow::resetMca()
{
    m_mcaView->hide();
    m_mca->clear();
}

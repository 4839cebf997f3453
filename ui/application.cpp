#include "application.h"

#include <draftstore.h>
#include <formlauncher.h>
#include <mcaview.h>
#include <sessioncontroller.h>

#include <QCoreApplication>
#include <QTimer>

#include <utility>

Application::Application(std::unique_ptr<cc::CredentialStore> store, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<SessionController>(std::move(store)))
    , m_forms(std::make_unique<FormLauncher>(m_session.get()))
    , m_window(std::make_unique<MainWindow>(m_session.get()))
{
    wire();
}

Application::~Application() = default;

void Application::wire()
{
    MainWindow *window = m_window.get();
    FormLauncher *forms = m_forms.get();
    // The window asks for a form; the launcher opens it over the window.
    connect(window, &MainWindow::editInternalIdentifierRequested, forms,
            [forms, window](const cc::Customer &c) { forms->openInternalIdentifier(window, c); });
    connect(window, &MainWindow::microsoftCustomerAgreementRequested, forms,
            [forms, window](const cc::Customer &c) { forms->openMicrosoftCustomerAgreement(window, c); });
    connect(window, &MainWindow::addProviderInstanceRequested, forms,
            [forms, window](const cc::Customer &c) { forms->openAddProviderInstance(window, c); });
    // From the MCA view, the MCA form opens over the view; once saved, the window reads the
    // agreement again (customerUpdated), so the view, the list column and the details follow.
    connect(
        window->mcaView(), &McaView::microsoftCustomerAgreementRequested, forms,
        [forms, window](const cc::Customer &c, const QUuid &) { forms->openMicrosoftCustomerAgreement(window->mcaView(), c); });
    connect(window, &MainWindow::editMarginsRequested, forms,
            [forms, window](const cc::Customer &c, const QUuid &instance) { forms->openEditMargins(window, c, instance); });
    // A form saved: the row and the details update in place, and the status bar says so.
    connect(forms, &FormLauncher::customerUpdated, window, &MainWindow::customerUpdated);
    connect(forms, &FormLauncher::saved, window, &MainWindow::showSavedMessage);
    // Forms left unsaved when the app last quit or crashed: after sign-in, the tenant's drafts are
    // offered back as one list (Restore / Discard / Later), once the window has painted the
    // signed-in state.
    connect(m_session.get(), &SessionController::signedIn, window,
            [forms, window] { QTimer::singleShot(0, window, [forms, window] { forms->restoreDrafts(window); }); });
    connect(forms, &FormLauncher::draftNotRestored, window, [window](const DraftStore::Draft &draft, const cc::ApiError &error) {
        // The context is main()'s, where this text was translated first.
        window->showBannerMessage(
            QCoreApplication::translate("main", "The unsaved %1 for %2 could not be "
                                                "reopened and is kept for later: %3 (correlation ID %4)")
                .arg(DraftStore::formTitle(draft.form), draft.customerName, error.message(), error.correlationId));
    });
}

void Application::setDemoProvider(MainWindow::DemoProvider provider)
{
    m_window->setDemoProvider(std::move(provider));
}

void Application::signInToDemo()
{
    if (std::exchange(m_demoSignedIn, true))
        return;
    m_window->startDemo();
}

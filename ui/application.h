#pragma once

#include "mainwindow.h"

#include <core/auth/credentialstore.h>

#include <QObject>

#include <memory>

class FormLauncher;
class SessionController;

// The desktop app's objects and how they talk to each other: the session, the window, the edit
// forms the window asks for and the drafts they leave, and the demo behind "Try the demo".
// main() makes one, and so do the tests, which then go the app's own path end to end.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(std::unique_ptr<cc::CredentialStore> store, QObject *parent = nullptr);
    ~Application() override;

    SessionController *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }
    FormLauncher *forms() const { return m_forms.get(); }

    // Where "Try the demo" gets a tenant to sign in to (main: the embedded sandbox).
    void setDemoProvider(MainWindow::DemoProvider provider);
    // --demo: signs in to the demo once, however often it is asked (the sandbox may say it is
    // ready while the window is still being built, or after).
    void signInToDemo();

private:
    void wire();

    // Destroyed in reverse: the window and the forms before the session they use.
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<FormLauncher> m_forms;
    std::unique_ptr<MainWindow> m_window;
    bool m_demoSignedIn = false;
};

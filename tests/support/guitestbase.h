#pragma once

// What every widget suite starts each test from, as KeePassXC's GuiTestBase::init() does: empty
// settings of the suite's own (no recent tenant, window state, language or draft an earlier test
// left), English, the C locale, the drafts seam back to its default, and a sandbox of the test's
// own (no customer an earlier test edited, no fault or revoked token left behind).

#include <formlauncher.h>

#include <sandboxserver.h>

#include <core/i18n/translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

// A base of the test class (no Q_OBJECT of its own: the suite's class has it).
class GuiTestBase : public QObject
{
protected:
    // From initTestCase(): settings under an organisation of the suite's own, so that suites
    // running side by side never share a file.
    void initSuite(const char *suite)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CloudCockpit Tests (%1)").arg(QString::fromLatin1(suite)));
        m_defaultOfferDrafts = FormLauncher::offerDrafts;
    }

    // From init(): a fresh start. Returns false when the sandbox does not listen.
    [[nodiscard]] bool freshStart(const ccsandbox::SandboxOptions &options)
    {
        QSettings().clear();
        QSettings().sync();
        QLocale::setDefault(QLocale::c());
        if (!cc::i18n::install(QStringLiteral("en")))
            return false;
        FormLauncher::offerDrafts = m_defaultOfferDrafts;
        m_sandbox = std::make_unique<ccsandbox::SandboxServer>(options);
        return m_sandbox->listen();
    }

    // From cleanup(): nothing of this test reaches the next.
    void finish()
    {
        FormLauncher::offerDrafts = m_defaultOfferDrafts;
        m_sandbox.reset();
        QSettings().clear();
    }

    ccsandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

private:
    std::unique_ptr<ccsandbox::SandboxServer> m_sandbox;
    std::function<void(FormLauncher *, QWidget *, const QList<DraftStore::Draft> &)> m_defaultOfferDrafts;
};

#pragma once

// What the form suites share: an in-process sandbox over loopback, a client signed in to it with
// a pasted token, and the customers and provider instances it holds; and, for what the desktop
// app opens through its SessionController (the FormLauncher), a session signed in the app's way.

#include <sessioncontroller.h>

#include <core/api/cloudcockpitclient.h>
#include <core/auth/credentialstore.h>

#include <sandboxserver.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

struct FormsFixture
{
    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<cc::CloudCockpitClient> client;
    std::unique_ptr<SessionController> app; // after startApp()
    cc::Session session;
    QList<cc::Customer> customers;
    QList<cc::ProviderInstance> instances;

    bool start(int customerCount = 300, quint32 seed = 7)
    {
        ccsandbox::SandboxOptions o;
        o.customerCount = customerCount;
        o.seed = seed;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        if (!sandbox->listen())
            return false;
        client = std::make_unique<cc::CloudCockpitClient>();
        if (!signIn(sandbox->cspToken()))
            return false;
        std::optional<cc::CustomerPage> page;
        cc::CustomerQuery q;
        q.pageSize = 2000;
        client->listCustomers(q, client.get(), [&](const cc::Result<cc::CustomerPage> &r) {
            if (r.ok())
                page = r.value();
        });
        std::optional<cc::ProviderInstancePage> inst;
        client->listProviderInstances(1, 100, client.get(), [&](const cc::Result<cc::ProviderInstancePage> &r) {
            if (r.ok())
                inst = r.value();
        });
        if (!QTest::qWaitFor([&] { return page.has_value() && inst.has_value(); }, 10000))
            return false;
        customers = page->items;
        instances = inst->items;
        return true;
    }

    bool signIn(const QString &token)
    {
        cc::ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tokenUrl = sandbox->tokenUrl();
        s.tenant = sandbox->tenant();
        s.timeout = std::chrono::seconds(5);
        client->setConnection(s);
        client->setCredentials(cc::Credentials::fromToken(token));
        std::optional<cc::Session> signedIn;
        client->signIn(client.get(), [&](const cc::Result<cc::Session> &r) {
            if (r.ok())
                signedIn = r.value();
        });
        if (!QTest::qWaitFor([&] { return signedIn.has_value(); }, 10000))
            return false;
        session = *signedIn;
        return true;
    }

    // Signs the app's SessionController in to the sandbox as a CSP (nothing remembered).
    bool startApp()
    {
        app = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        QSignalSpy signedIn(app.get(), &SessionController::signedIn);
        app->signIn(appSignIn());
        if (!signedIn.wait(10000))
            return false;
        // What the session reads after sign-in (instances, reseller names) is in, so that it does
        // not land in a test's count of requests.
        return QTest::qWaitFor(
            [this] {
                const auto state = app->resellerDirectory()->state();
                return !app->providerInstances().isEmpty() && state != ResellerDirectory::State::Loading;
            },
            10000);
    }

    SessionController::SignInRequest appSignIn() const
    {
        SessionController::SignInRequest r;
        r.connection.apiUrl = sandbox->apiUrl();
        r.connection.tokenUrl = sandbox->tokenUrl();
        r.connection.tenant = sandbox->tenant();
        // Client credentials, as the app's users sign in: a slot that revokes every token (the
        // pasted one of `client`) leaves this session able to renew its own.
        r.credentials = cc::Credentials::fromClientSecret(sandbox->cspClientId(), sandbox->cspClientSecret());
        r.ephemeral = true;
        return r;
    }

    cc::Customer fetch(const QUuid &id, const QUuid &reseller = {})
    {
        std::optional<cc::Customer> c;
        client->getCustomer(id, reseller, client.get(), [&](const cc::Result<cc::Customer> &r) {
            if (r.ok())
                c = r.value();
        });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return c.has_value(); }, 10000);
        return c.value_or(cc::Customer{});
    }

    cc::ProviderInstance instance(const QString &aliasPart) const
    {
        for (const auto &i : instances)
            if (i.alias.contains(aliasPart))
                return i;
        return {};
    }

    // The n-th live customer that passes the check (customers are not shared between test slots).
    cc::Customer customer(const std::function<bool(const cc::Customer &)> &check, int n = 0) const
    {
        for (const auto &c : customers)
            if (!c.isDeleted && check(c) && n-- == 0)
                return c;
        return {};
    }

    // A port nobody listens on: connections are refused at once.
    static QUrl closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port);
        return u;
    }
};

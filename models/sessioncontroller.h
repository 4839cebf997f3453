#pragma once

#include "resellerdirectory.h"

#include <core/api/cloudcockpitclient.h>
#include <core/auth/credentialstore.h>
#include <core/auth/profilestore.h>

#include <QObject>
#include <QStringList>

#include <memory>

// The signed-in session the window works in: owns the one CloudCockpitClient, remembers the
// tenants signed in to as profiles (cc::ProfileStore, never secrets; the same ones ccadmin uses),
// and keeps secrets in the CredentialStore when asked to, under the profile's key.
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(std::unique_ptr<cc::CredentialStore> store, QObject *parent = nullptr);
    ~SessionController() override;

    cc::CloudCockpitClient *client() const { return m_client.get(); }
    cc::Session session() const { return m_client->session(); }
    bool isSignedIn() const { return m_client->session().signedIn; }

    struct SignInRequest
    {
        cc::ConnectionSettings connection;
        cc::Credentials credentials;
        bool remember = false;
        // The embedded demo: its address and secret change every run, so neither goes into the
        // recent tenants nor the keychain.
        bool ephemeral = false;
    };
    // Signs in; on failure the error's fieldErrors name the fields ("tenant", "clientsecret", ...).
    void signIn(const SignInRequest &request);
    void signOut();
    bool isBusy() const { return m_pending.isRunning(); }
    void cancelSignIn();

    // Recent tenants, most recent first, with the non-secret parts of how they signed in: the
    // profiles (one per tenant, ccadmin's too). At most MaxRecentTenants are offered; an entry
    // whose fields are not plausible is skipped.
    static constexpr int MaxRecentTenants = 20;
    struct RecentTenant
    {
        QString tenant;
        QString apiUrl;
        QString tokenUrl;
        QString clientId; // empty: a pasted token was used
    };
    QList<RecentTenant> recentTenants() const;
    // Reads a remembered secret (client secret, or token when clientId is empty).
    void readRememberedSecret(const QString &tenant, const QString &clientId, QObject *context,
                              std::function<void(const QString &secret, const QString &error)> callback);

    // The reads the widgets need, so that widgets never talk to the network themselves. Writes go
    // through the form models (models/forms), which the FormLauncher opens on this client.
    cc::CallHandle fetchCustomer(const QUuid &id, QObject *context, cc::Callback<cc::Customer> callback);
    cc::CallHandle fetchRelationshipLink(const QUuid &instance, const QUuid &reseller, QObject *context,
                                         cc::Callback<QString> callback);

    // The tenant's provider instances: the one copy the window, the link dialog and the forms
    // share. Read after sign-in; refreshProviderInstances() reads them again (once, however
    // many ask while a read is on its way) and providerInstancesChanged() follows.
    QList<cc::ProviderInstance> providerInstances() const { return m_instances; }
    void refreshProviderInstances();

    // The resellers' names, read once per session after sign-in (a CSP lists them all, a
    // reseller user reads its own) and cleared on sign-out.
    ResellerDirectory *resellerDirectory() const { return m_resellers; }
    void refreshResellers();

Q_SIGNALS:
    void signedIn();
    void signInFailed(const cc::ApiError &error);
    void signedOut();
    void sessionExpired();
    // The keychain could not keep a secret: it stays in memory for this session only.
    void keychainUnavailable(const QString &reason);
    void providerInstancesChanged();

private:
    void remember(const SignInRequest &request);
    // Versions before profiles kept the recent tenants in QSettings: they become profiles once.
    void migrateRecentTenants();
    void fetchResellerPage(int page, QHash<QUuid, QString> names);

    std::unique_ptr<cc::CloudCockpitClient> m_client;
    std::unique_ptr<cc::CredentialStore> m_store;
    cc::MemoryCredentialStore m_memory;
    cc::CallHandle m_pending;
    QList<cc::ProviderInstance> m_instances;
    ResellerDirectory *m_resellers;
    cc::CallHandle m_resellerCall;
    cc::CallHandle m_instancesCall;
};

#include "sessioncontroller.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

SessionController::SessionController(std::unique_ptr<cc::CredentialStore> store, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<cc::CloudCockpitClient>())
    , m_store(std::move(store))
    , m_resellers(new ResellerDirectory(this))
{
    connect(m_client.get(), &cc::CloudCockpitClient::sessionExpired, this, &SessionController::sessionExpired);
    migrateRecentTenants();
}

SessionController::~SessionController() = default;

void SessionController::signIn(const SignInRequest &request)
{
    m_pending.cancel();
    // Another sign-in may be another tenant: its resellers are read afresh.
    m_resellerCall.cancel();
    m_resellers->clear();
    m_client->setConnection(request.connection);
    m_client->setCredentials(request.credentials);
    m_pending = m_client->signIn(this, [this, request](const cc::Result<cc::Session> &r) {
        if (!r.ok()) {
            Q_EMIT signInFailed(r.error());
            return;
        }
        // Signed in first: the window's first page of customers goes out ahead of the instances
        // (on the connection the sign-in just warmed) and ahead of any keychain work.
        Q_EMIT signedIn();
        m_instancesCall.cancel(); // an earlier tenant's
        refreshProviderInstances();
        refreshResellers();
        if (!request.ephemeral)
            remember(request);
    });
}

void SessionController::cancelSignIn()
{
    m_pending.cancel();
}

void SessionController::signOut()
{
    m_pending.cancel();
    m_client->signOut();
    m_instancesCall.cancel();
    m_instances.clear();
    m_resellerCall.cancel();
    m_resellers->clear();
    Q_EMIT signedOut();
}

void SessionController::refreshProviderInstances()
{
    if (m_instancesCall.isRunning())
        return;
    m_instancesCall = m_client->listProviderInstances(1, 2000, this, [this](const cc::Result<cc::ProviderInstancePage> &r) {
        if (!r.ok())
            return; // the link dialog asks again and shows the error where it matters
        m_instances = r.value().items;
        Q_EMIT providerInstancesChanged();
    });
}

void SessionController::refreshResellers()
{
    m_resellerCall.cancel();
    const cc::Session s = m_client->session();
    if (!s.signedIn)
        return;
    m_resellers->setLoading();
    if (s.role == cc::Role::Reseller) {
        // A reseller user may not list the CSP's resellers (403): it reads its own record.
        if (s.resellerId.isNull()) {
            m_resellers->setFailed();
            return;
        }
        m_resellerCall = m_client->getReseller(s.resellerId, this, [this](const cc::Result<cc::Reseller> &r) {
            if (!r.ok()) {
                m_resellers->setFailed(); // the short ID stays: nothing else depends on the name
                return;
            }
            m_resellers->setNames({{r.value().id, r.value().companyName}});
        });
        return;
    }
    fetchResellerPage(1, {});
}

void SessionController::fetchResellerPage(int page, QHash<QUuid, QString> names)
{
    // A CSP has a handful of resellers, not thousands: pages of the API's largest size, one after
    // another, and a bound on how many a server may make us read.
    constexpr int PageSize = 2000;
    constexpr int MaxPages = 50;
    cc::ResellerQuery q;
    q.pageNumber = page;
    q.pageSize = PageSize;
    m_resellerCall = m_client->listResellers(q, this, [this, page, names](const cc::Result<cc::ResellerPage> &r) mutable {
        if (!r.ok()) {
            if (!names.isEmpty())
                m_resellers->setNames(names); // the pages that did arrive
            m_resellers->setFailed();
            return;
        }
        for (const cc::Reseller &reseller : r.value().items)
            names.insert(reseller.id, reseller.companyName);
        if (r.value().hasNextPage && !r.value().items.isEmpty() && page < MaxPages) {
            fetchResellerPage(page + 1, std::move(names));
            return;
        }
        m_resellers->setNames(names);
    });
}

namespace {

// The window's recent tenants as versions before profiles kept them, in QSettings. The settings
// file is the user's to edit (or break): a value read back is used only when it could have been
// written by that version.
QList<SessionController::RecentTenant> legacyRecentTenants(QSettings &settings)
{
    QList<SessionController::RecentTenant> out;
    // The array's size is read from disk: an edited or corrupt file may say anything (2147483647
    // made start-up spin). Only the first MaxRecentTenants entries are looked at.
    const int n = std::clamp(settings.beginReadArray(QStringLiteral("recentTenants")), 0, SessionController::MaxRecentTenants);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const auto text = [&settings](const QString &key) {
            const QVariant v = settings.value(key);
            return v.typeId() == QMetaType::QString ? v.toString() : QString();
        };
        const SessionController::RecentTenant t{text(QStringLiteral("tenant")).trimmed(), text(QStringLiteral("apiUrl")),
                                                text(QStringLiteral("tokenUrl")), text(QStringLiteral("clientId"))};
        const bool seen = std::any_of(out.cbegin(), out.cend(), [&t](const SessionController::RecentTenant &o) {
            return o.tenant.compare(t.tenant, Qt::CaseInsensitive) == 0;
        });
        if (!seen && cc::ProfileStore::plausibleTenant(t.tenant) && cc::ProfileStore::plausibleUrl(t.apiUrl) &&
            cc::ProfileStore::plausibleUrl(t.tokenUrl) && cc::ProfileStore::plausibleClientId(t.clientId))
            out.append(t);
    }
    settings.endArray();
    return out;
}

// The window names the profiles it makes after their tenant.
QString profileNameFor(const QString &tenant)
{
    return tenant.trimmed().toLower();
}

} // namespace

void SessionController::migrateRecentTenants()
{
    QSettings settings;
    if (!settings.childGroups().contains(QStringLiteral("recentTenants")))
        return;
    const QList<RecentTenant> legacy = legacyRecentTenants(settings);
    // A profile file that cannot be used (not a regular file, too large) is neither read nor
    // replaced; the old entries stay where they are until it can be.
    cc::ProfileStore store;
    const bool saved = store.update([&legacy](cc::ProfileStore &profiles) {
        // Oldest first, so that the most recent ends up first; a tenant that already has a
        // profile (made by ccadmin) keeps it.
        for (auto it = legacy.crbegin(); it != legacy.crend(); ++it) {
            if (profiles.findTenant(it->tenant) || profiles.find(profileNameFor(it->tenant)))
                continue;
            cc::Profile p;
            p.name = profileNameFor(it->tenant);
            p.tenant = it->tenant;
            p.apiUrl = it->apiUrl;
            p.tokenUrl = it->tokenUrl;
            p.clientId = it->clientId;
            p.auth = it->clientId.isEmpty() ? cc::Profile::Auth::Token : cc::Profile::Auth::ClientSecret;
            if (cc::ProfileStore::plausible(p))
                profiles.upsert(p);
        }
        return true;
    });
    if (saved)
        settings.remove(QStringLiteral("recentTenants"));
}

QList<SessionController::RecentTenant> SessionController::recentTenants() const
{
    cc::ProfileStore store;
    store.load();
    QList<RecentTenant> out;
    for (const cc::Profile &p : store.profiles()) {
        const bool seen = std::any_of(out.cbegin(), out.cend(), [&p](const RecentTenant &o) {
            return o.tenant.compare(p.tenant, Qt::CaseInsensitive) == 0;
        });
        if (seen)
            continue;
        out.append({p.tenant, p.apiUrl, p.tokenUrl, p.auth == cc::Profile::Auth::ClientSecret ? p.clientId : QString()});
        if (out.size() == MaxRecentTenants)
            break;
    }
    return out;
}

void SessionController::remember(const SignInRequest &request)
{
    const bool token = request.credentials.kind == cc::Credentials::Kind::Token;
    cc::Profile entry;
    entry.tenant = request.connection.tenant.trimmed();
    entry.apiUrl = request.connection.apiUrl.toString();
    entry.tokenUrl = request.connection.tokenUrl.toString();
    entry.auth = token ? cc::Profile::Auth::Token : cc::Profile::Auth::ClientSecret;
    entry.clientId = token ? QString() : request.credentials.clientId;
    const cc::Session s = m_client->session();
    entry.role = s.role == cc::Role::Unknown ? QString() : cc::roleName(s.role);
    entry.expiresAt = s.expiresAt;
    const QString key = entry.secretKey();

    cc::ProfileStore store;
    store.update([&entry, &key](cc::ProfileStore &profiles) {
        // The profile that signs in this way already (perhaps one ccadmin made), else a new one
        // named after the tenant: a profile of the same tenant with other credentials stays.
        std::optional<cc::Profile> existing;
        for (const cc::Profile &p : profiles.profiles())
            if (p.secretKey() == key && p.apiUrl == entry.apiUrl) {
                existing = p;
                break;
            }
        if (existing) {
            entry.name = existing->name;
        } else {
            entry.name = profileNameFor(entry.tenant);
            for (int n = 2; profiles.find(entry.name); ++n)
                entry.name = profileNameFor(entry.tenant) + u'-' + QString::number(n);
        }
        if (!cc::ProfileStore::plausible(entry))
            return false;
        profiles.upsert(entry);
        return true;
    });

    const QString secret = token ? request.credentials.token : request.credentials.clientSecret;
    if (!request.remember) {
        if (m_store)
            m_store->remove(key, this, [](bool, const QString &) {});
        m_memory.remove(key, this, [](bool, const QString &) {});
        return;
    }
    if (!m_store) {
        m_memory.write(key, secret, this, [](bool, const QString &) {});
        Q_EMIT keychainUnavailable(tr("No keychain is available."));
        return;
    }
    m_store->write(key, secret, this, [this, key, secret](bool ok, const QString &error) {
        if (ok)
            return;
        m_memory.write(key, secret, this, [](bool, const QString &) {});
        Q_EMIT keychainUnavailable(error);
    });
}

void SessionController::readRememberedSecret(const QString &tenant, const QString &clientId, QObject *context,
                                             std::function<void(const QString &, const QString &)> callback)
{
    const QString key = cc::CredentialStore::keyFor(tenant, clientId.isEmpty() ? QStringLiteral("token") : clientId);
    auto fromMemory = [this, key, context, callback](const QString &error) {
        m_memory.read(key, context, [callback, error](const cc::CredentialStore::ReadResult &r) {
            callback(r.ok ? r.secret : QString(), r.ok ? QString() : error);
        });
    };
    if (!m_store) {
        fromMemory({});
        return;
    }
    m_store->read(key, context, [fromMemory, callback](const cc::CredentialStore::ReadResult &r) {
        if (r.ok)
            callback(r.secret, {});
        else
            fromMemory(r.error);
    });
}

cc::CallHandle SessionController::fetchCustomer(const QUuid &id, QObject *context, cc::Callback<cc::Customer> callback)
{
    return m_client->getCustomer(id, {}, context, std::move(callback));
}

cc::CallHandle SessionController::fetchRelationshipLink(const QUuid &instance, const QUuid &reseller, QObject *context,
                                                        cc::Callback<QString> callback)
{
    return m_client->relationshipAcceptanceLink(instance, reseller, context, std::move(callback));
}

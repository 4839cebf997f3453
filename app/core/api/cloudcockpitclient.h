#pragma once

#include "apierror.h"
#include "connectionsettings.h"
#include "result.h"
#include <core/domain/types.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkReply;

namespace cc {

class NetworkAccess;
class PendingCall;

template<typename T> using Callback = std::function<void(const Result<T> &)>;

// A running call. cancel() is silent: the callback is not called. Destroying the context object
// given with the call has the same effect. Safe to keep after the call finished.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(PendingCall *call);
    void cancel();
    bool isRunning() const;

private:
    QPointer<PendingCall> m_call;
};

struct RequestOptions
{
    QString correlationId; // empty: a fresh UUID v4 for this call
};

// The service layer: one client over one QNetworkAccessManager. Every call is asynchronous; the
// callback runs on the context object's thread, never synchronously from inside the call, and
// never after the context is destroyed. Requests are validated before anything is sent.
class CloudCockpitClient : public QObject
{
    Q_OBJECT
public:
    explicit CloudCockpitClient(QObject *parent = nullptr);
    ~CloudCockpitClient() override;

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const;
    void setCredentials(const Credentials &credentials);
    Session session() const;

    // Gets a token (client credentials) or checks a pasted one, then proves the tenant and the
    // token with a light call (GET /v1/Providers/Instances?pageSize=1). Field errors use the paths
    // "tenant", "apiurl", "tokenurl", "clientid", "clientsecret", "token".
    CallHandle signIn(QObject *context, Callback<Session> callback);
    void signOut();

    CallHandle listCustomers(const CustomerQuery &query, QObject *context, Callback<CustomerPage> callback,
                             const RequestOptions &options = {});
    // The same request, read into what a list shows of each customer (json::parseCustomerSummaryPage):
    // the desktop list and ccadmin's csv and text output, where 100,000 customers must load fast.
    // With withSearchText, the page carries its searchTexts, made on the worker thread too.
    CallHandle listCustomerSummaries(const CustomerQuery &query, QObject *context, Callback<CustomerSummaryPage> callback,
                                     const RequestOptions &options = {}, bool withSearchText = false);
    CallHandle getCustomer(const QUuid &customerId, const QUuid &resellerId, QObject *context, Callback<Customer> callback,
                           const RequestOptions &options = {});
    CallHandle listProviderInstances(int pageNumber, int pageSize, QObject *context, Callback<ProviderInstancePage> callback,
                                     const RequestOptions &options = {});
    CallHandle relationshipAcceptanceLink(const QUuid &providerInstanceId, const QUuid &resellerId, QObject *context,
                                          Callback<QString> callback, const RequestOptions &options = {});
    CallHandle addProviderInstance(const QUuid &customerId, const AddProviderInstanceRequest &request, bool microsoftInstance,
                                   QObject *context, Callback<QString> callback, const RequestOptions &options = {});
    CallHandle updateMicrosoftCustomerAgreement(const QUuid &customerId, const McaUpdate &update, QObject *context,
                                                Callback<Done> callback, const RequestOptions &options = {});
    CallHandle updateInternalIdentifier(const QUuid &customerId, const InternalIdentifierUpdate &update, QObject *context,
                                        Callback<Done> callback, const RequestOptions &options = {});

    // GET /v1/Resellers: the csp role only (a reseller token gets Forbidden; it reads its own
    // record with getReseller).
    CallHandle listResellers(const ResellerQuery &query, QObject *context, Callback<ResellerPage> callback,
                             const RequestOptions &options = {});
    CallHandle getReseller(const QUuid &resellerId, QObject *context, Callback<Reseller> callback,
                           const RequestOptions &options = {});
    // PATCH /v1/Customers/{customerId}/margins/{providerInstanceId}. offeredTypes: what the
    // instance sells, when the caller knows it (an offer type outside it is refused before sending).
    CallHandle updateMargins(const QUuid &customerId, const MarginsUpdate &update, const QList<OfferType> &offeredTypes,
                             QObject *context, Callback<Done> callback, const RequestOptions &options = {});
    // GET /v1/Customers/mca: one page of (customer, Microsoft instance) agreements.
    CallHandle listMcas(const McaQuery &query, QObject *context, Callback<McaPage> callback, const RequestOptions &options = {});
    // GET .../provider-instances/{providerInstanceId}/mca: NotFound for a non-Microsoft instance.
    CallHandle getMca(const QUuid &customerId, const QUuid &providerInstanceId, QObject *context, Callback<McaItem> callback,
                      const RequestOptions &options = {});
    // POST .../mca/status: asks Microsoft for the status and stores it; read it with getMca after.
    CallHandle refreshMcaStatus(const QUuid &customerId, const QUuid &providerInstanceId, QObject *context,
                                Callback<McaRefresh> callback, const RequestOptions &options = {});

    static QString userAgent();

Q_SIGNALS:
    void sessionChanged();
    // The server refused the token and it could not be renewed: the UI returns to sign-in.
    void sessionExpired();
    // A GET failed in a way that may pass and is sent again after delayMs: lets a view say
    // "retrying" instead of looking stuck. correlationId is the call's (the caller's, if given).
    void getRetryScheduled(const QString &correlationId, int delayMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

#include "formmodel.h"

#include <core/i18n/translations.h>

#include "draftstore.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

int FormModel::draftDelayMs = 400;

FormModel::FormModel(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session, QString formName,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_customer(customer)
    , m_session(session)
    , m_formName(std::move(formName))
    , m_draftTimer(new QTimer(this))
{
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveDraftNow();
    });
}

FormModel::~FormModel()
{
    m_call.cancel();
}

QString FormModel::dateFormat()
{
    return cc::i18n::shortDateFormat();
}

QString FormModel::notADateMessage()
{
    return tr("Not a date: enter it like %1.").arg(QLocale().toString(QDate::currentDate(), dateFormat()));
}

void FormModel::flushDraft()
{
    if (m_dirty && m_draftTimer->isActive())
        saveDraftNow();
}

void FormModel::touch()
{
    if (m_restoring)
        return;
    if (!m_dirty) {
        m_dirty = true;
        Q_EMIT dirtyChanged(true);
    }
    m_draftTimer->start(draftDelayMs);
    Q_EMIT changed();
}

void FormModel::saveDraftNow()
{
    m_draftTimer->stop();
    DraftStore::Draft d;
    d.form = m_formName;
    d.customerId = m_customer.id;
    d.customerName = m_customer.companyName;
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.values = draftValues();
    d.tenant = m_session.tenant;
    d.resellerId = m_customer.resellerId;
    DraftStore::save(d);
}

std::optional<QDateTime> FormModel::restoreDraft()
{
    const auto draft = DraftStore::load(m_formName, m_customer.id);
    if (!draft)
        return std::nullopt;
    m_restoring = true;
    applyDraft(draft->values);
    m_restoring = false;
    // Still unsaved: closing asks again, and the draft stays until saved or discarded.
    m_dirty = true;
    Q_EMIT dirtyChanged(true);
    Q_EMIT reloaded();
    Q_EMIT changed();
    return draft->savedAt.isValid() ? draft->savedAt : QDateTime::currentDateTimeUtc();
}

void FormModel::discardDraft()
{
    m_draftTimer->stop();
    DraftStore::remove(m_formName, m_customer.id);
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
}

void FormModel::setProviderInstances(const QList<cc::ProviderInstance> &instances)
{
    m_instances = instances;
}

bool FormModel::submit()
{
    if (isRunning() || !m_client)
        return false; // no double POST
    const cc::FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        cc::ApiError e;
        e.kind = cc::ApiError::Kind::Validation;
        e.clientSide = true;
        e.fieldErrors = errors;
        Q_EMIT submitFailed(e);
        return false;
    }
    m_sessionEnded = false;
    m_correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    cc::RequestOptions options;
    options.correlationId = m_correlationId;
    setRunning(true);
    m_call = send(options);
    return true;
}

void FormModel::cancel()
{
    m_call.cancel();
    setRunning(false);
}

void FormModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void FormModel::complete(const cc::ApiError &error)
{
    if (error.isError() && error.outcomeUnknown) {
        // Neither saved nor failed yet: keep what was typed until the server says which.
        if (m_dirty)
            saveDraftNow();
        checkOutcome(error);
        return;
    }
    if (error.isError()) {
        // Every value stays as it is: the user fixes and resubmits. The draft is written now, so
        // what was typed survives even if the app goes before the next keystroke.
        if (error.kind == cc::ApiError::Kind::Unauthorized && !(m_client && m_client->session().renewable))
            m_sessionEnded = true;
        if (m_dirty || m_sessionEnded)
            saveDraftNow();
        setRunning(false);
        Q_EMIT submitFailed(error);
        return;
    }
    finishSaved(std::nullopt, false);
}

void FormModel::checkOutcome(const cc::ApiError &writeError)
{
    Q_EMIT outcomeChecking(writeError);
    if (!m_client) {
        setRunning(false);
        Q_EMIT outcomeChecked(Outcome::StillUnknown, writeError, {});
        return;
    }
    // A GET only: finding out never repeats the write. Still "running", so Save stays disabled.
    const QUuid relationship = checkRelationship();
    m_call = m_client->getCustomer(
        m_customer.id, relationship, this, [this, writeError, relationship](const cc::Result<cc::Customer> &r) {
            if (!r.ok()) {
                setRunning(false);
                Q_EMIT outcomeChecked(Outcome::StillUnknown, writeError, r.error());
                return;
            }
            if (!hasChange(r.value())) {
                setRunning(false);
                Q_EMIT outcomeChecked(Outcome::NotApplied, writeError, {});
                return;
            }
            Q_EMIT outcomeChecked(Outcome::Applied, writeError, {});
            // The list shows the caller's own view: a customer read as a reseller is not that.
            finishSaved(relationship.isNull() ? std::optional<cc::Customer>(r.value()) : std::nullopt, true);
        });
}

void FormModel::finishSaved(std::optional<cc::Customer> fromServer, bool afterUnknown)
{
    m_draftTimer->stop();
    DraftStore::remove(m_formName, m_customer.id);
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
    const QString message =
        afterUnknown ? tr("The server has the new value (only its answer was lost). %1").arg(savedMessage()) : savedMessage();
    auto done = [this, message](const cc::Customer &updated) {
        m_customer = updated;
        setRunning(false);
        Q_EMIT customerUpdated(updated);
        Q_EMIT saved(message, m_correlationId);
    };
    if (fromServer || !m_client) {
        cc::Customer patched = m_customer;
        if (!fromServer)
            applyTo(patched);
        done(fromServer ? *fromServer : patched);
        return;
    }
    // Read back what the server stored; if that fails the change still happened, so patch a copy.
    m_call = m_client->getCustomer(m_customer.id, {}, this, [this, done](const cc::Result<cc::Customer> &r) {
        cc::Customer updated = m_customer;
        if (r.ok())
            updated = r.value();
        else
            applyTo(updated);
        done(updated);
    });
}

QString ContactFields::primary(const cc::Customer &customer, Field field)
{
    switch (field) {
    case FirstName: return customer.firstName;
    case LastName: return customer.lastName;
    case Email: return customer.email;
    case Phone: return customer.phone;
    case Count: break;
    }
    return {};
}

QString ContactFields::key(Field field)
{
    switch (field) {
    case FirstName: return QStringLiteral("firstname");
    case LastName: return QStringLiteral("lastname");
    case Email: return QStringLiteral("email");
    case Phone: return QStringLiteral("phone");
    case Count: break;
    }
    return {};
}
